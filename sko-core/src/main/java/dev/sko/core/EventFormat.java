package dev.sko.core;

/** How attendees take part in the event. */
public enum EventFormat {
  /** Everyone in one place. */
  IN_PERSON,
  /** In one place with some attendees joining remotely. */
  HYBRID,
  /** Everyone remote. */
  VIRTUAL;

  /** Whether attendees meet physically (in person or hybrid). */
  public boolean meetsInPerson() {
    return this != VIRTUAL;
  }
}
