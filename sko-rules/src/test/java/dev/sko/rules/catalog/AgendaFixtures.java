package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;

import dev.sko.core.AgendaDay;
import dev.sko.core.DayLength;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared helpers of the schedule, presentation and agenda rule tests: validate a plan against a
 * profile and pick one rule's findings; build agendas of a given length.
 */
final class AgendaFixtures {
  private AgendaFixtures() {}

  /** {@code halfDays} half days of agenda: full days, then a half day if the count is odd. */
  static List<AgendaDay> days(int halfDays) {
    List<AgendaDay> days = new ArrayList<>();
    for (int i = 0; i < halfDays / 2; i++) {
      days.add(AgendaDay.of(session("d" + i, SessionKind.WORKSHOP, 9, 0, 60)));
    }
    if (halfDays % 2 == 1) {
      days.add(
          AgendaDay.builder()
              .length(DayLength.HALF)
              .addSessions(session("half", SessionKind.WORKSHOP, 9, 0, 60))
              .build());
    }
    return days;
  }

  /** The minimal test plan with one full day holding {@code sessions}. */
  static KickoffPlan oneDay(Session... sessions) {
    return TestPlans.minimalBuilder().days(List.of(AgendaDay.of(sessions))).build();
  }
}
