package dev.sko.core;

import java.util.List;
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

  /** The rep's monthly quota; give it or {@link #annualQuota()}, not both. */
  public abstract Optional<Money> monthlyQuota();

  /**
   * The rep's annual quota, for a quota set per year (BEHAVIOR_CHANGE_MODEL's break-even example:
   * "100 reps with 1M quotas"); give it or {@link #monthlyQuota()}, not both.
   */
  public abstract Optional<Money> annualQuota();

  /**
   * The rep's quota for a year: {@link #annualQuota()}, or {@link CostModel#MONTHS_PER_YEAR} times
   * {@link #monthlyQuota()}, exactly; empty when the rep has neither. Computed once per rep, on
   * first use, so that the cost model sums the quotas without allocating per validation.
   */
  @Value.Lazy
  public Optional<Money> quotaPerYear() {
    return annualQuota().or(() -> monthlyQuota().map(q -> q.times(CostModel.MONTHS_PER_YEAR)));
  }

  /**
   * Whether the rep carries a quota and so counts among the reps the cost figures divide by: a rep
   * with a quota of their own, or one in a selling role ({@link RepRole#carriesQuota()}) whose
   * quota the budget's average stands for. A manager or leader without a quota of their own does
   * not. Computed once per rep, on first use, so that the cost rules count reps without building an
   * {@code Optional} per rep and validation.
   */
  @Value.Lazy
  public boolean carriesQuota() {
    return monthlyQuota().isPresent() || annualQuota().isPresent() || role().carriesQuota();
  }

  /**
   * Trailing six-month quota attainment as a ratio (1.0 is 100%), the basis of tiering
   * (BEHAVIOR_CHANGE_MODEL).
   */
  public abstract OptionalDouble trailingAttainment();

  /** The rep's own Q1 goal, set at the event. */
  public abstract Optional<String> q1Goal();

  /**
   * Whether the rep has a Q1 goal of their own, {@code q1Goal().isPresent()}: computed once per
   * rep, on first use, so that a rule asks it of every rep on every validation without allocating.
   */
  @Value.Lazy
  public boolean hasQ1Goal() {
    return q1Goal().isPresent();
  }

  /**
   * The obstacles the rep names to their Q1 goal, most important first (BEHAVIOR_CHANGE_MODEL: at
   * the event reps "define their Q1 goal, top 3 obstacles, and a written coaching plan").
   */
  public abstract List<String> obstacles();

  /** The rep's written coaching plan. */
  public abstract Optional<CoachingPlan> coachingPlan();

  /**
   * Whether the rep has a coaching plan that is both written down and agreed with the manager:
   * computed once per rep, on first use, so that a rule asks it of every rep on every validation
   * without allocating.
   */
  @Value.Lazy
  public boolean hasAgreedWrittenCoachingPlan() {
    CoachingPlan plan = coachingPlan().orElse(null);
    return plan != null && plan.written() && plan.agreedWithManager();
  }

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
    Checks.check(
        monthlyQuota().isEmpty() || annualQuota().isEmpty(),
        "Rep.annualQuota",
        annualQuota().orElse(null),
        "must not be given beside Rep.monthlyQuota " + monthlyQuota().orElse(null) + "; give one");
    for (int i = 0; i < obstacles().size(); i++) {
      Checks.nonBlank(obstacles().get(i), "Rep.obstacles[" + i + "]");
    }
    if (trailingAttainment().isPresent()) {
      double a = trailingAttainment().getAsDouble();
      Checks.check(
          Double.isFinite(a) && a >= 0, "Rep.trailingAttainment", a, "must be a finite ratio >= 0");
    }
  }
}
