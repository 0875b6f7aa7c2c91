package dev.sko.rules.catalog;

import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rule sets an app validates with: each of the four profiles alone and each combined with the
 * planning-process add-on, and one validator per rule set, built once (validators are immutable and
 * thread-safe).
 */
public final class ProfileCombinations {
  private ProfileCombinations() {}

  private static final Map<String, RuleSet> RULE_SETS = ruleSets();

  private static final Map<String, PlanValidator> VALIDATORS = validators();

  private static Map<String, RuleSet> ruleSets() {
    Map<String, RuleSet> sets = new LinkedHashMap<>();
    for (RuleSet profile :
        List.of(
            Profiles.recommended(),
            Profiles.classic(),
            Profiles.behaviorChange(),
            Profiles.accelerationSummit())) {
      sets.put(profile.name(), profile);
      RuleSet combined = profile.with(Profiles.planningProcess());
      sets.put(combined.name(), combined);
    }
    return Map.copyOf(sets);
  }

  private static Map<String, PlanValidator> validators() {
    Map<String, PlanValidator> validators = new LinkedHashMap<>();
    RULE_SETS.forEach(
        (name, set) -> validators.put(name, PlanValidator.builder().ruleSet(set).build()));
    return Map.copyOf(validators);
  }

  /** The names of the eight rule sets, such as {@code recommended+planningProcess}, sorted. */
  public static List<String> names() {
    return RULE_SETS.keySet().stream().sorted().toList();
  }

  /** The rule set {@code name}. */
  public static RuleSet ruleSet(String name) {
    return known(RULE_SETS.get(name), name);
  }

  /** A validator of the rule set {@code name}, and nothing else. */
  public static PlanValidator validator(String name) {
    return known(VALIDATORS.get(name), name);
  }

  private static <T> T known(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("No rule set " + name + "; there are " + names());
    }
    return value;
  }
}
