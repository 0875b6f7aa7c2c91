package dev.sko.core;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An activity after the event that keeps what was learnt alive: stand-ups, manager coaching, call
 * reviews, the day-30 behaviour review. It runs at a {@link Cadence} from its first to its last
 * day.
 *
 * <pre>{@code
 * ReinforcementActivity oneOnOnes = ReinforcementActivity.builder()
 *     .kind(ActivityKind.ONE_ON_ONE_COACHING).cadence(Cadence.WEEKLY)
 *     .firstDay(RelativeDay.after(9)).lastDay(RelativeDay.after(30))
 *     .length(Duration.ofMinutes(45)).owner("Each manager")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ReinforcementActivity {
  ReinforcementActivity() {}

  /** What the activity is. */
  public abstract ActivityKind kind();

  /** A short description. */
  public abstract Optional<String> description();

  /** How often it happens. */
  @Value.Default
  public Cadence cadence() {
    return Cadence.ONCE;
  }

  /** The first day it happens. */
  public abstract RelativeDay firstDay();

  /** The last day it happens; the first day for a one-off. */
  @Value.Default
  public RelativeDay lastDay() {
    return firstDay();
  }

  /** The length of one occurrence. */
  public abstract Duration length();

  /** Who owns it. */
  public abstract Optional<String> owner();

  /** Who takes part, where it matters (a governance read-out). */
  public abstract Set<StakeholderRole> participants();

  /** Whether managers follow up on it (matters for assigned courses). */
  @Value.Default
  public boolean managerFollowUp() {
    return kind().isManagerCoaching();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReinforcementActivity}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableReinforcementActivity.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        !lastDay().isBefore(firstDay()),
        "ReinforcementActivity.lastDay",
        lastDay(),
        "must not be before firstDay " + firstDay());
    Checks.positive(length(), "ReinforcementActivity.length");
    description().ifPresent(d -> Checks.nonBlank(d, "ReinforcementActivity.description"));
    owner().ifPresent(o -> Checks.nonBlank(o, "ReinforcementActivity.owner"));
  }
}
