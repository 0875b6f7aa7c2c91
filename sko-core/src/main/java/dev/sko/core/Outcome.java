package dev.sko.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the two or three most important outcomes ("big bets") the event exists to produce, with
 * the actions everyone takes each week, month and quarter to reach it (ACCELERATION_SUMMIT,
 * B2B_SKO_GUIDE).
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /** What should be different after the event. */
  public abstract String title();

  /** The metric that shows the outcome was reached, if it is measurable. */
  public abstract Optional<Metric> metric();

  /** Actions taken every week. */
  public abstract List<String> weeklyActions();

  /** Actions taken every month. */
  public abstract List<String> monthlyActions();

  /** Actions taken every quarter. */
  public abstract List<String> quarterlyActions();

  /** Whether the outcome has weekly, monthly and quarterly actions. */
  public boolean hasFullActionPlan() {
    return !weeklyActions().isEmpty()
        && !monthlyActions().isEmpty()
        && !quarterlyActions().isEmpty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableOutcome.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(title(), "Outcome.title");
    weeklyActions().forEach(a -> Checks.nonBlank(a, "Outcome.weeklyActions"));
    monthlyActions().forEach(a -> Checks.nonBlank(a, "Outcome.monthlyActions"));
    quarterlyActions().forEach(a -> Checks.nonBlank(a, "Outcome.quarterlyActions"));
  }
}
