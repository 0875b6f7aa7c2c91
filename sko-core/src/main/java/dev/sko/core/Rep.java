package dev.sko.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A member of the sales team on the roster: role, region, manager, quota, trailing attainment (the
 * basis of tiering), Q1 goal and coaching plan.
 */
@Value.Immutable
public abstract class Rep {
  Rep() {}

  /** An id unique within the roster. */
  public abstract String id();

  /** The rep's name. */
  public abstract String name();

  /** The rep's role. */
  @Value.Default
  public RepRole role() {
    return RepRole.ACCOUNT_EXECUTIVE;
  }

  /** The rep's region. */
  public abstract Optional<String> region();

  /** The id or name of the rep's manager. */
  public abstract Optional<String> manager();

  /** The rep's monthly quota. */
  public abstract Optional<Money> monthlyQuota();

  /**
   * Trailing six-month quota attainment as a ratio (1.0 is 100%), the basis of tiering
   * (BEHAVIOR_CHANGE_MODEL).
   */
  public abstract OptionalDouble trailingAttainment();

  /** The rep's own Q1 goal, set at the event. */
  public abstract Optional<String> q1Goal();

  /** The rep's written coaching plan. */
  public abstract Optional<CoachingPlan> coachingPlan();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rep}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableRep.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Rep.id");
    Checks.nonBlank(name(), "Rep.name");
    region().ifPresent(r -> Checks.nonBlank(r, "Rep.region"));
    manager().ifPresent(m -> Checks.nonBlank(m, "Rep.manager"));
    q1Goal().ifPresent(g -> Checks.nonBlank(g, "Rep.q1Goal"));
    if (trailingAttainment().isPresent()) {
      double a = trailingAttainment().getAsDouble();
      Checks.check(
          Double.isFinite(a) && a >= 0, "Rep.trailingAttainment", a, "must be a finite ratio >= 0");
    }
  }
}
