package dev.sko.rules.catalog.presentation;

import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.util.List;

/**
 * A presentation-format session's talk time, Q&amp;A excluded, is at most the cap (SKO_GUIDE: 30
 * minutes; behaviorChange: BEHAVIOR_CHANGE_MODEL's 1 hour per main-room topic).
 */
public final class LengthCap {
  private LengthCap() {}

  /** Option {@code cap}: its description gives the figure and its source. */
  public static final RuleOption<Duration> CAP =
      RuleOption.duration(
          "cap",
          Duration.ofMinutes(30),
          "Longest talk time of a presentation, Q&A excluded (SKO_GUIDE: cap presentations at"
              + " 30 min; behaviorChange: 60 min, BEHAVIOR_CHANGE_MODEL's 1 hour max per"
              + " topic)");

  /** BEHAVIOR_CHANGE_MODEL: "1 hour max per topic" in the main room. */
  public static final Duration BEHAVIOR_CHANGE_CAP = Duration.ofMinutes(60);

  /**
   * The rule {@code sko.presentation.length-cap}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.presentation.length-cap")
          .title("Presentations stay within the talk-time cap")
          .source(
              "SKO_GUIDE (30-minute cap); behaviorChange: BEHAVIOR_CHANGE_MODEL (1 hour max per"
                  + " topic)")
          .rationale(
              "Attention fades long before a long deck ends, and every minute of talk is a minute"
                  + " not spent practising. The cap applies to the talk itself: Q&A time after it"
                  + " does not count, so a 30-minute talk with 15 minutes of questions is fine.")
          .defaultSeverity(Severity.WARNING)
          .option(CAP)
          .check(LengthCap::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration cap = review.option(CAP);
    // An indexed walk of the plan's own lists: the one question needs no fact sheet, and the walk
    // knows each session's day and position, so a finding's location costs no search.
    List<AgendaDay> days = plan.days();
    for (int d = 0; d < days.size(); d++) {
      List<Session> sessions = days.get(d).sessions();
      for (int i = 0; i < sessions.size(); i++) {
        Session s = sessions.get(i);
        if (s.format() == SessionFormat.PRESENTATION && s.talkTime().compareTo(cap) > 0) {
          report(review, Location.session(d, i, s), s, cap);
        }
      }
    }
  }

  private static void report(RuleContext review, Location at, Session s, Duration cap) {
    review
        .finding(
            at,
            quoted(s)
                + " runs "
                + minutes(s.talkTime())
                + " of talk; presentations are capped at "
                + minutes(cap)
                + " (Q&A not counted)")
        .evidence(s.talkTime(), cap)
        .remediation(
            "Cut "
                + quoted(s)
                + " to "
                + minutes(cap)
                + " of talk, or split it; move the detail to pre-work or a recording and"
                + " follow the talk with moderated Q&A")
        .report();
  }
}
