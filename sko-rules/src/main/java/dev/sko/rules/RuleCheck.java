package dev.sko.rules;

import dev.sko.core.KickoffPlan;

/**
 * The body of a rule written with {@link Rule#builder(String)}: inspect the plan, report through
 * the context.
 */
@FunctionalInterface
public interface RuleCheck {
  /**
   * Checks {@code plan}, reporting findings through {@code review}, the context of this rule in the
   * validation under way.
   *
   * @throws Exception if the check fails; the validator turns it into an ERROR finding of this rule
   */
  void check(KickoffPlan plan, RuleContext review) throws Exception;
}
