package dev.sko.core;

/** A role that takes part in planning, reinforcement or governance. */
public enum StakeholderRole {
  /** The sales leader (VP Sales, CRO). */
  SALES_LEADER,
  /** Revenue operations. */
  REVOPS,
  /** Sales enablement. */
  ENABLEMENT,
  /** Front-line managers. */
  MANAGERS,
  /** Reps. */
  REPS,
  /** The executive sponsor. */
  EXECUTIVE_SPONSOR
}
