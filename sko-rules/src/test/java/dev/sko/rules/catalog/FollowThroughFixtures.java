package dev.sko.rules.catalog;

import dev.sko.core.ActivityKind;
import dev.sko.core.Cadence;
import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.QuestionKind;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.StakeholderRole;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.testing.TestPlans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans for the follow-through rules: {@link TestPlans#minimalBuilder()} (one event day, {@code
 * T+0}, so day {@code T+n} is {@code n} days after the event) with a complete reinforcement plan,
 * survey and metric table that every reinforcement, measurement and metric rule accepts. Tests
 * change the one thing they are about.
 */
final class FollowThroughFixtures {
  private FollowThroughFixtures() {}

  /** Index of the daily stand-ups in {@link #reinforcement()}. */
  static final int STANDUPS = 0;

  /** Index of the weekly 1:1s. */
  static final int ONE_ON_ONES = 1;

  /** Index of the bi-weekly call reviews. */
  static final int CALL_REVIEWS = 2;

  /** Index of the monthly territory reviews. */
  static final int TERRITORY_REVIEWS = 3;

  /** Index of the day-30 behaviour review. */
  static final int BEHAVIOR_REVIEW = 4;

  /** Index of the day-32 governance read-out. */
  static final int GOVERNANCE_REVIEW = 5;

  /** A recurring activity from day {@code T+first} to {@code T+last}, {@code minutes} long. */
  static ReinforcementActivity activity(
      ActivityKind kind, Cadence cadence, int first, int last, int minutes) {
    return ReinforcementActivity.builder()
        .kind(kind)
        .cadence(cadence)
        .firstDay(RelativeDay.of(first))
        .lastDay(RelativeDay.of(last))
        .length(Duration.ofMinutes(minutes))
        .build();
  }

  /** A one-off activity on day {@code T+day}, {@code minutes} long. */
  static ReinforcementActivity once(ActivityKind kind, int day, int minutes) {
    return activity(kind, Cadence.ONCE, day, day, minutes);
  }

  /** A governance read-out on {@code T+day} with {@code participants}. */
  static ReinforcementActivity governance(int day, StakeholderRole... participants) {
    return ReinforcementActivity.builder()
        .from(once(ActivityKind.GOVERNANCE_REVIEW, day, 60))
        .participants(List.of(participants))
        .build();
  }

  /**
   * BEHAVIOR_CHANGE_MODEL's drive phase for a one-day event: stand-ups in week 1, weekly 1:1s,
   * bi-weekly call reviews, a monthly territory review, the day-30 behaviour review and the day-32
   * governance read-out.
   */
  static List<ReinforcementActivity> reinforcement() {
    return List.of(
        activity(ActivityKind.DAILY_STANDUP, Cadence.DAILY, 1, 7, 15),
        activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 8, 30, 45),
        activity(ActivityKind.CALL_REVIEW, Cadence.BIWEEKLY, 8, 36, 60),
        activity(ActivityKind.TERRITORY_REVIEW, Cadence.MONTHLY, 14, 44, 60),
        once(ActivityKind.BEHAVIOR_REVIEW, 30, 90),
        governance(
            32, StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT));
  }

  /** {@link #reinforcement()} with the activity at {@code index} replaced. */
  static List<ReinforcementActivity> replacing(int index, ReinforcementActivity activity) {
    List<ReinforcementActivity> list = new ArrayList<>(reinforcement());
    list.set(index, activity);
    return list;
  }

  /** {@link #reinforcement()} without the activity at {@code index}. */
  static List<ReinforcementActivity> without(int index) {
    List<ReinforcementActivity> list = new ArrayList<>(reinforcement());
    list.remove(index);
    return list;
  }

  /** {@link #reinforcement()} plus {@code extra}. */
  static List<ReinforcementActivity> adding(ReinforcementActivity extra) {
    List<ReinforcementActivity> list = new ArrayList<>(reinforcement());
    list.add(extra);
    return list;
  }

  /** A post-event survey on {@code T+day}. */
  static Survey postEventSurvey(int day, boolean anonymous, int freeText) {
    Survey.Builder b =
        Survey.builder().kind(SurveyKind.POST_EVENT).day(RelativeDay.of(day)).anonymous(anonymous);
    b.addQuestions(SurveyQuestion.of("How useful was the kickoff?", QuestionKind.LIKERT));
    for (int i = 0; i < freeText; i++) {
      b.addQuestions(SurveyQuestion.of("Open question " + (i + 1), QuestionKind.FREE_TEXT));
    }
    return b.build();
  }

  /** A complete target: owner, explicit indicator, measurement day T+30. */
  static MetricTarget target(Metric metric, double baseline, double target) {
    return MetricTarget.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .owner("Each manager")
        .indicator(metric.indicator())
        .measurementDay(RelativeDay.of(30))
        .build();
  }

  /** The metric table: dials 35 to 42 (lead), pipeline created 100 to 120 (mid). */
  static List<MetricTarget> targets() {
    return List.of(
        target(Metric.DIALS_PER_REP_PER_DAY, 35, 42), target(Metric.PIPELINE_CREATED, 100, 120));
  }

  /** The one-day test plan with the complete follow-through. */
  static KickoffPlan.Builder followThrough() {
    return TestPlans.minimalBuilder()
        .reinforcement(reinforcement())
        .addSurveys(postEventSurvey(1, true, 3))
        .metricTargets(targets());
  }

  /** The follow-through plan with {@code activities} as its reinforcement. */
  static KickoffPlan withReinforcement(List<ReinforcementActivity> activities) {
    return followThrough().reinforcement(activities).build();
  }

  /** {@code t} without an explicit indicator type (the metric's own still applies). */
  static MetricTarget withoutIndicator(MetricTarget t) {
    return MetricTarget.builder().from(t).indicator(Optional.<IndicatorType>empty()).build();
  }
}
