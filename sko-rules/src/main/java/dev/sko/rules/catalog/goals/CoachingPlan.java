package dev.sko.rules.catalog.goals;

import static dev.sko.rules.catalog.support.Plans.carriesGoal;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Rep;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Each rep (managers and leaders excepted) leaves with a written coaching plan agreed with their
 * manager. Without a roster the rule says so once at INFO.
 */
public final class CoachingPlan {
  private CoachingPlan() {}

  /**
   * The rule {@code sko.goals.coaching-plan}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.goals.coaching-plan")
          .title("Each rep leaves with a written coaching plan agreed with their manager")
          .source(
              "BEHAVIOR_CHANGE_MODEL (a written coaching plan with the manager: signed, dated, stored"
                  + " in the CRM)")
          .rationale(
              "What the manager does after the event decides whether anything changes. A coaching"
                  + " plan written down and agreed at the event gives both the rep and the manager"
                  + " something to hold each other to. Managers and sales leaders on the roster are"
                  + " not counted. Without a roster the rule says once, at INFO, that it cannot"
                  + " check (a note no profile raises).")
          .defaultSeverity(Severity.INFO)
          .check(CoachingPlan::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (plan.roster().isEmpty()) {
      review
          .finding(
              Location.of("roster"),
              "The plan has no roster, so the rule cannot check that every rep has a written"
                  + " coaching plan agreed with their manager")
          .missingData()
          .remediation("Add the roster with each rep's coaching plan")
          .report();
      return;
    }
    List<Rep> roster = plan.roster();
    for (int i = 0; i < roster.size(); i++) {
      Rep rep = roster.get(i);
      if (!carriesGoal(rep) || rep.hasAgreedWrittenCoachingPlan()) {
        continue; // nothing to report: asked without an Optional
      }
      Optional<dev.sko.core.CoachingPlan> cp = rep.coachingPlan();
      String problem;
      if (cp.isEmpty()) {
        problem = "has no coaching plan";
      } else if (!cp.get().written() && !cp.get().agreedWithManager()) {
        problem = "has a coaching plan that is neither written down nor agreed with the manager";
      } else if (!cp.get().written()) {
        problem = "has a coaching plan that is not written down";
      } else if (!cp.get().agreedWithManager()) {
        problem = "has a coaching plan not agreed with the manager";
      } else {
        continue;
      }
      review
          .finding(
              Location.element("roster", i),
              rep.name()
                  + " "
                  + problem
                  + "; each rep should leave with a written coaching plan agreed with their"
                  + " manager")
          .evidence(false, true)
          .remediation(
              "Have "
                  + rep.name()
                  + " and "
                  + rep.manager().orElse("their manager")
                  + " write and sign a coaching plan at the event and store it on the rep's CRM"
                  + " record")
          .report();
    }
  }
}
