package dev.sko.rules;

import dev.sko.core.KickoffPlan;

/**
 * The body of a rule written with {@link Rule#builder(String)}: inspect the plan, report through
 * the context.
 */
@FunctionalInterface
public interface RuleCheck {
  /**
   * Checks {@code plan}, reporting findings through {@code findings}.
   *
   * @throws Exception if the check fails; the validator turns it into an ERROR finding of this rule
   */
  void check(KickoffPlan plan, RuleContext findings) throws Exception;
}
