package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.Budget;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Cost and return: CATALOGUE.md "Cost and return". Every figure comes from {@link CostModel} in
 * {@code sko-core} (one source of truth for the arithmetic); the rules only compare and report.
 *
 * <p>A rule that needs a budget the plan does not hold says so once, as a missing-data note that
 * stays INFO whatever the profile's severity for the rule. The behaviour-change profile's W cell of
 * {@code sko.cost.per-rep} is the limit alone: there the rule reports only a cost per rep above the
 * limit ({@link PerRep#REPORT_FIGURES} off) and stays silent otherwise.
 */
final class CostRules {
  private CostRules() {}

  /** {@code sko.cost.lost-selling-time}. */
  static final Rule LOST_SELLING_TIME = new LostSellingTime();

  /** {@code sko.cost.per-rep}. */
  static final Rule PER_REP = new PerRep();

  /** {@code sko.roi.break-even}. */
  static final Rule BREAK_EVEN = new BreakEven();

  static void register(Registry r) {
    r.add(LOST_SELLING_TIME)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(PER_REP)
        .in(RECOMMENDED)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .option(BEHAVIOR_CHANGE, PerRep.REPORT_FIGURES.key(), false)
        .in(ACCELERATION_SUMMIT);
    r.add(BREAK_EVEN)
        .in(RECOMMENDED, Severity.INFO)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.INFO)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
  }

  private static final Location BUDGET = Location.of("budget");

  /** The working days a month a monthly quota is spread over, shared by the three rules. */
  static RuleOption<Integer> workingDays() {
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
   * cannot be computed (amounts of different currencies, which never mix).
   */
  static Optional<CostSummary> summarize(
      KickoffPlan plan, RuleContext findings, RuleOption<Integer> workingDays, boolean note) {
    int days = findings.option(workingDays);
    // The summary (quotas added up, 34-digit divisions) is computed once per validation and
    // shared by the cost rules that ask with the same working days.
    Summary summary =
        findings.index().derived(new SummaryKey(days), Summary.class, p -> Summary.of(p, days));
    if (summary.costs != null) {
      return Optional.of(summary.costs);
    }
    if (note) {
      findings
          .finding(BUDGET, "The cost figures cannot be computed: " + summary.error)
          .missingData()
          .remediation("Give the budget and every rep's quota in one currency")
          .report();
    }
    return Optional.empty();
  }

  /**
   * Whether the hard cost per rep is not above {@code limit}, or cannot be compared with it
   * (another currency): hard cost &lt;= limit x reps, exact, without the 34-digit division of the
   * per-rep figure (rounding is monotonic and the limit is exact at that precision, so the answer
   * is the same as comparing the rounded figure).
   */
  static boolean withinLimit(Budget budget, KickoffPlan plan, Money limit) {
    if (!budget.currency().equals(limit.currency())) {
      return true;
    }
    BigDecimal cap = limit.amount().multiply(BigDecimal.valueOf(CostModel.repCount(plan)));
    return budget.hardCost().amount().compareTo(cap) <= 0;
  }

  /** The key of the shared cost summary: it depends on the plan and the working days. */
  private record SummaryKey(int workingDays) {}

  /** The plan's cost summary, or why it cannot be computed (mixed currencies). */
  private static final class Summary {
    final @Nullable CostSummary costs;
    final @Nullable String error;

    private Summary(@Nullable CostSummary costs, @Nullable String error) {
      this.costs = costs;
      this.error = error;
    }

    static Summary of(KickoffPlan plan, int workingDays) {
      CostModel model = CostModel.builder().workingDaysPerMonth(workingDays).build();
      try {
        return new Summary(model.summarize(plan), null);
      } catch (IllegalArgumentException mixed) {
        return new Summary(null, mixed.getMessage());
      }
    }
  }

  /** {@code 135,00,000.00 INR}-style amounts for messages: grouped, rounded to the minor unit. */
  static String money(Money m) {
    // What DecimalFormat("#,##0.##") with the amount's scale as minimum fraction digits writes,
    // without building a DecimalFormat (and its symbols) per message: the rounded amount already
    // has exactly the digits to show, so only the grouping commas are added.
    Money r = m.rounded();
    String digits = r.amount().toPlainString(); // never negative: Money checks it
    int point = digits.indexOf('.');
    int intEnd = point < 0 ? digits.length() : point;
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 5);
    for (int i = 0; i < intEnd; i++) {
      if (i > 0 && (intEnd - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    if (point >= 0) {
      sb.append(digits, point, digits.length());
    }
    return sb.append(' ').append(r.currency().getCurrencyCode()).toString();
  }

  /** A ratio as a percentage to three significant digits: 0.005 as {@code 0.5%}. */
  static String percent(BigDecimal ratio) {
    BigDecimal pct = ratio.movePointRight(2).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return pct.stripTrailingZeros().toPlainString() + "%";
  }

  /** Says once, at INFO, that {@code rule} needs a budget. */
  static void noBudget(RuleContext findings, String what) {
    findings
        .finding(BUDGET, "The plan has no budget, so " + what)
        .missingData()
        .remediation(
            "Add the budget: hard costs (travel, venue, production), the reps' monthly quotas or"
                + " an average monthly quota, and lost selling time")
        .report();
  }

  /**
   * The budget counts the selling time reps lose at the event: a {@code LOST_SELLING_TIME} or
   * {@code REP_TIME} item. Without one the finding gives the lost selling time {@link CostModel}
   * computes from the quotas, when they are known. Without a budget it says so once at INFO.
   */
  static final class LostSellingTime extends CatalogRule {
    static final RuleOption<Integer> WORKING_DAYS = workingDays();

    LostSellingTime() {
      super(
          "sko.cost.lost-selling-time",
          "The budget counts lost selling time",
          "B2B_SKO_GUIDE (reps x monthly quota / 20 working days x days: 135 lakh INR for 30 reps"
              + " over 3 days), ACCELERATION_SUMMIT (2.4 days of rep time lift 674,500 to"
              + " 2,436,761 USD)",
          "Lost selling time is the largest and least tracked cost of a kickoff: every day reps"
              + " spend out of the field is quota time. A budget of travel, venue and production"
              + " alone understates the cost several times over.",
          Severity.WARNING,
          WORKING_DAYS);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Optional<Budget> budget = plan.budget();
      if (budget.isEmpty()) {
        noBudget(findings, "it cannot show whether lost selling time is counted");
        return;
      }
      if (budget.get().countsSellingTime()) {
        return;
      }
      Optional<CostSummary> summary = summarize(plan, findings, WORKING_DAYS, true);
      if (summary.isEmpty()) {
        return;
      }
      CostSummary s = summary.get();
      String days = s.eventDays().stripTrailingZeros().toPlainString();
      Optional<Money> lost = s.lostSellingTime();
      RuleContext.FindingBuilder f;
      if (lost.isPresent()) {
        f =
            findings
                .finding(
                    BUDGET,
                    "The budget counts no lost selling time; "
                        + s.reps()
                        + " reps out of the field for "
                        + days
                        + (s.eventDays().compareTo(BigDecimal.ONE) == 0 ? " day" : " days")
                        + " lose "
                        + money(lost.get())
                        + " of quota time (monthly quota / "
                        + s.workingDaysPerMonth()
                        + " working days x "
                        + days
                        + (s.eventDays().compareTo(BigDecimal.ONE) == 0 ? " day)" : " days)"))
                .figure("lost-selling-time", lost.get().rounded())
                .remediation(
                    "Add a lost-selling-time item of "
                        + money(lost.get())
                        + " to the budget so the all-in cost is honest");
      } else {
        f =
            findings
                .finding(
                    BUDGET,
                    "The budget counts no lost selling time, and the plan gives no monthly quotas"
                        + " to estimate it from")
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

  /**
   * Reports hard and loaded (all-in) cost per rep beside ACCELERATION_SUMMIT's benchmarks, at INFO,
   * and warns when the hard cost per rep is above {@link #LIMIT}. The comparison is exact (before
   * rounding) and only between amounts of one currency: a budget in another currency than the limit
   * is reported, not compared.
   */
  static final class PerRep extends CatalogRule {
    static final RuleOption<Money> LIMIT =
        RuleOption.money(
            "limit",
            Money.of(4000, "USD"),
            "Hard cost per rep above which the kickoff is a costly off-site (BEHAVIOR_CHANGE_MODEL:"
                + " Bessemer, 4-7K USD per rep with no measurable Q1 return)");

    static final RuleOption<Money> BENCHMARK_HARD =
        RuleOption.money(
            "benchmark-hard",
            CostModel.BENCHMARK_HARD_COST_PER_REP,
            "Typical hard cost per rep (ACCELERATION_SUMMIT: SBI survey, 1,982 USD)");

    static final RuleOption<Money> BENCHMARK_LOADED =
        RuleOption.money(
            "benchmark-loaded",
            CostModel.BENCHMARK_LOADED_COST_PER_REP,
            "Typical cost per rep with reps' time (ACCELERATION_SUMMIT: SBI survey, 5,281 USD)");

    static final RuleOption<Integer> WORKING_DAYS = workingDays();

    static final RuleOption<Boolean> REPORT_FIGURES =
        RuleOption.of(
            "report-figures",
            Boolean.class,
            true,
            "Whether the rule reports the cost per rep at INFO when it is within the limit (and"
                + " says so when there is no budget); off, it only warns above the limit",
            v -> true,
            "true or false");

    PerRep() {
      super(
          "sko.cost.per-rep",
          "Cost per rep beside the benchmark, and within the limit",
          "ACCELERATION_SUMMIT (1,982 USD hard, 5,281 USD loaded per rep), BEHAVIOR_CHANGE_MODEL"
              + " (Bessemer: 4-7K USD per rep off-sites, no measurable Q1 return)",
          "What a kickoff costs per rep is the figure a revenue leader compares: companies spend"
              + " about 1,982 USD per rep in hard costs and up to 5,281 USD with the reps' time."
              + " Above 4,000 USD per rep the event looks like the destination off-sites that"
              + " show no measurable return in the first quarter.",
          Severity.INFO,
          EnumSet.of(Severity.WARNING),
          LIMIT,
          BENCHMARK_HARD,
          BENCHMARK_LOADED,
          WORKING_DAYS,
          REPORT_FIGURES);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      boolean figures = findings.option(REPORT_FIGURES);
      if (plan.budget().isEmpty()) {
        if (figures) {
          noBudget(findings, "it cannot compute the cost per rep");
        }
        return;
      }
      if (!figures && withinLimit(plan.budget().get(), plan, findings.option(LIMIT))) {
        return; // silent unless above the limit: decided without the cost summary
      }
      Optional<CostSummary> summary = summarize(plan, findings, WORKING_DAYS, figures);
      if (summary.isEmpty()) {
        return;
      }
      CostSummary s = summary.get();
      Money hard = s.hardCostPerRep().orElseThrow(); // present with a budget
      Optional<Money> loaded = s.loadedCostPerRep();
      Money limit = findings.option(LIMIT);
      Money benchmarkHard = findings.option(BENCHMARK_HARD);
      Money benchmarkLoaded = findings.option(BENCHMARK_LOADED);
      boolean comparable = hard.currency().equals(limit.currency());
      boolean above = comparable && hard.compareTo(limit) > 0;
      if (!above && !figures) {
        return;
      }
      StringBuilder message = new StringBuilder();
      message.append("The kickoff costs ").append(money(hard)).append(" per rep in hard costs");
      loaded.ifPresent(l -> message.append(" and ").append(money(l)).append(" loaded"));
      message.append(" (").append(s.reps()).append(" reps)");
      if (hard.currency().equals(benchmarkHard.currency())) {
        message
            .append("; the benchmark is ")
            .append(money(benchmarkHard))
            .append(" hard and ")
            .append(money(benchmarkLoaded))
            .append(" loaded");
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
          findings
              .finding(BUDGET, message.toString())
              .severity(above ? Severity.WARNING : Severity.INFO);
      if (above) {
        f.evidence(hard.rounded(), limit)
            .remediation(
                "Bring the hard cost per rep to "
                    + money(limit)
                    + " or less: a hub event instead of a destination, fewer nights, or a shorter"
                    + " event");
      }
      f.figure("hard-cost-per-rep", hard.rounded());
      loaded.ifPresent(l -> f.figure("loaded-cost-per-rep", l.rounded()));
      f.figure("benchmark-hard-cost-per-rep", benchmarkHard)
          .figure("benchmark-loaded-cost-per-rep", benchmarkLoaded)
          .figure("reps", s.reps())
          .report();
    }
  }

  /**
   * Reports, at INFO, the incremental attainment needed to break even: all-in cost over total
   * annual quota ({@link CostSummary#breakEvenAttainment()}), as the figure {@code
   * break-even-attainment} (a ratio: 0.005 is 0.5%).
   */
  static final class BreakEven extends CatalogRule {
    static final RuleOption<Integer> WORKING_DAYS = workingDays();

    BreakEven() {
      super(
          "sko.roi.break-even",
          "The attainment lift needed to break even",
          "BEHAVIOR_CHANGE_MODEL (500K all-in cost, 100 reps x 1M quota: 0.5% to break even)",
          "The honest return question is how much more of the annual quota the team must close"
              + " just to pay for the event, lost selling time included: a 500K kickoff for 100"
              + " reps carrying 1M each needs 0.5% more attainment before it returns anything.",
          Severity.INFO,
          WORKING_DAYS);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (plan.budget().isEmpty()) {
        noBudget(findings, "it cannot compute the attainment needed to break even");
        return;
      }
      Optional<CostSummary> summary = summarize(plan, findings, WORKING_DAYS, true);
      if (summary.isEmpty()) {
        return;
      }
      CostSummary s = summary.get();
      Optional<BigDecimal> ratio = s.breakEvenAttainment();
      if (ratio.isEmpty()) {
        findings
            .finding(
                BUDGET,
                "The plan gives no monthly quotas (or only zero ones), so the attainment needed"
                    + " to break even cannot be computed")
            .remediation(
                "Give each rep's monthly quota on the roster, or an average monthly quota in the"
                    + " budget")
            .report();
        return;
      }
      Money allIn = s.allInCost().orElseThrow(); // present when the ratio is
      Money annual = s.totalAnnualQuota().orElseThrow();
      findings
          .finding(
              BUDGET,
              "Breaking even on the all-in cost of "
                  + money(allIn)
                  + " needs "
                  + percent(ratio.get())
                  + " more attainment on the total annual quota of "
                  + money(annual))
          .figure("break-even-attainment", ratio.get())
          .figure("all-in-cost", allIn.rounded())
          .figure("total-annual-quota", annual.rounded())
          .report();
    }
  }
}
