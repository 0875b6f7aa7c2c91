package dev.sko.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lift of a metric over its baseline, and the day-30 behaviour review (BEHAVIOR_CHANGE_MODEL's
 * metric table: dials 35 → 42 is +20%; slipped close dates 0.69 × the baseline is −31%, which for a
 * metric where fewer is better is an improvement of 31%).
 *
 * <h2>Arithmetic</h2>
 *
 * <p>Values are doubles in the model; each is taken at its shortest decimal representation ({@link
 * BigDecimal#valueOf(double)}, so {@code 0.69} is exactly 0.69, not the nearest binary fraction),
 * the difference is exact, and the one division is carried to {@link #PRECISION} (34 significant
 * digits, half-even). A relative change is {@code (value − baseline) ÷ |baseline|}, so its sign is
 * the direction of the move even for a negative baseline; it is undefined (empty) for a zero
 * baseline.
 */
public final class MetricLift {
  private MetricLift() {}

  /** The precision of every relative change: {@link Money#DIVISION_CONTEXT}. */
  public static final MathContext PRECISION = Money.DIVISION_CONTEXT;

  /**
   * The relative change from {@code baseline} to {@code value}: {@code (value − baseline) ÷
   * |baseline|}, e.g. 0.2 for 35 → 42 and −0.31 for 100 → 69; empty when {@code baseline} is zero.
   *
   * @throws IllegalArgumentException if either value is not finite
   */
  public static Optional<BigDecimal> relativeChange(double baseline, double value) {
    Checks.finite(baseline, "baseline");
    Checks.finite(value, "value");
    if (baseline == 0) {
      return Optional.empty();
    }
    BigDecimal base = BigDecimal.valueOf(baseline);
    return Optional.of(BigDecimal.valueOf(value).subtract(base).divide(base.abs(), PRECISION));
  }

  /**
   * The relative change from {@code baseline} to {@code value} signed so that positive is better:
   * the change itself for {@link Direction#INCREASE}, its negation for {@link Direction#DECREASE}.
   * Empty when {@code baseline} is zero.
   *
   * @throws IllegalArgumentException if either value is not finite
   */
  public static Optional<BigDecimal> improvement(
      double baseline, double value, Direction direction) {
    Objects.requireNonNull(direction, "direction");
    Optional<BigDecimal> change = relativeChange(baseline, value);
    return direction == Direction.DECREASE ? change.map(BigDecimal::negate) : change;
  }

  /**
   * The target's relative change over its baseline, unsigned by direction: +0.2 for dials 35 → 42,
   * −0.31 for slipped close dates 100 → 69. Empty for a zero baseline.
   */
  public static Optional<BigDecimal> lift(MetricTarget target) {
    return relativeChange(target.baseline(), target.target());
  }

  /**
   * The target's lift signed by its {@link MetricTarget#direction()} so that positive is better:
   * +0.31 for slipped close dates 100 → 69. Empty for a zero baseline.
   */
  public static Optional<BigDecimal> improvement(MetricTarget target) {
    return target.improvement(); // computed once per target
  }

  /**
   * Whether the target is strictly better than its baseline in its direction (above it for {@link
   * Direction#INCREASE}, below it for {@link Direction#DECREASE}); defined for a zero baseline too.
   */
  public static boolean improves(MetricTarget target) {
    return isBetter(target.target(), target.baseline(), target.direction());
  }

  /**
   * Whether {@code actual} meets {@code target}: at or above the target value for {@link
   * Direction#INCREASE}, at or below it for {@link Direction#DECREASE}.
   *
   * @throws IllegalArgumentException if {@code actual} is not finite
   */
  public static boolean isMet(MetricTarget target, double actual) {
    Checks.finite(actual, "actual reading of " + target.metric().name());
    return actual == target.target() || isBetter(actual, target.target(), target.direction());
  }

  /**
   * The behaviour review of {@code targets} given the {@code readings} taken at their measurement
   * day: a target whose metric has a reading is {@link TargetStatus#MET} or {@link
   * TargetStatus#MISSED} ({@link #isMet}); one without is {@link TargetStatus#NOT_MEASURED}.
   * Readings of metrics without a target are ignored. Results keep the targets' order.
   *
   * @throws IllegalArgumentException if a reading of a target's metric is not finite
   */
  public static BehaviorReview review(List<MetricTarget> targets, Map<Metric, Double> readings) {
    Objects.requireNonNull(readings, "readings");
    BehaviorReview.Builder review = BehaviorReview.builder();
    for (MetricTarget target : targets) {
      Double actual = readings.get(target.metric());
      TargetResult.Builder result = TargetResult.builder().target(target);
      if (actual == null) {
        result.status(TargetStatus.NOT_MEASURED);
      } else {
        double value = actual;
        result
            .actual(value)
            .status(isMet(target, value) ? TargetStatus.MET : TargetStatus.MISSED)
            .improvement(improvement(target.baseline(), value, target.direction()));
      }
      review.addResult(result.build());
    }
    return review.build();
  }

  /** The behaviour review of the plan's {@link KickoffPlan#metricTargets()}; see above. */
  public static BehaviorReview review(KickoffPlan plan, Map<Metric, Double> readings) {
    return review(plan.metricTargets(), readings);
  }

  private static boolean isBetter(double value, double than, Direction direction) {
    return direction == Direction.DECREASE ? value < than : value > than;
  }
}
