package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/** Event length and schedule: CATALOGUE.md "Event length and schedule". */
final class ScheduleRules {
  private ScheduleRules() {}

  /** {@code sko.duration.team-size}. */
  static final Rule TEAM_SIZE = new TeamSize();

  /** {@code sko.duration.extra-day-cost}. */
  static final Rule EXTRA_DAY_COST = new ExtraDayCost();

  /** {@code sko.agenda.overlap}. */
  static final Rule AGENDA_OVERLAP = new AgendaOverlap();

  static void register(Registry r) {
    r.add(TEAM_SIZE)
        .in(RECOMMENDED)
        .in(CLASSIC)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .option(BEHAVIOR_CHANGE, TeamSize.GUIDANCE.key(), DurationGuidance.behaviorChange())
        .in(ACCELERATION_SUMMIT);
    r.add(EXTRA_DAY_COST)
        .in(RECOMMENDED, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(AGENDA_OVERLAP)
        .in(RECOMMENDED, Severity.ERROR)
        .in(CLASSIC, Severity.ERROR)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.ERROR);
  }

  /**
   * The event's length in days lies within the range {@link DurationGuidance} gives for its
   * headcount and format. Above the range is a WARNING, above a hard limit an ERROR; below the
   * range is a WARNING too, since the sources give a range ("2 days for 10-30 people"), not only a
   * ceiling.
   */
  static final class TeamSize extends CatalogRule {
    static final RuleOption<DurationGuidance> GUIDANCE =
        RuleOption.of(
            "guidance",
            DurationGuidance.class,
            DurationGuidance.standard(),
            "Days by headcount and format (SKO_GUIDE: 2-3 days, 1.5 under 20, 3-4 above 200;"
                + " B2B_SKO_GUIDE: 2 days for 10-30, 3 for 30-100, 4+ only at 500+, virtual half"
                + " or 1 day); behaviorChange uses DurationGuidance.behaviorChange()"
                + " (BEHAVIOR_CHANGE_MODEL: 2 days max)",
            g -> true,
            "a DurationGuidance");

    TeamSize() {
      super(
          "sko.duration.team-size",
          "The event's length fits its headcount and format",
          "SKO_GUIDE (2-3 days; 1.5 under 20; 3-4 above 200), B2B_SKO_GUIDE (2 days for 10-30;"
              + " 4+ only at 500+; virtual half or 1 day); behaviorChange: BEHAVIOR_CHANGE_MODEL"
              + " (Bessemer: 2 days max)",
          "Every extra day costs selling time and attention: day 3 of a slide-heavy kickoff gives"
              + " diminishing returns, and more than 4 days is rarely justified below 500 people."
              + " A team also needs enough time for strategy, practice and social time, so the"
              + " guidance is a range: running longer than the range warns (an error above the"
              + " hard limit), and running shorter than the range warns as well, since the"
              + " sources advise that length for that team. The table is the option"
              + " \"guidance\"; replace it with your own DurationGuidance.",
          Severity.WARNING,
          EnumSet.of(Severity.WARNING, Severity.ERROR),
          GUIDANCE);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      DurationGuidance guidance = findings.option(GUIDANCE);
      int halfDays = plan.eventHalfDays();
      int headcount = plan.headcount();
      DurationGuidance.Row row = guidance.rowFor(plan.format(), headcount);
      if (halfDays <= row.maxHalfDays()
          && halfDays >= row.minHalfDays()
          && !guidance.exceedsHardLimit(halfDays, headcount)) {
        return; // within the guidance: no message is built
      }
      String event =
          "The "
              + DurationGuidance.inWords(plan.format())
              + " event runs "
              + DurationGuidance.days(halfDays)
              + " for "
              + headcount
              + (headcount == 1 ? " person" : " people");
      Optional<DurationGuidance.HardLimit> hard = guidance.exceededHardLimit(halfDays, headcount);
      if (hard.isPresent()) {
        DurationGuidance.HardLimit limit = hard.get();
        findings
            .finding(
                firstDayBeyond(plan, limit.maxHalfDays()),
                event
                    + "; more than "
                    + DurationGuidance.days(limit.maxHalfDays())
                    + " "
                    + limit.headcounts()
                    + " is not justified (guidance for "
                    + row.formatsInWords()
                    + ", "
                    + row.headcounts()
                    + ": "
                    + row.daysInWords()
                    + ")")
            .severity(Severity.ERROR)
            .evidence(halfDays / 2.0, limit.maxDays())
            .figure("min-days", row.minDays())
            .figure("max-days", row.maxDays())
            .remediation(cut(row))
            .report();
      } else if (halfDays > row.maxHalfDays()) {
        findings
            .finding(
                firstDayBeyond(plan, row.maxHalfDays()),
                event + "; the guidance for " + describe(row) + " is " + row.daysInWords())
            .severity(Severity.WARNING)
            .evidence(halfDays / 2.0, row.maxDays())
            .figure("min-days", row.minDays())
            .figure("max-days", row.maxDays())
            .remediation(cut(row))
            .report();
      } else if (halfDays < row.minHalfDays()) {
        findings
            .finding(
                Location.plan(),
                event
                    + "; the guidance for "
                    + describe(row)
                    + " is "
                    + row.daysInWords()
                    + ", so the agenda is likely too short for strategy, practice and social time")
            .severity(Severity.WARNING)
            .evidence(halfDays / 2.0, row.minDays())
            .figure("min-days", row.minDays())
            .figure("max-days", row.maxDays())
            .remediation(
                "Plan at least "
                    + DurationGuidance.days(row.minHalfDays())
                    + ", or keep the shorter event on purpose (tightly focused content, pre-work"
                    + " for the rest) and waive this finding")
            .report();
      }
    }

    private static String describe(DurationGuidance.Row row) {
      return row.formatsInWords() + " events of " + row.headcounts();
    }

    private static String cut(DurationGuidance.Row row) {
      return "Cut the event to at most "
          + DurationGuidance.days(row.maxHalfDays())
          + ": pre-record product and strategy content and keep live time for practice";
    }
  }

  /** The first day at which the event's cumulative length passes {@code halfDays}. */
  static Location firstDayBeyond(KickoffPlan plan, int halfDays) {
    int sum = 0;
    for (int d = 0; d < plan.days().size(); d++) {
      sum += plan.days().get(d).length().halfDays();
      if (sum > halfDays) {
        return Location.day(d);
      }
    }
    return Location.plan();
  }

  /**
   * Estimates the deals that slip because of days beyond the baseline length: headcount x deals
   * slipped per rep per extra day x extra days (Bessemer via BEHAVIOR_CHANGE_MODEL). Silent when
   * the event is no longer than the baseline.
   */
  static final class ExtraDayCost extends CatalogRule {
    static final RuleOption<Double> DEALS_PER_REP_DAY =
        RuleOption.decimal(
            "deals-per-rep-day",
            1.4,
            0,
            100,
            "Deals slipped per rep per extra event day (BEHAVIOR_CHANGE_MODEL, Bessemer 2026:"
                + " 1.4)");
    static final RuleOption<Double> BASELINE_DAYS =
        RuleOption.decimal(
            "baseline-days",
            2,
            0.5,
            30,
            "Days beyond which each day counts as extra (BEHAVIOR_CHANGE_MODEL, Bessemer 2026:"
                + " top-quartile SaaS sales orgs run kickoffs of 2 days or less)");

    ExtraDayCost() {
      super(
          "sko.duration.extra-day-cost",
          "Estimates the deals slipped by days beyond two",
          "BEHAVIOR_CHANGE_MODEL (Bessemer 2026: 1.4 deals slipped per rep per extra day)",
          "Days at the kickoff are days out of the field: Bessemer found that kickoffs of 3 days"
              + " or more go with worse Q1 attainment, about 1.4 deals slipping per rep for every"
              + " event day beyond two. The estimate multiplies the headcount (an upper bound"
              + " when not every attendee sells) by that rate and the extra days, so the planner"
              + " can weigh the extra day against its cost.",
          Severity.INFO,
          DEALS_PER_REP_DAY,
          BASELINE_DAYS);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      double baseline = findings.option(BASELINE_DAYS);
      BigDecimal extraDays =
          BigDecimal.valueOf(plan.eventHalfDays())
              .divide(BigDecimal.valueOf(2))
              .subtract(BigDecimal.valueOf(baseline));
      if (extraDays.signum() <= 0) {
        return;
      }
      double rate = findings.option(DEALS_PER_REP_DAY);
      BigDecimal slipped =
          BigDecimal.valueOf(plan.headcount())
              .multiply(BigDecimal.valueOf(rate))
              .multiply(extraDays);
      findings
          .finding(
              firstDayBeyond(plan, (int) Math.floor(baseline * 2)),
              "The "
                  + DurationGuidance.number(plan.eventHalfDays())
                  + "-day event runs "
                  + plain(extraDays)
                  + (extraDays.compareTo(BigDecimal.ONE) == 0 ? " day" : " days")
                  + " longer than "
                  + plain(BigDecimal.valueOf(baseline))
                  + " days; at "
                  + plain(BigDecimal.valueOf(rate))
                  + " deals slipped per rep per extra day, "
                  + plan.headcount()
                  + " attendees put about "
                  + plain(slipped.setScale(1, RoundingMode.HALF_UP))
                  + " deals at risk")
          .figure("extra-days", extraDays.doubleValue())
          .figure("slipped-deals", slipped.doubleValue())
          .remediation(
              "Weigh the extra "
                  + (extraDays.compareTo(BigDecimal.ONE) <= 0 ? "day" : "days")
                  + " against about "
                  + plain(slipped.setScale(0, RoundingMode.HALF_UP))
                  + " slipped deals, or fit the agenda into "
                  + plain(BigDecimal.valueOf(baseline))
                  + " days")
          .report();
    }

    private static String plain(BigDecimal value) {
      return value.stripTrailingZeros().toPlainString();
    }
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

    /** Running sessions, the one that ends first at the head. */
    private static final Comparator<LocatedSession> BY_END =
        Comparator.comparingInt((LocatedSession s) -> s.session().endMinute());

    /**
     * A sweep over the day's sessions by start time, keeping the sessions still running in two
     * queues ordered by end time, so that dropping the ended ones costs only what they are. Two
     * breakouts never conflict (parallel tracks), so a breakout is compared only with the running
     * plenary sessions: a day of many parallel breakouts costs about what its sessions cost, not
     * their square.
     */
    private static void checkDay(List<LocatedSession> day, RuleContext findings) {
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
        report(current, plenary, findings);
        if (!breakout) {
          report(current, breakouts, findings);
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
        LocatedSession current, Collection<LocatedSession> running, RuleContext findings) {
      Session s = current.session();
      for (LocatedSession earlier : running) {
        Session e = earlier.session();
        if (!e.audience().overlaps(s.audience())) {
          continue;
        }
        int overlap = Math.min(s.endMinute(), e.endMinute()) - s.startMinute();
        findings
            .finding(
                current.location(),
                "\""
                    + s.title()
                    + "\" ("
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
}
