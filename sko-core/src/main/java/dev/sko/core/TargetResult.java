package dev.sko.core;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/** One row of a {@link BehaviorReview}: a metric target, its reading and whether it was met. */
@Value.Immutable
public abstract class TargetResult {
  TargetResult() {}

  /** The target reviewed. */
  public abstract MetricTarget target();

  /** The reading at the measurement day; empty when the metric was not measured. */
  public abstract OptionalDouble actual();

  /** Met, missed or not measured. */
  public abstract TargetStatus status();

  /**
   * The reading's improvement over the baseline as a ratio ({@link MetricLift#improvement(double,
   * double, Direction)}: positive is better); empty when not measured or the baseline is zero.
   */
  public abstract Optional<BigDecimal> improvement();

  /** The target's metric. */
  public Metric metric() {
    return target().metric();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTargetResult.Builder {}
}
