package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.testing.PlanArbitraries;
import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the parts of a plan: each value type round-trips through its builder with an equal
 * value and hash, and the arithmetic of sessions, days and money holds for every generated value.
 */
class ValuePropertiesTest {

  @Provide
  Arbitrary<Session> sessions() {
    return PlanArbitraries.sessions();
  }

  @Provide
  Arbitrary<AgendaDay> days() {
    return PlanArbitraries.days();
  }

  @Provide
  Arbitrary<Rep> reps() {
    return PlanArbitraries.reps();
  }

  @Provide
  Arbitrary<MetricTarget> metricTargets() {
    return PlanArbitraries.metricTargets();
  }

  @Provide
  Arbitrary<ReinforcementActivity> reinforcement() {
    return PlanArbitraries.reinforcement();
  }

  @Provide
  Arbitrary<Budget> budgets() {
    return PlanArbitraries.budgets();
  }

  @Provide
  Arbitrary<PlanningData> planningData() {
    return PlanArbitraries.planningData();
  }

  @Property
  void sessionsRoundTrip(@ForAll("sessions") Session session) {
    Session copy = Session.builder().from(session).build();

    assertThat(copy).isEqualTo(session);
    assertThat(copy.hashCode()).isEqualTo(session.hashCode());
  }

  @Property
  void daysRoundTrip(@ForAll("days") AgendaDay day) {
    AgendaDay copy = AgendaDay.builder().from(day).build();

    assertThat(copy).isEqualTo(day);
    assertThat(copy.hashCode()).isEqualTo(day.hashCode());
  }

  @Property
  void repsRoundTrip(@ForAll("reps") Rep rep) {
    Rep copy = Rep.builder().from(rep).build();

    assertThat(copy).isEqualTo(rep);
    assertThat(copy.hashCode()).isEqualTo(rep.hashCode());
  }

  @Property
  void metricTargetsRoundTrip(@ForAll("metricTargets") MetricTarget target) {
    MetricTarget copy = MetricTarget.builder().from(target).build();

    assertThat(copy).isEqualTo(target);
    assertThat(copy.hashCode()).isEqualTo(target.hashCode());
    assertThat(copy.effectiveIndicator())
        .isEqualTo(target.indicator().orElse(target.metric().indicator()));
  }

  @Property
  void reinforcementRoundTrips(@ForAll("reinforcement") ReinforcementActivity activity) {
    ReinforcementActivity copy = ReinforcementActivity.builder().from(activity).build();

    assertThat(copy).isEqualTo(activity);
    assertThat(copy.hashCode()).isEqualTo(activity.hashCode());
    assertThat(activity.lastDay().isBefore(activity.firstDay())).isFalse();
  }

  @Property
  void budgetsRoundTrip(@ForAll("budgets") Budget budget) {
    Budget copy = Budget.builder().from(budget).build();

    assertThat(copy).isEqualTo(budget);
    assertThat(copy.hashCode()).isEqualTo(budget.hashCode());
  }

  @Property
  void planningDataRoundTrips(@ForAll("planningData") PlanningData planning) {
    PlanningData copy = PlanningData.builder().from(planning).build();

    assertThat(copy).isEqualTo(planning);
    assertThat(copy.hashCode()).isEqualTo(planning.hashCode());
  }

  @Property
  void aSessionRunsFromItsStartForItsLength(@ForAll("sessions") Session session) {
    assertThat(session.endMinute() - session.startMinute()).isEqualTo(session.length().toMinutes());
    assertThat(session.length()).isEqualTo(session.talkTime().plus(session.qaTime()));
    assertThat(session.endMinute()).isLessThanOrEqualTo(24 * 60);
    assertThat(session.overlapsInTime(session)).isTrue();
    assertThat(session.coveredTopics())
        .containsAll(session.topics())
        .containsAll(session.kind().impliedTopics());
    assertThat(session.format()).isEqualTo(session.kind().format());
  }

  @Property
  void overlapIsSymmetricAndMeansSharingAMinute(
      @ForAll("sessions") Session a, @ForAll("sessions") Session b) {
    boolean shareAMinute =
        Math.max(a.startMinute(), b.startMinute()) < Math.min(a.endMinute(), b.endMinute());

    assertThat(a.overlapsInTime(b)).isEqualTo(b.overlapsInTime(a)).isEqualTo(shareAMinute);
  }

  @Property
  void audienceOverlapIsSymmetric(
      @ForAll("audiences") Audience a, @ForAll("audiences") Audience b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    assertThat(a.overlaps(a)).isTrue();
  }

  @Provide
  Arbitrary<Audience> audiences() {
    return PlanArbitraries.audiences();
  }

  @Property
  void relativeDaysParseWhatTheyPrint(
      @ForAll @IntRange(min = -RelativeDay.MAX_OFFSET, max = RelativeDay.MAX_OFFSET) int offset) {
    RelativeDay day = RelativeDay.of(offset);

    assertThat(RelativeDay.parse(day.toString())).isEqualTo(day);
    assertThat(RelativeDay.parse(day.toString()).hashCode()).isEqualTo(day.hashCode());
    assertThat(day.toString()).matches("T[+-]\\d+");
  }

  @Property
  void relativeDaysOrderByOffset(
      @ForAll @IntRange(min = -60, max = 60) int a, @ForAll @IntRange(min = -60, max = 60) int b) {
    RelativeDay x = RelativeDay.of(a);
    RelativeDay y = RelativeDay.of(b);

    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    assertThat(x.isBefore(y)).isEqualTo(a < b);
    assertThat(x.isAfter(y)).isEqualTo(a > b);
    assertThat(x.daysUntil(y)).isEqualTo(b - a);
    assertThat(x.plusDays(b - a)).isEqualTo(y);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000))
        .ofScale(3);
  }

  @Property
  void moneyEqualityIgnoresTrailingZeros(
      @ForAll("amounts") BigDecimal amount, @ForAll @IntRange(min = 0, max = 4) int extraZeros) {
    Money a = Money.of(amount, "USD");
    Money b = Money.of(amount.setScale(amount.scale() + extraZeros), "USD");

    assertThat(b).isEqualTo(a);
    assertThat(b.hashCode()).isEqualTo(a.hashCode());
    assertThat(b.compareTo(a)).isZero();
  }

  @Property
  void moneyAdditionIsExactCommutativeAndAssociative(
      @ForAll("amounts") BigDecimal x,
      @ForAll("amounts") BigDecimal y,
      @ForAll("amounts") BigDecimal z) {
    Money a = Money.of(x, "EUR");
    Money b = Money.of(y, "EUR");
    Money c = Money.of(z, "EUR");

    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(b).amount()).isEqualByComparingTo(x.add(y));
    assertThat(a.plus(b).compareTo(a)).isGreaterThanOrEqualTo(0);
  }

  @Property
  void moneyOrderAgreesWithEquality(
      @ForAll("amounts") BigDecimal x, @ForAll("amounts") BigDecimal y) {
    Money a = Money.of(x, "INR");
    Money b = Money.of(y, "INR");

    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  @Property
  void moneyOfDifferentCurrenciesNeverMixes(
      @ForAll("amounts") BigDecimal x, @ForAll("currencyPairs") Currency[] pair) {
    Money a = Money.of(x, pair[0]);
    Money b = Money.of(x, pair[1]);

    assertThat(a).isNotEqualTo(b);
    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<Currency[]> currencyPairs() {
    return PlanArbitraries.currencies()
        .tuple2()
        .filter(t -> !t.get1().equals(t.get2()))
        .map(t -> new Currency[] {t.get1(), t.get2()});
  }

  @Property
  void roundingKeepsTheCurrencysMinorUnit(
      @ForAll("amounts") BigDecimal x, @ForAll("currencies") Currency currency) {
    Money rounded = Money.of(x, currency).rounded();

    assertThat(rounded.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
    assertThat(rounded.amount().subtract(x).abs())
        // Half-even rounding moves an amount by at most half a minor unit.
        .isLessThanOrEqualTo(
            BigDecimal.valueOf(5).movePointLeft(currency.getDefaultFractionDigits() + 1));
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return PlanArbitraries.currencies();
  }
}
