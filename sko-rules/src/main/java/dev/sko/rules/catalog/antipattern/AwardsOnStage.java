package dev.sko.rules.catalog.antipattern;

import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** No top-performer awards during the event ({@link SessionKind#RECOGNITION} sessions). */
public final class AwardsOnStage {
  private AwardsOnStage() {}

  /**
   * The rule {@code sko.antipattern.awards-on-stage}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.awards-on-stage")
          .title("No top-performer awards during the event")
          .source(
              "BEHAVIOR_CHANGE_MODEL (kill list: top performer awards during the event; do them at a"
                  + " QBR)")
          .rationale(
              "Awards on stage celebrate the few and demoralise the roughly 80% who did not win,"
                  + " at the very event meant to lift them. BEHAVIOR_CHANGE_MODEL moves awards to a"
                  + " quarterly business review. Other profiles follow the classic guides, which"
                  + " celebrate top performers at the kickoff.")
          .defaultSeverity(Severity.WARNING)
          .check(AwardsOnStage::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    for (int i = facts.first(SessionKind.RECOGNITION); i >= 0; i = facts.next(i)) {
      Session s = facts.session(i);
      review
          .finding(
              facts.location(i),
              quoted(s)
                  + " hands out awards during the event; on-stage awards demoralise the"
                  + " reps who did not win")
          .actual(s.kind())
          .remediation(
              "Move the awards to a quarterly business review and give the slot to practice or"
                  + " peer war stories")
          .report();
    }
  }
}
