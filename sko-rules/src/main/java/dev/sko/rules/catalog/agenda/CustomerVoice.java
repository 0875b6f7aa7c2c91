package dev.sko.rules.catalog.agenda;

import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/**
 * The agenda brings in the customer's voice: a customer story, a panel with customers, a customer
 * interaction session, or any session a customer presents.
 */
public final class CustomerVoice {
  private CustomerVoice() {}

  /**
   * The rule {@code sko.agenda.customer-voice}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.customer-voice")
          .title("Customers are heard at the kickoff")
          .source(
              "SKO_GUIDE (panel discussions and customer stories), ACCELERATION_SUMMIT (customer"
                  + " interactions)")
          .rationale(
              "Hearing from customers directly grounds the team in what buyers value and, with"
                  + " ACCELERATION_SUMMIT's promoters, neutrals and detractors, in how to get better."
                  + " A customer story, a panel with customers on it, a customer interaction session"
                  + " or any session a customer presents counts.")
          .defaultSeverity(Severity.INFO)
          .check(CustomerVoice::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!heard(review.index())) {
      review
          .finding(
              Location.plan(),
              "No session brings in customers: the agenda has no customer story, panel with"
                  + " customers or customer interaction")
          .evidence(0, 1)
          .remediation(
              "Add a customer story or a customer panel, ideally an interactive session where"
                  + " reps ask customers about the good, the bad and the ugly")
          .report();
    }
  }

  /**
   * Whether any session {@linkplain #isCustomerVoice is a customer voice}, from the facts: only
   * panels need a look at their customer mix.
   */
  private static boolean heard(PlanIndex facts) {
    if (facts.hasAny(SessionKind.CUSTOMER_STORY, SessionKind.CUSTOMER_INTERACTION)
        || facts.hasPresenter(PresenterRole.CUSTOMER)) {
      return true;
    }
    for (int i = facts.first(SessionKind.PANEL); i >= 0; i = facts.next(i)) {
      if (isCustomerVoice(facts.session(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isCustomerVoice(Session s) {
    return s.kind() == SessionKind.CUSTOMER_STORY
        || s.kind() == SessionKind.CUSTOMER_INTERACTION
        || (s.kind() == SessionKind.PANEL && !s.customerMix().isEmpty())
        || s.hasPresenter(PresenterRole.CUSTOMER);
  }
}
