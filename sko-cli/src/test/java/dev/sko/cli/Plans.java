package dev.sko.cli;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import java.util.List;

/**
 * The plan of the baseline tests, as a team's repository would hold it over three commits: today's
 * plan (with errors, one of them on an executive's session), the same sessions in another order,
 * and a version with one more executive session that runs too long.
 */
final class Plans {
  private Plans() {}

  static Session executive(String id, String title, int hour, int minutes) {
    return TestPlans.sessionBuilder(id, SessionKind.KEYNOTE, hour, 0, minutes)
        .title(title)
        .addPresenter(Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
        .build();
  }

  static Session workshop(String id, int hour) {
    return TestPlans.sessionBuilder(id, SessionKind.WORKSHOP, hour, 0, 45).build();
  }

  static KickoffPlan plan(Session... sessions) {
    return TestPlans.minimalBuilder().days(List.of(AgendaDay.of(sessions))).build();
  }

  /** Today's plan: the CEO's 50-minute talk breaks the executive limit. */
  static KickoffPlan today() {
    return plan(
        executive("d1-ceo", "FY27: where we are going", 9, 50),
        workshop("d1-discovery", 10),
        workshop("d1-objections", 11));
  }

  /** Today's sessions in another order, each with its own content. */
  static KickoffPlan reordered() {
    return plan(
        workshop("d1-objections", 9),
        workshop("d1-discovery", 10),
        executive("d1-ceo", "FY27: where we are going", 11, 50));
  }

  /** Today's plan and one more executive talk, 60 minutes long: a new error. */
  static KickoffPlan withNewViolation() {
    return plan(
        executive("d1-ceo", "FY27: where we are going", 9, 50),
        workshop("d1-discovery", 10),
        workshop("d1-objections", 11),
        executive("d9-late", "Closing: the year ahead", 14, 60));
  }
}
