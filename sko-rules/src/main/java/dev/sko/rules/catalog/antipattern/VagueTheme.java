package dev.sko.rules.catalog.antipattern;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Outcome;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A theme is backed by at least one measurable outcome: an outcome with a metric, or a metric
 * target. Silent when the plan has no theme.
 */
public final class VagueTheme {
  private VagueTheme() {}

  /**
   * The rule {@code sko.antipattern.vague-theme}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.vague-theme")
          .title("A theme is backed by a measurable outcome")
          .source("BEHAVIOR_CHANGE_MODEL (kill list: vague themes, not actionable, not measurable)")
          .rationale(
              "A slogan such as \"go for greatness\" is neither actionable nor measurable. A theme"
                  + " earns its place when at least one outcome has a metric, or the plan sets a"
                  + " metric target, so the theme points at something the team can move.")
          .defaultSeverity(Severity.INFO)
          .check(VagueTheme::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Optional<String> theme = plan.theme();
    if (theme.isEmpty()) {
      return;
    }
    if (!plan.metricTargets().isEmpty()) {
      return;
    }
    List<Outcome> outcomes = plan.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).metric().isPresent()) {
        return;
      }
    }
    review
        .finding(
            Location.of("theme"),
            "The theme \""
                + theme.get()
                + "\" is not backed by a measurable outcome: no outcome has a metric and no"
                + " metric target is set")
        .evidence(0, 1)
        .figure("theme", theme.get())
        .remediation(
            "Tie the theme to one of the event's outcomes with a metric (for example"
                + " discovery calls booked per week, from baseline to target), or drop it")
        .report();
  }
}
