package dev.sko.rules;

import java.util.List;

/**
 * A rule pack in a jar, found through {@link java.util.ServiceLoader} when a validator opts in with
 * {@link PlanValidator.Builder#discoverRules()}. Register an implementation in {@code
 * META-INF/services/dev.sko.rules.RuleProvider} (or {@code provides} in a module descriptor).
 * Discovery is never automatic: a jar on the class path must not silently change an app's verdicts.
 */
public interface RuleProvider {
  /** The pack's rules. */
  List<Rule> rules();
}
