package dev.sko.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cost and return arithmetic of a kickoff: hard cost, lost selling time, all-in cost, cost per
 * rep and the attainment lift needed to break even. A {@code CostModel} holds the one option the
 * arithmetic needs (working days per month); {@link #summarize(KickoffPlan)} computes every figure
 * of a plan at once as a {@link CostSummary}.
 *
 * <pre>{@code
 * CostSummary cost = CostModel.standard().summarize(plan);
 * cost.lostSellingTime();       // reps x monthly quota / 20 working days x event days
 * cost.breakEvenAttainment();   // all-in cost / total annual quota, e.g. 0.005 for 0.5%
 * }</pre>
 *
 * <h2>Where the figures come from</h2>
 *
 * <ul>
 *   <li><b>Reps</b> ({@link #repCount}): the people who carry a quota, the one denominator of every
 *       per-rep figure. With a roster, its members who {@linkplain Rep#carriesQuota() carry a
 *       quota} (a manager or leader counts only with a quota of their own); without a roster, every
 *       attendee ({@link KickoffPlan#headcount()}). People counted in the headcount but not on a
 *       non-empty roster (executives, guests) carry no quota and are not reps here.
 *   <li><b>Quota</b> ({@link #totalAnnualQuota}): with a roster, the sum over the reps of each
 *       rep's {@link Rep#quotaPerYear()}, taking the budget's {@link Budget#averageQuotaPerYear()}
 *       for a rep who has none; without a roster, headcount × that average. A manager without a
 *       quota gets no average invented. A quota given per month counts 12 times, exactly; one given
 *       per year ({@link Rep#annualQuota()}, {@link Budget#averageAnnualQuota()}) is taken as
 *       written. Absent when some rep has no quota and the budget gives no average.
 *   <li><b>Lost selling time</b>: the reps' quota time, annual quota ÷ ({@link #MONTHS_PER_YEAR} ×
 *       {@link #workingDaysPerMonth()}) × event days, which for monthly quotas is B2B_SKO_GUIDE's
 *       "30 x 30 lakh / 20 working days x 3 days" = 135 lakh INR. Event days count a half day as
 *       0.5 ({@link KickoffPlan#eventHalfDays()}). B2B_SKO_GUIDE calls it "theoretical quota time":
 *       an opportunity cost, valued at quota.
 *   <li><b>Rep time at salary</b>: reps × the budget's {@link Budget#averageAnnualSalaryCost()} ÷
 *       ({@link #MONTHS_PER_YEAR} × working days) × event days, the reps' time valued at what they
 *       are paid, as ACCELERATION_SUMMIT's loaded cost values it. Absent without that figure.
 *   <li><b>All-in cost</b>: the budget's hard cost plus the selling time. When the budget already
 *       prices selling time or rep time (it has soft items, {@link Budget#countsSellingTime()}),
 *       those budgeted soft items are taken and the computed lost selling time is <em>not</em>
 *       added again; otherwise the computed lost selling time is added. Absent without a budget,
 *       and absent when neither the budget nor the quotas price the selling time: hard cost alone
 *       is not an all-in figure.
 *   <li><b>Per rep</b>: hard cost ÷ reps beside ACCELERATION_SUMMIT's {@link
 *       #BENCHMARK_HARD_COST_PER_REP}; hard cost plus rep time at salary, ÷ reps, beside {@link
 *       #BENCHMARK_LOADED_COST_PER_REP} (both value rep time at salary); and all-in cost ÷ reps,
 *       which values the time at quota and so has no benchmark. Absent when no one carries a quota.
 *   <li><b>Break-even incremental attainment</b>: all-in cost ÷ total annual quota
 *       (BEHAVIOR_CHANGE_MODEL: a 500K all-in cost against 100 reps with 1M quotas needs 0.5%,
 *       exactly when the quotas are given per year).
 * </ul>
 *
 * <h2>Arithmetic and rounding</h2>
 *
 * <p>{@link #summarize} computes in whole units: every amount of the plan as a {@code long} count
 * of one unit ({@code 10^-scale} of the currency, the scale being the currency's minor unit, or
 * more when an amount has more decimals: cents for dollars and cents), and every figure as an exact
 * fraction of units (lost selling time is quota × half days ÷ (24 × working days)). A figure shown
 * to people ({@code CostSummary.hardCostPerRepRounded()} and its siblings) divides that fraction
 * once, as its last step, rounding half-even to the currency's minor unit: the result {@link
 * Money#rounded()} gives for the decimal figure, without building it. Each operation on units is
 * checked ({@link Math#multiplyExact}, {@link Math#addExact}); amounts that overflow a {@code long}
 * are computed in decimals instead, never wrapped.
 *
 * <p>The decimal figures ({@code CostSummary.lostSellingTime()} and the others without {@code
 * Rounded}) are derived on demand from the same exact inputs: sums and products are exact, and each
 * figure that divides does so once, as its last step, to {@link Money#DIVISION_CONTEXT} (34
 * significant digits, half-even): lost selling time (by the working days), rep time at salary (by
 * 12 × the working days), the per-rep figures (by the reps, the salary-loaded one by reps × 12 ×
 * working days) and the break-even ratio (by the annual quota, after adding the 34-digit lost
 * selling time to the hard cost). Amounts of different currencies never mix: a plan whose quotas
 * are in another currency than its budget does not build, and when the reps' quotas (without a
 * budget) are in different currencies, {@link #summarize} fails naming the rep rather than convert.
 */
@Value.Immutable
public abstract class CostModel {
  CostModel() {}

  /**
   * B2B_SKO_GUIDE: lost selling time divides the monthly quota by 20 working days ("30 x 30 lakh /
   * 20 working days x 3 days").
   */
  public static final int DEFAULT_WORKING_DAYS_PER_MONTH = 20;

  /**
   * Months in a year: BEHAVIOR_CHANGE_MODEL's break-even divides by the annual quota, which is 12
   * times a monthly quota.
   */
  public static final int MONTHS_PER_YEAR = 12;

  /** ACCELERATION_SUMMIT (SBI survey): companies spend 1,982 USD per rep in hard costs. */
  public static final Money BENCHMARK_HARD_COST_PER_REP = Money.of(1982, "USD");

  /**
   * ACCELERATION_SUMMIT (SBI survey): with the value of reps' salary and benefits, the cost per rep
   * can reach 5,281 USD.
   */
  public static final Money BENCHMARK_LOADED_COST_PER_REP = Money.of(5281, "USD");

  /** Half days per day: {@link KickoffPlan#eventHalfDays()} over this is the event's days. */
  private static final BigDecimal HALF_DAYS_PER_DAY = BigDecimal.valueOf(2);

  /**
   * The working days in a month that a monthly quota is spread over; default {@link
   * #DEFAULT_WORKING_DAYS_PER_MONTH} (B2B_SKO_GUIDE).
   */
  @Value.Default
  public int workingDaysPerMonth() {
    return DEFAULT_WORKING_DAYS_PER_MONTH;
  }

  /** The sources' model: 20 working days a month. */
  public static CostModel standard() {
    return builder().build();
  }

  /** A new builder; every option defaults to the sources' value. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostModel}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCostModel.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        workingDaysPerMonth() >= 1,
        "CostModel.workingDaysPerMonth",
        workingDaysPerMonth(),
        "must be at least 1");
  }

  /**
   * Every cost figure of {@code plan}; see the class documentation for where each comes from and
   * when it is absent.
   *
   * @throws IllegalArgumentException if the reps' quotas (without a budget) are in different
   *     currencies
   */
  public CostSummary summarize(KickoffPlan plan) {
    return CostSummary.of(plan, workingDaysPerMonth());
  }

  /**
   * Whether the budget's hard cost per rep is at most {@code limit}: hard cost &lt;= limit × reps,
   * exactly and without the division (rounding the per-rep figure is monotonic, so the answer is
   * the one the rounded figure gives); for amounts whose units fit a {@code long}, without
   * allocating. Zero reps compare the hard cost with zero.
   *
   * @throws IllegalArgumentException if the budget and the limit are in different currencies
   */
  public static boolean hardCostPerRepAtMost(Budget budget, int reps, Money limit) {
    Checks.check(reps >= 0, "reps", reps, "must not be negative");
    return budget.hardCost().isAtMost(limit, reps);
  }

  /**
   * Lost selling time: {@code totalMonthlyQuota × eventDays ÷ workingDaysPerMonth()}, the one
   * division to {@link Money#DIVISION_CONTEXT} (B2B_SKO_GUIDE). For 30 reps at 3,000,000 INR a
   * month ({@code totalMonthlyQuota} 90,000,000 INR) over 3 days this is exactly 13,500,000 INR.
   *
   * @param totalMonthlyQuota the monthly quota of all reps together
   * @param eventDays the days reps are out of the field, not negative
   * @throws IllegalArgumentException if {@code eventDays} is negative
   */
  public Money lostSellingTime(Money totalMonthlyQuota, BigDecimal eventDays) {
    Checks.check(eventDays.signum() >= 0, "eventDays", eventDays, "must not be negative");
    return totalMonthlyQuota.times(eventDays).dividedBy(workingDaysPerMonth());
  }

  /**
   * The incremental attainment needed to break even: {@code allInCost ÷ totalAnnualQuota} as a
   * ratio (0.005 is 0.5%), to {@link Money#DIVISION_CONTEXT} (BEHAVIOR_CHANGE_MODEL: 500,000 over
   * 100 reps × 1,000,000 is exactly 0.005).
   *
   * @throws IllegalArgumentException if the currencies differ or the quota is zero
   */
  public static BigDecimal breakEvenAttainment(Money allInCost, Money totalAnnualQuota) {
    return allInCost.ratioTo(totalAnnualQuota);
  }

  /**
   * The reps the cost figures count, the one denominator of every per-rep figure: with a roster,
   * its members who {@linkplain Rep#carriesQuota() carry a quota}; without one, the headcount. Zero
   * when the roster lists only managers and leaders without quotas.
   */
  public static int repCount(KickoffPlan plan) {
    if (plan.roster().isEmpty()) {
      return plan.headcount();
    }
    List<Rep> roster = plan.roster();
    int reps = 0;
    for (int i = 0; i < roster.size(); i++) {
      if (roster.get(i).carriesQuota()) {
        reps++;
      }
    }
    return reps;
  }

  /** The event's length in days, exactly: a half day counts 0.5. */
  public static BigDecimal eventDays(KickoffPlan plan) {
    return eventDays(plan.eventHalfDays());
  }

  /** {@code halfDays} in days, exactly: a half day counts 0.5. */
  static BigDecimal eventDays(int halfDays) {
    return BigDecimal.valueOf(halfDays).divide(HALF_DAYS_PER_DAY);
  }

  /**
   * The monthly quota of all reps together: {@link #totalAnnualQuota} ÷ {@link #MONTHS_PER_YEAR}
   * (exact for quotas given per month).
   *
   * @throws IllegalArgumentException if the quotas are in different currencies, naming the rep
   */
  public static Optional<Money> totalMonthlyQuota(KickoffPlan plan) {
    return totalAnnualQuota(plan).map(q -> q.dividedBy(MONTHS_PER_YEAR));
  }

  /**
   * The annual quota of all reps together: with a roster, each quota-carrying rep's {@link
   * Rep#quotaPerYear()} or, for a rep without one, the budget's {@link
   * Budget#averageQuotaPerYear()}; without a roster, the headcount times that average. A manager or
   * leader without a quota adds nothing (no average is invented for them). Empty when a rep (or,
   * without a roster, the plan) has no quota from either source, or no one on the roster carries a
   * quota.
   *
   * @throws IllegalArgumentException if the quotas are in different currencies, naming the rep
   */
  public static Optional<Money> totalAnnualQuota(KickoffPlan plan) {
    Optional<Money> average = plan.budget().flatMap(Budget::averageQuotaPerYear);
    if (plan.roster().isEmpty()) {
      return average.map(a -> a.times(plan.headcount()));
    }
    Money total = null;
    for (Rep rep : plan.roster()) {
      if (!rep.carriesQuota()) {
        continue;
      }
      Optional<Money> quota = rep.quotaPerYear().or(() -> average);
      if (quota.isEmpty()) {
        return Optional.empty();
      }
      Money q = quota.get();
      if (total == null) {
        total = q;
      } else {
        Checks.check(
            q.currency().equals(total.currency()),
            "annual quota of rep " + rep.id(),
            q,
            "must be in "
                + total.currency().getCurrencyCode()
                + " like the other reps' quotas; amounts of different currencies never mix");
        total = total.plus(q);
      }
    }
    return Optional.ofNullable(total);
  }
}
