package dev.sko.core;

import org.immutables.value.Value;

/**
 * How the team is tiered: BEHAVIOR_CHANGE_MODEL splits reps into thirds by trailing six-month
 * attainment and uses the tiers for breakout assignment only, never announcing them.
 */
@Value.Immutable
public abstract class TierPolicy {
  TierPolicy() {}

  /** BEHAVIOR_CHANGE_MODEL's look-back: trailing six-month attainment. */
  public static final int DEFAULT_LOOKBACK_MONTHS = 6;

  /** Whether tier assignments are announced to the reps. */
  @Value.Default
  public boolean announced() {
    return false;
  }

  /** The months of attainment the tiers are computed from. */
  @Value.Default
  public int lookbackMonths() {
    return DEFAULT_LOOKBACK_MONTHS;
  }

  /** Tiers by trailing six-month attainment, not announced. */
  public static TierPolicy unannounced() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TierPolicy}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableTierPolicy.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        lookbackMonths() >= 1, "TierPolicy.lookbackMonths", lookbackMonths(), "must be at least 1");
  }
}
