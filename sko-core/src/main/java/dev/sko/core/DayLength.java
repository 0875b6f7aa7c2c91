package dev.sko.core;

/** The length of one agenda day: a full day counts as 1, a half day as 0.5. */
public enum DayLength {
  /** A full day (counts 1). */
  FULL(2),
  /** A half day (counts 0.5). */
  HALF(1);

  private final int halfDays;

  DayLength(int halfDays) {
    this.halfDays = halfDays;
  }

  /** The length in half days: 2 for a full day, 1 for a half day. */
  public int halfDays() {
    return halfDays;
  }

  /** The length in days: 1.0 or 0.5. */
  public double days() {
    return halfDays / 2.0;
  }
}
