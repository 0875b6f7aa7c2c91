package dev.sko.core;

/** Which way a metric should move to improve. */
public enum Direction {
  /** Higher is better. */
  INCREASE,
  /** Lower is better (e.g. slipped close dates). */
  DECREASE
}
