package dev.sko.rules.catalog.metrics;

import static dev.sko.rules.catalog.support.Plans.METRIC_TARGETS;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** At least one metric target is set. */
public final class Defined {
  private Defined() {}

  /**
   * The rule {@code sko.metrics.defined}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.metrics.defined")
          .title("At least one metric target is set")
          .source(
              "BEHAVIOR_CHANGE_MODEL (metric table: baseline, target, owner, lead/lag; \"if you"
                  + " do not measure behavior change 30 days post-kickoff, you did not have a"
                  + " kickoff\")")
          .rationale(
              "A kickoff that names no metric with a baseline and a target cannot show that it"
                  + " changed anything; the metric table is what the day-30 review reads.")
          .defaultSeverity(Severity.WARNING)
          .check(Defined::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!plan.metricTargets().isEmpty()) {
      return;
    }
    review
        .finding(METRIC_TARGETS, "The plan sets no metric target, so nothing can show what changed")
        .evidence(0, 1)
        .remediation(
            "Add a metric table: for each behaviour, its pre-event baseline, its target at the"
                + " day-30 review, an owner and whether it leads or lags (e.g. dials per rep per"
                + " day 35 to 42, owned by each manager, leading)")
        .report();
  }
}
