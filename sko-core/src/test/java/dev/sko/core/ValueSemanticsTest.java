package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.sessionBuilder;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * Guava's {@link EqualsTester} over the value types: values built twice from the same parts are
 * equal with equal hash codes, and values that differ in one part each are not. The hand-written
 * {@link Money} and {@link RelativeDay} compare by meaning ({@code 1.0 USD} equals {@code 1.00
 * USD}); the generated ones by every attribute.
 */
class ValueSemanticsTest {

  @Test
  void money() {
    new EqualsTester()
        .addEqualityGroup(Money.of("1.0", "USD"), Money.of("1.00", "USD"), Money.of(1, "USD"))
        .addEqualityGroup(Money.of(new BigDecimal("2"), "USD"), Money.of("2.000", "USD"))
        .addEqualityGroup(Money.of(1, "EUR"), Money.of(BigDecimal.ONE, "EUR"))
        .addEqualityGroup(Money.zero("USD"), Money.of("0.00", "USD"))
        .testEquals();
  }

  @Test
  void relativeDay() {
    new EqualsTester()
        .addEqualityGroup(RelativeDay.of(3), RelativeDay.after(3), RelativeDay.parse("T+3"))
        .addEqualityGroup(RelativeDay.before(3), RelativeDay.parse("T-3"))
        .addEqualityGroup(RelativeDay.EVENT_START, RelativeDay.of(0), RelativeDay.parse("T-0"))
        .testEquals();
  }

  @Test
  void audience() {
    new EqualsTester()
        .addEqualityGroup(Audience.region("EMEA"), Audience.region("EMEA"))
        .addEqualityGroup(Audience.region("APAC"))
        .addEqualityGroup(Audience.group("EMEA"))
        .addEqualityGroup(Audience.tier(Tier.TOP), Audience.tier(Tier.TOP))
        .addEqualityGroup(Audience.tier(Tier.BOTTOM))
        .addEqualityGroup(Audience.role(RepRole.MANAGER))
        .addEqualityGroup(Audience.everyone())
        .testEquals();
  }

  private static Session.Builder session() {
    return sessionBuilder("s1", SessionKind.WORKSHOP, 9, 0, 30);
  }

  @Test
  void sessions() {
    new EqualsTester()
        .addEqualityGroup(session().build(), session().build())
        .addEqualityGroup(session().id("s2").build())
        .addEqualityGroup(session().title("Another").build())
        .addEqualityGroup(session().kind(SessionKind.KEYNOTE).build())
        .addEqualityGroup(session().start(LocalTime.of(10, 0)).build())
        .addEqualityGroup(session().talkTime(Duration.ofMinutes(31)).build())
        .addEqualityGroup(session().qaStyle(QaStyle.MODERATED).build())
        .addEqualityGroup(
            session().addPresenter(Presenter.of("Dana", PresenterRole.EXECUTIVE)).build())
        .addEqualityGroup(session().audience(Audience.tier(Tier.TOP)).build())
        .addEqualityGroup(session().recorded(true).build())
        .addEqualityGroup(session().groupSize(4).build())
        .addEqualityGroup(session().rotationInterval(Duration.ofMinutes(45)).build())
        .addEqualityGroup(session().addCustomerMix(CustomerSentiment.PROMOTER).build())
        .addEqualityGroup(session().addTopic(Topic.PRODUCT_ROADMAP).build())
        .addEqualityGroup(session().addContentOwner("Omar").build())
        .testEquals();
  }

  private static Rep.Builder rep() {
    return Rep.builder().id("r1").name("Kim");
  }

  @Test
  void reps() {
    new EqualsTester()
        .addEqualityGroup(rep().build(), rep().build())
        .addEqualityGroup(rep().id("r2").build())
        .addEqualityGroup(rep().name("Lee").build())
        .addEqualityGroup(rep().region("EMEA").build())
        .addEqualityGroup(rep().manager("Maya").build())
        .addEqualityGroup(rep().monthlyQuota(Money.of(100, "USD")).build())
        .addEqualityGroup(rep().trailingAttainment(0.9).build())
        .addEqualityGroup(rep().q1Goal("Close Acme").build())
        .addEqualityGroup(rep().coachingPlan(CoachingPlan.of("Discovery")).build())
        .testEquals();
  }

  private static MetricTarget.Builder target() {
    return MetricTarget.builder().metric(Metric.DIALS_PER_REP_PER_DAY).baseline(35).target(42);
  }

  @Test
  void metricTarget() {
    new EqualsTester()
        .addEqualityGroup(target().build(), target().build())
        .addEqualityGroup(target().metric(Metric.PIPELINE_CREATED).build())
        .addEqualityGroup(target().baseline(36).build())
        .addEqualityGroup(target().target(43).build())
        .addEqualityGroup(target().owner("Maya").build())
        .addEqualityGroup(target().indicator(IndicatorType.LAG).build())
        .addEqualityGroup(target().measurementDay(RelativeDay.after(30)).build())
        .testEquals();
  }

  private static CostItem flights(String amount) {
    return CostItem.of(CostCategory.TRAVEL, "Flights", Money.of(amount, "USD"));
  }

  @Test
  void budget() {
    new EqualsTester()
        .addEqualityGroup(
            Budget.builder("USD").addItem(flights("10")).build(),
            Budget.builder("USD").addItem(flights("10.00")).build())
        .addEqualityGroup(Budget.builder("USD").addItem(flights("11")).build())
        .addEqualityGroup(Budget.builder("USD").build())
        .addEqualityGroup(Budget.builder("EUR").build())
        .addEqualityGroup(
            Budget.builder("USD")
                .addItem(flights("10"))
                .averageMonthlyQuota(Money.of(1000, "USD"))
                .build())
        .testEquals();
  }

  @Test
  void kickoffPlan() {
    new EqualsTester()
        .addEqualityGroup(minimalBuilder().build(), minimalBuilder().build())
        .addEqualityGroup(minimalBuilder().name("Another kickoff").build())
        .addEqualityGroup(minimalBuilder().theme("Win together").build())
        .addEqualityGroup(minimalBuilder().format(EventFormat.HYBRID).build())
        .addEqualityGroup(minimalBuilder().venue(VenueKind.CONFERENCE_CENTER).build())
        .addEqualityGroup(
            minimalBuilder().startDate(minimalBuilder().build().startDate().plusDays(1)).build())
        .addEqualityGroup(minimalBuilder().headcount(31).build())
        .addEqualityGroup(minimalBuilder().addDay(AgendaDay.builder().build()).build())
        .addEqualityGroup(
            minimalBuilder().addOutcome(Outcome.builder().title("Win").build()).build())
        .addEqualityGroup(minimalBuilder().addRoster(rep().build()).build())
        .addEqualityGroup(minimalBuilder().tierPolicy(TierPolicy.unannounced()).build())
        .addEqualityGroup(minimalBuilder().addMetricTarget(target().build()).build())
        .addEqualityGroup(
            minimalBuilder()
                .addRecognitionCategory(RecognitionCategory.TOP_QUOTA_ATTAINMENT)
                .build())
        .addEqualityGroup(minimalBuilder().budget(Budget.builder("USD").build()).build())
        .addEqualityGroup(minimalBuilder().planning(PlanningData.builder().build()).build())
        .testEquals();
  }
}
