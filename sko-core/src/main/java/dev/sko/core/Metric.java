package dev.sko.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A behavioural or business metric. The constants are BEHAVIOR_CHANGE_MODEL's metric table (Bridge
 * Group and Pavilion 2026 medians); {@link #builder()} makes others.
 */
@Value.Immutable
public abstract class Metric {
  Metric() {}

  /** Dials per rep per day (median baseline 35, Bridge Group). */
  public static final Metric DIALS_PER_REP_PER_DAY =
      counted("Dials per rep per day", MetricCategory.ACTIVITY, "dials", IndicatorType.LEAD);

  /** Discovery calls booked per week (median baseline 4.7, Bridge Group). */
  public static final Metric DISCOVERY_CALLS_BOOKED_PER_WEEK =
      counted(
          "Discovery calls booked per week", MetricCategory.ACTIVITY, "calls", IndicatorType.LEAD);

  /** Objection-handling score on a 1-5 rubric, scored from recorded calls. */
  public static final Metric OBJECTION_HANDLING_SCORE =
      of("Objection handling score", MetricCategory.SKILL, "points of 5", IndicatorType.LEAD);

  /** Coaching sessions per week. */
  public static final Metric COACHING_SESSIONS_PER_WEEK =
      counted(
          "Coaching sessions per week", MetricCategory.COACHING, "sessions", IndicatorType.LEAD);

  /** Contacts multi-threaded into a deal. */
  public static final Metric MULTI_THREADED_CONTACTS =
      counted(
          "Multi-threaded contacts per deal",
          MetricCategory.ACTIVITY,
          "contacts",
          IndicatorType.LEAD);

  /** Pipeline created (by week 4). */
  public static final Metric PIPELINE_CREATED =
      of("Pipeline created", MetricCategory.PIPELINE, "pipeline", IndicatorType.MID);

  /** Slipped close dates: fewer is better. */
  public static final Metric SLIPPED_CLOSE_DATES =
      builder()
          .name("Slipped close dates")
          .category(MetricCategory.PIPELINE)
          .unit("deals")
          .unitType(MetricUnit.COUNT)
          .indicator(IndicatorType.MID)
          .direction(Direction.DECREASE)
          .build();

  /** Q1 attainment against the prior Q1, in points. */
  public static final Metric Q1_ATTAINMENT =
      builder()
          .name("Q1 attainment vs prior Q1")
          .category(MetricCategory.OUTCOME)
          .unit("points")
          .unitType(MetricUnit.PERCENTAGE)
          .indicator(IndicatorType.LAG)
          .build();

  /** Manager 1:1 completion rate, in percent. */
  public static final Metric MANAGER_ONE_ON_ONE_COMPLETION_RATE =
      builder()
          .name("Manager 1:1 completion rate")
          .category(MetricCategory.COACHING)
          .unit("%")
          .unitType(MetricUnit.PERCENTAGE)
          .indicator(IndicatorType.LEAD)
          .build();

  /** Every constant above, in table order. */
  public static List<Metric> common() {
    return List.of(
        DIALS_PER_REP_PER_DAY,
        DISCOVERY_CALLS_BOOKED_PER_WEEK,
        OBJECTION_HANDLING_SCORE,
        COACHING_SESSIONS_PER_WEEK,
        MULTI_THREADED_CONTACTS,
        PIPELINE_CREATED,
        SLIPPED_CLOSE_DATES,
        Q1_ATTAINMENT,
        MANAGER_ONE_ON_ONE_COMPLETION_RATE);
  }

  /** The metric's name. */
  public abstract String name();

  /** The kind of metric. */
  public abstract MetricCategory category();

  /** The unit its values are in, as words ("dials", "points of 5", "%"). */
  public abstract String unit();

  /**
   * What kind of quantity it is (count, ratio, percentage, money, days), when known; a {@link
   * MetricUnit#COUNT} target cannot have a negative baseline or target.
   */
  public abstract Optional<MetricUnit> unitType();

  /** Whether it leads, sits between, or lags revenue. */
  public abstract IndicatorType indicator();

  /** Which way is better. */
  @Value.Default
  public Direction direction() {
    return Direction.INCREASE;
  }

  /** An increasing metric. */
  public static Metric of(
      String name, MetricCategory category, String unit, IndicatorType indicator) {
    return builder().name(name).category(category).unit(unit).indicator(indicator).build();
  }

  /** An increasing metric of things counted ({@link MetricUnit#COUNT}). */
  private static Metric counted(
      String name, MetricCategory category, String unit, IndicatorType indicator) {
    return builder()
        .name(name)
        .category(category)
        .unit(unit)
        .unitType(MetricUnit.COUNT)
        .indicator(indicator)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Metric}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableMetric.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "Metric.name");
    Checks.nonBlank(unit(), "Metric.unit");
  }
}
