package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Activities.name;
import static dev.sko.rules.catalog.support.Activities.when;

import dev.sko.core.Cadence;
import dev.sko.core.KickoffPlan;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.FollowThrough;
import dev.sko.rules.catalog.support.Activities.Indexed;

/** The reinforcement includes recurring coaching led by the reps' managers. */
public final class ManagerCoaching {
  private ManagerCoaching() {}

  /**
   * The rule {@code sko.reinforcement.manager-coaching}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.manager-coaching")
          .title("Reinforcement includes recurring manager coaching")
          .source(
              "SKO_GUIDE (manager coaching sessions), BEHAVIOR_CHANGE_MODEL (Sandler: weekly 1:1"
                  + " coaching r=0.61 with attainment vs SKO content quality r=0.12)")
          .rationale(
              "The strongest predictor of attainment after a kickoff is how often managers coach"
                  + " one-on-one (r=0.61), far ahead of the quality of the kickoff's content (r=0.12)."
                  + " The lever is what the line manager does in the weeks after, so the"
                  + " reinforcement plan needs manager coaching that repeats.")
          .defaultSeverity(Severity.WARNING)
          .check(ManagerCoaching::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    FollowThrough after = followThrough(review);
    if (after.recurringManagerCoaching()) {
      return;
    }
    int oneOffIndex = after.oneOffManagerCoaching();
    if (oneOffIndex >= 0) {
      Indexed oneOff = new Indexed(oneOffIndex, plan.reinforcement().get(oneOffIndex));
      review
          .finding(
              oneOff.location(),
              "The only manager coaching after the event, "
                  + name(oneOff.activity())
                  + ", happens once "
                  + when(oneOff.activity())
                  + "; coaching changes behaviour when it repeats")
          .evidence(Cadence.ONCE, Cadence.WEEKLY)
          .remediation(
              "Make manager coaching a cadence: weekly 1:1s with skill coaching on a recorded"
                  + " call, for at least the four weeks after the event")
          .report();
      return;
    }
    review
        .finding(
            REINFORCEMENT,
            "The reinforcement plan has no recurring manager coaching; weekly 1:1 coaching is"
                + " the strongest predictor of attainment after a kickoff (r=0.61 in the Sandler 2026"
                + " Sales Leadership Index)")
        .evidence(0, 1)
        .remediation(
            "Add weekly manager 1:1s (about 45 min: pipeline review plus skill coaching on a"
                + " recorded call) for at least the four weeks after the event")
        .report();
  }
}
