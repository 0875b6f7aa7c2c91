package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Activities.name;
import static dev.sko.rules.catalog.support.Wording.dayAfter;
import static dev.sko.rules.catalog.support.Wording.daysAfter;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.FollowThrough;
import dev.sko.rules.catalog.support.Activities.Indexed;

/**
 * The first reinforcement activity starts within {@link #WARN_AFTER} days after the event (WARNING
 * past it) and at the latest within {@link #ERROR_AFTER} days (ERROR past it), both on the {@link
 * EventClock#DAYS_AFTER_EVENT} clock: counted from the last event day.
 */
public final class StartsPromptly {
  private StartsPromptly() {}

  /** Option {@code warn-after-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> WARN_AFTER =
      RuleOption.integer(
          "warn-after-days",
          7,
          1,
          RelativeDay.MAX_OFFSET,
          "Days after the last event day by which the first reinforcement activity should start;"
              + " later is a WARNING (B2B_SKO_GUIDE: a challenge in the first week back;"
              + " BEHAVIOR_CHANGE_MODEL: daily stand-ups in week 1)");

  /** Option {@code error-after-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> ERROR_AFTER =
      RuleOption.integer(
          "error-after-days",
          14,
          1,
          RelativeDay.MAX_OFFSET,
          "Days after the last event day by which the first reinforcement activity must start;"
              + " later is an ERROR (BEHAVIOR_CHANGE_MODEL, per Gong 2026 SKO research: 87% of the lift"
              + " decays within 14 days; B2B_SKO_GUIDE: forgotten within 2 weeks)");

  /**
   * The rule {@code sko.reinforcement.starts-promptly}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.starts-promptly")
          .title("Reinforcement starts within a week of the event")
          .source(
              "BEHAVIOR_CHANGE_MODEL (Gong: 87% of the lift decays within 14 days), B2B_SKO_GUIDE"
                  + " (forgotten within 2 weeks)")
          .rationale(
              "The lift from a kickoff decays fast: per the Gong 2026 SKO research that"
                  + " BEHAVIOR_CHANGE_MODEL cites, 87% of it is gone within 14 days unless a"
                  + " coaching cadence picks it up, and B2B_SKO_GUIDE says most content is forgotten"
                  + " within two weeks. Both count from the end of the event."
                  + " Reinforcement that starts after that has little left to reinforce.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.ERROR)
          .option(WARN_AFTER)
          .option(ERROR_AFTER)
          .check(StartsPromptly::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    FollowThrough facts = followThrough(review);
    int firstToStart = facts.firstToStart();
    if (firstToStart < 0) {
      return; // sko.reinforcement.plan-present reports a plan without reinforcement
    }
    int warnAfter = review.option(WARN_AFTER);
    int errorAfter = review.option(ERROR_AFTER);
    RelativeDay start = plan.reinforcement().get(firstToStart).firstDay();
    int after = facts.daysAfterEvent(start);
    if (after <= warnAfter && after <= errorAfter) {
      return;
    }
    Indexed first = new Indexed(firstToStart, plan.reinforcement().get(firstToStart));
    boolean error = after > errorAfter;
    int limit = error ? errorAfter : warnAfter;
    review
        .finding(
            first.location(),
            "The first reinforcement activity, "
                + name(first.activity())
                + ", starts on "
                + dayAfter(plan, start)
                + "; it should start within "
                + EventClock.DAYS_AFTER_EVENT.name(warnAfter)
                + " and at the latest within "
                + errorAfter
                + " ("
                + EventClock.DAYS_AFTER_EVENT.legend()
                + "), before most of the lift has decayed")
        .severity(error ? Severity.ERROR : Severity.WARNING)
        .evidence(after, limit)
        .remediation(
            "Start reinforcement by "
                + daysAfter(plan, warnAfter)
                + ": daily stand-ups or a skill challenge in the first week back, and the first"
                + " manager 1:1 in week 2")
        .report();
  }
}
