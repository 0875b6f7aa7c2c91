package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.MetricTarget;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Metric targets: CATALOGUE.md "Metric targets". The rules about the targets' shape stay silent
 * when the plan sets none; {@code sko.metrics.defined} reports that.
 */
final class MetricRules {
  private MetricRules() {}

  /** {@code sko.metrics.defined}. */
  static final Rule DEFINED = new Defined();

  /** {@code sko.metrics.target-complete}. */
  static final Rule TARGET_COMPLETE = new TargetComplete();

  /** {@code sko.metrics.leading-indicators}. */
  static final Rule LEADING_INDICATORS = new LeadingIndicators();

  static void register(Registry r) {
    r.add(DEFINED)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(TARGET_COMPLETE)
        .in(RECOMMENDED, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(LEADING_INDICATORS).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
  }

  /** The metric table as a whole. */
  static final Location TARGETS = Location.of("metricTargets");

  /** The location of metric target {@code index}. */
  static Location at(int index) {
    return Location.element("metricTargets", index);
  }

  /** At least one metric target is set. */
  static final class Defined extends CatalogRule {
    Defined() {
      super(
          "sko.metrics.defined",
          "At least one metric target is set",
          "BEHAVIOR_CHANGE_MODEL (metric table: baseline, target, owner, lead/lag),"
              + " ACCELERATION_SUMMIT (KPI dashboards)",
          "A kickoff that names no metric with a baseline and a target cannot show that it"
              + " changed anything; the metric table is what the day-30 review reads.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (!plan.metricTargets().isEmpty()) {
        return;
      }
      findings
          .finding(TARGETS, "The plan sets no metric target, so nothing can show what changed")
          .evidence(0, 1)
          .remediation(
              "Add a metric table: for each behaviour, its pre-event baseline, its target at the"
                  + " day-30 review, an owner and whether it leads or lags (e.g. dials per rep per"
                  + " day 35 to 42, owned by each manager, leading)")
          .report();
    }
  }

  /**
   * Each target names an owner, its indicator type explicitly (lead, mid or lag; {@link
   * MetricTarget#indicator()}, not the metric's default) and a measurement day. One finding per
   * incomplete target.
   */
  static final class TargetComplete extends CatalogRule {
    TargetComplete() {
      super(
          "sko.metrics.target-complete",
          "Each target has an owner, an indicator type and a measurement day",
          "BEHAVIOR_CHANGE_MODEL (metric table: owner and lead/lag for every row)",
          "A target without an owner is nobody's job, a target without a measurement day is never"
              + " read, and saying whether it leads or lags revenue decides how early it can"
              + " tell whether the kickoff worked.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<MetricTarget> targets = plan.metricTargets();
      for (int i = 0; i < targets.size(); i++) {
        MetricTarget t = targets.get(i);
        List<String> missing = new ArrayList<>();
        if (t.owner().isEmpty()) {
          missing.add("owner");
        }
        if (t.indicator().isEmpty()) {
          missing.add("indicator type");
        }
        if (t.measurementDay().isEmpty()) {
          missing.add("measurement day");
        }
        if (missing.isEmpty()) {
          continue;
        }
        findings
            .finding(
                at(i),
                "The target for \""
                    + t.metric().name()
                    + "\" has no "
                    + String.join(", no ", missing)
                    + "; every target needs an owner, an indicator type and a measurement day")
            .figure("missing", missing.size())
            .figure("owner", t.owner().isPresent())
            .figure("indicator", t.indicator().isPresent())
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

  /** At least one target is a leading indicator (by {@link MetricTarget#effectiveIndicator()}). */
  static final class LeadingIndicators extends CatalogRule {
    LeadingIndicators() {
      super(
          "sko.metrics.leading-indicators",
          "At least one target is a leading indicator",
          "BEHAVIOR_CHANGE_MODEL (metric table: activity and skill metrics lead)",
          "Attainment and pipeline move weeks after behaviour does; activity and skill metrics"
              + " (dials, discovery calls, objection-handling scores, coaching sessions) move"
              + " first and are what the day-30 review can actually see.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<MetricTarget> targets = plan.metricTargets();
      if (targets.isEmpty()) {
        return; // sko.metrics.defined reports a plan without targets
      }
      for (MetricTarget t : targets) {
        if (t.effectiveIndicator() == IndicatorType.LEAD) {
          return;
        }
      }
      findings
          .finding(
              TARGETS,
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
}
