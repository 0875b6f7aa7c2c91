package dev.sko.rules.catalog.duration;

import static dev.sko.rules.catalog.support.Plans.firstDayBeyond;
import static dev.sko.rules.catalog.support.Wording.halfDayNumber;
import static dev.sko.rules.catalog.support.Wording.number;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Estimates the deals that slip because of days beyond the baseline length: headcount x deals
 * slipped per rep per extra day x extra days (Bessemer via BEHAVIOR_CHANGE_MODEL). Silent when the
 * event is no longer than the baseline.
 */
public final class ExtraDayCost {
  private ExtraDayCost() {}

  /** Option {@code deals-per-rep-day}: its description gives the figure and its source. */
  public static final RuleOption<Double> DEALS_PER_REP_DAY =
      RuleOption.decimal(
          "deals-per-rep-day",
          1.4,
          0,
          100,
          "Deals slipped per rep per extra event day (BEHAVIOR_CHANGE_MODEL, Bessemer 2026:"
              + " 1.4)");

  /** Option {@code baseline-days}: its description gives the figure and its source. */
  public static final RuleOption<Double> BASELINE_DAYS =
      RuleOption.decimal(
          "baseline-days",
          2,
          0.5,
          30,
          "Days beyond which each day counts as extra (BEHAVIOR_CHANGE_MODEL, Bessemer 2026:"
              + " top-quartile SaaS sales orgs run kickoffs of 2 days or less)");

  /**
   * The rule {@code sko.duration.extra-day-cost}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.duration.extra-day-cost")
          .title("Estimates the deals slipped by days beyond the baseline days")
          .source("BEHAVIOR_CHANGE_MODEL (Bessemer 2026: 1.4 deals slipped per rep per extra day)")
          .rationale(
              "Days at the kickoff are days out of the field: Bessemer found that kickoffs of 3 days"
                  + " or more go with worse Q1 attainment, about 1.4 deals slipping per rep for every"
                  + " event day beyond two. The estimate multiplies the headcount (an upper bound"
                  + " when not every attendee sells) by that rate and the extra days, so the planner"
                  + " can weigh the extra day against its cost.")
          .defaultSeverity(Severity.INFO)
          .option(DEALS_PER_REP_DAY)
          .option(BASELINE_DAYS)
          .check(ExtraDayCost::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    double baseline = review.option(BASELINE_DAYS);
    int eventHalfDays = review.index().eventHalfDays();
    // Exact in binary (half days and twice a double), so the clean case needs no BigDecimal: a
    // multiple of one half is above the baseline's decimal exactly when it is above its double.
    if (eventHalfDays <= 2 * baseline) {
      return;
    }
    BigDecimal extraDays =
        BigDecimal.valueOf(eventHalfDays)
            .divide(BigDecimal.valueOf(2))
            .subtract(BigDecimal.valueOf(baseline));
    if (extraDays.signum() <= 0) {
      return;
    }
    double rate = review.option(DEALS_PER_REP_DAY);
    BigDecimal slipped =
        BigDecimal.valueOf(plan.headcount()).multiply(BigDecimal.valueOf(rate)).multiply(extraDays);
    review
        .finding(
            firstDayBeyond(plan, (int) Math.floor(baseline * 2)),
            "The "
                + halfDayNumber(plan.eventHalfDays())
                + "-day event runs "
                + number(extraDays)
                + (extraDays.compareTo(BigDecimal.ONE) == 0 ? " day" : " days")
                + " longer than "
                + number(baseline)
                + " days; at "
                + number(BigDecimal.valueOf(rate))
                + " deals slipped per rep per extra day (Bessemer 2026), "
                + plan.headcount()
                + " attendees put about "
                + number(slipped.setScale(1, RoundingMode.HALF_UP))
                + " deals at risk")
        .figure("extra-days", extraDays.doubleValue())
        .figure("slipped-deals", slipped.doubleValue())
        .remediation(
            "Weigh the extra "
                + (extraDays.compareTo(BigDecimal.ONE) <= 0 ? "day" : "days")
                + " against about "
                + number(slipped.setScale(0, RoundingMode.HALF_UP))
                + " slipped deals, or fit the agenda into "
                + number(baseline)
                + " days")
        .report();
  }
}
