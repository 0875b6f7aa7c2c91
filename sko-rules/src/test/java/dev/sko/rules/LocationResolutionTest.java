package dev.sko.rules;

import static dev.sko.core.testing.TestPlans.minimal;
import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CallForContent;
import dev.sko.core.CoachingPlan;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Phase;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Location#isWithin} and {@link Location#resolveIn} against a plan with every part. */
class LocationResolutionTest {
  private static final Session KEYNOTE = session("ceo", SessionKind.KEYNOTE, 9, 0, 30);
  private static final Session WORKSHOP =
      sessionBuilder("ws", SessionKind.WORKSHOP, 10, 0, 45)
          .addPresenter(Presenter.of("Ann", PresenterRole.PEER_REP))
          .addContentOwner("Enablement")
          // Added out of order: an index counts in the constants' declared order.
          .addTopics(Topic.OBJECTION_HANDLING, Topic.VISION_STRATEGY)
          .build();
  private static final Session DINNER = session("dinner", SessionKind.SOCIAL_TIME, 19, 0, 90);
  private static final Metric METRIC = Metric.common().get(0);

  /** A plan with something in every part a path can name. */
  static final KickoffPlan FULL =
      minimalBuilder()
          .theme("One team")
          .days(
              List.of(
                  AgendaDay.of(KEYNOTE),
                  AgendaDay.builder().label("Practice").addSessions(WORKSHOP, DINNER).build()))
          .addOutcome(
              Outcome.builder()
                  .title("Win more")
                  .metric(METRIC)
                  .addWeeklyActions("Deal review")
                  .build())
          .addRoster(
              Rep.builder()
                  .id("r1")
                  .name("Rita")
                  .manager("Max")
                  .monthlyQuota(Money.of(1000, "USD"))
                  .coachingPlan(CoachingPlan.builder().focus("Discovery").build())
                  .build(),
              Rep.builder().id("r2").name("Raj").build())
          .tierPolicy(TierPolicy.unannounced())
          .addMetricTargets(
              MetricTarget.builder().metric(METRIC).baseline(10).target(12).build(),
              MetricTarget.builder().metric(Metric.common().get(1)).baseline(1).target(2).build(),
              MetricTarget.builder().metric(Metric.common().get(2)).baseline(1).target(2).build())
          .addReinforcement(
              ReinforcementActivity.builder()
                  .kind(ActivityKind.ONE_ON_ONE_COACHING)
                  .firstDay(RelativeDay.after(3))
                  .length(Duration.ofMinutes(30))
                  .build())
          .addSurveys(
              Survey.builder()
                  .kind(SurveyKind.PRE_EVENT_GAP)
                  .day(RelativeDay.before(28))
                  .addQuestions(
                      SurveyQuestion.of("Where do you lose deals?", QuestionKind.FREE_TEXT))
                  .build())
          .addPrework(
              PreworkItem.builder()
                  .kind(PreworkKind.WIN_STRATEGY)
                  .title("Account plan")
                  .dueDay(RelativeDay.before(7))
                  .build())
          .addManagerCommitments(
              ManagerCommitment.builder()
                  .manager("Max")
                  .coachingCadence(Cadence.WEEKLY)
                  .metric(METRIC)
                  .build())
          .addRecognitionCategories(RecognitionCategory.TOP_REVENUE)
          .budget(
              Budget.builder("USD")
                  .addItems(CostItem.of(CostCategory.TRAVEL, "Flights", Money.of(5000, "USD")))
                  .build())
          .planning(
              PlanningData.builder()
                  .addCoreTeam(CoreTeamMember.of("Olga", CoreTeamRole.ACCOUNTABLE_OWNER))
                  .callForContent(
                      CallForContent.builder()
                          .opensOn(RelativeDay.before(90))
                          .openForDays(21)
                          .addSubmissions(
                              ContentSubmission.of(
                                  "Pricing", SubmissionType.ROLE_BASED, SubmissionState.TRIAGE),
                              ContentSubmission.of(
                                  "Demos", SubmissionType.ROLE_BASED, SubmissionState.ACCEPTED))
                          .build())
                  .addMilestones(
                      PhaseMilestone.of(
                          Phase.DESIGN, RelativeDay.before(60), RelativeDay.before(1)))
                  .statusDate(LocalDate.of(2026, 12, 1))
                  .build())
          .build();

  private static Arguments place(String path, Function<KickoffPlan, Object> expected) {
    return Arguments.of(path, expected);
  }

  /** Every path a catalogue rule reports at, and a field of each part of the model. */
  static Stream<Arguments> places() {
    return Stream.of(
        place("", p -> p),
        place("name", KickoffPlan::name),
        place("theme", p -> p.theme().orElseThrow()),
        place("venue", KickoffPlan::venue),
        place("headcount", KickoffPlan::headcount),
        place("days", KickoffPlan::days),
        place("days[0]", p -> p.days().get(0)),
        place("days[1].label", p -> "Practice"),
        place("days[1].sessions", p -> p.days().get(1).sessions()),
        place("days[1].sessions[1]", p -> DINNER),
        place("days[1].sessions[0].talkTime", p -> Duration.ofMinutes(45)),
        place("days[1].sessions[0].presenters[0].name", p -> "Ann"),
        place("days[1].sessions[0].contentOwners[0]", p -> "Enablement"),
        place("days[1].sessions[0].audience.kind", p -> WORKSHOP.audience().kind()),
        place("outcomes", KickoffPlan::outcomes),
        place("outcomes[0]", p -> p.outcomes().get(0)),
        place("outcomes[0].metric.name", p -> METRIC.name()),
        place("outcomes[0].weeklyActions[0]", p -> "Deal review"),
        place("roster", KickoffPlan::roster),
        place("roster[1]", p -> p.roster().get(1)),
        place("roster[0].manager", p -> "Max"),
        place("roster[0].monthlyQuota.amount", p -> Money.of(1000, "USD").amount()),
        place("roster[0].coachingPlan.focus", p -> "Discovery"),
        place("tierPolicy", p -> p.tierPolicy().orElseThrow()),
        place("tierPolicy.lookbackMonths", p -> TierPolicy.DEFAULT_LOOKBACK_MONTHS),
        place("metricTargets", KickoffPlan::metricTargets),
        place("metricTargets[2]", p -> p.metricTargets().get(2)),
        place("metricTargets[0].baseline", p -> 10.0),
        place("reinforcement", KickoffPlan::reinforcement),
        place("reinforcement[0]", p -> p.reinforcement().get(0)),
        place("reinforcement[0].firstDay", p -> RelativeDay.after(3)),
        place("surveys", KickoffPlan::surveys),
        place("surveys[0]", p -> p.surveys().get(0)),
        place("surveys[0].questions[0].kind", p -> QuestionKind.FREE_TEXT),
        place("prework", KickoffPlan::prework),
        place("prework[0]", p -> p.prework().get(0)),
        place("managerCommitments[0].metric", p -> METRIC),
        place("recognitionCategories", KickoffPlan::recognitionCategories),
        place("recognitionCategories[0]", p -> RecognitionCategory.TOP_REVENUE),
        place("days[1].sessions[0].topics[1]", p -> Topic.OBJECTION_HANDLING),
        place("budget", p -> p.budget().orElseThrow()),
        place("budget.items[0].amount.currency", p -> Money.of(5000, "USD").currency()),
        place("planning", p -> p.planning().orElseThrow()),
        place("planning.coreTeam", p -> p.planning().orElseThrow().coreTeam()),
        place("planning.coreTeam[0].role", p -> CoreTeamRole.ACCOUNTABLE_OWNER),
        place(
            "planning.callForContent",
            p -> p.planning().orElseThrow().callForContent().orElseThrow()),
        place(
            "planning.callForContent.submissions[1]",
            p -> p.planning().orElseThrow().callForContent().orElseThrow().submissions().get(1)),
        place("planning.milestones", p -> p.planning().orElseThrow().milestones()),
        place("planning.milestones[0].phase", p -> Phase.DESIGN),
        place("planning.statusDate", p -> LocalDate.of(2026, 12, 1)));
  }

  @ParameterizedTest
  @MethodSource("places")
  void a_path_resolves_to_the_value_the_model_holds_there(
      String path, Function<KickoffPlan, Object> expected) {
    Location location = Location.of(path);

    assertThat(location.isWithin(FULL)).isTrue();
    assertThat(location.resolveIn(FULL)).contains(expected.apply(FULL));
  }

  @Test
  void the_plan_itself_resolves_to_the_plan() {
    KickoffPlan plan = minimal();

    assertThat(Location.plan().isWithin(plan)).isTrue();
    assertThat(Location.plan().resolveIn(plan)).containsSame(plan);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "theme",
        "tierPolicy",
        "budget",
        "budget.items",
        "planning",
        "planning.coreTeam",
        "planning.callForContent",
        "planning.callForContent.submissions",
        "planning.milestones",
        "planning.statusDate",
        "days[0].label",
        "days[0].sessions[0].groupSize"
      })
  void a_field_the_plan_leaves_out_is_within_it_but_resolves_to_nothing(String path) {
    KickoffPlan bare = minimal();

    assertThat(Location.of(path).isWithin(bare)).isTrue();
    assertThat(Location.of(path).resolveIn(bare)).isEmpty();
  }

  @Test
  void an_empty_list_is_within_the_plan_and_resolves_to_the_empty_list() {
    KickoffPlan bare = minimal();

    assertThat(Location.of("reinforcement").resolveIn(bare)).contains(List.of());
    assertThat(Location.of("surveys").isWithin(bare)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "days[2]",
        "days[0].sessions[1]",
        "days[1].sessions[2]",
        "roster[2]",
        "metricTargets[3]",
        "reinforcement[1]",
        "surveys[1]",
        "prework[1]",
        "outcomes[1]",
        "planning.callForContent.submissions[2]",
        "planning.milestones[1]",
        "planning.coreTeam[1]",
        "days[1].sessions[0].presenters[1]",
        "days[1].sessions[0].topics[2]",
        "recognitionCategories[1]",
        "days[2147483647]",
        "days[2147483648]",
        "days[99999999999999999999]"
      })
  void an_index_past_the_end_of_its_list_is_outside_the_plan(String path) {
    assertThat(Location.of(path).isWithin(FULL)).isFalse();
    assertThat(Location.of(path).resolveIn(FULL)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reinforcement[0]",
        "budget.items[0]",
        "planning.coreTeam[0]",
        "planning.callForContent.submissions[0]",
        "tierPolicy.announced.value"
      })
  void an_element_of_a_list_the_plan_leaves_out_is_outside_it(String path) {
    assertThat(Location.of(path).isWithin(minimal())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "speakers",
        "days[0].speakers",
        "days[1].sessions[0].speaker",
        "Days[0]",
        "session",
        "planning.submissions",
        "callForContent",
        "budget.total",
        "roster[0].quota"
      })
  void a_name_the_model_does_not_have_is_outside_the_plan(String path) {
    assertThat(Location.of(path).isWithin(FULL)).isFalse();
    assertThat(Location.of(path).resolveIn(FULL)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "budget[0]",
        "name[0]",
        "days.sessions",
        "days[0].sessions.id",
        "roster.manager",
        "name.length",
        "days[0].sessions[0].id.value"
      })
  void an_index_on_a_single_value_or_a_field_of_a_list_or_leaf_is_outside_the_plan(String path) {
    assertThat(Location.of(path).isWithin(FULL)).isFalse();
  }

  @Test
  void a_session_location_is_within_the_plan_only_at_its_own_session() {
    assertThat(Location.session(1, 1, DINNER).isWithin(FULL)).isTrue();
    assertThat(Location.session(1, 1, DINNER).resolveIn(FULL)).containsSame(DINNER);
    assertThat(Location.session(0, 0, KEYNOTE).isWithin(FULL)).isTrue();

    assertThat(Location.session(1, 0, DINNER).isWithin(FULL)).isFalse();
    assertThat(Location.session(1, 0, DINNER).resolveIn(FULL)).isEmpty();
    assertThat(Location.session(0, 0, WORKSHOP).isWithin(FULL)).isFalse();
    assertThat(Location.session(1, 2, DINNER).isWithin(FULL)).isFalse();
  }

  @Test
  void a_session_location_needs_the_sessions_title_as_well_as_its_id() {
    Session renamed = Session.builder().from(DINNER).title("Awards night").build();

    assertThat(Location.session(1, 1, renamed).isWithin(FULL)).isFalse();
    assertThat(Location.of("days[1].sessions[1]").isWithin(FULL)).isTrue();
  }
}
