package dev.sko.rules.catalog;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in rule, in the order of the profile matrix. Each rule lives in its own file in the
 * package of its id's area ({@code sko.presentation.length-cap} is {@code
 * dev.sko.rules.catalog.presentation.LengthCap}) and is declared with the public {@link
 * Rule#builder(String)}, like any company rule. The rules are singletons: profiles share them,
 * which is what lets {@code a.with(b)} compose profiles that both hold a rule.
 */
public final class Catalog {
  private Catalog() {}

  private static final List<Rule> RULES = ProfileMatrix.rules();
  private static final Map<ProfileMatrix.Profile, RuleSet> PROFILES = ProfileMatrix.profiles();

  /** Every built-in rule, in catalogue order. */
  public static List<Rule> rules() {
    return RULES;
  }

  static RuleSet profile(ProfileMatrix.Profile p) {
    RuleSet set = PROFILES.get(p);
    if (set == null) {
      throw new IllegalStateException("no profile " + p);
    }
    return set;
  }

  static Map<String, RuleSet> profilesByName() {
    Map<String, RuleSet> byName = new LinkedHashMap<>();
    PROFILES.forEach((p, set) -> byName.put(p.setName, set));
    return Collections.unmodifiableMap(byName);
  }
}
