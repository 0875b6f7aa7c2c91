package dev.sko.core;

/** The kind of an audience. */
public enum AudienceKind {
  /** Everyone at the event. */
  EVERYONE,
  /** One performance tier. */
  TIER,
  /** One role. */
  ROLE,
  /** One region. */
  REGION,
  /** A named group such as partners or a segment. */
  GROUP
}
