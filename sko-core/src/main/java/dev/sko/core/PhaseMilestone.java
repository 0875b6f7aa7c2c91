package dev.sko.core;

import org.immutables.value.Value;

/** When the plan says a phase starts and ends. */
@Value.Immutable
public abstract class PhaseMilestone {
  PhaseMilestone() {}

  /** The phase. */
  public abstract Phase phase();

  /** Its first day. */
  public abstract RelativeDay start();

  /** Its last day. */
  public abstract RelativeDay end();

  /** {@code phase} from {@code start} to {@code end}. */
  public static PhaseMilestone of(Phase phase, RelativeDay start, RelativeDay end) {
    return builder().phase(phase).start(start).end(end).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhaseMilestone}; {@link #build()} checks it. */
  public static final class Builder extends ImmutablePhaseMilestone.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        !end().isBefore(start()),
        "PhaseMilestone.end",
        end(),
        "must not be before start " + start() + " (phase " + phase() + ")");
  }
}
