package dev.sko.core;

/** How often a recurring activity happens. */
public enum Cadence {
  /** Once. */
  ONCE(0),
  /** Every working day. */
  DAILY(1),
  /** Every week. */
  WEEKLY(7),
  /** Every two weeks. */
  BIWEEKLY(14),
  /** Every month. */
  MONTHLY(30),
  /** Every quarter. */
  QUARTERLY(91);

  private final int intervalDays;

  Cadence(int intervalDays) {
    this.intervalDays = intervalDays;
  }

  /** The approximate number of days between occurrences; 0 for {@link #ONCE}. */
  public int intervalDays() {
    return intervalDays;
  }

  /** Whether the activity repeats. */
  public boolean isRecurring() {
    return this != ONCE;
  }
}
