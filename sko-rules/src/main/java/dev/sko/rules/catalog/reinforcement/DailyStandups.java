package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.about;
import static dev.sko.rules.catalog.support.Activities.aboutMax;
import static dev.sko.rules.catalog.support.Activities.aboutMin;
import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Activities.titled;
import static dev.sko.rules.catalog.support.Activities.within;
import static dev.sko.rules.catalog.support.Wording.and;
import static dev.sko.rules.catalog.support.Wording.dayAfter;
import static dev.sko.rules.catalog.support.Wording.daysAfter;
import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.words;

import dev.sko.core.ActivityKind;
import dev.sko.core.Cadence;
import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.FollowThrough;
import dev.sko.rules.catalog.support.Activities.Indexed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily stand-ups of about {@link #LENGTH} (within {@link #TOLERANCE}) that start in the first
 * {@link #FIRST_WEEK} days after the event.
 */
public final class DailyStandups {
  private DailyStandups() {}

  /** Option {@code length}: its description gives the figure and its source. */
  public static final RuleOption<Duration> LENGTH =
      RuleOption.duration(
          "length",
          Duration.ofMinutes(15),
          "Length of a stand-up (BEHAVIOR_CHANGE_MODEL: 15 min: one new activity, one small win,"
              + " one blocker)");

  /** Option {@code length-tolerance}: its description gives the figure and its source. */
  public static final RuleOption<Double> TOLERANCE =
      RuleOption.percentage(
          "length-tolerance",
          0.2,
          "How far the length may be from its figure either way and still count as 'about' it"
              + " (the library's reading, not a source figure)");

  /** Option {@code first-week-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> FIRST_WEEK =
      RuleOption.integer(
          "first-week-days",
          7,
          1,
          RelativeDay.MAX_OFFSET,
          "Days after the last event day within which the stand-ups must start"
              + " (BEHAVIOR_CHANGE_MODEL: daily stand-ups in week 1)");

  /**
   * The rule {@code sko.reinforcement.daily-standups}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.daily-standups")
          .title("Short daily stand-ups in the first week after the event")
          .source("BEHAVIOR_CHANGE_MODEL (daily stand-ups of 15 min in week 1)")
          .rationale(
              "In the first week back, a short daily stand-up (one new activity, one small win, one"
                  + " blocker, posted where everyone sees it) turns what was practised at the event"
                  + " into daily micro-wins while the lift is still there.")
          .defaultSeverity(Severity.INFO)
          .option(LENGTH)
          .option(TOLERANCE)
          .option(FIRST_WEEK)
          .check(DailyStandups::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration expected = review.option(LENGTH);
    double tolerance = review.option(TOLERANCE);
    long min = aboutMin(expected, tolerance);
    long max = aboutMax(expected, tolerance);
    int firstWeek = review.option(FIRST_WEEK);
    FollowThrough after = followThrough(review);
    List<ReinforcementActivity> all = plan.reinforcement();
    int firstIndex = -1;
    for (int i = 0; i < all.size(); i++) {
      ReinforcementActivity a = all.get(i);
      if (a.kind() != ActivityKind.DAILY_STANDUP || !after.isAfterEvent(a)) {
        continue;
      }
      if (a.cadence() == Cadence.DAILY
          && after.daysAfterEvent(a.firstDay()) <= firstWeek
          && within(a.length(), min, max)) {
        return;
      }
      if (firstIndex < 0) {
        firstIndex = i;
      }
    }
    Duration[] bounds = about(expected, tolerance);
    if (firstIndex < 0) {
      review
          .finding(
              REINFORCEMENT,
              "The reinforcement plan has no daily stand-ups in the first week after the event")
          .figure("expected-length", expected)
          .figure("first-week-days", firstWeek)
          .remediation(
              "Add daily stand-ups of about "
                  + minutes(expected)
                  + " from the first day back to "
                  + daysAfter(plan, firstWeek)
                  + ": one new activity, one small win, one blocker, posted in a shared channel")
          .report();
      return;
    }
    Indexed first = new Indexed(firstIndex, all.get(firstIndex));
    ReinforcementActivity a = first.activity();
    int start = EventClock.DAYS_AFTER_EVENT.count(plan, a.firstDay());
    List<String> problems = new ArrayList<>();
    RuleContext.FindingBuilder f;
    if (a.cadence() != Cadence.DAILY) {
      problems.add("runs " + (a.cadence().isRecurring() ? words(a.cadence()) : "once"));
    }
    if (start > firstWeek) {
      problems.add("starts on " + dayAfter(plan, a.firstDay()));
    }
    if (!within(a.length(), bounds)) {
      problems.add("lasts " + minutes(a.length()));
    }
    f =
        review.finding(
            first.location(),
            "The "
                + titled(a)
                + " "
                + and(problems)
                + "; stand-ups should run daily for about "
                + minutes(expected)
                + ", starting within "
                + EventClock.DAYS_AFTER_EVENT.name(firstWeek)
                + " ("
                + EventClock.DAYS_AFTER_EVENT.legend()
                + ")");
    if (a.cadence() != Cadence.DAILY) {
      f.evidence(a.cadence(), Cadence.DAILY);
    } else if (start > firstWeek) {
      f.evidence(start, firstWeek);
    } else {
      f.evidence(a.length(), expected)
          .figure("min-length", bounds[0])
          .figure("max-length", bounds[1]);
    }
    f.remediation(
            "Run the stand-ups daily for about "
                + minutes(expected)
                + " from the first day back to "
                + daysAfter(plan, firstWeek))
        .report();
  }
}
