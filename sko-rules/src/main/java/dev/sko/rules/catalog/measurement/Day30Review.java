package dev.sko.rules.catalog.measurement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.described;
import static dev.sko.rules.catalog.support.Activities.meets;
import static dev.sko.rules.catalog.support.Activities.nearest;
import static dev.sko.rules.catalog.support.Activities.ofKind;
import static dev.sko.rules.catalog.support.Activities.span;
import static dev.sko.rules.catalog.support.Wording.days;

import dev.sko.core.ActivityKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.Indexed;
import java.util.List;

/**
 * A behaviour review ({@link ActivityKind#BEHAVIOR_REVIEW}) falls within {@link #WINDOW} (day T+28
 * to T+35) and has a pre-event baseline to compare against: at least one metric target, each of
 * which carries its baseline.
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
          "Days from the first event day (T+n) on which the behaviour review must fall"
              + " (BEHAVIOR_CHANGE_MODEL: behaviour review at day 30 and week-4 review;"
              + " B2B_SKO_GUIDE: 30-day check-in)");

  /**
   * The rule {@code sko.measurement.day-30-review}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.measurement.day-30-review")
          .title("Behaviour is measured in the review window after the event against a baseline")
          .source(
              "BEHAVIOR_CHANGE_MODEL (\"the one rule\"; Pavilion: 71% of kickoffs measure nothing"
                  + " afterwards), B2B_SKO_GUIDE (30-day check-in)")
          .rationale(
              "If behaviour change is not measured about 30 days after the kickoff, there is no"
                  + " telling whether it worked: 71% of kickoffs never measure, and only those that do"
                  + " see a sustained lift. The review compares activity, pipeline and call quality"
                  + " with the baseline taken before the event.")
          .defaultSeverity(Severity.WARNING)
          .option(WINDOW)
          .check(Day30Review::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange window = review.option(WINDOW);
    List<Indexed> reviews = ofKind(plan, ActivityKind.BEHAVIOR_REVIEW);
    if (reviews.isEmpty()) {
      review
          .finding(
              REINFORCEMENT,
              "No behaviour review is planned; 71% of kickoffs never measure behaviour change,"
                  + " and only those that do see a sustained lift")
          .figure("review-window", window)
          .remediation(
              "Add a behaviour review on "
                  + days(window)
                  + " that compares activity, pipeline and call quality with the pre-event"
                  + " baseline of the metric table")
          .report();
      return;
    }
    boolean inWindow = reviews.stream().anyMatch(i -> meets(i.activity(), window));
    if (!inWindow) {
      Indexed near = nearest(reviews, window);
      ReinforcementActivity a = near.activity();
      review
          .finding(
              near.location(),
              "The behaviour review"
                  + described(a)
                  + " runs "
                  + span(a)
                  + ", outside "
                  + days(window)
                  + "; behaviour change is measured about 30 days after the event")
          .evidence(a.firstDay(), window)
          .remediation("Move the behaviour review to " + days(window))
          .report();
      return;
    }
    if (plan.metricTargets().isEmpty()) {
      review
          .finding(
              Location.of("metricTargets"),
              "The behaviour review has no pre-event baseline to compare against: the plan sets"
                  + " no metric targets")
          .evidence(0, 1)
          .remediation(
              "Record a pre-event baseline and a target for each behaviour the review measures,"
                  + " e.g. dials per rep per day 35 to 42 and discovery calls booked per week"
                  + " 4.7 to 6.0")
          .report();
    }
  }
}
