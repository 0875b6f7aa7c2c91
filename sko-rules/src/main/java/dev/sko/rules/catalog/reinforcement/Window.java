package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.afterEvent;
import static dev.sko.rules.catalog.support.Activities.name;
import static dev.sko.rules.catalog.support.Wording.dayAfter;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.Indexed;

/** The reinforcement reaches at least {@link #MIN_DAYS} days after the last event day. */
public final class Window {
  private Window() {}

  /** Option {@code min-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> MIN_DAYS =
      RuleOption.integer(
          "min-days",
          30,
          1,
          RelativeDay.MAX_OFFSET,
          "Days after the last event day the reinforcement must reach (SKO_GUIDE: 30 to 60 days;"
              + " B2B_SKO_GUIDE: a 30-day programme; BEHAVIOR_CHANGE_MODEL: drive to T+30)");

  /**
   * The rule {@code sko.reinforcement.window}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.window")
          .title("Reinforcement covers the minimum number of days after the event")
          .source(
              "SKO_GUIDE (30-60 days), B2B_SKO_GUIDE (30-day programme), BEHAVIOR_CHANGE_MODEL"
                  + " (drive phase to T+30)")
          .rationale(
              "Behaviour change needs repetition over weeks, not days: the guides plan reinforcement"
                  + " for the 30 to 60 days after the event, up to the day-30 behaviour review."
                  + " A follow-through that stops after a week ends before new habits form.")
          .defaultSeverity(Severity.WARNING)
          .option(MIN_DAYS)
          .check(Window::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Indexed last = null;
    for (Indexed i : afterEvent(plan)) {
      if (last == null || i.activity().lastDay().isAfter(last.activity().lastDay())) {
        last = i;
      }
    }
    if (last == null) {
      return; // sko.reinforcement.plan-present reports a plan without reinforcement
    }
    int minDays = review.option(MIN_DAYS);
    RelativeDay end = last.activity().lastDay();
    int covered = plan.daysAfterEvent(end);
    if (covered >= minDays) {
      return;
    }
    RelativeDay needed = plan.lastEventDay().plusDays(minDays);
    review
        .finding(
            last.location(),
            "Reinforcement ends with "
                + name(last.activity())
                + " on "
                + dayAfter(plan, end)
                + "; it should run at least "
                + minDays
                + " days after the event")
        .evidence(covered, minDays)
        .remediation(
            "Extend the reinforcement to day "
                + needed
                + " or later, e.g. weekly manager 1:1s through week 4 and a behaviour review"
                + " about day 30")
        .report();
  }
}
