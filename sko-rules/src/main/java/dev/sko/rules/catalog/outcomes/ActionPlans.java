package dev.sko.rules.catalog.outcomes;

import static dev.sko.rules.catalog.support.Wording.and;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Outcome;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Each outcome has weekly, monthly and quarterly actions. */
public final class ActionPlans {
  private ActionPlans() {}

  /**
   * The rule {@code sko.outcomes.action-plans}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.outcomes.action-plans")
          .title("Each big bet has weekly, monthly and quarterly actions")
          .source(
              "ACCELERATION_SUMMIT (clear action plans on a weekly, monthly and quarterly basis)")
          .rationale(
              "A big bet turns into behaviour when everyone in the room knows what they do about it"
                  + " each week, each month and each quarter. An outcome without actions at every"
                  + " horizon stays a slogan.")
          .defaultSeverity(Severity.INFO)
          .check(ActionPlans::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<Outcome> outcomes = plan.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      if (!o.weeklyActions().isEmpty()
          && !o.monthlyActions().isEmpty()
          && !o.quarterlyActions().isEmpty()) {
        continue; // every horizon has actions: no list of what is missing
      }
      List<String> missing = new ArrayList<>();
      if (o.weeklyActions().isEmpty()) {
        missing.add("weekly");
      }
      if (o.monthlyActions().isEmpty()) {
        missing.add("monthly");
      }
      if (o.quarterlyActions().isEmpty()) {
        missing.add("quarterly");
      }
      if (missing.isEmpty()) {
        continue;
      }
      String gaps = and(missing);
      review
          .finding(
              Location.element("outcomes", i),
              "The outcome \""
                  + o.title()
                  + "\" has no "
                  + gaps
                  + " actions; each big bet needs weekly, monthly and quarterly actions")
          .evidence(3 - missing.size(), 3)
          .figure("missing", gaps)
          .remediation(
              "Write down what each rep and manager does about \""
                  + o.title()
                  + "\" every "
                  + and(
                      missing.stream().map(m -> m.replace("ly", "")).collect(Collectors.toList())))
          .report();
    }
  }
}
