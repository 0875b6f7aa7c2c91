package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricLiftTest {

  private static MetricTarget target(Metric metric, double baseline, double target) {
    return MetricTarget.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .measurementDay(RelativeDay.after(30))
        .build();
  }

  private static final MetricTarget DIALS = target(Metric.DIALS_PER_REP_PER_DAY, 35, 42);

  /** BEHAVIOR_CHANGE_MODEL: slipped close dates from a baseline Y to 0.69Y; here Y = 100. */
  private static final MetricTarget SLIPPED = target(Metric.SLIPPED_CLOSE_DATES, 100, 69);

  private static final MetricTarget DISCOVERY =
      target(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK, 4.7, 6.0);

  @Nested
  class Lift {

    @Test
    void dials35To42_isPlus20PercentExactly() {
      assertThat(MetricLift.lift(DIALS))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("0.2"));
      assertThat(MetricLift.improvement(DIALS))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("0.2"));
      assertThat(MetricLift.improves(DIALS)).isTrue();
    }

    @Test
    void slippedCloseDatesAt0point69TimesTheBaseline_isMinus31Percent_anImprovementOf31Percent() {
      assertThat(SLIPPED.direction()).isEqualTo(Direction.DECREASE);
      assertThat(MetricLift.lift(SLIPPED))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("-0.31"));
      assertThat(MetricLift.improvement(SLIPPED))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("0.31"));
      assertThat(MetricLift.improves(SLIPPED)).isTrue();
    }

    @ParameterizedTest(name = "baseline {0}")
    @CsvSource({"1, 0.69", "2, 1.38", "0.5, 0.345", "12.5, 8.625"})
    void slippedAt0point69TimesAnyBaseline_isExactlyMinus31Percent(double y, double target) {
      assertThat(MetricLift.relativeChange(y, target))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("-0.31"));
    }

    @Test
    void theSameFallForAMetricWhereMoreIsBetter_isNoImprovement() {
      MetricTarget fewerDials = target(Metric.DIALS_PER_REP_PER_DAY, 100, 69);

      assertThat(MetricLift.improvement(fewerDials))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("-0.31"));
      assertThat(MetricLift.improves(fewerDials)).isFalse();
    }

    @Test
    void aDirectionOnTheTargetOverridesTheMetrics() {
      MetricTarget t =
          MetricTarget.builder()
              .metric(Metric.DIALS_PER_REP_PER_DAY)
              .direction(Direction.DECREASE)
              .baseline(40)
              .target(30)
              .build();

      assertThat(MetricLift.improvement(t))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("0.25"));
      assertThat(MetricLift.improves(t)).isTrue();
    }

    @Test
    void discoveryCalls4point7To6_isCarriedTo34Digits() {
      BigDecimal lift = MetricLift.lift(DISCOVERY).orElseThrow();

      // 1.3 / 4.7 = 0.27659574468085106382978723404255319... (34 significant digits)
      assertThat(lift.precision()).isEqualTo(34);
      assertThat(lift).isEqualByComparingTo("0.2765957446808510638297872340425532");
    }

    @Test
    void aZeroBaselineHasNoRelativeLift_butStillImprovesOrNot() {
      MetricTarget fromZero = target(Metric.Q1_ATTAINMENT, 0, 5);

      assertThat(MetricLift.lift(fromZero)).isEmpty();
      assertThat(MetricLift.improvement(fromZero)).isEmpty();
      assertThat(MetricLift.relativeChange(-0.0, 5)).isEmpty();
      assertThat(MetricLift.improves(fromZero)).isTrue();
      assertThat(MetricLift.improves(target(Metric.Q1_ATTAINMENT, 0, 0))).isFalse();
    }

    @Test
    void aNegativeBaseline_theSignIsTheDirectionOfTheMove() {
      assertThat(MetricLift.relativeChange(-10, -5))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("0.5"));
      assertThat(MetricLift.relativeChange(-10, -15))
          .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("-0.5"));
    }

    @Test
    void noChangeIsNoLiftAndNoImprovement() {
      MetricTarget flat = target(Metric.DIALS_PER_REP_PER_DAY, 35, 35);

      assertThat(MetricLift.lift(flat)).hasValueSatisfying(l -> assertThat(l).isZero());
      assertThat(MetricLift.improves(flat)).isFalse();
    }

    @Test
    void nonFiniteValuesAreRejected() {
      assertThatThrownBy(() -> MetricLift.relativeChange(Double.NaN, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("baseline must be a finite number, but was NaN");
      assertThatThrownBy(() -> MetricLift.relativeChange(1, Double.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value must be a finite number, but was Infinity");
    }
  }

  @Nested
  class Met {

    @ParameterizedTest(name = "{0} dials against a target of 42: {1}")
    @CsvSource({"42, true", "41.99, false", "42.01, true", "35, false"})
    void moreIsBetter_theTargetItselfIsMet(double actual, boolean met) {
      assertThat(MetricLift.isMet(DIALS, actual)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0} slipped dates against a target of 69: {1}")
    @CsvSource({"69, true", "69.01, false", "68.99, true", "100, false"})
    void fewerIsBetter_theTargetItselfIsMet(double actual, boolean met) {
      assertThat(MetricLift.isMet(SLIPPED, actual)).isEqualTo(met);
    }

    @Test
    void aNonFiniteReadingIsRejectedNamingTheMetric() {
      assertThatThrownBy(() -> MetricLift.isMet(DIALS, Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Dials per rep per day");
    }
  }

  @Nested
  class Review {

    @Test
    void theDay30Review_metMissedAndNotMeasured_inTheTargetsOrder() {
      KickoffPlan plan = minimalBuilder().metricTargets(List.of(DIALS, SLIPPED, DISCOVERY)).build();
      Map<Metric, Double> readings =
          Map.of(
              Metric.DIALS_PER_REP_PER_DAY, 43.75,
              Metric.SLIPPED_CLOSE_DATES, 80.0,
              Metric.PIPELINE_CREATED, 1.0);

      BehaviorReview review = MetricLift.review(plan, readings);

      assertThat(review.results())
          .extracting(TargetResult::status)
          .containsExactly(TargetStatus.MET, TargetStatus.MISSED, TargetStatus.NOT_MEASURED);
      assertThat(review.met()).containsExactly(DIALS);
      assertThat(review.missed()).containsExactly(SLIPPED);
      assertThat(review.notMeasured()).containsExactly(DISCOVERY);
      assertThat(review.allMet()).isFalse();
    }

    @Test
    void eachResultCarriesTheReadingAndItsImprovementOverTheBaseline() {
      BehaviorReview review =
          MetricLift.review(
              List.of(DIALS, SLIPPED, DISCOVERY),
              Map.of(Metric.DIALS_PER_REP_PER_DAY, 43.75, Metric.SLIPPED_CLOSE_DATES, 80.0));

      TargetResult dials = review.resultFor(Metric.DIALS_PER_REP_PER_DAY).orElseThrow();
      assertThat(dials.metric()).isEqualTo(Metric.DIALS_PER_REP_PER_DAY);
      assertThat(dials.actual()).hasValue(43.75);
      assertThat(dials.improvement())
          .hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("0.25"));

      TargetResult slipped = review.resultFor(Metric.SLIPPED_CLOSE_DATES).orElseThrow();
      assertThat(slipped.improvement())
          .hasValueSatisfying(i -> assertThat(i).isEqualByComparingTo("0.2"));

      TargetResult discovery =
          review.resultFor(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK).orElseThrow();
      assertThat(discovery.actual()).isEmpty();
      assertThat(discovery.improvement()).isEmpty();
      assertThat(review.resultFor(Metric.PIPELINE_CREATED)).isEmpty();
    }

    @Test
    void allMetOnlyWhenEveryTargetIsMeasuredAndMet() {
      Map<Metric, Double> both =
          Map.of(Metric.DIALS_PER_REP_PER_DAY, 42.0, Metric.SLIPPED_CLOSE_DATES, 69.0);

      assertThat(MetricLift.review(List.of(DIALS, SLIPPED), both).allMet()).isTrue();
      assertThat(MetricLift.review(List.of(DIALS, SLIPPED, DISCOVERY), both).allMet()).isFalse();
      assertThat(MetricLift.review(List.of(), both).allMet()).isTrue();
    }

    @Test
    void aZeroBaselineReadingHasNoImprovement_butIsStillMetOrMissed() {
      MetricTarget q1 = target(Metric.Q1_ATTAINMENT, 0, 5);

      TargetResult result =
          MetricLift.review(List.of(q1), Map.of(Metric.Q1_ATTAINMENT, 6.0)).results().get(0);

      assertThat(result.status()).isEqualTo(TargetStatus.MET);
      assertThat(result.improvement()).isEmpty();
    }

    @Test
    void aNonFiniteReadingIsRejected() {
      assertThatThrownBy(
              () ->
                  MetricLift.review(
                      List.of(DIALS), Map.of(Metric.DIALS_PER_REP_PER_DAY, Double.NaN)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Dials per rep per day");
    }
  }

  @Test
  void aTargetEqualToItsBaselineImprovesInNeitherDirection() {
    assertThat(MetricLift.improves(target(Metric.SLIPPED_CLOSE_DATES, 100, 100))).isFalse();
    assertThat(MetricLift.improves(target(Metric.DIALS_PER_REP_PER_DAY, 35, 35))).isFalse();
    assertThat(MetricLift.improves(target(Metric.SLIPPED_CLOSE_DATES, 100, 99.5))).isTrue();
  }
}
