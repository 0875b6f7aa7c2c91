package dev.sko.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the metric table: a metric's pre-event baseline, its target at the measurement day, who
 * owns it and whether it leads or lags (BEHAVIOR_CHANGE_MODEL).
 *
 * <pre>{@code
 * MetricTarget dials = MetricTarget.builder()
 *     .metric(Metric.DIALS_PER_REP_PER_DAY).baseline(35).target(42)
 *     .owner("Each manager").measurementDay(RelativeDay.after(30))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class MetricTarget {
  MetricTarget() {}

  /** The metric. */
  public abstract Metric metric();

  /** The pre-event baseline. */
  public abstract double baseline();

  /** The value aimed for at the measurement day. */
  public abstract double target();

  /** Which way is better; defaults to the metric's own direction. */
  @Value.Default
  public Direction direction() {
    return metric().direction();
  }

  /** Who owns the target. */
  public abstract Optional<String> owner();

  /** Lead, mid or lag; defaults to the metric's own indicator type when not given. */
  public abstract Optional<IndicatorType> indicator();

  /** The day the metric is measured against its baseline. */
  public abstract Optional<RelativeDay> measurementDay();

  /**
   * The target's lift signed by its direction so that positive is better, {@link
   * MetricLift#improvement(double, double, Direction)} of its baseline and target: computed once
   * per target, on first use, so that a rule compares it on every validation without the 34-digit
   * division.
   */
  @Value.Lazy
  public Optional<BigDecimal> improvement() {
    return MetricLift.improvement(baseline(), target(), direction());
  }

  /**
   * Whether the target names its owner and its measurement day: computed once per target, on first
   * use, so that a rule asks it on every validation without allocating.
   */
  @Value.Lazy
  public boolean hasOwnerAndMeasurementDay() {
    return owner().isPresent() && measurementDay().isPresent();
  }

  /**
   * The indicator type given, or else the metric's own; computed once per target, on first use,
   * without an {@code Optional} per call.
   */
  @Value.Lazy
  public IndicatorType effectiveIndicator() {
    return indicator().orElse(metric().indicator());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MetricTarget}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableMetricTarget.Builder {}

  @Value.Check
  void check() {
    Checks.finite(baseline(), "MetricTarget.baseline");
    Checks.finite(target(), "MetricTarget.target");
    owner().ifPresent(o -> Checks.nonBlank(o, "MetricTarget.owner"));
    metric()
        .unitType()
        .filter(u -> !u.allowsNegative())
        .ifPresent(
            u -> {
              String what = "must not be negative for \"" + metric().name() + "\", a " + u;
              Checks.check(baseline() >= 0, "MetricTarget.baseline", baseline(), what);
              Checks.check(target() >= 0, "MetricTarget.target", target(), what);
            });
  }
}
