package dev.sko.rules.catalog.goals;

import static dev.sko.rules.catalog.support.Plans.carriesGoal;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Rep;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * Q1 goals are set per rep: every rep on the roster (managers and leaders excepted) has a Q1 goal.
 * Without a roster the rule says so once at INFO (a note no profile raises).
 */
public final class RepSpecific {
  private RepSpecific() {}

  /** Option {@code pipeline-lift}: its description gives the figure and its source. */
  public static final RuleOption<Double> PIPELINE_LIFT =
      RuleOption.percentage(
          "pipeline-lift",
          0.23,
          "Pipeline lift of reps with their own Q1 goals, cited in the finding"
              + " (BEHAVIOR_CHANGE_MODEL, Force Management 2026: 23% more pipeline)");

  /** Option {@code pipeline-day}: its description gives the figure and its source. */
  public static final RuleOption<Integer> PIPELINE_DAY =
      RuleOption.integer(
          "pipeline-day",
          60,
          1,
          365,
          "The day by which that lift is measured, cited in the finding (BEHAVIOR_CHANGE_MODEL,"
              + " Force Management 2026: by day 60)");

  /**
   * The rule {@code sko.goals.rep-specific}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.goals.rep-specific")
          .title("Q1 goals are set per rep, not per team")
          .source(
              "BEHAVIOR_CHANGE_MODEL (Force Management 2026: rep-specific Q1 goals, 23% more"
                  + " pipeline by day 60)")
          .rationale(
              "A team goal belongs to nobody. Force Management found that reps who set their own Q1"
                  + " goal at the kickoff close 23% more pipeline by day 60 and slip fewer close"
                  + " dates. Every rep on the roster should leave with a Q1 goal of their own;"
                  + " managers and sales leaders are not counted, they commit to coaching instead."
                  + " Without a roster the rule says once, at INFO, that it cannot check (a note no profile raises).")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.INFO)
          .option(PIPELINE_LIFT)
          .option(PIPELINE_DAY)
          .check(RepSpecific::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (plan.roster().isEmpty()) {
      String evidence = evidence(review);
      review
          .finding(
              Location.of("roster"),
              "The plan has no roster, so the rule cannot check that every rep has a Q1 goal of"
                  + " their own ("
                  + evidence
                  + ")")
          .missingData()
          .figure("pipeline-lift", review.option(PIPELINE_LIFT))
          .figure("pipeline-day", review.option(PIPELINE_DAY))
          .remediation("Add the roster with each rep's Q1 goal")
          .report();
      return;
    }
    List<Rep> roster = plan.roster();
    for (int i = 0; i < roster.size(); i++) {
      Rep rep = roster.get(i);
      if (!carriesGoal(rep) || rep.hasQ1Goal()) {
        continue;
      }
      String evidence = evidence(review);
      review
          .finding(
              Location.element("roster", i),
              rep.name() + " has no Q1 goal of their own; " + evidence)
          .evidence(false, true)
          .figure("pipeline-lift", review.option(PIPELINE_LIFT))
          .figure("pipeline-day", review.option(PIPELINE_DAY))
          .remediation(
              "Have "
                  + rep.name()
                  + " set a personal Q1 goal with their manager at the event, not only a team"
                  + " goal")
          .report();
    }
  }

  /** The benchmark the findings cite, written only when a finding needs it. */
  private static String evidence(RuleContext review) {
    return "per the Force Management 2026 benchmark, reps with their own Q1 goal close "
        + PIPELINE_LIFT.format(review.option(PIPELINE_LIFT))
        + " more pipeline by day "
        + review.option(PIPELINE_DAY);
  }
}
