package dev.sko.rules.catalog.session;

import dev.sko.core.CustomerSentiment;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Customer sessions include promoters, neutrals and detractors. A customer session is a session of
 * a {@link SessionKind#isCustomerSession() customer kind} (customer story, customer interaction,
 * panel) that has customer presenters or a customer mix; a panel of employees only is not checked.
 */
public final class CustomerPanelBalance {
  private CustomerPanelBalance() {}

  /**
   * The rule {@code sko.session.customer-panel-balance}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.customer-panel-balance")
          .title("Customer sessions include promoters, neutrals and detractors")
          .source(
              "ACCELERATION_SUMMIT (customer interactions must include promoters, neutrals and"
                  + " detractors)")
          .rationale(
              "Market leaders do not need customers telling them how great they are; they want to"
                  + " hear how to get better. A customer session with only happy customers teaches"
                  + " little, so the mix should hold promoters, neutrals and detractors. A customer"
                  + " session whose mix is not given is reported as well: the planner picks the"
                  + " customers, so the plan should say who they are.")
          .defaultSeverity(Severity.INFO)
          .check(CustomerPanelBalance::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    if (balanced(facts)) {
      return; // decided without building the sets of missing sentiments
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      if (!isCustomerSession(s)) {
        continue;
      }
      Set<CustomerSentiment> missing = EnumSet.allOf(CustomerSentiment.class);
      missing.removeAll(s.customerMix());
      if (missing.isEmpty()) {
        continue;
      }
      String message =
          s.customerMix().isEmpty()
              ? "The customer session \""
                  + s.title()
                  + "\" does not say which customers take part; it should include promoters,"
                  + " neutrals and detractors"
              : "The customer session \""
                  + s.title()
                  + "\" has "
                  + words(s.customerMix())
                  + " but no "
                  + words(missing)
                  + "; it should include promoters, neutrals and detractors";
      review
          .finding(facts.location(i), message)
          .evidence(s.customerMix().size(), CustomerSentiment.values().length)
          .figure("missing", words(missing))
          .remediation(
              "Invite "
                  + words(missing)
                  + " as well, and have someone close to the field ask about the good, the bad"
                  + " and the ugly")
          .report();
    }
  }

  static boolean isCustomerSession(Session s) {
    return s.kind().isCustomerSession()
        && (!s.customerMix().isEmpty() || s.hasPresenter(PresenterRole.CUSTOMER));
  }

  private static String words(Set<CustomerSentiment> sentiments) {
    List<String> names = new ArrayList<>();
    for (CustomerSentiment c : CustomerSentiment.values()) {
      if (sentiments.contains(c)) {
        names.add(c.name().toLowerCase(Locale.ROOT) + "s");
      }
    }
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** Whether every customer session has every sentiment in its customer mix. */
  private static boolean balanced(PlanIndex facts) {
    for (SessionKind kind : KINDS) {
      if (!kind.isCustomerSession()) {
        continue;
      }
      for (int i = facts.first(kind); i >= 0; i = facts.next(i)) {
        Session s = facts.session(i);
        if (isCustomerSession(s) && s.customerMix().size() < SENTIMENTS) {
          return false;
        }
      }
    }
    return true;
  }

  private static final SessionKind[] KINDS = SessionKind.values();
  private static final int SENTIMENTS = CustomerSentiment.values().length;
}
