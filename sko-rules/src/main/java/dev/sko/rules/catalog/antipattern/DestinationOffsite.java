package dev.sko.rules.catalog.antipattern;

import static dev.sko.rules.catalog.support.Wording.halfDays;
import static dev.sko.rules.catalog.support.Wording.moneyShort;

import dev.sko.core.Budget;
import dev.sko.core.CostModel;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.VenueKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Costs;
import java.math.BigDecimal;

/**
 * No destination or resort off-site of {@code resort-days} days or more, nor hard cost per rep
 * above {@code max-hard-cost-per-rep}. The hard cost per rep is the budget's hard cost divided by
 * the reps carrying a quota ({@code CostModel.repCount}, the denominator of {@code
 * sko.cost.per-rep}); it is checked only when the plan has a budget and someone carries a quota. A
 * budget in another currency than the limit cannot be compared: the rule says so at INFO and never
 * converts.
 */
public final class DestinationOffsite {
  private DestinationOffsite() {}

  /** Option {@code resort-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> RESORT_DAYS =
      RuleOption.integer(
          "resort-days",
          3,
          1,
          30,
          "Event days from which a destination or resort off-site is on the kill list"
              + " (BEHAVIOR_CHANGE_MODEL: multi-day off-sites in Vegas/Cabo; Bessemer 2026: 3+"
              + " day events correlate with worse Q1 attainment)");

  /** Option {@code max-hard-cost-per-rep}: its description gives the figure and its source. */
  public static final RuleOption<Money> MAX_HARD_COST_PER_REP =
      RuleOption.money(
          "max-hard-cost-per-rep",
          Money.of(4_000, "USD"),
          "Highest hard cost per rep carrying quota (BEHAVIOR_CHANGE_MODEL, Bessemer 2026:"
              + " off-sites at 4-7K per rep all-in show no measurable Q1 ROI; the limit is the low"
              + " end)");

  /**
   * The rule {@code sko.antipattern.destination-offsite}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.destination-offsite")
          .title("No multi-day destination off-site, no hard cost above the per-rep limit")
          .source(
              "BEHAVIOR_CHANGE_MODEL (kill list: multi-day off-sites in Vegas/Cabo; Bessemer 2026:"
                  + " 4-7K per rep all-in, no measurable Q1 ROI)")
          .rationale(
              "A multi-day resort off-site costs 4,000 to 7,000 per rep all-in and shows no"
                  + " measurable Q1 return; the money buys more as coaching. The rule reports a"
                  + " destination resort for 3 days or more, and a hard cost per rep (the budget's"
                  + " hard cost over the reps carrying quota, as sko.cost.per-rep counts them)"
                  + " above the limit. The cost is checked only when the plan has a budget; a budget in another currency than the limit is not"
                  + " converted, the rule says at INFO that it cannot compare them (a note no profile raises).")
          .defaultSeverity(Severity.INFO)
          .option(RESORT_DAYS)
          .option(MAX_HARD_COST_PER_REP)
          .check(DestinationOffsite::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    int resortDays = review.option(RESORT_DAYS);
    if (plan.venue() == VenueKind.DESTINATION_RESORT && plan.eventHalfDays() >= resortDays * 2) {
      review
          .finding(
              Location.of("venue"),
              "The event runs "
                  + halfDays(plan.eventHalfDays())
                  + " at a destination resort; a resort off-site of "
                  + resortDays
                  + " days or more costs far more than it returns")
          .evidence(plan.eventDays(), resortDays)
          .remediation(
              "Hold the event in an office, a city hotel or regional hubs, and keep it to"
                  + " fewer than "
                  + resortDays
                  + " days")
          .report();
    }
    if (plan.budget().isPresent()) {
      checkCost(plan, plan.budget().get(), review);
    }
  }

  private static void checkCost(KickoffPlan plan, Budget budget, RuleContext review) {
    Money limit = review.option(MAX_HARD_COST_PER_REP);
    int reps = CostModel.repCount(plan);
    if (reps == 0) {
      return; // no one carries a quota: sko.cost.per-rep says so
    }
    if (Costs.withinLimit(budget, plan, limit)) {
      // Within the limit (or another currency, said below): hard cost <= limit x reps, decided
      // without the 34-digit division the per-rep figure needs.
      if (budget.currency().equals(limit.currency())) {
        return;
      }
    }
    Money perRep = budget.hardCost().dividedBy(reps);
    if (!perRep.currency().equals(limit.currency())) {
      review
          .finding(
              Location.of("budget"),
              "The hard cost per rep is "
                  + moneyShort(perRep.rounded())
                  + ", in another currency than the limit of "
                  + moneyShort(limit)
                  + "; the rule does not convert currencies, so it cannot compare them")
          .missingData()
          .figure("hard-cost-per-rep", perRep.rounded())
          .figure("limit", limit)
          .remediation(
              "Set the rule's option max-hard-cost-per-rep to a limit in "
                  + perRep.currency().getCurrencyCode())
          .report();
      return;
    }
    if (perRep.compareTo(limit) <= 0) {
      return;
    }
    review
        .finding(
            Location.of("budget"),
            "The hard cost per rep is "
                + moneyShort(perRep.rounded())
                + " ("
                + moneyShort(budget.hardCost())
                + " for "
                + reps
                + " reps carrying quota); the limit is "
                + moneyShort(limit))
        .evidence(perRep.rounded(), limit)
        .figure("hard-cost", budget.hardCost())
        .figure("reps", reps)
        .remediation(
            "Cut hard costs by about "
                + moneyShort(
                    Money.of(
                            budget
                                .hardCost()
                                .amount()
                                .subtract(limit.amount().multiply(BigDecimal.valueOf(reps))),
                            limit.currency())
                        .rounded())
                + ": a closer venue, fewer nights, regional hubs instead of global travel")
        .report();
  }
}
