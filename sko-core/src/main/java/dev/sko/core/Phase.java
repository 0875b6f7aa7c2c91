package dev.sko.core;

/**
 * The four phases of BEHAVIOR_CHANGE_MODEL: diagnose (T-28 to T-14), design (T-14 to T-2), deliver
 * (the event) and drive (after the event to T+30).
 */
public enum Phase {
  /** Gap survey, manager prep, tier assignment, pipeline coverage check (T-28 to T-14). */
  DIAGNOSE,
  /** Tier breakouts, coaching plan templates, pre-reads, rubric calibration (T-14 to T-2). */
  DESIGN,
  /** The event itself. */
  DELIVER,
  /** Stand-ups, weekly 1:1s, the day-30 behaviour review and governance read-out (to T+30). */
  DRIVE
}
