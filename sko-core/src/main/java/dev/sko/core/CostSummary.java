package dev.sko.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every cost figure of one plan, as {@link CostModel#summarize(KickoffPlan)} computed it: the
 * inputs it used (reps, event days, working days, quotas) and the results (hard, soft, lost selling
 * time, all-in, per rep, break-even). A figure whose inputs the plan does not give is empty; see
 * {@link CostModel} for the rules and the rounding.
 *
 * <p><b>Whole units, decimals on demand.</b> The summary holds the plan's amounts as {@code long}
 * counts of one unit ({@code 10^-scale} of the currency, where the scale is the currency's minor
 * unit or the most decimals any amount of the plan has: cents for a plan in whole dollars and
 * cents) and each figure as an exact fraction of such units. The {@code …Rounded()} figures, the
 * ones a report shows, divide that fraction once, rounding half-even to the currency's minor unit;
 * no decimal is built until one is asked for. The other accessors give the figures as {@link
 * CostModel} has always defined them, to 34 significant digits ({@link Money#DIVISION_CONTEXT}),
 * computed from the same exact inputs when called; {@code hardCostPerRepRounded()} equals {@code
 * hardCostPerRep().map(Money::rounded)}, and so on for each figure. Every operation on units is
 * checked ({@link Math#multiplyExact}, {@link Math#addExact}): a plan whose amounts overflow a
 * {@code long} is never wrapped but computed in decimals instead, with the same results.
 */
public final class CostSummary {
  private final int reps;
  private final int halfDays;
  private final int workingDaysPerMonth;
  private final @Nullable Budget budget;

  /** The summed annual quota in decimals as the old sum wrote it, when it overflowed units. */
  private final @Nullable Money wideAnnualQuota;

  /** Whether every figure below is exact in units; false when they overflowed a long. */
  private final boolean exact;

  private final @Nullable Currency currency;

  /** The scale of one unit: {@code 10^-scale} of the currency. */
  private final int scale;

  private final boolean quotaKnown;

  /** The total annual quota in units, when {@link #quotaKnown}. */
  private final long quota;

  /** The scale of the total annual quota as a decimal sum writes it. */
  private final int quotaScale;

  // Each rounded figure as numerator / denominator, the denominator already in minor units (the
  // fraction of units divided by 10^(scale - minor digits)); a denominator of 0 means absent.
  private final long lostNum;
  private final long lostDen;
  private final long allInNum;
  private final long allInDen;
  private final long hardPerRepNum;
  private final long hardPerRepDen;
  private final long loadedPerRepNum;
  private final long loadedPerRepDen;
  private final long allInPerRepNum;
  private final long allInPerRepDen;
  private final long quotaDen;

  private CostSummary(KickoffPlan plan, int workingDaysPerMonth) {
    this.reps = CostModel.repCount(plan);
    this.halfDays = plan.eventHalfDays();
    this.workingDaysPerMonth = workingDaysPerMonth;
    Budget b = plan.budget().orElse(null);
    this.budget = b;
    Units u = new Units();
    boolean fits;
    try {
      u.compute(plan, b, reps, halfDays, workingDaysPerMonth);
      fits = true;
    } catch (ArithmeticException overflow) {
      fits = false;
    }
    this.exact = fits;
    this.wideAnnualQuota = fits ? null : CostModel.totalAnnualQuota(plan).orElse(null);
    this.currency = u.currency;
    this.scale = u.scale;
    this.quotaKnown = fits ? u.quotaKnown : wideAnnualQuota != null;
    this.quota = u.quota;
    this.quotaScale = u.quotaScale;
    this.lostNum = u.lostNum;
    this.lostDen = u.lostDen;
    this.allInNum = u.allInNum;
    this.allInDen = u.allInDen;
    this.hardPerRepNum = u.hardPerRepNum;
    this.hardPerRepDen = u.hardPerRepDen;
    this.loadedPerRepNum = u.loadedPerRepNum;
    this.loadedPerRepDen = u.loadedPerRepDen;
    this.allInPerRepNum = u.allInPerRepNum;
    this.allInPerRepDen = u.allInPerRepDen;
    this.quotaDen = u.quotaDen;
  }

  static CostSummary of(KickoffPlan plan, int workingDaysPerMonth) {
    return new CostSummary(plan, workingDaysPerMonth);
  }

  /**
   * The integer pass: every input amount in units of one common scale and every figure as an exact
   * fraction of units. Any overflow throws {@link ArithmeticException}.
   */
  private static final class Units {
    @Nullable Currency currency;
    int scale;
    boolean quotaKnown;
    long quota;
    int quotaScale = Integer.MIN_VALUE;
    long lostNum;
    long lostDen;
    long allInNum;
    long allInDen;
    long hardPerRepNum;
    long hardPerRepDen;
    long loadedPerRepNum;
    long loadedPerRepDen;
    long allInPerRepNum;
    long allInPerRepDen;
    long quotaDen;

    void compute(
        KickoffPlan plan, @Nullable Budget budget, int reps, int halfDays, int workingDays) {
      Money average = null; // the budget's average quota for a year
      Money salary = null;
      // The common scale: the currency's minor unit, or the most decimals of any amount.
      int s = 0;
      Currency c = null;
      if (budget != null) {
        c = budget.currency();
        average = budget.averageQuotaPerYear().orElse(null);
        salary = budget.averageAnnualSalaryCost().orElse(null);
        s = Math.max(budget.hardCost().scale(), budget.softCost().scale());
        if (average != null) {
          s = Math.max(s, average.scale());
        }
        if (salary != null) {
          s = Math.max(s, salary.scale());
        }
      }
      List<Rep> roster = plan.roster();
      for (int i = 0; i < roster.size(); i++) {
        Money q = roster.get(i).quotaPerYear().orElse(null);
        if (q != null) {
          s = Math.max(s, q.scale());
          if (c == null) {
            c = q.currency();
          }
        }
      }
      int digits = c == null ? 0 : Math.max(c.getDefaultFractionDigits(), 0);
      s = Math.max(s, digits);
      this.currency = c;
      this.scale = s;
      long minor = Money.powerOfTen(s - digits);
      // Days are half days / 2, so the "12 x working days" divisor is 24 x working days here.
      long den = Math.multiplyExact(2L * CostModel.MONTHS_PER_YEAR, (long) workingDays);

      long averageUnits = average == null ? 0 : average.units(s);
      totalQuota(plan, average, averageUnits, s);
      this.quotaDen = minor;
      if (quotaKnown) {
        this.lostNum = Math.multiplyExact(quota, halfDays);
        this.lostDen = Math.multiplyExact(den, minor);
      }
      if (budget == null) {
        return;
      }
      long hard = budget.hardCost().units(s);
      if (budget.countsSellingTime()) {
        this.allInNum = Math.addExact(hard, budget.softCost().units(s));
        this.allInDen = minor;
      } else if (quotaKnown) {
        this.allInNum = Math.addExact(Math.multiplyExact(hard, den), lostNum);
        this.allInDen = Math.multiplyExact(den, minor);
      }
      if (reps > 0) {
        this.hardPerRepNum = hard;
        this.hardPerRepDen = Math.multiplyExact((long) reps, minor);
        if (allInDen != 0) {
          this.allInPerRepNum = allInNum;
          this.allInPerRepDen = Math.multiplyExact(allInDen, reps);
        }
        if (salary != null) {
          long repTime =
              Math.multiplyExact(Math.multiplyExact(salary.units(s), (long) reps), halfDays);
          this.loadedPerRepNum = Math.addExact(Math.multiplyExact(hard, den), repTime);
          this.loadedPerRepDen = Math.multiplyExact(Math.multiplyExact(den, reps), minor);
        }
      }
    }

    /**
     * The annual quota of all reps together in units, as {@link CostModel#totalAnnualQuota} sums
     * it, and the scale its decimal sum has.
     */
    private void totalQuota(KickoffPlan plan, @Nullable Money average, long averageUnits, int s) {
      List<Rep> roster = plan.roster();
      if (roster.isEmpty()) {
        if (average != null) {
          quotaKnown = true;
          quota = Math.multiplyExact(averageUnits, (long) plan.headcount());
          quotaScale = average.scale();
        }
        return;
      }
      Currency first = null;
      long total = 0;
      for (int i = 0; i < roster.size(); i++) {
        Rep rep = roster.get(i);
        if (!rep.carriesQuota()) {
          continue;
        }
        Money own = rep.quotaPerYear().orElse(null);
        Money q = own != null ? own : average;
        if (q == null) {
          quotaKnown = false;
          return;
        }
        if (first == null) {
          first = q.currency();
        } else if (!q.currency().equals(first)) {
          Checks.check(
              false,
              "annual quota of rep " + rep.id(),
              q,
              "must be in "
                  + first.getCurrencyCode()
                  + " like the other reps' quotas; amounts of different currencies never mix");
        }
        total = Math.addExact(total, own == null ? averageUnits : own.units(s));
        quotaScale = Math.max(quotaScale, q.scale());
      }
      if (first != null) {
        quotaKnown = true;
        quota = total;
      }
    }
  }

  /**
   * The reps counted, the people who carry a quota ({@link CostModel#repCount}): the roster's quota
   * carriers, or the headcount when the plan has no roster.
   */
  public int reps() {
    return reps;
  }

  /** The event's length in days (a half day counts 0.5). */
  public BigDecimal eventDays() {
    return CostModel.eventDays(halfDays);
  }

  /** The event's length in half days, the exact count {@link #eventDays()} halves. */
  public int eventHalfDays() {
    return halfDays;
  }

  /** The working days per month the lost selling time was spread over. */
  public int workingDaysPerMonth() {
    return workingDaysPerMonth;
  }

  /** The budget's hard (cash) cost; empty without a budget. */
  public Optional<Money> hardCost() {
    return budget == null ? Optional.empty() : Optional.of(budget.hardCost());
  }

  /**
   * The soft (time) cost the budget itself counts, zero when it has no soft item; empty without a
   * budget.
   */
  public Optional<Money> budgetedSoftCost() {
    return budget == null ? Optional.empty() : Optional.of(budget.softCost());
  }

  /**
   * Whether the budget already prices selling time or rep time; if so, the all-in cost uses {@link
   * #budgetedSoftCost()} and not {@link #lostSellingTime()}.
   */
  public boolean budgetPricesSellingTime() {
    return budget != null && budget.countsSellingTime();
  }

  /**
   * The monthly quota of all reps together, {@link #totalAnnualQuota()} ÷ 12; empty when a rep's
   * quota is unknown.
   */
  public Optional<Money> totalMonthlyQuota() {
    return totalAnnualQuota().map(q -> q.dividedBy(CostModel.MONTHS_PER_YEAR));
  }

  /**
   * Lost selling time computed from the quotas (reps × monthly quota ÷ working days × event days),
   * whether or not the budget counts it; empty when the quota is unknown. It values the reps' time
   * at quota (B2B_SKO_GUIDE's "theoretical quota time").
   */
  public Optional<Money> lostSellingTime() {
    return totalAnnualQuota().map(q -> q.times(eventDays()).dividedBy(monthsOfWorkingDays()));
  }

  /**
   * The reps' time at the event valued at salary and benefits (reps × the budget's annual salary
   * cost ÷ 12 ÷ working days × event days); empty when the budget gives no salary cost.
   */
  public Optional<Money> repTimeAtSalary() {
    return salary().map(a -> a.times(reps).times(eventDays()).dividedBy(monthsOfWorkingDays()));
  }

  /**
   * Hard cost plus selling time (the budget's soft items if it has any, else the computed lost
   * selling time); empty without a budget or when the selling time is priced neither way.
   */
  public Optional<Money> allInCost() {
    if (budget == null) {
      return Optional.empty();
    }
    if (budget.countsSellingTime()) {
      return Optional.of(budget.hardCost().plus(budget.softCost()));
    }
    return lostSellingTime().map(lost -> budget.hardCost().plus(lost));
  }

  /**
   * {@link #hardCost()} ÷ {@link #reps()}, beside {@link CostModel#BENCHMARK_HARD_COST_PER_REP};
   * empty without a budget or when no one carries a quota.
   */
  public Optional<Money> hardCostPerRep() {
    return reps > 0 ? hardCost().map(h -> h.dividedBy(reps)) : Optional.empty();
  }

  /**
   * ({@link #hardCost()} + {@link #repTimeAtSalary()}) ÷ {@link #reps()}: the loaded cost per rep
   * as ACCELERATION_SUMMIT counts it, beside {@link CostModel#BENCHMARK_LOADED_COST_PER_REP}; empty
   * without the budget's salary cost.
   */
  public Optional<Money> salaryLoadedCostPerRep() {
    if (reps <= 0 || budget == null || salary().isEmpty()) {
      return Optional.empty();
    }
    // (hard x 12 x working days + salary x reps x days) / (12 x working days x reps): one division
    BigDecimal months = monthsOfWorkingDays();
    return Optional.of(
        budget
            .hardCost()
            .times(months)
            .plus(salary().get().times(reps).times(eventDays()))
            .dividedBy(months.multiply(BigDecimal.valueOf(reps))));
  }

  /**
   * {@link #allInCost()} ÷ {@link #reps()}: hard cost plus selling time valued at quota, per rep.
   * It is not comparable with {@link CostModel#BENCHMARK_LOADED_COST_PER_REP}, which values rep
   * time at salary.
   */
  public Optional<Money> allInCostPerRep() {
    return reps > 0 ? allInCost().map(x -> x.dividedBy(reps)) : Optional.empty();
  }

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
  public Optional<Money> totalAnnualQuota() {
    if (!exact) {
      return Optional.ofNullable(wideAnnualQuota);
    }
    if (!quotaKnown || currency == null) {
      return Optional.empty();
    }
    // The exact sum, written at the scale a decimal sum of the quotas has.
    return Optional.of(
        Money.of(
            BigDecimal.valueOf(quota, scale).setScale(quotaScale, RoundingMode.UNNECESSARY),
            currency));
  }

  /**
   * The incremental attainment needed to break even, {@link #allInCost()} ÷ {@link
   * #totalAnnualQuota()}, as a ratio (0.005 is 0.5%); empty when either is empty or the quota is
   * zero.
   */
  public Optional<BigDecimal> breakEvenAttainment() {
    if (!hasBreakEven()) {
      return Optional.empty();
    }
    Money quota = totalAnnualQuota().orElseThrow();
    return allInCost().map(cost -> CostModel.breakEvenAttainment(cost, quota));
  }

  /**
   * Whether {@link #breakEvenAttainment()} is present: there is an all-in cost and a total annual
   * quota above zero. Answered from the units, without a division.
   */
  public boolean hasBreakEven() {
    if (!exact) {
      return allInCost().isPresent() && wideAnnualQuota != null && !wideAnnualQuota.isZero();
    }
    return allInDen != 0 && quotaKnown && quota > 0;
  }

  /** {@link #lostSellingTime()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> lostSellingTimeRounded() {
    return exact ? rounded(lostNum, lostDen) : lostSellingTime().map(Money::rounded);
  }

  /** {@link #allInCost()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> allInCostRounded() {
    return exact ? rounded(allInNum, allInDen) : allInCost().map(Money::rounded);
  }

  /** {@link #hardCostPerRep()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> hardCostPerRepRounded() {
    return exact ? rounded(hardPerRepNum, hardPerRepDen) : hardCostPerRep().map(Money::rounded);
  }

  /** {@link #salaryLoadedCostPerRep()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> salaryLoadedCostPerRepRounded() {
    return exact
        ? rounded(loadedPerRepNum, loadedPerRepDen)
        : salaryLoadedCostPerRep().map(Money::rounded);
  }

  /** {@link #allInCostPerRep()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> allInCostPerRepRounded() {
    return exact ? rounded(allInPerRepNum, allInPerRepDen) : allInCostPerRep().map(Money::rounded);
  }

  /** {@link #totalAnnualQuota()} rounded half-even to the minor unit, from the units. */
  public Optional<Money> totalAnnualQuotaRounded() {
    if (!exact) {
      return totalAnnualQuota().map(Money::rounded);
    }
    return quotaKnown ? rounded(quota, quotaDen) : Optional.empty();
  }

  /**
   * {@code num / den} minor units rounded half-even, as money of the summary's currency with the
   * minor unit's scale (what {@link Money#rounded()} gives); empty when {@code den} is 0 (absent).
   */
  private Optional<Money> rounded(long num, long den) {
    if (den == 0 || currency == null) {
      return Optional.empty();
    }
    long whole = num / den;
    long rest = num % den;
    long over = rest - (den - rest); // > 0 above the half, 0 at it; never overflows
    if (over > 0 || (over == 0 && (whole & 1) == 1)) {
      whole++;
    }
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return Optional.of(Money.of(BigDecimal.valueOf(whole, digits), currency));
  }

  private Optional<Money> salary() {
    return budget == null ? Optional.empty() : budget.averageAnnualSalaryCost();
  }

  private BigDecimal monthsOfWorkingDays() {
    return BigDecimal.valueOf((long) CostModel.MONTHS_PER_YEAR * workingDaysPerMonth);
  }

  /** Equal when computed from equal inputs: reps, days, working days, budget and quotas. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CostSummary)) {
      return false;
    }
    CostSummary that = (CostSummary) o;
    return reps == that.reps
        && halfDays == that.halfDays
        && workingDaysPerMonth == that.workingDaysPerMonth
        && Objects.equals(budget, that.budget)
        && totalAnnualQuota().equals(that.totalAnnualQuota());
  }

  @Override
  public int hashCode() {
    return Objects.hash(reps, halfDays, workingDaysPerMonth, budget, totalAnnualQuota());
  }

  /** The inputs and the rounded figures, for debugging. */
  @Override
  public String toString() {
    return "CostSummary{reps="
        + reps
        + ", eventDays="
        + eventDays()
        + ", workingDaysPerMonth="
        + workingDaysPerMonth
        + ", hardCost="
        + hardCost()
        + ", allInCost="
        + allInCostRounded()
        + ", totalAnnualQuota="
        + totalAnnualQuota()
        + "}";
  }
}
