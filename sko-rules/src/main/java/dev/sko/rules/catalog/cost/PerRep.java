package dev.sko.rules.catalog.cost;

import static dev.sko.rules.catalog.support.Costs.BUDGET;
import static dev.sko.rules.catalog.support.Costs.noBudget;
import static dev.sko.rules.catalog.support.Costs.summarize;
import static dev.sko.rules.catalog.support.Costs.withinLimit;
import static dev.sko.rules.catalog.support.Costs.workingDays;
import static dev.sko.rules.catalog.support.Wording.money;

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
 * Reports the hard cost per rep beside ACCELERATION_SUMMIT's 1,982 USD benchmark and, where the
 * budget gives the reps' salary cost, the loaded cost per rep (hard cost plus rep time valued at
 * salary and benefits) beside its 5,281 USD benchmark, at INFO; warns when the hard cost per rep is
 * above {@link #LIMIT}.
 *
 * <p><b>Like with like.</b> The 5,281 USD benchmark values the reps' time at what they are paid
 * ("with the value of reps salary and benefits"). Lost selling time, which B2B_SKO_GUIDE prices at
 * quota ("theoretical quota time"), is a different and much larger quantity, so the rule never sets
 * it beside that benchmark: without {@code Budget.averageAnnualSalaryCost} it reports no loaded
 * figure, and the all-in cost per rep (selling time at quota) appears only as a figure with no
 * benchmark. {@code sko.cost.lost-selling-time} reports the selling time itself.
 *
 * <p><b>Reps</b> are the people who carry a quota ({@code CostModel.repCount}): a roster's managers
 * and leaders without a quota of their own are not counted, and {@code
 * sko.antipattern.destination-offsite} divides by the same reps. The comparison is exact (before
 * rounding) and only between amounts of one currency: a budget in another currency than the limit
 * is reported, not compared.
 */
public final class PerRep {
  private PerRep() {}

  /** Option {@code limit}: its description gives the figure and its source. */
  public static final RuleOption<Money> LIMIT =
      RuleOption.money(
          "limit",
          Money.of(4000, "USD"),
          "Hard cost per rep above which the kickoff is a costly off-site (BEHAVIOR_CHANGE_MODEL:"
              + " Bessemer, 4-7K USD per rep with no measurable Q1 return)");

  /** Option {@code benchmark-hard}: its description gives the figure and its source. */
  public static final RuleOption<Money> BENCHMARK_HARD =
      RuleOption.money(
          "benchmark-hard",
          CostModel.BENCHMARK_HARD_COST_PER_REP,
          "Typical hard cost per rep (ACCELERATION_SUMMIT: SBI survey, 1,982 USD)");

  /** Option {@code benchmark-loaded}: its description gives the figure and its source. */
  public static final RuleOption<Money> BENCHMARK_LOADED =
      RuleOption.money(
          "benchmark-loaded",
          CostModel.BENCHMARK_LOADED_COST_PER_REP,
          "Typical loaded cost per rep, hard cost plus the reps' time valued at salary and benefits"
              + " (ACCELERATION_SUMMIT: SBI survey, 5,281 USD); compared only with the plan's own"
              + " rep time at salary, never with lost selling time valued at quota");

  /** Option {@code working-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> WORKING_DAYS = workingDays();

  /** Option {@code report-figures}: its description gives the figure and its source. */
  public static final RuleOption<Boolean> REPORT_FIGURES =
      RuleOption.of(
          "report-figures",
          Boolean.class,
          true,
          "Whether the rule reports the cost per rep at INFO when it is within the limit (and"
              + " says so when there is no budget); off, it only warns above the limit",
          v -> true,
          "true or false");

  /** The rule {@code sko.cost.per-rep}, declared with the public {@link Rule#builder(String)}. */
  public static final Rule RULE =
      Rule.builder("sko.cost.per-rep")
          .title("Cost per rep beside the benchmark, and within the limit")
          .source(
              "ACCELERATION_SUMMIT (1,982 USD hard, 5,281 USD loaded with rep time at salary and"
                  + " benefits, per rep), BEHAVIOR_CHANGE_MODEL (Bessemer: 4-7K USD per rep"
                  + " off-sites, no measurable Q1 return)")
          .rationale(
              "What a kickoff costs per rep is the figure a revenue leader compares: companies spend"
                  + " about 1,982 USD per rep in hard costs and up to 5,281 USD with the reps' time"
                  + " valued at their salary and benefits. The rule compares like with like: the"
                  + " loaded figure is computed only when the budget gives the reps' annual salary"
                  + " cost, and lost selling time, valued at quota, is never set beside the"
                  + " 5,281 USD benchmark (sko.cost.lost-selling-time reports it). Reps are the"
                  + " people carrying a quota, as in sko.antipattern.destination-offsite. Above"
                  + " 4,000 USD per rep the event looks like the destination off-sites that show no"
                  + " measurable return in the first quarter.")
          .defaultSeverity(Severity.INFO)
          .severities(Severity.WARNING)
          .option(LIMIT)
          .option(BENCHMARK_HARD)
          .option(BENCHMARK_LOADED)
          .option(WORKING_DAYS)
          .option(REPORT_FIGURES)
          .check(PerRep::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    boolean figures = review.option(REPORT_FIGURES);
    if (plan.budget().isEmpty()) {
      if (figures) {
        noBudget(review, "it cannot compute the cost per rep");
      }
      return;
    }
    if (!figures && withinLimit(plan.budget().get(), plan, review.option(LIMIT))) {
      return; // silent unless above the limit: decided without the cost summary
    }
    Optional<CostSummary> summary = summarize(plan, review, WORKING_DAYS, figures);
    if (summary.isEmpty()) {
      return;
    }
    CostSummary s = summary.get();
    Optional<Money> perRep = s.hardCostPerRepRounded();
    if (perRep.isEmpty()) {
      if (figures) {
        review
            .finding(
                BUDGET,
                "No one on the roster carries a quota, so the rule cannot compute a cost per rep")
            .missingData()
            .figure("reps", s.reps())
            .remediation("Give the reps' quotas or roles on the roster")
            .report();
      }
      return;
    }
    // The figures shown are rounded to the minor unit from whole units; the limit is compared
    // exactly (hard cost <= limit x reps), as the unrounded figure would be.
    Money hard = perRep.get();
    Optional<Money> loaded = s.salaryLoadedCostPerRepRounded();
    Money limit = review.option(LIMIT);
    Money benchmarkHard = review.option(BENCHMARK_HARD);
    Money benchmarkLoaded = review.option(BENCHMARK_LOADED);
    boolean comparable = hard.currency().equals(limit.currency());
    boolean above =
        comparable && !CostModel.hardCostPerRepAtMost(plan.budget().get(), s.reps(), limit);
    if (!above && !figures) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message
        .append("The kickoff costs ")
        .append(money(hard))
        .append(" per rep in hard costs (")
        .append(s.reps())
        .append(" reps carrying quota)");
    if (hard.currency().equals(benchmarkHard.currency())) {
      message.append(", against a benchmark of ").append(money(benchmarkHard));
    }
    if (loaded.isPresent()) {
      message
          .append("; with the reps' time at salary it is ")
          .append(money(loaded.get()))
          .append(" loaded");
      if (loaded.get().currency().equals(benchmarkLoaded.currency())) {
        message.append(", against a benchmark of ").append(money(benchmarkLoaded));
      }
    }
    if (above) {
      message.append("; above the limit of ").append(money(limit)).append(" per rep");
    } else if (!comparable) {
      message
          .append("; the limit of ")
          .append(money(limit))
          .append(" is in another currency, so it is not compared");
    }
    RuleContext.FindingBuilder f =
        review
            .finding(BUDGET, message.toString())
            .severity(above ? Severity.WARNING : Severity.INFO);
    if (above) {
      f.evidence(hard, limit)
          .remediation(
              "Bring the hard cost per rep to "
                  + money(limit)
                  + " or less: a hub event instead of a destination, fewer nights, or a shorter"
                  + " event");
    }
    f.figure("hard-cost-per-rep", hard).figure("benchmark-hard-cost-per-rep", benchmarkHard);
    if (loaded.isPresent()) {
      f.figure("loaded-cost-per-rep", loaded.get())
          .figure("benchmark-loaded-cost-per-rep", benchmarkLoaded);
    }
    Optional<Money> allInPerRep = s.allInCostPerRepRounded();
    if (allInPerRep.isPresent()) {
      f.figure("all-in-cost-per-rep", allInPerRep.get());
    }
    f.figure("reps", s.reps()).report();
  }
}
