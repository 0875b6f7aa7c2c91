package dev.sko.rules.catalog.session;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** Role plays and skill stations are recorded for later review. */
public final class RecordedRoleplay {
  private RecordedRoleplay() {}

  /**
   * The rule {@code sko.session.recorded-roleplay}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.recorded-roleplay")
          .title("Role plays and skill stations are recorded")
          .source("BEHAVIOR_CHANGE_MODEL (record every role play for call-review tools)")
          .rationale(
              "A recorded role play becomes coaching material: the manager and the rep can review it"
                  + " together after the event, as they would review a real call.")
          .defaultSeverity(Severity.INFO)
          .check(RecordedRoleplay::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    if (allRecorded(facts, SessionKind.ROLE_PLAY)
        && allRecorded(facts, SessionKind.SKILL_STATION)) {
      return;
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      boolean practice = s.kind() == SessionKind.ROLE_PLAY || s.kind() == SessionKind.SKILL_STATION;
      if (!practice || s.recorded()) {
        continue;
      }
      review
          .finding(
              facts.location(i),
              "The "
                  + (s.kind() == SessionKind.ROLE_PLAY ? "role play" : "skill station")
                  + " \""
                  + s.title()
                  + "\" is not recorded; record every role play so managers can review it"
                  + " with the rep")
          .evidence(false, true)
          .remediation(
              "Record the session and load the recordings into the call-review tool by tier")
          .report();
    }
  }

  /** Whether every session of {@code kind} is recorded. */
  private static boolean allRecorded(PlanIndex facts, SessionKind kind) {
    for (int i = facts.first(kind); i >= 0; i = facts.next(i)) {
      if (!facts.session(i).recorded()) {
        return false;
      }
    }
    return true;
  }
}
