package dev.sko.rules.catalog.support;

import dev.sko.core.Budget;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.rules.Location;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan's cost figures as the cost and ROI rules share them: one cost summary per validation and
 * working-days setting, the working-days option, and the note that the plan has no budget.
 */
public final class Costs {
  private Costs() {}

  /** The budget's location. */
  public static final Location BUDGET = Location.of("budget");

  /**
   * The working days a month a monthly quota is spread over; each cost rule declares its own
   * instance, so that a profile can set it per rule.
   */
  public static RuleOption<Integer> workingDays() {
    return RuleOption.integer(
        "working-days",
        CostModel.DEFAULT_WORKING_DAYS_PER_MONTH,
        1,
        31,
        "Working days in a month, over which a monthly quota is spread to price lost selling time"
            + " (B2B_SKO_GUIDE: 30 reps x 30 lakh INR / 20 working days x 3 days = 135 lakh INR)");
  }

  /**
   * The plan's cost figures under the configured working days, or empty after reporting why they
   * cannot be computed (amounts of different currencies, which never mix) when {@code note}.
   */
  public static Optional<CostSummary> summarize(
      KickoffPlan plan, RuleContext review, RuleOption<Integer> workingDays, boolean note) {
    int days = review.option(workingDays);
    // The summary (quotas added up in whole units) is computed once per validation and shared by
    // the cost rules that ask with the same working days.
    SummaryKey key = days >= 0 && days < KEYS.length ? KEYS[days] : new SummaryKey(days);
    Summary summary = review.derived(key, Summary.class, p -> Summary.of(p, days));
    if (summary.costs != null) {
      return Optional.of(summary.costs);
    }
    if (note) {
      review
          .finding(BUDGET, "The cost figures cannot be computed: " + summary.error)
          .missingData()
          .remediation("Give the budget and every rep's quota in one currency")
          .report();
    }
    return Optional.empty();
  }

  /**
   * Whether the hard cost per rep is not above {@code limit}, or cannot be compared with it
   * (another currency): hard cost &lt;= limit x reps, exact, in whole units and without allocating
   * ({@link CostModel#hardCostPerRepAtMost}).
   */
  public static boolean withinLimit(Budget budget, KickoffPlan plan, Money limit) {
    if (!budget.currency().equals(limit.currency())) {
      return true;
    }
    return CostModel.hardCostPerRepAtMost(budget, CostModel.repCount(plan), limit);
  }

  /** Says once, at INFO, that the rule needs a budget to say {@code what}. */
  public static void noBudget(RuleContext review, String what) {
    review
        .finding(BUDGET, "The plan has no budget, so " + what)
        .missingData()
        .remediation(
            "Add the budget: hard costs (travel, venue, production), the reps' monthly quotas or"
                + " an average monthly quota, and lost selling time")
        .report();
  }

  /**
   * The key of the shared cost summary: it depends on the plan and the working days. A class, not a
   * record: a record's {@code equals} and {@code hashCode} are bootstrapped through {@code
   * ObjectMethods} on first use, about 25 ms of a cold start for one map key.
   */
  private static final class SummaryKey {
    private final int workingDays;

    SummaryKey(int workingDays) {
      this.workingDays = workingDays;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof SummaryKey other && other.workingDays == workingDays;
    }

    @Override
    public int hashCode() {
      return workingDays;
    }
  }

  /** The keys for every working-days value the option allows, so a lookup allocates no key. */
  private static final SummaryKey[] KEYS = new SummaryKey[32];

  static {
    for (int i = 0; i < KEYS.length; i++) {
      KEYS[i] = new SummaryKey(i);
    }
  }

  /** The sources' model, shared: no model is built per validation for the default working days. */
  private static final CostModel STANDARD = CostModel.standard();

  /** The plan's cost summary, or why it cannot be computed (mixed currencies). */
  private static final class Summary {
    final @Nullable CostSummary costs;
    final @Nullable String error;

    private Summary(@Nullable CostSummary costs, @Nullable String error) {
      this.costs = costs;
      this.error = error;
    }

    static Summary of(KickoffPlan plan, int workingDays) {
      CostModel model =
          workingDays == STANDARD.workingDaysPerMonth()
              ? STANDARD
              : CostModel.builder().workingDaysPerMonth(workingDays).build();
      try {
        return new Summary(model.summarize(plan), null);
      } catch (IllegalArgumentException mixed) {
        return new Summary(null, mixed.getMessage());
      }
    }
  }
}
