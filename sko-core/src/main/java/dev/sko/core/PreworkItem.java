package dev.sko.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Work assigned before the event so that nothing is seen for the first time in the room
 * (ACCELERATION_SUMMIT, BEHAVIOR_CHANGE_MODEL).
 */
@Value.Immutable
public abstract class PreworkItem {
  PreworkItem() {}

  /** What the pre-work is. */
  public abstract PreworkKind kind();

  /** Its title. */
  public abstract String title();

  /** The day it is due. */
  public abstract RelativeDay dueDay();

  /** How long it takes, where known (a rubric norming session runs 90 minutes). */
  public abstract Optional<Duration> length();

  /** Who it is for. */
  @Value.Default
  public PreworkAudience audience() {
    return PreworkAudience.REPS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PreworkItem}; {@link #build()} checks it. */
  public static final class Builder extends ImmutablePreworkItem.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(title(), "PreworkItem.title");
    length().ifPresent(l -> Checks.positive(l, "PreworkItem.length"));
  }
}
