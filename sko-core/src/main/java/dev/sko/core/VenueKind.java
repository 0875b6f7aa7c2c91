package dev.sko.core;

/** Where the event takes place. */
public enum VenueKind {
  /** A company office. */
  OFFICE,
  /** A regional hub event, one of several instead of global travel. */
  REGIONAL_HUB,
  /** A city hotel or conference hotel. */
  HOTEL,
  /** A conference centre. */
  CONFERENCE_CENTER,
  /** A destination resort (the "Vegas/Cabo off-site" of BEHAVIOR_CHANGE_MODEL). */
  DESTINATION_RESORT,
  /** An online event platform. */
  VIRTUAL_PLATFORM
}
