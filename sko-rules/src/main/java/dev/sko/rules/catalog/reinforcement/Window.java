package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Activities.name;
import static dev.sko.rules.catalog.support.Wording.dayAfter;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.Indexed;

/**
 * The reinforcement reaches at least day {@link #REACH_DAY} on the {@link EventClock#T_PLUS} clock
 * (T+30: T+0 is the first event day), the end of BEHAVIOR_CHANGE_MODEL's drive phase.
 */
public final class Window {
  private Window() {}

  /** Option {@code reach-day}: its description gives the figure and its source. */
  public static final RuleOption<Integer> REACH_DAY =
      RuleOption.integer(
          "reach-day",
          30,
          1,
          RelativeDay.MAX_OFFSET,
          "The day, counted from the first event day (T+n, T+0 is the first event day), that the"
              + " reinforcement must reach (BEHAVIOR_CHANGE_MODEL: drive phase T+2 to T+30;"
              + " B2B_SKO_GUIDE: a 30-day follow-up programme; SKO_GUIDE: the 30 to 60 days after)");

  /**
   * The rule {@code sko.reinforcement.window}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.window")
          .title("Reinforcement runs to the end of the 30 days after the event")
          .source(
              "BEHAVIOR_CHANGE_MODEL (drive phase T+2 to T+30), B2B_SKO_GUIDE (30-day follow-up"
                  + " programme), SKO_GUIDE (30-60 days)")
          .rationale(
              "Behaviour change needs repetition over weeks, not days: the guides plan reinforcement"
                  + " for the 30 days after the event (SKO_GUIDE: 30 to 60), up to the day-30"
                  + " behaviour review. The day counts from the first event day, T+0, the clock of"
                  + " BEHAVIOR_CHANGE_MODEL's phases, so a follow-through that runs to T+30 as the"
                  + " model lays it out is long enough whatever the event's length. A"
                  + " follow-through that stops after a week ends before new habits form.")
          .defaultSeverity(Severity.WARNING)
          .option(REACH_DAY)
          .check(Window::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    int lastToEnd = followThrough(review).lastToEnd();
    if (lastToEnd < 0) {
      return; // sko.reinforcement.plan-present reports a plan without reinforcement
    }
    int reachDay = review.option(REACH_DAY);
    RelativeDay end = plan.reinforcement().get(lastToEnd).lastDay();
    int reached = EventClock.T_PLUS.count(plan, end);
    if (reached >= reachDay) {
      return;
    }
    Indexed last = new Indexed(lastToEnd, plan.reinforcement().get(lastToEnd));
    review
        .finding(
            last.location(),
            "Reinforcement ends with "
                + name(last.activity())
                + " on "
                + dayAfter(plan, end)
                + "; it should run to "
                + EventClock.T_PLUS.name(reachDay)
                + " or later ("
                + EventClock.T_PLUS.legend()
                + ")")
        .evidence(end, EventClock.T_PLUS.day(plan, reachDay))
        .remediation(
            "Extend the reinforcement to "
                + EventClock.T_PLUS.name(reachDay)
                + " or later, e.g. weekly manager 1:1s through week 4 and a behaviour review"
                + " about day 30")
        .report();
  }
}
