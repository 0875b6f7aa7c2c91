package dev.sko.core;

/** How a metric target fared in a {@link BehaviorReview}. */
public enum TargetStatus {
  /** The reading reached the target (at or beyond it, in the metric's better direction). */
  MET,
  /** The reading fell short of the target. */
  MISSED,
  /** There was no reading for the metric: the behaviour was not measured. */
  NOT_MEASURED
}
