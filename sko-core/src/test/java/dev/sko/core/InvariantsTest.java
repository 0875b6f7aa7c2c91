package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per invariant of the model: each builds a value that breaks exactly one invariant and
 * shows that {@code build()} (or the factory) fails with an {@link IllegalArgumentException} whose
 * message names the field and shows the bad value, in the form {@code "<field> <expectation>, but
 * was <value>"}. {@link #justInsideEveryBoundaryBuilds()} shows the values just inside the same
 * boundaries build.
 */
class InvariantsTest {

  private static Session.Builder session() {
    return sessionBuilder("s1", SessionKind.WORKSHOP, 9, 0, 30);
  }

  private static ReinforcementActivity.Builder activity() {
    return ReinforcementActivity.builder()
        .kind(ActivityKind.ONE_ON_ONE_COACHING)
        .firstDay(RelativeDay.after(9))
        .length(Duration.ofMinutes(45));
  }

  private static Rep.Builder rep(String id) {
    return Rep.builder().id(id).name("Rep " + id);
  }

  private static Metric.Builder metric() {
    return Metric.builder()
        .name("Demos per week")
        .category(MetricCategory.ACTIVITY)
        .unit("demos")
        .indicator(IndicatorType.LEAD);
  }

  private static MetricTarget.Builder target() {
    return MetricTarget.builder().metric(Metric.DIALS_PER_REP_PER_DAY).baseline(35).target(42);
  }

  private static PreworkItem.Builder prework() {
    return PreworkItem.builder()
        .kind(PreworkKind.PRE_READ)
        .title("Strategy pre-read")
        .dueDay(RelativeDay.before(2));
  }

  private static ManagerCommitment.Builder commitment() {
    return ManagerCommitment.builder()
        .manager("Alex Kim")
        .coachingCadence(Cadence.WEEKLY)
        .metric(Metric.COACHING_SESSIONS_PER_WEEK);
  }

  private static Session sessionWithId(String id) {
    return sessionBuilder(id, SessionKind.WORKSHOP, 9, 0, 30).build();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /** Field, the value as the message shows it, and the build that must fail. */
  static Stream<Arguments> invariants() {
    return Stream.of(
        // AgendaDay
        rejects("AgendaDay.label", "\" \"", () -> AgendaDay.builder().label(" ").build()),
        rejects(
            "AgendaDay.sessions.id",
            "\"s1\"",
            () -> AgendaDay.of(sessionWithId("s1"), sessionWithId("s1"))),
        // Audience: the factories keep tier/role/name consistent; the generated builder can not.
        rejects(
            "Audience.tier",
            "Optional.empty",
            () -> ImmutableAudience.builder().kind(AudienceKind.TIER).build()),
        rejects(
            "Audience.tier",
            "Optional[TOP]",
            () -> ImmutableAudience.builder().kind(AudienceKind.EVERYONE).tier(Tier.TOP).build()),
        rejects(
            "Audience.role",
            "Optional.empty",
            () -> ImmutableAudience.builder().kind(AudienceKind.ROLE).build()),
        rejects(
            "Audience.role",
            "Optional[MANAGER]",
            () ->
                ImmutableAudience.builder()
                    .kind(AudienceKind.TIER)
                    .tier(Tier.TOP)
                    .role(RepRole.MANAGER)
                    .build()),
        rejects(
            "Audience.name",
            "Optional.empty",
            () -> ImmutableAudience.builder().kind(AudienceKind.REGION).build()),
        rejects(
            "Audience.name",
            "Optional[EMEA]",
            () -> ImmutableAudience.builder().kind(AudienceKind.EVERYONE).name("EMEA").build()),
        rejects("Audience.name", "\"  \"", () -> Audience.region("  ")),
        rejects("Audience.name", "\"\"", () -> Audience.group("")),
        // Budget
        rejects(
            "Budget.items[1].amount",
            "5 EUR",
            () ->
                Budget.builder("USD")
                    .addItem(CostItem.of(CostCategory.TRAVEL, "Flights", usd("10")))
                    .addItem(CostItem.of(CostCategory.VENUE_AV, "Hall", Money.of(5, "EUR")))
                    .build()),
        rejects(
            "Budget.averageMonthlyQuota",
            "3000000 INR",
            () -> Budget.builder("USD").averageMonthlyQuota(Money.of(3_000_000, "INR")).build()),
        // CallForContent
        rejects(
            "CallForContent.openForDays",
            "0",
            () -> CallForContent.builder().opensOn(RelativeDay.before(91)).openForDays(0).build()),
        rejects(
            "CallForContent.openForDays",
            "3661",
            () ->
                CallForContent.builder()
                    .opensOn(RelativeDay.EVENT_START)
                    .openForDays(RelativeDay.MAX_OFFSET + 1)
                    .build()),
        // CoachingPlan, ContentSubmission, CoreTeamMember, CostItem
        rejects("CoachingPlan.focus", "\"\"", () -> CoachingPlan.of("")),
        rejects(
            "ContentSubmission.title",
            "\" \"",
            () -> ContentSubmission.of(" ", SubmissionType.ROLE_BASED, SubmissionState.TRIAGE)),
        rejects(
            "CoreTeamMember.name",
            "\"\t\"",
            () -> CoreTeamMember.of("\t", CoreTeamRole.CONTENT_DRI)),
        rejects(
            "CostItem.description", "\"\"", () -> CostItem.of(CostCategory.TRAVEL, "", usd("1"))),
        // KickoffPlan
        rejects("KickoffPlan.name", "\" \"", () -> minimalBuilder().name(" ").build()),
        rejects("KickoffPlan.theme", "\"\"", () -> minimalBuilder().theme("").build()),
        rejects("KickoffPlan.headcount", "0", () -> minimalBuilder().headcount(0).build()),
        rejects("KickoffPlan.headcount", "-5", () -> minimalBuilder().headcount(-5).build()),
        rejects("KickoffPlan.days", "[]", () -> minimalBuilder().days(List.of()).build()),
        rejects(
            "KickoffPlan.days[1].sessions.id",
            "\"s1\"",
            () -> minimalBuilder().addDay(AgendaDay.of(sessionWithId("s1"))).build()),
        rejects(
            "KickoffPlan.roster.id",
            "\"r1\"",
            () -> minimalBuilder().addRoster(rep("r1").build(), rep("r1").build()).build()),
        rejects(
            "KickoffPlan.roster",
            "\"2 reps\"",
            () ->
                minimalBuilder()
                    .headcount(1)
                    .addRoster(rep("a").build(), rep("b").build())
                    .build()),
        rejects(
            "KickoffPlan.metricTargets.metric",
            "\"Dials per rep per day\"",
            () -> minimalBuilder().addMetricTargets(target().build(), target().build()).build()),
        rejects(
            "KickoffPlan.venue",
            "HOTEL",
            () -> minimalBuilder().format(EventFormat.VIRTUAL).venue(VenueKind.HOTEL).build()),
        rejects(
            "KickoffPlan.venue",
            "VIRTUAL_PLATFORM",
            () ->
                minimalBuilder()
                    .format(EventFormat.HYBRID)
                    .venue(VenueKind.VIRTUAL_PLATFORM)
                    .build()),
        rejects(
            "KickoffPlan.venue",
            "VIRTUAL_PLATFORM",
            () ->
                minimalBuilder()
                    .format(EventFormat.IN_PERSON)
                    .venue(VenueKind.VIRTUAL_PLATFORM)
                    .build()),
        // ManagerCommitment
        rejects("ManagerCommitment.manager", "\"\"", () -> commitment().manager("").build()),
        rejects(
            "ManagerCommitment.coachingCadence",
            "ONCE",
            () -> commitment().coachingCadence(Cadence.ONCE).build()),
        // Metric, MetricTarget
        rejects("Metric.name", "\" \"", () -> metric().name(" ").build()),
        rejects("Metric.unit", "\"\"", () -> metric().unit("").build()),
        rejects("MetricTarget.baseline", "NaN", () -> target().baseline(Double.NaN).build()),
        rejects(
            "MetricTarget.baseline",
            "-Infinity",
            () -> target().baseline(Double.NEGATIVE_INFINITY).build()),
        rejects(
            "MetricTarget.target",
            "Infinity",
            () -> target().target(Double.POSITIVE_INFINITY).build()),
        rejects("MetricTarget.owner", "\"\"", () -> target().owner("").build()),
        // Outcome
        rejects("Outcome.title", "\"\"", () -> Outcome.builder().title("").build()),
        rejects(
            "Outcome.weeklyActions",
            "\" \"",
            () -> Outcome.builder().title("Win rate").addWeeklyAction(" ").build()),
        rejects(
            "Outcome.monthlyActions",
            "\" \"",
            () -> Outcome.builder().title("Win rate").addMonthlyAction(" ").build()),
        rejects(
            "Outcome.quarterlyActions",
            "\" \"",
            () -> Outcome.builder().title("Win rate").addQuarterlyAction(" ").build()),
        // PhaseMilestone, PlanningData
        rejects(
            "PhaseMilestone.end",
            "T-15",
            () ->
                PhaseMilestone.of(Phase.DIAGNOSE, RelativeDay.before(14), RelativeDay.before(15))),
        rejects(
            "PlanningData.milestones.phase",
            "\"DESIGN\"",
            () ->
                PlanningData.builder()
                    .addMilestone(
                        PhaseMilestone.of(
                            Phase.DESIGN, RelativeDay.before(14), RelativeDay.before(2)))
                    .addMilestone(
                        PhaseMilestone.of(
                            Phase.DESIGN, RelativeDay.before(10), RelativeDay.before(1)))
                    .build()),
        // PreworkItem
        rejects("PreworkItem.title", "\"\"", () -> prework().title("").build()),
        rejects("PreworkItem.length", "PT0S", () -> prework().length(Duration.ZERO).build()),
        rejects(
            "PreworkItem.length", "PT-1M", () -> prework().length(Duration.ofMinutes(-1)).build()),
        // Presenter
        rejects("Presenter.name", "\"\"", () -> Presenter.of("", PresenterRole.EXECUTIVE)),
        rejects(
            "Presenter.region", "\" \"", () -> Presenter.of("Sam", PresenterRole.PEER_REP, " ")),
        // ReinforcementActivity
        rejects(
            "ReinforcementActivity.lastDay",
            "T+8",
            () -> activity().lastDay(RelativeDay.after(8)).build()),
        rejects(
            "ReinforcementActivity.length", "PT0S", () -> activity().length(Duration.ZERO).build()),
        rejects(
            "ReinforcementActivity.description", "\"\"", () -> activity().description("").build()),
        rejects("ReinforcementActivity.owner", "\" \"", () -> activity().owner(" ").build()),
        // Rep
        rejects("Rep.id", "\"\"", () -> rep("").build()),
        rejects("Rep.name", "\" \"", () -> rep("r1").name(" ").build()),
        rejects("Rep.region", "\"\"", () -> rep("r1").region("").build()),
        rejects("Rep.manager", "\"\"", () -> rep("r1").manager("").build()),
        rejects("Rep.q1Goal", "\"\"", () -> rep("r1").q1Goal("").build()),
        rejects(
            "Rep.trailingAttainment", "-0.01", () -> rep("r1").trailingAttainment(-0.01).build()),
        rejects(
            "Rep.trailingAttainment",
            "NaN",
            () -> rep("r1").trailingAttainment(Double.NaN).build()),
        rejects(
            "Rep.trailingAttainment",
            "Infinity",
            () -> rep("r1").trailingAttainment(Double.POSITIVE_INFINITY).build()),
        // Session
        rejects("Session.id", "\"\"", () -> session().id("").build()),
        rejects("Session.title", "\" \"", () -> session().title(" ").build()),
        rejects("Session.talkTime", "PT0S", () -> session().talkTime(Duration.ZERO).build()),
        rejects(
            "Session.talkTime", "PT-5M", () -> session().talkTime(Duration.ofMinutes(-5)).build()),
        rejects(
            "Session.talkTime",
            "PT24H1M",
            () -> session().start(LocalTime.MIDNIGHT).talkTime(Duration.ofMinutes(1441)).build()),
        rejects(
            "Session.talkTime",
            "PT2562047788015215H30M7S",
            () -> session().talkTime(Duration.ofSeconds(Long.MAX_VALUE)).build()),
        rejects(
            "Session.qaTime",
            "PT-1M",
            () -> session().qaTime(Duration.ofMinutes(-1)).qaStyle(QaStyle.MODERATED).build()),
        rejects(
            "Session.qaTime",
            "PT2562047788015215H30M7S",
            () ->
                session()
                    .qaTime(Duration.ofSeconds(Long.MAX_VALUE))
                    .qaStyle(QaStyle.MODERATED)
                    .build()),
        rejects("Session.qaStyle", "NONE", () -> session().qaTime(Duration.ofMinutes(10)).build()),
        rejects("Session.start", "09:00:30", () -> session().start(LocalTime.of(9, 0, 30)).build()),
        rejects(
            "Session.length",
            "PT30M30S",
            () -> session().talkTime(Duration.ofSeconds(30 * 60 + 30)).build()),
        rejects(
            "Session.start",
            "\"23:45 + PT30M\"",
            () -> session().start(LocalTime.of(23, 45)).build()),
        rejects(
            "Session.start",
            "\"23:30 + PT31M\"",
            () ->
                session()
                    .start(LocalTime.of(23, 30))
                    .talkTime(Duration.ofMinutes(21))
                    .qaTime(Duration.ofMinutes(10))
                    .qaStyle(QaStyle.MODERATED)
                    .build()),
        rejects("Session.groupSize", "0", () -> session().groupSize(0).build()),
        rejects(
            "Session.rotationInterval",
            "PT0S",
            () -> session().rotationInterval(Duration.ZERO).build()),
        rejects("Session.contentOwners", "\"\"", () -> session().addContentOwner("").build()),
        // SurveyQuestion, TierPolicy
        rejects("SurveyQuestion.text", "\"\"", () -> SurveyQuestion.of("", QuestionKind.LIKERT)),
        rejects(
            "TierPolicy.lookbackMonths", "0", () -> TierPolicy.builder().lookbackMonths(0).build()),
        // Money
        rejects("Money.amount", "-0.01", () -> Money.of("-0.01", "USD")),
        rejects("Money.amount", "-1", () -> Money.of(-1, "USD")),
        rejects("Money.amount", "-5.5", () -> Money.of(new BigDecimal("-5.5"), "INR")),
        rejects("Money.amount", "\"12,50\"", () -> Money.of("12,50", "EUR")),
        rejects("Money.currency", "\"XYZ\"", () -> Money.of(1, "XYZ")),
        rejects("Money.currency", "\"usd\"", () -> Money.zero("usd")),
        rejects("Money factor", "-1", () -> usd("10").times(-1)),
        rejects("Money divisor", "0", () -> usd("10").dividedBy(0)),
        rejects("Money divisor", "-2", () -> usd("10").dividedBy(-2)),
        // RelativeDay
        rejects("RelativeDay.offset", "3661", () -> RelativeDay.of(RelativeDay.MAX_OFFSET + 1)),
        rejects("RelativeDay.offset", "-3661", () -> RelativeDay.of(-RelativeDay.MAX_OFFSET - 1)),
        rejects("RelativeDay.offset", "-2147483648", () -> RelativeDay.of(Integer.MIN_VALUE)),
        rejects(
            "RelativeDay.offset",
            "2147483648",
            () -> RelativeDay.after(1).plusDays(Integer.MAX_VALUE)),
        rejects("RelativeDay.offset", "9999", () -> RelativeDay.parse("T+9999")),
        rejects("RelativeDay.before", "-1", () -> RelativeDay.before(-1)),
        rejects("RelativeDay.after", "-1", () -> RelativeDay.after(-1)));
  }

  private static Arguments rejects(String field, String shownValue, ThrowingCallable build) {
    return Arguments.of(field, shownValue, build);
  }

  @ParameterizedTest(name = "{0} rejects {1}")
  @MethodSource("invariants")
  void rejectsNamingFieldAndValue(String field, String shownValue, ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);

    assertThat(thrown)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " ")
        .hasMessageEndingWith("but was " + shownValue);
  }

  @Test
  void justInsideEveryBoundaryBuilds() {
    List<Supplier<?>> valid =
        List.of(
            () -> minimalBuilder().headcount(1).build(),
            () -> minimalBuilder().headcount(1).addRoster(rep("a").build()).build(),
            () ->
                minimalBuilder()
                    .format(EventFormat.VIRTUAL)
                    .venue(VenueKind.VIRTUAL_PLATFORM)
                    .build(),
            () -> session().talkTime(Duration.ofMinutes(1)).build(),
            () -> session().start(LocalTime.of(23, 30)).talkTime(Duration.ofMinutes(30)).build(),
            () -> session().start(LocalTime.MIDNIGHT).talkTime(Duration.ofDays(1)).build(),
            () ->
                session()
                    .start(LocalTime.of(23, 0))
                    .talkTime(Duration.ofMinutes(50))
                    .qaTime(Duration.ofMinutes(10))
                    .qaStyle(QaStyle.OPEN_MIC)
                    .build(),
            () -> session().qaStyle(QaStyle.MODERATED).build(),
            () -> session().groupSize(1).rotationInterval(Duration.ofMinutes(1)).build(),
            () -> activity().lastDay(RelativeDay.after(9)).build(),
            () -> PhaseMilestone.of(Phase.DRIVE, RelativeDay.after(2), RelativeDay.after(2)),
            () -> CallForContent.builder().opensOn(RelativeDay.before(91)).openForDays(1).build(),
            () ->
                CallForContent.builder()
                    .opensOn(RelativeDay.EVENT_START)
                    .openForDays(RelativeDay.MAX_OFFSET)
                    .build(),
            () -> TierPolicy.builder().lookbackMonths(1).build(),
            () -> rep("r1").trailingAttainment(0).build(),
            () ->
                target()
                    .metric(Metric.Q1_ATTAINMENT)
                    .baseline(-1e300)
                    .target(Double.MAX_VALUE)
                    .build(),
            () -> target().baseline(0).target(0).build(),
            () -> prework().length(Duration.ofMinutes(1)).build(),
            () -> Money.of("0", "USD"),
            () -> RelativeDay.of(RelativeDay.MAX_OFFSET),
            () -> RelativeDay.of(-RelativeDay.MAX_OFFSET),
            () -> RelativeDay.parse("T-3660"));

    for (Supplier<?> build : valid) {
      assertThat(build.get()).isNotNull();
    }
  }

  static Stream<Arguments> missingRequired() {
    return Stream.of(
        missing(
            () -> KickoffPlan.builder().build(),
            "KickoffPlan",
            "name",
            "format",
            "venue",
            "startDate",
            "headcount"),
        missing(
            () -> KickoffPlan.builder().name("x").headcount(3).build(),
            "KickoffPlan",
            "format",
            "venue",
            "startDate"),
        missing(
            () -> Session.builder().id("s1").build(),
            "Session",
            "title",
            "kind",
            "start",
            "talkTime"),
        missing(() -> Rep.builder().name("Kim").build(), "Rep", "id"),
        missing(
            () -> Metric.builder().name("m").build(), "Metric", "category", "unit", "indicator"),
        missing(
            () -> MetricTarget.builder().build(), "MetricTarget", "metric", "baseline", "target"),
        missing(
            () -> ReinforcementActivity.builder().build(),
            "ReinforcementActivity",
            "kind",
            "firstDay",
            "length"),
        missing(() -> Budget.builder().build(), "Budget", "currency"),
        missing(() -> CostItem.builder().build(), "CostItem", "category", "description", "amount"),
        missing(() -> Presenter.builder().build(), "Presenter", "name", "role"),
        missing(() -> Survey.builder().build(), "Survey", "kind", "day"),
        missing(() -> PreworkItem.builder().build(), "PreworkItem", "kind", "title", "dueDay"),
        missing(() -> CallForContent.builder().build(), "CallForContent", "opensOn", "openForDays"),
        missing(() -> PhaseMilestone.builder().build(), "PhaseMilestone", "phase", "start", "end"),
        missing(
            () -> ManagerCommitment.builder().build(),
            "ManagerCommitment",
            "manager",
            "coachingCadence",
            "metric"),
        missing(() -> Outcome.builder().build(), "Outcome", "title"),
        missing(() -> CoachingPlan.builder().build(), "CoachingPlan", "focus"),
        missing(() -> ContentSubmission.builder().build(), "ContentSubmission", "title", "type"),
        missing(() -> CoreTeamMember.builder().build(), "CoreTeamMember", "name", "role"),
        missing(() -> SurveyQuestion.builder().build(), "SurveyQuestion", "text", "kind"));
  }

  private static Arguments missing(ThrowingCallable build, String type, String... attributes) {
    return Arguments.of(type, List.of(attributes), build);
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("missingRequired")
  void missingRequiredAttributesFailNamingThem(
      String type, List<String> attributes, ThrowingCallable build) {
    assertThatThrownBy(build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build " + type + ", some of required attributes are not set " + attributes);
  }
}
