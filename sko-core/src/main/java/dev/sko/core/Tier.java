package dev.sko.core;

/** A performance tier: thirds of the team by trailing attainment (BEHAVIOR_CHANGE_MODEL). */
public enum Tier {
  /** The top third. */
  TOP,
  /** The middle third. */
  MIDDLE,
  /** The bottom third. */
  BOTTOM
}
