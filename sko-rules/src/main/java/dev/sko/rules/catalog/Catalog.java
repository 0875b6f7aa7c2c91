package dev.sko.rules.catalog;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in rule, registered area by area with its cells in the profiles. The rules are
 * singletons: profiles share them, which is what lets {@code a.with(b)} compose profiles that both
 * hold a rule.
 */
public final class Catalog {
  private Catalog() {}

  private static final Registry REGISTRY = register();
  private static final Map<Registry.Profile, RuleSet> PROFILES = REGISTRY.profiles();

  private static Registry register() {
    Registry r = new Registry();
    // One line per area of CATALOGUE.md, in its order.
    ScheduleRules.register(r);
    PresentationRules.register(r);
    AgendaRules.register(r);
    SessionRules.register(r);
    AntipatternRules.register(r);
    OutcomeRules.register(r);
    PreworkRules.register(r);
    ReinforcementRules.register(r);
    MeasurementRules.register(r);
    MetricRules.register(r);
    CostRules.register(r);
    PlanningRules.register(r);
    return r;
  }

  /** Every built-in rule, in catalogue order. */
  public static List<Rule> rules() {
    return REGISTRY.rules();
  }

  static RuleSet profile(Registry.Profile p) {
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
