package dev.sko.rules.catalog.roi;

import static dev.sko.rules.catalog.support.Costs.BUDGET;
import static dev.sko.rules.catalog.support.Costs.noBudget;
import static dev.sko.rules.catalog.support.Costs.summarize;
import static dev.sko.rules.catalog.support.Costs.workingDays;
import static dev.sko.rules.catalog.support.Wording.money;
import static dev.sko.rules.catalog.support.Wording.percent;

import dev.sko.core.CostSummary;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reports, at INFO, the incremental attainment needed to break even: all-in cost over total annual
 * quota ({@link CostSummary#breakEvenAttainment()}), as the figure {@code break-even-attainment} (a
 * ratio: 0.005 is 0.5%).
 */
public final class BreakEven {
  private BreakEven() {}

  /** Option {@code working-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> WORKING_DAYS = workingDays();

  /** The rule {@code sko.roi.break-even}, declared with the public {@link Rule#builder(String)}. */
  public static final Rule RULE =
      Rule.builder("sko.roi.break-even")
          .title("The attainment lift needed to break even")
          .source(
              "BEHAVIOR_CHANGE_MODEL (500K all-in cost, 100 reps x 1M quota: 0.5% to break even)")
          .rationale(
              "The honest return question is how much more of the annual quota the team must close"
                  + " just to pay for the event, lost selling time included: a 500K kickoff for 100"
                  + " reps carrying 1M each needs 0.5% more attainment before it returns anything.")
          .defaultSeverity(Severity.INFO)
          .option(WORKING_DAYS)
          .check(BreakEven::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (plan.budget().isEmpty()) {
      noBudget(review, "it cannot compute the attainment needed to break even");
      return;
    }
    Optional<CostSummary> summary = summarize(plan, review, WORKING_DAYS, true);
    if (summary.isEmpty()) {
      return;
    }
    CostSummary s = summary.get();
    if (!s.hasBreakEven()) {
      review
          .finding(
              BUDGET,
              "The plan gives no quotas (or only zero ones), so the attainment needed to break"
                  + " even cannot be computed")
          .remediation(
              "Give each rep's quota on the roster (monthly or annual), or an average quota in"
                  + " the budget")
          .report();
      return;
    }
    // The ratio is the figure's 34-digit decimal, as CostModel defines it; the amounts are rounded
    // to the minor unit from whole units.
    BigDecimal ratio = s.breakEvenAttainment().orElseThrow();
    Money allIn = s.allInCostRounded().orElseThrow(); // present when the ratio is
    Money annual = s.totalAnnualQuotaRounded().orElseThrow();
    review
        .finding(
            BUDGET,
            "Breaking even on the all-in cost of "
                + money(allIn)
                + " needs "
                + percent(ratio)
                + " more attainment on the total annual quota of "
                + money(annual))
        .figure("break-even-attainment", ratio)
        .figure("all-in-cost", allIn)
        .figure("total-annual-quota", annual)
        .report();
  }
}
