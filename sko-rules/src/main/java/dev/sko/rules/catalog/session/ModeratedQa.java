package dev.sko.rules.catalog.session;

import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/**
 * Leadership Q&amp;A is moderated. Leadership Q&amp;A is a {@link SessionKind#QA} session, or a
 * session with an executive presenter and Q&amp;A time; its questions should be collected and
 * moderated ({@link QaStyle#MODERATED}), not taken at an open mic. A Q&amp;A session that says it
 * takes no questions is reported as well, since it does not say how questions are handled.
 */
public final class ModeratedQa {
  private ModeratedQa() {}

  /**
   * The rule {@code sko.session.moderated-qa}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.moderated-qa")
          .title("Leadership Q&A is moderated, not open mic")
          .source(
              "BEHAVIOR_CHANGE_MODEL (Q&A via a polling tool, not open mic; CEO open-mic Q&A is on"
                  + " the kill list)")
          .rationale(
              "An open microphone in front of the whole team tends to become an airing of"
                  + " grievances. Collecting questions through a polling tool, or taking them in small"
                  + " groups, lets leaders answer what matters to most people. Checked for Q&A"
                  + " sessions and for executive sessions with Q&A time.")
          .defaultSeverity(Severity.INFO)
          .check(ModeratedQa::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    if (!facts.hasAny(SessionKind.QA)
        && (!facts.hasPresenter(PresenterRole.EXECUTIVE) || onlyModerated(facts))) {
      return; // no Q&A session, and every Q&A that an executive could lead is moderated
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      boolean leadershipQa =
          s.kind() == SessionKind.QA || (s.isExecutiveLed() && !s.qaTime().isZero());
      if (!leadershipQa || s.qaStyle() == QaStyle.MODERATED) {
        continue;
      }
      String what = "The Q&A of " + quoted(s);
      String message =
          s.qaStyle() == QaStyle.OPEN_MIC
              ? what
                  + " is an open mic; leadership Q&A should be moderated, with questions"
                  + " collected in advance or through a polling tool"
              : what
                  + " does not say how questions are taken; leadership Q&A should be"
                  + " moderated, with questions collected in advance or through a polling"
                  + " tool";
      review
          .finding(facts.location(i), message)
          .evidence(s.qaStyle(), QaStyle.MODERATED)
          .remediation(
              "Collect questions through a polling tool with a moderator (set qaStyle"
                  + " MODERATED), or take them in small groups")
          .report();
    }
  }

  /** Whether every session with Q&amp;A time takes its questions moderated. */
  private static boolean onlyModerated(PlanIndex facts) {
    for (QaStyle style : STYLES) {
      if (style != QaStyle.MODERATED && facts.hasQa(style)) {
        return false;
      }
    }
    return true;
  }

  private static final QaStyle[] STYLES = QaStyle.values();
}
