package dev.sko.rules.catalog;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Every built-in rule, in the order of the profile matrix. Each rule lives in its own file in the
 * package of its id's area ({@code sko.presentation.length-cap} is {@code
 * dev.sko.rules.catalog.presentation.LengthCap}) and is declared with the public {@link
 * Rule#builder(String)}, like any company rule. The rules are singletons: profiles share them,
 * which is what lets {@code a.with(b)} compose profiles that both hold a rule.
 *
 * <p>Nothing is built at class load: a profile is built from the {@code ProfileMatrix} on first use
 * and initialises only the rule classes it holds (issue 18, cold start).
 */
public final class Catalog {
  private Catalog() {}

  /**
   * The profiles built so far, by {@link ProfileMatrix.Profile} ordinal. A profile is built on
   * first use and builds only its own rules, so a process that validates with one profile does not
   * load the rest of the catalogue.
   */
  private static final AtomicReferenceArray<RuleSet> PROFILES =
      new AtomicReferenceArray<>(ProfileMatrix.Profile.values().length);

  /** Every rule, built when first asked for (a holder class: loaded on first use). */
  private static final class All {
    static final List<Rule> RULES = ProfileMatrix.rules();
  }

  /** Every built-in rule, in catalogue order. */
  public static List<Rule> rules() {
    return All.RULES;
  }

  static RuleSet profile(ProfileMatrix.Profile p) {
    RuleSet set = PROFILES.get(p.ordinal());
    if (set == null) {
      RuleSet built = ProfileMatrix.profile(p);
      // Two threads may build it at once; the rules are singletons, so both sets are equal, and
      // every caller gets the one that was stored first.
      set = PROFILES.compareAndSet(p.ordinal(), null, built) ? built : PROFILES.get(p.ordinal());
    }
    return set;
  }

  /** The profile called {@code name}, built on first use, or null if there is none. */
  static @Nullable RuleSet profileNamed(String name) {
    for (ProfileMatrix.Profile p : ProfileMatrix.Profile.values()) {
      if (p.setName.equals(name)) {
        return profile(p);
      }
    }
    return null;
  }

  /** The profiles' names, in the catalogue's column order; builds nothing. */
  static List<String> profileNames() {
    List<String> names = new ArrayList<>();
    for (ProfileMatrix.Profile p : ProfileMatrix.Profile.values()) {
      names.add(p.setName);
    }
    return names;
  }

  static Map<String, RuleSet> profilesByName() {
    Map<String, RuleSet> byName = new LinkedHashMap<>();
    for (ProfileMatrix.Profile p : ProfileMatrix.Profile.values()) {
      byName.put(p.setName, profile(p));
    }
    return Collections.unmodifiableMap(byName);
  }
}
