package dev.sko.rules.catalog.antipattern;

import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;

/** No competitive team games ({@link SessionKind#TEAM_GAME}). */
public final class CompetitiveGames {
  private CompetitiveGames() {}

  /**
   * The rule {@code sko.antipattern.competitive-games}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.competitive-games")
          .title("No competitive team games")
          .source("BEHAVIOR_CHANGE_MODEL (kill list: competitive team games)")
          .rationale(
              "Competitive games build resentment among the bottom third of the team rather than"
                  + " culture: the people who most need the kickoff lose in front of their peers."
                  + " Structured social time without a scoreboard builds the same relationships.")
          .defaultSeverity(Severity.INFO)
          .check(CompetitiveGames::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    for (int i = facts.first(SessionKind.TEAM_GAME); i >= 0; i = facts.next(i)) {
      Session s = facts.session(i);
      review
          .finding(
              facts.location(i),
              quoted(s)
                  + " is a competitive team game; games with winners and losers breed"
                  + " resentment in the bottom third of the team")
          .actual(s.kind())
          .remediation(
              "Replace the game with structured social time without a scoreboard, such as a"
                  + " team dinner or a shared activity")
          .report();
    }
  }
}
