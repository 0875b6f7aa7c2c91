package dev.sko.rules.catalog.agenda;

import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.SessionFormat;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** At least one content session is taught by a peer rep or a top performer. */
public final class PeerTeaching {
  private PeerTeaching() {}

  /**
   * The rule {@code sko.agenda.peer-teaching}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.peer-teaching")
          .title("Peers or top performers teach at least one session")
          .source(
              "B2B_SKO_GUIDE (use top performers to teach), ACCELERATION_SUMMIT (deal clinics led by"
                  + " an A-player), BEHAVIOR_CHANGE_MODEL (peer war stories, not executives)")
          .rationale(
              "Top-performing reps carry tacit knowledge that formal training cannot replicate, and"
                  + " reps learn safely from peers in the trenches. At least one presentation or"
                  + " interactive session should have a peer rep or a top performer as presenter.")
          .defaultSeverity(Severity.WARNING)
          .check(PeerTeaching::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!taught(review.index())) {
      review
          .finding(
              Location.plan(),
              "No session is taught by a peer: no presentation or interactive session has a peer"
                  + " rep or a top performer as presenter")
          .evidence(0, 1)
          .remediation(
              "Have top performers teach: a session where they show how they run discovery or"
                  + " handle an objection, peer war stories (one won and one lost deal), or a"
                  + " deal clinic led by an A-player from another region")
          .report();
    }
  }

  /**
   * Whether a peer presents a content session ({@link
   * dev.sko.rules.catalog.support.Sessions#hasPeerPresenter}), from the facts' presenter roles by
   * format.
   */
  private static boolean taught(PlanIndex facts) {
    for (SessionFormat format : FORMATS) {
      if (!format.isContent()) {
        continue;
      }
      for (PresenterRole role : ROLES) {
        if (role.isPeer() && facts.hasPresenter(format, role)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final SessionFormat[] FORMATS = SessionFormat.values();
  private static final PresenterRole[] ROLES = PresenterRole.values();
}
