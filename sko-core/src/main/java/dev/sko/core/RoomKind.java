package dev.sko.core;

/** Where in the venue a session runs. */
public enum RoomKind {
  /** The main room or main stage, where everyone sits. */
  MAIN_STAGE,
  /** A breakout room. */
  BREAKOUT
}
