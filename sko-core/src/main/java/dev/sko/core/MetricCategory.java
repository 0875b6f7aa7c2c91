package dev.sko.core;

/** The kind of a metric, which decides the lift BEHAVIOR_CHANGE_MODEL asks of it by week 4. */
public enum MetricCategory {
  /** Activity (dials, meetings booked): target +20% by week 4. */
  ACTIVITY,
  /** Pipeline created or pipeline health: target +15% by week 4. */
  PIPELINE,
  /** A scored skill (objection handling, call quality). */
  SKILL,
  /** Manager coaching execution. */
  COACHING,
  /** Attainment and other outcomes. */
  OUTCOME
}
