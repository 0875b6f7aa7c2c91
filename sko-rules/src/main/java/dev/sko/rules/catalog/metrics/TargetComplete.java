package dev.sko.rules.catalog.metrics;

import static dev.sko.rules.catalog.support.Plans.metricTarget;

import dev.sko.core.KickoffPlan;
import dev.sko.core.MetricTarget;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Each target names an owner, an indicator type (lead, mid or lag) and a measurement day. The
 * indicator type is the target's own {@link MetricTarget#indicator()} or else its metric's ({@link
 * MetricTarget#effectiveIndicator()}): a {@code Metric} constant of BEHAVIOR_CHANGE_MODEL's table
 * carries the table's lead/lag column, so a target need not restate it. One finding per incomplete
 * target.
 */
public final class TargetComplete {
  private TargetComplete() {}

  /**
   * The rule {@code sko.metrics.target-complete}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.metrics.target-complete")
          .title("Each target has an owner, an indicator type and a measurement day")
          .source("BEHAVIOR_CHANGE_MODEL (metric table: owner and lead/lag for every row)")
          .rationale(
              "A target without an owner is nobody's job, a target without a measurement day is never"
                  + " read, and saying whether it leads or lags revenue decides how early it can"
                  + " tell whether the kickoff worked. The lead/lag type comes from the target or,"
                  + " when it does not restate it, from its metric: the metric table's rows carry"
                  + " it.")
          .defaultSeverity(Severity.WARNING)
          .check(TargetComplete::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<MetricTarget> targets = plan.metricTargets();
    for (int i = 0; i < targets.size(); i++) {
      MetricTarget t = targets.get(i);
      if (t.hasOwnerAndMeasurementDay()) {
        continue; // complete: no list of what is missing
      }
      List<String> missing = new ArrayList<>();
      if (t.owner().isEmpty()) {
        missing.add("owner");
      }
      if (t.measurementDay().isEmpty()) {
        missing.add("measurement day");
      }
      if (missing.isEmpty()) {
        continue;
      }
      review
          .finding(
              metricTarget(i),
              "The target for \""
                  + t.metric().name()
                  + "\" has no "
                  + String.join(", no ", missing)
                  + "; every target needs an owner, an indicator type and a measurement day")
          .figure("missing", missing.size())
          .figure("owner", t.owner().isPresent())
          .figure("indicator", t.effectiveIndicator())
          .figure("measurement-day", t.measurementDay().isPresent())
          .remediation(
              "Set the "
                  + String.join(" and ", missing)
                  + " of the \""
                  + t.metric().name()
                  + "\" target (e.g. owned by each manager, indicator type "
                  + t.effectiveIndicator()
                  + ", measured on day T+30)")
          .report();
    }
  }
}
