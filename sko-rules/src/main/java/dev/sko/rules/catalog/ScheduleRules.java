package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Event length and schedule: CATALOGUE.md "Event length and schedule". */
final class ScheduleRules {
  private ScheduleRules() {}

  /** {@code sko.agenda.overlap}. */
  static final Rule AGENDA_OVERLAP = new AgendaOverlap();

  static void register(Registry r) {
    r.add(AGENDA_OVERLAP)
        .in(RECOMMENDED, Severity.ERROR)
        .in(CLASSIC, Severity.ERROR)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.ERROR);
  }

  /**
   * No two sessions for overlapping audiences overlap in time on the same day. Sessions that both
   * run in breakout rooms are parallel tracks (attendees are split or choose one) and may overlap.
   */
  static final class AgendaOverlap extends CatalogRule {
    AgendaOverlap() {
      super(
          "sko.agenda.overlap",
          "No two sessions for overlapping audiences overlap in time",
          "schedule integrity",
          "An attendee cannot be in two places at once: two sessions on the same day whose times"
              + " overlap and whose audiences share people make one of them unattended. Parallel"
              + " breakout tracks (both sessions in breakout rooms) are allowed.",
          Severity.ERROR);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<LocatedSession> all = findings.index().sessions();
      int from = 0;
      while (from < all.size()) {
        int day = all.get(from).dayIndex();
        int to = from;
        while (to < all.size() && all.get(to).dayIndex() == day) {
          to++;
        }
        checkDay(all.subList(from, to), findings);
        from = to;
      }
    }

    private static void checkDay(List<LocatedSession> day, RuleContext findings) {
      List<LocatedSession> byStart = new ArrayList<>(day);
      byStart.sort(
          Comparator.comparingInt((LocatedSession s) -> s.session().startMinute())
              .thenComparingInt(LocatedSession::sessionIndex));
      List<LocatedSession> active = new ArrayList<>();
      for (LocatedSession current : byStart) {
        Session s = current.session();
        active.removeIf(a -> a.session().endMinute() <= s.startMinute());
        for (LocatedSession earlier : active) {
          Session e = earlier.session();
          boolean parallelTracks = e.room() == RoomKind.BREAKOUT && s.room() == RoomKind.BREAKOUT;
          if (!parallelTracks && e.audience().overlaps(s.audience())) {
            int overlap = Math.min(s.endMinute(), e.endMinute()) - s.startMinute();
            findings
                .finding(
                    current.location(),
                    String.format(
                        "\"%s\" (%s-%s) overlaps \"%s\" (%s-%s) by %d min, and both are for %s",
                        s.title(),
                        s.start(),
                        minutes(s.endMinute()),
                        e.title(),
                        e.start(),
                        minutes(e.endMinute()),
                        overlap,
                        s.audience().equals(e.audience())
                            ? s.audience()
                            : s.audience() + " and " + e.audience()))
                .evidence(overlap, 0)
                .remediation(
                    "Move \""
                        + s.title()
                        + "\" to start at or after "
                        + minutes(e.endMinute())
                        + ", or give the two sessions audiences that do not overlap")
                .report();
          }
        }
        active.add(current);
      }
    }

    private static String minutes(int minuteOfDay) {
      return String.format("%02d:%02d", minuteOfDay / 60 % 24, minuteOfDay % 60);
    }
  }
}
