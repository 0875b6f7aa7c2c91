package dev.sko.core;

import org.immutables.value.Value;

/**
 * A rep's written coaching plan, agreed with their manager at the event (BEHAVIOR_CHANGE_MODEL:
 * "signed, dated, stored in CRM").
 */
@Value.Immutable
public abstract class CoachingPlan {
  CoachingPlan() {}

  /** The behaviour the plan works on. */
  public abstract String focus();

  /** Whether the plan is written down (not only discussed). */
  @Value.Default
  public boolean written() {
    return true;
  }

  /** Whether the rep's manager agreed to it. */
  @Value.Default
  public boolean agreedWithManager() {
    return true;
  }

  /** A written plan on {@code focus}, agreed with the manager. */
  public static CoachingPlan of(String focus) {
    return builder().focus(focus).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoachingPlan}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCoachingPlan.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(focus(), "CoachingPlan.focus");
  }
}
