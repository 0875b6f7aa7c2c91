package dev.sko.rules.catalog.measurement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.anyMeets;
import static dev.sko.rules.catalog.support.Activities.timing;
import static dev.sko.rules.catalog.support.Wording.days;

import dev.sko.core.ActivityKind;
import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.Timing;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A behaviour review ({@link ActivityKind#BEHAVIOR_REVIEW}) falls within {@link #WINDOW} (day T+28
 * to T+35 on the {@link EventClock#T_PLUS} clock) and has a pre-event baseline to compare against:
 * at least one metric target, each of which carries its baseline. With {@link #CHECK_IN_COUNTS} a
 * manager check-in in the window counts as well (B2B_SKO_GUIDE's 30-day check-in).
 */
public final class Day30Review {
  private Day30Review() {}

  /** Option {@code review-window}: its description gives the figure and its source. */
  public static final RuleOption<IntRange> WINDOW =
      RuleOption.range(
          "review-window",
          IntRange.of(28, 35),
          0,
          RelativeDay.MAX_OFFSET,
          "Days from the first event day (T+n, T+0 is the first event day) on which the behaviour"
              + " review must fall (BEHAVIOR_CHANGE_MODEL: week-4 review, behavior review at day 30;"
              + " B2B_SKO_GUIDE: 30-day check-in)");

  /** Option {@code check-in-counts}: its description gives the figure and its source. */
  public static final RuleOption<Boolean> CHECK_IN_COUNTS =
      RuleOption.of(
          "check-in-counts",
          Boolean.class,
          false,
          "Whether a manager check-in in the window counts as the review (B2B_SKO_GUIDE: \"a"
              + " 30-day check-in where managers ask what has changed in how you are selling\")",
          v -> true,
          "true or false");

  /** Option {@code no-baseline-severity}: its description gives the figure and its source. */
  public static final RuleOption<Severity> NO_BASELINE_SEVERITY =
      RuleOption.enumeration(
          "no-baseline-severity",
          Severity.class,
          Severity.WARNING,
          "Severity of the finding that the review has no metric target to compare against; a"
              + " profile sets it to sko.metrics.defined's severity there, so that the same gap is"
              + " not weighed twice differently");

  /** The classic profile's severity for a review without metric targets: sko.metrics.defined's. */
  public static final Severity CLASSIC_NO_BASELINE_SEVERITY = Severity.INFO;

  /**
   * The rule {@code sko.measurement.day-30-review}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.measurement.day-30-review")
          .title("Behaviour is measured in the review window after the event against a baseline")
          .source(
              "BEHAVIOR_CHANGE_MODEL (\"the one rule\"; Pavilion 2026 Compensation & Productivity"
                  + " Report: 71% of kickoffs have no post-event behavioural measurement),"
                  + " B2B_SKO_GUIDE (30-day check-in)")
          .rationale(
              "If behaviour change is not measured about 30 days after the kickoff, there is no"
                  + " telling whether it worked: per the Pavilion 2026 report BEHAVIOR_CHANGE_MODEL"
                  + " cites, 71% of kickoffs never measure, and only those that do see a sustained"
                  + " lift. The review compares activity, pipeline and call quality with the"
                  + " baseline taken before the event. The window counts from the first event day"
                  + " (T+0), the clock of the model's phases. The classic profile follows"
                  + " B2B_SKO_GUIDE, whose 30-day check-in has managers ask what has changed: there a"
                  + " manager check-in in the window counts, and a missing metric table weighs as"
                  + " much as sko.metrics.defined says.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.INFO)
          .option(WINDOW)
          .option(CHECK_IN_COUNTS)
          .option(NO_BASELINE_SEVERITY)
          .check(Day30Review::check)
          .build();

  /** The kinds that count as the review; a manager check-in too where the profile says so. */
  private static final Set<ActivityKind> REVIEWS =
      Collections.unmodifiableSet(EnumSet.of(ActivityKind.BEHAVIOR_REVIEW));

  private static final Set<ActivityKind> REVIEWS_OR_CHECK_INS =
      Collections.unmodifiableSet(
          EnumSet.of(ActivityKind.BEHAVIOR_REVIEW, ActivityKind.MANAGER_CHECK_IN));

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange window = review.option(WINDOW);
    boolean checkIn = review.option(CHECK_IN_COUNTS);
    Set<ActivityKind> kinds = checkIn ? REVIEWS_OR_CHECK_INS : REVIEWS;
    if (!plan.metricTargets().isEmpty() && anyMeets(plan, kinds, window)) {
      return; // a timely review with a baseline: decided without building the timing lists
    }
    String what = checkIn ? "behaviour review or manager check-in" : "behaviour review";
    Timing reviews = timing(plan, kinds, window);
    if (reviews.none()) {
      review
          .finding(
              REINFORCEMENT,
              "No "
                  + what
                  + " is planned; per the Pavilion 2026 report, 71% of kickoffs never measure"
                  + " behaviour change, and only those that do see a sustained lift")
          .figure("review-window", window)
          .remediation(
              "Add a behaviour review on "
                  + days(window)
                  + " that compares activity, pipeline and call quality with the pre-event"
                  + " baseline of the metric table")
          .report();
      return;
    }
    if (reviews.timely().isEmpty()) {
      reviews.reportOutside(
          review,
          reviews.best().activity().kind() == ActivityKind.MANAGER_CHECK_IN
              ? "manager check-in"
              : "behaviour review",
          "behaviour change is measured about 30 days after the event");
      return;
    }
    if (plan.metricTargets().isEmpty()) {
      review
          .finding(
              Location.of("metricTargets"),
              "The "
                  + what
                  + " has no pre-event baseline to compare against: the plan sets no metric"
                  + " targets")
          .severity(review.option(NO_BASELINE_SEVERITY))
          .evidence(0, 1)
          .remediation(
              "Record a pre-event baseline and a target for each behaviour the review measures,"
                  + " e.g. dials per rep per day 35 to 42 and discovery calls booked per week"
                  + " 4.7 to 6.0")
          .report();
    }
  }
}
