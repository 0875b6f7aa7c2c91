package dev.sko.rules.catalog.agenda;

import static dev.sko.rules.catalog.support.Wording.hyphenated;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/**
 * An in-person or hybrid event has structured social time (a social session or a team activity);
 * silent for a virtual event.
 */
public final class SocialTime {
  private SocialTime() {}

  /**
   * The rule {@code sko.agenda.social-time}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.social-time")
          .title("An in-person event has structured social time")
          .source(
              "SKO_GUIDE (social and team building), B2B_SKO_GUIDE (build structured social time into"
                  + " the agenda)")
          .rationale(
              "Meeting in person is the chance to build the relationships that make peer coaching"
                  + " and knowledge sharing work for the rest of the year; an agenda that is all"
                  + " content misses it. A social session (dinner, activity) or a team activity"
                  + " counts; a meal break does not. Virtual events are not checked.")
          .defaultSeverity(Severity.WARNING)
          .check(SocialTime::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (!plan.format().meetsInPerson()
        || review.index().hasAny(SessionKind.SOCIAL_TIME, SessionKind.TEAM_GAME)) {
      return;
    }
    review
        .finding(
            Location.plan(),
            "The "
                + hyphenated(plan.format())
                + " event has no structured social time: no dinner, activity or other social"
                + " session")
        .evidence(0, 1)
        .remediation(
            "Add structured social time, such as a team dinner or a shared activity on the"
                + " first evening")
        .report();
  }
}
