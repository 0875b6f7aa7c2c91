package dev.sko.rules.catalog.agenda;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** At least one win/loss review, deal clinic or customer interaction. */
public final class ExperientialLearning {
  private ExperientialLearning() {}

  /**
   * The rule {@code sko.agenda.experiential-learning}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.experiential-learning")
          .title("The agenda has experiential learning")
          .source(
              "ACCELERATION_SUMMIT (experiential learning: win/loss reviews, deal clinics, customer"
                  + " interactions)")
          .rationale(
              "ACCELERATION_SUMMIT replaces keynotes with experiential sessions, where reps work on"
                  + " real deals and real customers and so retain what they learn: win/loss reviews,"
                  + " deal clinics and customer interactions.")
          .defaultSeverity(Severity.INFO)
          .check(ExperientialLearning::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!review
        .index()
        .hasAny(
            SessionKind.WIN_LOSS_REVIEW,
            SessionKind.DEAL_CLINIC,
            SessionKind.CUSTOMER_INTERACTION)) {
      review
          .finding(
              Location.plan(),
              "The agenda has no experiential session: no win/loss review, deal clinic or"
                  + " customer interaction")
          .evidence(0, 1)
          .remediation(
              "Replace a keynote with a win/loss review of two wins and one loss, or deal"
                  + " clinics of 5-10 reps working on live opportunities")
          .report();
    }
  }
}
