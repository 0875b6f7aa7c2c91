package dev.sko.core;

import java.util.Optional;

/**
 * The four phases of BEHAVIOR_CHANGE_MODEL: diagnose (T-28 to T-14), design (T-14 to T-2), deliver
 * (the event) and drive (after the event to T+30).
 *
 * <p>{@link #of(RelativeDay, KickoffPlan)} tells which phase a day is in; {@link PhaseCalendar}
 * gives every phase's window as relative days and dates, and says how the boundaries are drawn.
 */
public enum Phase {
  /** Gap survey, manager prep, tier assignment, pipeline coverage check (T-28 to T-14). */
  DIAGNOSE,
  /** Tier breakouts, coaching plan templates, pre-reads, rubric calibration (T-14 to T-2). */
  DESIGN,
  /** The event itself. */
  DELIVER,
  /** Stand-ups, weekly 1:1s, the day-30 behaviour review and governance read-out (to T+30). */
  DRIVE;

  /**
   * The phase {@code day} is in for {@code plan}, by the plan's {@link PhaseCalendar} (its
   * milestones where it has them, else the defaults: T-28..T-15 diagnose, T-14..T-1 design, the
   * event days deliver, the day after the event to T+30 drive); empty outside every window.
   */
  public static Optional<Phase> of(RelativeDay day, KickoffPlan plan) {
    return PhaseCalendar.of(plan).phaseOf(day);
  }
}
