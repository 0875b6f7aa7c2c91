package dev.sko.core;

/** Who a piece of pre-work is for. */
public enum PreworkAudience {
  /** The reps. */
  REPS,
  /** The managers. */
  MANAGERS,
  /** Everyone attending. */
  EVERYONE
}
