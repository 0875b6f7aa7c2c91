package dev.sko.core;

import org.immutables.value.Value;

/**
 * A manager's written commitment at the close of the event: "I will run this coaching cadence and
 * track this metric for the next 30 days" (BEHAVIOR_CHANGE_MODEL).
 */
@Value.Immutable
public abstract class ManagerCommitment {
  ManagerCommitment() {}

  /** The manager's id or name. */
  public abstract String manager();

  /** The coaching cadence the manager commits to. */
  public abstract Cadence coachingCadence();

  /** The metric the manager commits to track. */
  public abstract Metric metric();

  /** Whether the commitment is written down. */
  @Value.Default
  public boolean written() {
    return true;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManagerCommitment}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableManagerCommitment.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(manager(), "ManagerCommitment.manager");
    Checks.check(
        coachingCadence().isRecurring(),
        "ManagerCommitment.coachingCadence",
        coachingCadence(),
        "must be a recurring cadence");
  }
}
