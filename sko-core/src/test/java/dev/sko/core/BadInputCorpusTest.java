package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus of the domain model: one table of invalid constructions and computations,
 * each with the exception it must fail with and the substrings its message must hold, the field (or
 * id) and the bad value. A {@link NullPointerException}'s bad value is the {@code null} its type
 * already states, so its message must name the field only.
 *
 * <p>The rows reach past the one-field invariants that {@link InvariantsTest} lists in their exact
 * {@code "<field> <expectation>, but was <value>"} form: values across fields and objects (rosters,
 * budgets and quotas in several currencies, activities ending before they start), computations on
 * valid values ({@link MetricLift}, {@link CostModel}, {@link Tiering}), text to parse, calendar
 * limits, nulls and missing required attributes. The engine configuration has its own table, {@code
 * dev.sko.rules.BadConfigurationCorpusTest}.
 */
class BadInputCorpusTest {

  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;

  private static Session.Builder session(String id) {
    return sessionBuilder(id, SessionKind.WORKSHOP, 9, 0, 30);
  }

  private static Rep rep(String id, Money quota) {
    return Rep.builder().id(id).name("Rep " + id).monthlyQuota(quota).build();
  }

  private static MetricTarget dials() {
    return MetricTarget.builder()
        .metric(Metric.DIALS_PER_REP_PER_DAY)
        .baseline(35)
        .target(42)
        .build();
  }

  private static ReinforcementActivity.Builder activity() {
    return ReinforcementActivity.builder()
        .kind(ActivityKind.ONE_ON_ONE_COACHING)
        .firstDay(RelativeDay.after(30))
        .length(Duration.ofMinutes(45));
  }

  private static Money usd(long amount) {
    return Money.of(amount, "USD");
  }

  private static Money eur(long amount) {
    return Money.of(amount, "EUR");
  }

  private static List<AgendaDay> days(int count) {
    List<AgendaDay> days = new ArrayList<>();
    days.add(AgendaDay.of(session("s1").build()));
    for (int i = 1; i < count; i++) {
      days.add(AgendaDay.builder().build());
    }
    return days;
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // Lengths: negative, zero, not whole minutes
        row(
            "a session's negative talk time",
            () -> session("s1").talkTime(Duration.ofMinutes(-30)).build(),
            IAE,
            "Session.talkTime",
            "PT-30M"),
        row(
            "a session lasting 90 seconds",
            () -> session("s1").talkTime(Duration.ofSeconds(90)).build(),
            IAE,
            "Session.length",
            "PT1M30S"),
        row(
            "a negative rotation interval",
            () -> session("s1").rotationInterval(Duration.ofMinutes(-5)).build(),
            IAE,
            "Session.rotationInterval",
            "PT-5M"),
        row(
            "a negative group size",
            () -> session("s1").groupSize(-3).build(),
            IAE,
            "Session.groupSize",
            "-3"),
        row(
            "pre-work of negative length",
            () ->
                PreworkItem.builder()
                    .kind(PreworkKind.RECORDED_CONTENT)
                    .title("Product video")
                    .dueDay(RelativeDay.before(3))
                    .length(Duration.ofMinutes(-10))
                    .build(),
            IAE,
            "PreworkItem.length",
            "PT-10M"),
        row(
            "a reinforcement activity of zero length",
            () -> activity().length(Duration.ZERO).build(),
            IAE,
            "ReinforcementActivity.length",
            "PT0S"),
        row(
            "a call for content open for minus a week",
            () -> CallForContent.builder().opensOn(RelativeDay.before(60)).openForDays(-7).build(),
            IAE,
            "CallForContent.openForDays",
            "-7"),
        // Times of day
        row(
            "a 90-minute session at 23:00, past midnight",
            () ->
                session("late").start(LocalTime.of(23, 0)).talkTime(Duration.ofMinutes(90)).build(),
            IAE,
            "Session.start",
            "23:00 + PT1H30M",
            "session late"),
        row(
            "Q&A pushing a session past midnight",
            () ->
                session("qa")
                    .start(LocalTime.of(23, 40))
                    .talkTime(Duration.ofMinutes(20))
                    .qaTime(Duration.ofMinutes(1))
                    .qaStyle(QaStyle.OPEN_MIC)
                    .build(),
            IAE,
            "Session.start",
            "23:40 + PT21M"),
        row(
            "a start time with milliseconds",
            () -> session("s1").start(LocalTime.of(9, 0, 0, 1_000_000)).build(),
            IAE,
            "Session.start",
            "09:00:00.001"),
        // Ending before starting
        row(
            "an activity ending 20 days before it starts",
            () -> activity().lastDay(RelativeDay.after(10)).build(),
            IAE,
            "ReinforcementActivity.lastDay",
            "T+10"),
        row(
            "a phase ending before it starts",
            () -> PhaseMilestone.of(Phase.DIAGNOSE, RelativeDay.before(10), RelativeDay.before(20)),
            IAE,
            "PhaseMilestone.end",
            "T-20"),
        // Headcount and roster
        row(
            "a headcount of Integer.MIN_VALUE",
            () -> minimalBuilder().headcount(Integer.MIN_VALUE).build(),
            IAE,
            "KickoffPlan.headcount",
            "-2147483648"),
        row(
            "three reps for a headcount of two",
            () ->
                minimalBuilder()
                    .headcount(2)
                    .addRoster(rep("a", usd(1)), rep("b", usd(1)), rep("c", usd(1)))
                    .build(),
            IAE,
            "KickoffPlan.roster",
            "3 reps",
            "headcount 2"),
        // Duplicate ids
        row(
            "one session id on two days",
            () ->
                minimalBuilder()
                    .days(
                        List.of(
                            AgendaDay.of(session("keynote").build()),
                            AgendaDay.of(session("keynote").title("Another keynote").build())))
                    .build(),
            IAE,
            "KickoffPlan.days[1].sessions.id",
            "keynote"),
        row(
            "one rep id twice in the roster",
            () -> minimalBuilder().addRoster(rep("r7", usd(1)), rep("r7", usd(2))).build(),
            IAE,
            "KickoffPlan.roster.id",
            "r7"),
        row(
            "one rep id twice among the reps tiered",
            () ->
                Tiering.assign(
                    List.of(
                        Rep.builder().id("dup").name("A").trailingAttainment(0.9).build(),
                        Rep.builder().id("dup").name("B").trailingAttainment(1.1).build())),
            IAE,
            "Rep.id",
            "dup"),
        row(
            "two targets for one metric",
            () -> minimalBuilder().addMetricTargets(dials(), dials()).build(),
            IAE,
            "KickoffPlan.metricTargets.metric",
            "Dials per rep per day"),
        // Blank names and titles
        row(
            "a plan name of tabs and new lines",
            () -> minimalBuilder().name("\t\n").build(),
            IAE,
            "KickoffPlan.name",
            "\"\t\n\""),
        row(
            "a blank session title",
            () -> session("s1").title("").build(),
            IAE,
            "Session.title",
            "\"\""),
        row(
            "a blank metric unit through Metric.of",
            () -> Metric.of("Demos", MetricCategory.ACTIVITY, " ", IndicatorType.LEAD),
            IAE,
            "Metric.unit",
            "\" \""),
        row("a blank region audience", () -> Audience.region(" "), IAE, "Audience.name", "\" \""),
        // Numbers that are not numbers
        row(
            "a NaN metric target",
            () ->
                MetricTarget.builder()
                    .metric(Metric.PIPELINE_CREATED)
                    .baseline(1)
                    .target(Double.NaN)
                    .build(),
            IAE,
            "MetricTarget.target",
            "NaN"),
        row(
            "an infinite metric baseline",
            () ->
                MetricTarget.builder()
                    .metric(Metric.PIPELINE_CREATED)
                    .baseline(Double.POSITIVE_INFINITY)
                    .target(1)
                    .build(),
            IAE,
            "MetricTarget.baseline",
            "Infinity"),
        row(
            "a negative infinite attainment",
            () ->
                Rep.builder()
                    .id("r1")
                    .name("Kim")
                    .trailingAttainment(Double.NEGATIVE_INFINITY)
                    .build(),
            IAE,
            "Rep.trailingAttainment",
            "-Infinity"),
        row(
            "a relative change from a NaN baseline",
            () -> MetricLift.relativeChange(Double.NaN, 1),
            IAE,
            "baseline",
            "NaN"),
        row(
            "an infinite reading in a behaviour review",
            () ->
                MetricLift.review(
                    List.of(dials()),
                    Map.of(Metric.DIALS_PER_REP_PER_DAY, Double.POSITIVE_INFINITY)),
            IAE,
            "actual reading of Dials per rep per day",
            "Infinity"),
        // Money
        row("a negative amount", () -> Money.of("-100.00", "USD"), IAE, "Money.amount", "-100.00"),
        row(
            "an amount that is not a number",
            () -> Money.of("ten", "USD"),
            IAE,
            "Money.amount",
            "\"ten\""),
        row("an unknown currency code", () -> Money.of(1, "US"), IAE, "Money.currency", "\"US\""),
        row(
            "a negative factor",
            () -> usd(10).times(new BigDecimal("-0.5")),
            IAE,
            "Money factor",
            "-0.5"),
        row(
            "USD plus EUR",
            () -> usd(10).plus(eur(5)),
            IAE,
            "10 USD",
            "5 EUR",
            "different currencies"),
        row(
            "USD compared with EUR",
            () -> usd(10).compareTo(eur(5)),
            IAE,
            "10 USD",
            "5 EUR",
            "different currencies"),
        row("a ratio to zero", () -> usd(10).ratioTo(usd(0)), IAE, "10 USD", "zero"),
        row(
            "a budget summing USD and EUR items",
            () ->
                Budget.builder("USD")
                    .addItem(CostItem.of(CostCategory.TRAVEL, "Flights", usd(10)))
                    .addItem(CostItem.of(CostCategory.VENUE_AV, "Hall", eur(5)))
                    .build(),
            IAE,
            "Budget.items[1].amount",
            "5 EUR"),
        row(
            "a roster whose quotas sum USD and EUR",
            () ->
                CostModel.standard()
                    .summarize(
                        minimalBuilder()
                            .addRoster(rep("r1", usd(100)), rep("r2", eur(100)))
                            .build()),
            IAE,
            "annual quota of rep r2",
            "1200 EUR"),
        row(
            "quotas in USD against a budget in INR",
            () ->
                CostModel.standard()
                    .summarize(
                        minimalBuilder()
                            .addRoster(rep("r1", usd(100)))
                            .budget(
                                Budget.builder("INR")
                                    .addItem(
                                        CostItem.of(
                                            CostCategory.VENUE_AV, "Hall", Money.of(5, "INR")))
                                    .build())
                            .build()),
            IAE,
            "KickoffPlan.roster[0].monthlyQuota",
            "100 USD",
            "INR"),
        row(
            "a rep's annual quota in USD against a budget in INR",
            () ->
                minimalBuilder()
                    .addRoster(Rep.builder().id("r1").name("R").annualQuota(usd(1200)).build())
                    .budget(Budget.builder("INR").build())
                    .build(),
            IAE,
            "KickoffPlan.roster[0].annualQuota",
            "1200 USD",
            "INR"),
        row(
            "a rep with both a monthly and an annual quota",
            () ->
                Rep.builder()
                    .id("r1")
                    .name("R")
                    .monthlyQuota(usd(100))
                    .annualQuota(usd(1200))
                    .build(),
            IAE,
            "Rep.annualQuota",
            "Rep.monthlyQuota",
            "1200 USD"),
        row(
            "a budget with both an average monthly and an average annual quota",
            () ->
                Budget.builder("USD")
                    .averageMonthlyQuota(usd(100))
                    .averageAnnualQuota(usd(1200))
                    .build(),
            IAE,
            "Budget.averageAnnualQuota",
            "1200 USD"),
        row(
            "an annual salary cost in another currency than the budget",
            () -> Budget.builder("USD").averageAnnualSalaryCost(eur(90_000)).build(),
            IAE,
            "Budget.averageAnnualSalaryCost",
            "90000 EUR"),
        row(
            "a blank obstacle",
            () -> Rep.builder().id("r1").name("R").addObstacles("Pricing", " ").build(),
            IAE,
            "Rep.obstacles[1]",
            "\" \""),
        row(
            "a negative baseline of a count",
            () ->
                MetricTarget.builder()
                    .metric(Metric.DIALS_PER_REP_PER_DAY)
                    .baseline(-1)
                    .target(42)
                    .build(),
            IAE,
            "MetricTarget.baseline",
            "-1.0",
            "COUNT"),
        row(
            "a negative target of a count",
            () ->
                MetricTarget.builder()
                    .metric(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK)
                    .baseline(4.7)
                    .target(-6)
                    .build(),
            IAE,
            "MetricTarget.target",
            "-6.0",
            "COUNT"),
        row(
            "a break-even of a USD cost over a EUR quota",
            () -> CostModel.breakEvenAttainment(usd(1), eur(100)),
            IAE,
            "1 USD",
            "100 EUR"),
        row(
            "lost selling time over a negative number of days",
            () -> CostModel.standard().lostSellingTime(usd(100), BigDecimal.valueOf(-2)),
            IAE,
            "eventDays",
            "-2"),
        row(
            "a cost model of zero working days a month",
            () -> CostModel.builder().workingDaysPerMonth(0).build(),
            IAE,
            "CostModel.workingDaysPerMonth",
            "0"),
        // Relative days and the calendar
        row(
            "a relative day with a space",
            () -> RelativeDay.parse("T+ 3"),
            IAE,
            "RelativeDay",
            "\"T+ 3\""),
        row(
            "a relative day without a sign",
            () -> RelativeDay.parse("T3"),
            IAE,
            "RelativeDay",
            "\"T3\""),
        row(
            "a relative day moved past its range",
            () -> RelativeDay.before(3000).plusDays(-1000),
            IAE,
            "RelativeDay.offset",
            "-4000"),
        row(
            "an event starting on the last day of the calendar",
            () -> minimalBuilder().startDate(LocalDate.MAX).build(),
            IAE,
            "KickoffPlan.startDate",
            "+999999999-12-31"),
        row(
            "an event starting on the first day of the calendar",
            () -> minimalBuilder().startDate(LocalDate.MIN).build(),
            IAE,
            "KickoffPlan.startDate",
            "-999999999-01-01"),
        row(
            "an event longer than the days a plan can address",
            () -> minimalBuilder().days(days(RelativeDay.MAX_OFFSET + 2)).build(),
            IAE,
            "KickoffPlan.days",
            "3662 days"),
        // Tiering
        row(
            "a negative number of rated reps",
            () -> Tiering.outerTierSize(-1),
            IAE,
            "ratedReps",
            "-1"),
        row(
            "a negative tiering look-back",
            () -> TierPolicy.builder().lookbackMonths(-6).build(),
            IAE,
            "TierPolicy.lookbackMonths",
            "-6"),
        // Venue and format
        row(
            "a virtual event at a hotel",
            () -> minimalBuilder().format(EventFormat.VIRTUAL).venue(VenueKind.HOTEL).build(),
            IAE,
            "KickoffPlan.venue",
            "HOTEL"),
        // Nulls: the field is named; the type says the value was null
        row("a null plan name", () -> KickoffPlan.builder().name(nul()), NPE, "name"),
        row("a null talk time", () -> Session.builder().talkTime(nul()), NPE, "talkTime"),
        row(
            "a null session in an agenda day",
            () -> AgendaDay.of(session("s1").build(), nul()),
            NPE,
            "AgendaDay.sessions[1]"),
        row(
            "a null amount of money to add",
            () -> Money.of(BigDecimal.ONE, "USD").plus(nul()),
            NPE,
            "other amount of money"),
        row("a null amount text", () -> Money.of((String) nul(), "USD"), NPE, "Money.amount"),
        row("a null currency code", () -> Money.of(1, (String) nul()), NPE, "Money.currency"),
        row("a null relative day text", () -> RelativeDay.parse(nul()), NPE, "RelativeDay"),
        // Missing required attributes
        row(
            "a session without title, kind, start or talk time",
            () -> Session.builder().id("s1").build(),
            ISE,
            "Session",
            "title",
            "kind",
            "start",
            "talkTime"),
        row(
            "a plan without format, venue or start date",
            () -> KickoffPlan.builder().name("FY27").headcount(3).build(),
            ISE,
            "KickoffPlan",
            "format",
            "venue",
            "startDate"),
        row(
            "a metric target without its figures",
            () -> MetricTarget.builder().metric(Metric.PIPELINE_CREATED).build(),
            ISE,
            "MetricTarget",
            "baseline",
            "target"));
  }

  /** A null that the compiler's null checks let through, as callers without them would pass. */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nul() {
    return null;
  }

  private static Arguments row(
      String description,
      ThrowingCallable construction,
      Class<? extends RuntimeException> type,
      String... substrings) {
    return Arguments.of(description, construction, type, List.of(substrings));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("corpus")
  void failsNamingFieldAndValue(
      String description,
      ThrowingCallable construction,
      Class<? extends RuntimeException> type,
      List<String> substrings) {
    Throwable thrown = catchThrowable(construction);

    assertThat(thrown).as(description).isExactlyInstanceOf(type);
    for (String s : substrings) {
      assertThat(thrown.getMessage()).as(description).contains(s);
    }
  }

  @Test
  void theCorpusHoldsAtLeastThirtyRowsOfEveryKindOfFailure() {
    List<Arguments> rows = corpus().toList();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
    assertThat(rows.stream().map(r -> r.get()[2]).distinct())
        .containsExactlyInAnyOrder(IAE, ISE, NPE);
  }
}
