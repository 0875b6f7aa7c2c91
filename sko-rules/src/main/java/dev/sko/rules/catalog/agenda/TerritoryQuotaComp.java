package dev.sko.rules.catalog.agenda;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** Territories, quotas and comp plans are delivered and reviewed at the event. */
public final class TerritoryQuotaComp {
  private TerritoryQuotaComp() {}

  /**
   * The rule {@code sko.agenda.territory-quota-comp}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.territory-quota-comp")
          .title("Territories, quotas and comp plans are delivered at the event")
          .source(
              "ACCELERATION_SUMMIT (deliver and review territories, quotas and comp plans before reps"
                  + " leave); behaviorChange: BEHAVIOR_CHANGE_MODEL (comp and territory changes"
                  + " confound the lift)")
          .rationale(
              "Reps need to know how they are measured from day one; leaving territories, quotas and"
                  + " compensation until mid Q1 is what ACCELERATION_SUMMIT calls a huge mistake. The"
                  + " agenda should hold a session where each rep gets and reviews them. Not every"
                  + " source agrees: BEHAVIOR_CHANGE_MODEL's event has no such session, and its bear"
                  + " case counts new comp plans and territory shifts among what confounds the"
                  + " attribution of post-kickoff lift, so the behaviour-change profile only"
                  + " informs.")
          .defaultSeverity(Severity.WARNING)
          .check(TerritoryQuotaComp::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!review.index().hasAny(SessionKind.TERRITORY_QUOTA_COMP)) {
      review
          .finding(
              Location.plan(),
              "No session delivers territories, quotas and comp plans; reps would leave without"
                  + " knowing how they are measured")
          .evidence(0, 1)
          .remediation(
              "Add a territory, quota and comp plan session where managers hand each rep their"
                  + " plan and review it with them before they leave")
          .report();
    }
  }
}
