package dev.sko.rules.catalog.cost;

import static dev.sko.rules.catalog.support.Costs.BUDGET;
import static dev.sko.rules.catalog.support.Costs.noBudget;
import static dev.sko.rules.catalog.support.Costs.summarize;
import static dev.sko.rules.catalog.support.Costs.workingDays;
import static dev.sko.rules.catalog.support.Wording.halfDayNumber;
import static dev.sko.rules.catalog.support.Wording.money;

import dev.sko.core.Budget;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.Optional;

/**
 * The budget counts the selling time reps lose at the event: a {@code LOST_SELLING_TIME} or {@code
 * REP_TIME} item. Without one the finding gives the lost selling time {@link CostModel} computes
 * from the quotas, when they are known. Without a budget it says so once at INFO.
 */
public final class LostSellingTime {
  private LostSellingTime() {}

  /** Option {@code working-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> WORKING_DAYS = workingDays();

  /**
   * The rule {@code sko.cost.lost-selling-time}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.cost.lost-selling-time")
          .title("The budget counts lost selling time")
          .source(
              "B2B_SKO_GUIDE (reps x monthly quota / 20 working days x days: 135 lakh INR for 30 reps"
                  + " over 3 days), ACCELERATION_SUMMIT (2.4 days of rep time lift 674,500 to"
                  + " 2,436,761 USD)")
          .rationale(
              "Lost selling time is the largest and least tracked cost of a kickoff: every day reps"
                  + " spend out of the field is quota time. A budget of travel, venue and production"
                  + " alone understates the cost several times over.")
          .defaultSeverity(Severity.WARNING)
          .option(WORKING_DAYS)
          .check(LostSellingTime::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Optional<Budget> budget = plan.budget();
    if (budget.isEmpty()) {
      noBudget(review, "it cannot show whether lost selling time is counted");
      return;
    }
    if (budget.get().countsSellingTime()) {
      return;
    }
    Optional<CostSummary> summary = summarize(plan, review, WORKING_DAYS, true);
    if (summary.isEmpty()) {
      return;
    }
    CostSummary s = summary.get();
    String days = halfDayNumber(s.eventHalfDays());
    boolean oneDay = s.eventHalfDays() == 2;
    Optional<Money> lost = s.lostSellingTimeRounded();
    RuleContext.FindingBuilder f;
    if (lost.isPresent()) {
      f =
          review
              .finding(
                  BUDGET,
                  "The budget counts no lost selling time; "
                      + s.reps()
                      + " reps out of the field for "
                      + days
                      + (oneDay ? " day" : " days")
                      + " lose "
                      + money(lost.get())
                      + " of quota time (monthly quota / "
                      + s.workingDaysPerMonth()
                      + " working days x "
                      + days
                      + (oneDay ? " day)" : " days)"))
              .figure("lost-selling-time", lost.get())
              .remediation(
                  "Add a lost-selling-time item of "
                      + money(lost.get())
                      + " to the budget so the all-in cost is honest");
    } else {
      f =
          review
              .finding(
                  BUDGET,
                  "The budget counts no lost selling time, and the plan gives no quotas (monthly"
                      + " or annual) to estimate it from")
              .remediation(
                  "Add a lost-selling-time item to the budget: reps x monthly quota / "
                      + s.workingDaysPerMonth()
                      + " working days x "
                      + days
                      + " event days");
    }
    f.figure("reps", s.reps())
        .figure("event-days", s.eventDays())
        .figure("working-days", s.workingDaysPerMonth())
        .severity(Severity.WARNING)
        .report();
  }
}
