package dev.sko.rules.catalog.metrics;

import static dev.sko.rules.catalog.support.Plans.METRIC_TARGETS;

import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.MetricTarget;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.List;

/** At least one target is a leading indicator (by {@link MetricTarget#effectiveIndicator()}). */
public final class LeadingIndicators {
  private LeadingIndicators() {}

  /**
   * The rule {@code sko.metrics.leading-indicators}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.metrics.leading-indicators")
          .title("At least one target is a leading indicator")
          .source("BEHAVIOR_CHANGE_MODEL (metric table: activity and skill metrics lead)")
          .rationale(
              "Attainment and pipeline move weeks after behaviour does; activity and skill metrics"
                  + " (dials, discovery calls, objection-handling scores, coaching sessions) move"
                  + " first and are what the day-30 review can actually see.")
          .defaultSeverity(Severity.INFO)
          .check(LeadingIndicators::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<MetricTarget> targets = plan.metricTargets();
    if (targets.isEmpty()) {
      return; // sko.metrics.defined reports a plan without targets
    }
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).effectiveIndicator() == IndicatorType.LEAD) {
        return;
      }
    }
    review
        .finding(
            METRIC_TARGETS,
            "None of the "
                + targets.size()
                + " metric targets is a leading indicator; mid and lagging metrics move too late"
                + " for a day-30 review")
        .evidence(0, 1)
        .remediation(
            "Add a leading target such as dials per rep per day, discovery calls booked per"
                + " week or an objection-handling score from recorded calls")
        .report();
  }
}
