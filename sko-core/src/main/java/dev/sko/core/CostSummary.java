package dev.sko.core;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every cost figure of one plan, as {@link CostModel#summarize(KickoffPlan)} computed it: the
 * inputs it used (reps, event days, working days, quotas) and the results (hard, soft, lost selling
 * time, all-in, per rep, break-even). A figure whose inputs the plan does not give is empty; see
 * {@link CostModel} for the rules and the rounding (none to the minor unit).
 */
@Value.Immutable
public abstract class CostSummary {
  CostSummary() {}

  /**
   * The reps counted, the people who carry a quota ({@link CostModel#repCount}): the roster's quota
   * carriers, or the headcount when the plan has no roster.
   */
  public abstract int reps();

  /** The event's length in days (a half day counts 0.5). */
  public abstract BigDecimal eventDays();

  /** The working days per month the lost selling time was spread over. */
  public abstract int workingDaysPerMonth();

  /** The budget's hard (cash) cost; empty without a budget. */
  public abstract Optional<Money> hardCost();

  /**
   * The soft (time) cost the budget itself counts, zero when it has no soft item; empty without a
   * budget.
   */
  public abstract Optional<Money> budgetedSoftCost();

  /**
   * Whether the budget already prices selling time or rep time; if so, the all-in cost uses {@link
   * #budgetedSoftCost()} and not {@link #lostSellingTime()}.
   */
  public abstract boolean budgetPricesSellingTime();

  /**
   * The monthly quota of all reps together, {@link #totalAnnualQuota()} ÷ 12; empty when a rep's
   * quota is unknown.
   */
  public abstract Optional<Money> totalMonthlyQuota();

  /**
   * Lost selling time computed from the quotas (reps × monthly quota ÷ working days × event days),
   * whether or not the budget counts it; empty when the quota is unknown. It values the reps' time
   * at quota (B2B_SKO_GUIDE's "theoretical quota time").
   */
  public abstract Optional<Money> lostSellingTime();

  /**
   * The reps' time at the event valued at salary and benefits (reps × the budget's annual salary
   * cost ÷ 12 ÷ working days × event days); empty when the budget gives no salary cost.
   */
  public abstract Optional<Money> repTimeAtSalary();

  /**
   * Hard cost plus selling time (the budget's soft items if it has any, else the computed lost
   * selling time); empty without a budget or when the selling time is priced neither way.
   */
  public abstract Optional<Money> allInCost();

  /**
   * {@link #hardCost()} ÷ {@link #reps()}, beside {@link CostModel#BENCHMARK_HARD_COST_PER_REP};
   * empty without a budget or when no one carries a quota.
   */
  public abstract Optional<Money> hardCostPerRep();

  /**
   * ({@link #hardCost()} + {@link #repTimeAtSalary()}) ÷ {@link #reps()}: the loaded cost per rep
   * as ACCELERATION_SUMMIT counts it, beside {@link CostModel#BENCHMARK_LOADED_COST_PER_REP}; empty
   * without the budget's salary cost.
   */
  public abstract Optional<Money> salaryLoadedCostPerRep();

  /**
   * {@link #allInCost()} ÷ {@link #reps()}: hard cost plus selling time valued at quota, per rep.
   * It is not comparable with {@link CostModel#BENCHMARK_LOADED_COST_PER_REP}, which values rep
   * time at salary.
   */
  public abstract Optional<Money> allInCostPerRep();

  /**
   * The all-in cost per rep.
   *
   * @deprecated this figure values rep time at quota and is not the "loaded" cost of the benchmark;
   *     use {@link #allInCostPerRep()}, or {@link #salaryLoadedCostPerRep()} to compare with {@link
   *     CostModel#BENCHMARK_LOADED_COST_PER_REP}
   */
  @Deprecated
  public Optional<Money> loadedCostPerRep() {
    return allInCostPerRep();
  }

  /** The annual quota of all reps together: quotas given per year as written, monthly ones × 12. */
  public abstract Optional<Money> totalAnnualQuota();

  /**
   * The incremental attainment needed to break even, {@link #allInCost()} ÷ {@link
   * #totalAnnualQuota()}, as a ratio (0.005 is 0.5%); empty when either is empty or the quota is
   * zero.
   */
  public abstract Optional<BigDecimal> breakEvenAttainment();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableCostSummary.Builder {}
}
