package dev.sko.rules.catalog.tiers;

import dev.sko.core.KickoffPlan;
import dev.sko.core.TierPolicy;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** Tier assignments are not announced ({@link TierPolicy#announced()} is false). */
public final class NotAnnounced {
  private NotAnnounced() {}

  /**
   * The rule {@code sko.tiers.not-announced}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.tiers.not-announced")
          .title("Tier assignments are not announced")
          .source(
              "BEHAVIOR_CHANGE_MODEL (do not announce tiers; use them for breakout assignment only)")
          .rationale(
              "BEHAVIOR_CHANGE_MODEL tiers the team by trailing attainment only to put each rep in"
                  + " the right breakout, and says so: do not announce tiers, use them for breakout"
                  + " assignment only. Silent when the plan does not tier its reps.")
          .defaultSeverity(Severity.WARNING)
          .check(NotAnnounced::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!review.index().tiersAnnounced()) {
      return; // asked of the facts, without the Optional
    }
    review
        .finding(
            Location.of("tierPolicy"),
            "Tier assignments are announced to the reps; use tiers for breakout assignment"
                + " only")
        .evidence(true, false)
        .remediation(
            "Keep tier assignments between managers and enablement; give each rep their"
                + " breakout room without naming the tier")
        .report();
  }
}
