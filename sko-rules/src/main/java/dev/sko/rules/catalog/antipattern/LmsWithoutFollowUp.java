package dev.sko.rules.catalog.antipattern;

import static dev.sko.rules.catalog.support.Activities.titled;
import static dev.sko.rules.catalog.support.Activities.when;

import dev.sko.core.ActivityKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities;
import java.util.List;

/** Courses assigned in a learning system after the event come with manager follow-up. */
public final class LmsWithoutFollowUp {
  private LmsWithoutFollowUp() {}

  /**
   * The rule {@code sko.antipattern.lms-without-follow-up}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.lms-without-follow-up")
          .title("Assigned courses after the event come with manager follow-up")
          .source(
              "BEHAVIOR_CHANGE_MODEL (kill list: LMS courses without manager follow-up; completion"
                  + " dies at week 2)")
          .rationale(
              "Generic courses assigned in a learning system after the event, with nobody following"
                  + " up, do not change behaviour: completion rates collapse by the second week. A"
                  + " course earns its place when managers pick it up in their coaching.")
          .defaultSeverity(Severity.WARNING)
          .check(LmsWithoutFollowUp::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<ReinforcementActivity> all = plan.reinforcement();
    for (int i = 0; i < all.size(); i++) {
      ReinforcementActivity a = all.get(i);
      if (a.kind() != ActivityKind.LMS_COURSE || a.managerFollowUp()) {
        continue;
      }
      review
          .finding(
              Activities.at(i),
              "The "
                  + titled(a)
                  + " assigned "
                  + when(a)
                  + " has no manager follow-up; completion of such courses dies by week 2")
          .evidence(false, true)
          .remediation(
              "Have managers follow up on the course in their weekly 1:1s (and mark the activity"
                  + " with manager follow-up), or drop it")
          .report();
    }
  }
}
