package dev.sko.core;

/** What a survey is for. */
public enum SurveyKind {
  /** The rep gap survey run about four weeks before the event (BEHAVIOR_CHANGE_MODEL). */
  PRE_EVENT_GAP,
  /** The attendee survey right after the event. */
  POST_EVENT,
  /** A later pulse survey. */
  PULSE
}
