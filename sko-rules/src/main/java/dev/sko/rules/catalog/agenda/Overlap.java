package dev.sko.rules.catalog.agenda;

import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * No two sessions for overlapping audiences overlap in time on the same day. Sessions that both run
 * in breakout rooms are parallel tracks (attendees are split or choose one) and may overlap. A
 * finding sits on the later session and names both in its evidence ({@code related}: the later
 * session, then the one it overlaps, each with its id and title), the minutes of overlap as the
 * actual value.
 */
public final class Overlap {
  private Overlap() {}

  /** The rule {@code sko.agenda.overlap}, declared with the public {@link Rule#builder(String)}. */
  public static final Rule RULE =
      Rule.builder("sko.agenda.overlap")
          .title("No two sessions for overlapping audiences overlap in time")
          .source("schedule integrity")
          .rationale(
              "An attendee cannot be in two places at once: two sessions on the same day whose times"
                  + " overlap and whose audiences share people make one of them unattended. Parallel"
                  + " breakout tracks (both sessions in breakout rooms) are allowed.")
          .defaultSeverity(Severity.ERROR)
          .check(Overlap::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    int days = plan.days().size();
    for (int d = 0; d < days; d++) {
      int from = facts.dayStart(d);
      int to = facts.dayStart(d + 1);
      if (to - from > 1 && !clean(facts, from, to)) {
        checkDay(facts.sessions().subList(from, to), review);
      }
    }
  }

  /**
   * Whether no two sessions of the day from {@code from} to {@code to} (exclusive) conflict,
   * decided without allocating for a day in start order (as agendas are written): a sweep keeps the
   * latest end of the plenary sessions and of the breakouts seen so far, and only a session that
   * starts before one of them ends is compared with the earlier sessions. False for a day out of
   * start order, which {@link #checkDay} then sorts.
   */
  private static boolean clean(PlanIndex facts, int from, int to) {
    int previousStart = Integer.MIN_VALUE;
    int plenaryEnd = Integer.MIN_VALUE;
    int breakoutEnd = Integer.MIN_VALUE;
    for (int c = from; c < to; c++) {
      Session s = facts.session(c);
      int start = s.startMinute();
      if (start < previousStart) {
        return false;
      }
      previousStart = start;
      boolean breakout = s.room() == RoomKind.BREAKOUT;
      if ((plenaryEnd > start || (!breakout && breakoutEnd > start))
          && conflictsWithEarlier(facts, from, c)) {
        return false;
      }
      if (breakout) {
        breakoutEnd = Math.max(breakoutEnd, s.endMinute());
      } else {
        plenaryEnd = Math.max(plenaryEnd, s.endMinute());
      }
    }
    return true;
  }

  /**
   * Whether session {@code c} conflicts with a session of its day before it (from {@code from}) as
   * {@link #checkDay} would report: still running at its start, not both breakouts, and for
   * audiences that overlap.
   */
  private static boolean conflictsWithEarlier(PlanIndex facts, int from, int c) {
    Session s = facts.session(c);
    int start = s.startMinute();
    boolean breakout = s.room() == RoomKind.BREAKOUT;
    for (int e = from; e < c; e++) {
      Session earlier = facts.session(e);
      if (earlier.endMinute() > start
          && !(breakout && earlier.room() == RoomKind.BREAKOUT)
          && earlier.audience().overlaps(s.audience())) {
        return true;
      }
    }
    return false;
  }

  /** Running sessions, the one that ends first at the head. */
  private static final Comparator<LocatedSession> BY_END =
      Comparator.comparingInt((LocatedSession s) -> s.session().endMinute());

  /**
   * A sweep over the day's sessions by start time, keeping the sessions still running in two queues
   * ordered by end time, so that dropping the ended ones costs only what they are. Two breakouts
   * never conflict (parallel tracks), so a breakout is compared only with the running plenary
   * sessions: a day of many parallel breakouts costs about what its sessions cost, not their
   * square.
   */
  private static void checkDay(List<LocatedSession> day, RuleContext review) {
    // Agenda order within the day by start, then position: sorted as primitive keys (start
    // minute, then index in the day), with no comparator call per comparison.
    long[] keys = new long[day.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((long) day.get(i).session().startMinute() << 32) | i;
    }
    Arrays.sort(keys);
    PriorityQueue<LocatedSession> plenary = new PriorityQueue<>(BY_END);
    PriorityQueue<LocatedSession> breakouts = new PriorityQueue<>(BY_END);
    for (long key : keys) {
      LocatedSession current = day.get((int) key);
      Session s = current.session();
      int start = s.startMinute();
      dropEnded(plenary, start);
      dropEnded(breakouts, start);
      boolean breakout = s.room() == RoomKind.BREAKOUT;
      report(current, plenary, review);
      if (!breakout) {
        report(current, breakouts, review);
      }
      (breakout ? breakouts : plenary).add(current);
    }
  }

  private static void dropEnded(PriorityQueue<LocatedSession> running, int minute) {
    while (!running.isEmpty() && running.peek().session().endMinute() <= minute) {
      running.poll();
    }
  }

  /** Reports {@code current} against each running session whose audience overlaps its own. */
  private static void report(
      LocatedSession current, Collection<LocatedSession> running, RuleContext review) {
    Session s = current.session();
    for (LocatedSession earlier : running) {
      Session e = earlier.session();
      if (!e.audience().overlaps(s.audience())) {
        continue;
      }
      int overlap = Math.min(s.endMinute(), e.endMinute()) - s.startMinute();
      review
          .finding(
              current.location(),
              quoted(s)
                  + " ("
                  + s.start()
                  + "-"
                  + minutes(s.endMinute())
                  + ") overlaps \""
                  + e.title()
                  + "\" ("
                  + e.start()
                  + "-"
                  + minutes(e.endMinute())
                  + ") by "
                  + overlap
                  + " min, and both are for "
                  + (s.audience().equals(e.audience())
                      ? s.audience()
                      : s.audience() + " and " + e.audience()))
          .evidence(overlap, 0)
          .related(current.location(), earlier.location())
          .remediation(
              "Move \""
                  + s.title()
                  + "\" to start at or after "
                  + minutes(e.endMinute())
                  + ", or give the two sessions audiences that do not overlap")
          .report();
    }
  }

  /** {@code 09:05}: hours and minutes of the day, two digits each. */
  private static String minutes(int minuteOfDay) {
    int h = minuteOfDay / 60 % 24;
    int m = minuteOfDay % 60;
    return new StringBuilder(5)
        .append((char) ('0' + h / 10))
        .append((char) ('0' + h % 10))
        .append(':')
        .append((char) ('0' + m / 10))
        .append((char) ('0' + m % 10))
        .toString();
  }
}
