package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/**
 * A reinforcement plan exists: at least one activity runs after the last event day. Every source
 * puts the lasting effect of a kickoff in what follows it.
 */
public final class PlanPresent {
  private PlanPresent() {}

  /**
   * The rule {@code sko.reinforcement.plan-present}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.plan-present")
          .title("A reinforcement plan with activities after the event exists")
          .source(
              "SKO_GUIDE (reinforcement for the 30 to 60 days after), B2B_SKO_GUIDE (forgotten"
                  + " within 2 weeks if not reinforced), ACCELERATION_SUMMIT (reinforcement is"
                  + " critical to ROI), BEHAVIOR_CHANGE_MODEL (Gong 2026 SKO research: 87% of the"
                  + " lift decays within 14 days unless reinforced)")
          .rationale(
              "Each of these sources asks for follow-through in its own words: SKO_GUIDE calls going"
                  + " back to business as usual the most common SKO failure and plans reinforcement"
                  + " for the 30 to 60 days after; B2B_SKO_GUIDE says most content is forgotten"
                  + " within 2 weeks if not reinforced; ACCELERATION_SUMMIT calls the reinforcement"
                  + " activities critical to ROI; BEHAVIOR_CHANGE_MODEL cites Gong 2026 SKO research"
                  + " that 87% of the behavioural lift decays within 14 days unless a manager"
                  + " coaching cadence reinforces it. A plan without any activity after the last"
                  + " event day has no follow-through.")
          .defaultSeverity(Severity.ERROR)
          .check(PlanPresent::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (followThrough(review).afterEvent() > 0) {
      return;
    }
    int listed = plan.reinforcement().size();
    String message =
        listed == 0
            ? "The plan has no reinforcement activity after the event; without follow-through"
                + " most of what reps learnt is forgotten within two weeks"
            : "None of the plan's "
                + listed
                + " reinforcement "
                + plural(listed, "activity runs", "activities run")
                + " after the last event day "
                + plan.lastEventDay()
                + "; without follow-through most of what reps learnt is forgotten within two weeks";
    review
        .finding(REINFORCEMENT, message)
        .evidence(0, 1)
        .remediation(
            "Plan the 30 days after the event: daily stand-ups in week 1, weekly manager 1:1s,"
                + " a bi-weekly call review and a behaviour review about day 30")
        .report();
  }
}
