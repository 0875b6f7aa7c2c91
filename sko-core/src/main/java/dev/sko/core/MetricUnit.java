package dev.sko.core;

/**
 * What kind of quantity a {@link Metric} measures, which decides what values its baseline and
 * target can take: a count, money or a number of days cannot be negative.
 */
public enum MetricUnit {
  /** Things counted: dials per day, discovery calls booked per week, contacts per deal. */
  COUNT(false),
  /** A ratio of two quantities, such as 1.2 for 120% of a baseline. */
  RATIO(true),
  /** Percent or percentage points, which can be a negative change. */
  PERCENTAGE(true),
  /** An amount of money, such as pipeline created. */
  MONEY(false),
  /** A number of days, such as ramp time. */
  DAYS(false);

  private final boolean allowsNegative;

  MetricUnit(boolean allowsNegative) {
    this.allowsNegative = allowsNegative;
  }

  /** Whether a baseline or target in this unit can be negative. */
  public boolean allowsNegative() {
    return allowsNegative;
  }
}
