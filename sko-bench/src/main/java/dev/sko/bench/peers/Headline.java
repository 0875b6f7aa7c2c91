package dev.sko.bench.peers;

import dev.sko.core.AgendaDay;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.DurationGuidance;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The three headline rules as plain Java, with the catalogue's defaults (the standard duration
 * guidance, a 30-minute talk cap) and the catalogue's message texts, written once so that every
 * peer engine does the same work and reports the same findings. Each peer calls these from its own
 * rule form; the hand-written peer calls them directly.
 */
public final class Headline {
  private Headline() {}

  /** {@code sko.duration.team-size}. */
  public static final String TEAM_SIZE = "sko.duration.team-size";

  /** {@code sko.presentation.length-cap}. */
  public static final String LENGTH_CAP = "sko.presentation.length-cap";

  /** {@code sko.reinforcement.plan-present}. */
  public static final String PLAN_PRESENT = "sko.reinforcement.plan-present";

  /** The catalogue's default cap on talk time. */
  public static final Duration CAP = Duration.ofMinutes(30);

  private static final DurationGuidance GUIDANCE = DurationGuidance.standard();

  /** Receives a finding. */
  @FunctionalInterface
  public interface Sink {
    /** Reports a finding of {@code ruleId}. */
    void report(String ruleId, Severity severity, String path, String message);
  }

  /** Whether the event's length is outside the guidance for its headcount and format. */
  public static boolean teamSizeOff(KickoffPlan plan) {
    int halfDays = plan.eventHalfDays();
    DurationGuidance.Row row = GUIDANCE.rowFor(plan.format(), plan.headcount());
    return halfDays > row.maxHalfDays() || halfDays < row.minHalfDays();
  }

  /** Reports the event's length against the guidance for its headcount and format. */
  public static void teamSize(KickoffPlan plan, Sink sink) {
    int halfDays = plan.eventHalfDays();
    int headcount = plan.headcount();
    DurationGuidance.Row row = GUIDANCE.rowFor(plan.format(), headcount);
    Optional<DurationGuidance.HardLimit> hard = GUIDANCE.exceededHardLimit(halfDays, headcount);
    if (hard.isEmpty() && halfDays <= row.maxHalfDays() && halfDays >= row.minHalfDays()) {
      return;
    }
    String event =
        "The "
            + inWords(plan.format())
            + " event runs "
            + days(halfDays)
            + " for "
            + headcount
            + (headcount == 1 ? " person" : " people");
    if (hard.isPresent()) {
      DurationGuidance.HardLimit limit = hard.get();
      sink.report(
          TEAM_SIZE,
          Severity.ERROR,
          firstDayBeyond(plan, limit.maxHalfDays()),
          event
              + "; more than "
              + days(limit.maxHalfDays())
              + " "
              + headcounts(limit)
              + " is not justified (guidance for "
              + formatsInWords(row)
              + ", "
              + headcounts(row)
              + ": "
              + daysInWords(row)
              + ")");
    } else if (halfDays > row.maxHalfDays()) {
      sink.report(
          TEAM_SIZE,
          Severity.WARNING,
          firstDayBeyond(plan, row.maxHalfDays()),
          event + "; the guidance for " + describe(row) + " is " + daysInWords(row));
    } else {
      sink.report(
          TEAM_SIZE,
          Severity.WARNING,
          "",
          event
              + "; the guidance for "
              + describe(row)
              + " is "
              + daysInWords(row)
              + ", so the agenda is likely too short for strategy, practice and social time");
    }
  }

  /** Whether any presentation runs longer than the cap. */
  public static boolean anyOverCap(KickoffPlan plan) {
    for (AgendaDay day : plan.days()) {
      for (Session s : day.sessions()) {
        if (overCap(s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reports every presentation that runs longer than the cap. */
  public static void lengthCap(KickoffPlan plan, Sink sink) {
    List<AgendaDay> days = plan.days();
    for (int d = 0; d < days.size(); d++) {
      List<Session> sessions = days.get(d).sessions();
      for (int i = 0; i < sessions.size(); i++) {
        Session s = sessions.get(i);
        if (overCap(s)) {
          sink.report(
              LENGTH_CAP,
              Severity.WARNING,
              "days[" + d + "].sessions[" + i + "]",
              "\""
                  + s.title()
                  + "\" runs "
                  + s.talkTime().toMinutes()
                  + " min of talk; presentations are capped at "
                  + CAP.toMinutes()
                  + " min (Q&A not counted)");
        }
      }
    }
  }

  private static boolean overCap(Session s) {
    return s.format() == SessionFormat.PRESENTATION && s.talkTime().compareTo(CAP) > 0;
  }

  /** Whether no reinforcement activity runs after the last event day. */
  public static boolean noFollowThrough(KickoffPlan plan) {
    RelativeDay last = plan.lastEventDay();
    for (ReinforcementActivity a : plan.reinforcement()) {
      if (a.lastDay().isAfter(last)) {
        return false;
      }
    }
    return true;
  }

  /** Reports a plan without reinforcement after the event. */
  public static void planPresent(KickoffPlan plan, Sink sink) {
    if (!noFollowThrough(plan)) {
      return;
    }
    int listed = plan.reinforcement().size();
    sink.report(
        PLAN_PRESENT,
        Severity.ERROR,
        "reinforcement",
        listed == 0
            ? "The plan has no reinforcement activity after the event; without follow-through"
                + " most of what reps learnt is forgotten within two weeks"
            : "None of the plan's "
                + listed
                + " reinforcement "
                + (listed == 1 ? "activity runs" : "activities run")
                + " after the last event day "
                + plan.lastEventDay()
                + "; without follow-through most of what reps learnt is forgotten within two weeks");
  }

  private static String firstDayBeyond(KickoffPlan plan, int halfDays) {
    int sum = 0;
    for (int d = 0; d < plan.days().size(); d++) {
      sum += plan.days().get(d).length().halfDays();
      if (sum > halfDays) {
        return "days[" + d + "]";
      }
    }
    return "";
  }

  private static String describe(DurationGuidance.Row row) {
    return formatsInWords(row) + " events of " + headcounts(row);
  }

  private static String headcounts(DurationGuidance.Row row) {
    if (row.maxHeadcount() == DurationGuidance.NO_MAXIMUM) {
      return row.minHeadcount() == 1 ? "any headcount" : row.minHeadcount() + "+ people";
    }
    return row.minHeadcount() == row.maxHeadcount()
        ? row.minHeadcount() + " people"
        : row.minHeadcount() + "-" + row.maxHeadcount() + " people";
  }

  private static String headcounts(DurationGuidance.HardLimit limit) {
    return limit.belowHeadcount() == DurationGuidance.NO_MAXIMUM
        ? "at any headcount"
        : "below " + limit.belowHeadcount() + " people";
  }

  private static String formatsInWords(DurationGuidance.Row row) {
    if (row.formats().size() == EventFormat.values().length) {
      return "any format";
    }
    StringJoiner words = new StringJoiner(" or ");
    row.formats().forEach(f -> words.add(inWords(f)));
    return words.toString();
  }

  private static String daysInWords(DurationGuidance.Row row) {
    return row.minHalfDays() == row.maxHalfDays()
        ? days(row.minHalfDays())
        : number(row.minHalfDays()) + "-" + number(row.maxHalfDays()) + " days";
  }

  private static String inWords(EventFormat format) {
    return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String number(int halfDays) {
    return halfDays % 2 == 0 ? String.valueOf(halfDays / 2) : (halfDays / 2) + ".5";
  }

  private static String days(int halfDays) {
    return number(halfDays) + (halfDays == 2 ? " day" : " days");
  }
}
