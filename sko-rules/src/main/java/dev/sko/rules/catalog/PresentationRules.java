package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.Topic;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;

/** Presentations: CATALOGUE.md "Presentations". */
final class PresentationRules {
  private PresentationRules() {}

  /** {@code sko.presentation.length-cap}. */
  static final Rule LENGTH_CAP = new LengthCap();

  /** {@code sko.presentation.executive-limit}. */
  static final Rule EXECUTIVE_LIMIT = new ExecutiveLimit();

  /** {@code sko.presentation.qa-built-in}. */
  static final Rule QA_BUILT_IN = new QaBuiltIn();

  /** {@code sko.content.roadmap-deep-dive}. */
  static final Rule ROADMAP_DEEP_DIVE = new RoadmapDeepDive();

  static void register(Registry r) {
    r.add(LENGTH_CAP)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .option(BEHAVIOR_CHANGE, LengthCap.CAP.key(), LengthCap.BEHAVIOR_CHANGE_CAP)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(EXECUTIVE_LIMIT)
        .in(RECOMMENDED, Severity.ERROR)
        .in(CLASSIC, Severity.ERROR)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.ERROR);
    r.add(QA_BUILT_IN)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(ROADMAP_DEEP_DIVE)
        .in(RECOMMENDED, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
  }

  /**
   * A presentation-format session's talk time, Q&amp;A excluded, is at most the cap (SKO_GUIDE: 30
   * minutes; behaviorChange: BEHAVIOR_CHANGE_MODEL's 1 hour per main-room topic).
   */
  static final class LengthCap extends CatalogRule {
    static final RuleOption<Duration> CAP =
        RuleOption.duration(
            "cap",
            Duration.ofMinutes(30),
            "Longest talk time of a presentation, Q&A excluded (SKO_GUIDE: cap presentations at"
                + " 30 min; behaviorChange: 60 min, BEHAVIOR_CHANGE_MODEL's 1 hour max per"
                + " topic)");

    /** BEHAVIOR_CHANGE_MODEL: "1 hour max per topic" in the main room. */
    static final Duration BEHAVIOR_CHANGE_CAP = Duration.ofMinutes(60);

    LengthCap() {
      super(
          "sko.presentation.length-cap",
          "Presentations stay within the talk-time cap",
          "SKO_GUIDE (30-minute cap); behaviorChange: BEHAVIOR_CHANGE_MODEL (1 hour max per"
              + " topic)",
          "Attention fades long before a long deck ends, and every minute of talk is a minute"
              + " not spent practising. The cap applies to the talk itself: Q&A time after it"
              + " does not count, so a 30-minute talk with 15 minutes of questions is fine.",
          Severity.WARNING,
          CAP);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration cap = findings.option(CAP);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.format() != SessionFormat.PRESENTATION || s.talkTime().compareTo(cap) <= 0) {
          continue;
        }
        findings
            .finding(
                located.location(),
                quoted(s)
                    + " runs "
                    + min(s.talkTime())
                    + " of talk; presentations are capped at "
                    + min(cap)
                    + " (Q&A not counted)")
            .evidence(s.talkTime(), cap)
            .remediation(
                "Cut "
                    + quoted(s)
                    + " to "
                    + min(cap)
                    + " of talk, or split it; move the detail to pre-work or a recording and"
                    + " follow the talk with moderated Q&A")
            .report();
      }
    }
  }

  /**
   * An executive-led presentation runs at most the limit, Q&amp;A included: SKO_GUIDE says
   * executive presentations longer than 45 minutes lose the room, and the room sits through the
   * questions as well as the talk.
   */
  static final class ExecutiveLimit extends CatalogRule {
    static final RuleOption<Duration> LIMIT =
        RuleOption.duration(
            "limit",
            Duration.ofMinutes(45),
            "Longest executive-led presentation, talk plus Q&A (SKO_GUIDE: executive"
                + " presentations longer than 45 min lose the room)");

    ExecutiveLimit() {
      super(
          "sko.presentation.executive-limit",
          "Executive presentations stay within 45 minutes, Q&A included",
          "SKO_GUIDE (executive presentations longer than 45 minutes lose the room)",
          "An executive on stage holds the whole room, and past 45 minutes it stops listening."
              + " Unlike the talk-time cap, this limit counts the whole slot, talk plus Q&A:"
              + " the audience sits through both, and a long Q&A after a long talk is exactly"
              + " how an executive slot overruns. A 30-minute talk with 15 minutes of moderated"
              + " questions fits.",
          Severity.ERROR,
          LIMIT);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration limit = findings.option(LIMIT);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.format() != SessionFormat.PRESENTATION
            || !s.isExecutiveLed()
            || s.length().compareTo(limit) <= 0) {
          continue;
        }
        String parts =
            s.qaTime().isZero()
                ? " of talk"
                : " (" + min(s.talkTime()) + " of talk + " + min(s.qaTime()) + " of Q&A)";
        findings
            .finding(
                located.location(),
                "The executive-led "
                    + quoted(s)
                    + " runs "
                    + min(s.length())
                    + parts
                    + "; executive presentations lose the room after "
                    + min(limit))
            .evidence(s.length(), limit)
            .remediation(
                "Shorten "
                    + quoted(s)
                    + " to "
                    + min(limit)
                    + " in all, for example 30 minutes of talk plus 15 of moderated Q&A; move"
                    + " the rest to a recording or a breakout")
            .report();
      }
    }
  }

  /** A presentation of 20 minutes or more has Q&amp;A time (SKO_GUIDE: "build in Q&amp;A"). */
  static final class QaBuiltIn extends CatalogRule {
    static final RuleOption<Duration> FROM =
        RuleOption.duration(
            "min-talk-time",
            Duration.ofMinutes(20),
            "Talk time from which a presentation needs Q&A time (SKO_GUIDE: cap presentations"
                + " and build in Q&A; 20 min)");

    QaBuiltIn() {
      super(
          "sko.presentation.qa-built-in",
          "Presentations of 20 minutes or more have Q&A time",
          "SKO_GUIDE (cap presentations at 30 minutes and build in Q&A)",
          "Questions turn a talk into a conversation and show the speaker what did not land."
              + " A short update can do without, but a presentation of 20 minutes or more should"
              + " keep time for questions on the agenda rather than hope to finish early.",
          Severity.WARNING,
          FROM);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration from = findings.option(FROM);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.format() != SessionFormat.PRESENTATION
            || s.talkTime().compareTo(from) < 0
            || !s.qaTime().isZero()) {
          continue;
        }
        findings
            .finding(
                located.location(),
                quoted(s)
                    + " runs "
                    + min(s.talkTime())
                    + " of talk with no Q&A time; presentations of "
                    + min(from)
                    + " or more should build in Q&A")
            .actual(s.qaTime())
            .figure("talk-time", s.talkTime())
            .figure("min-talk-time", from)
            .remediation(
                "Add Q&A time to " + quoted(s) + ", for example 10 minutes of moderated questions")
            .report();
      }
    }
  }

  /**
   * No product or roadmap presentation of 60 minutes or more in the main room
   * (BEHAVIOR_CHANGE_MODEL's kill list: reps tune out at minute 12; record it async).
   */
  static final class RoadmapDeepDive extends CatalogRule {
    static final RuleOption<Duration> DEEP_DIVE =
        RuleOption.duration(
            "deep-dive-length",
            Duration.ofMinutes(60),
            "Length, talk plus Q&A, from which a product or roadmap presentation in the main room"
                + " is a deep-dive (BEHAVIOR_CHANGE_MODEL: hour-long roadmap deep-dives are on"
                + " the kill list)");

    RoadmapDeepDive() {
      super(
          "sko.content.roadmap-deep-dive",
          "No hour-long product or roadmap deep-dive in the main room",
          "BEHAVIOR_CHANGE_MODEL (kill list: hour-long roadmap deep-dives; reps tune out at"
              + " minute 12)",
          "An hour of roadmap in front of the whole room loses most reps within minutes and takes"
              + " the time that practice needs. Product detail keeps: record it as short videos"
              + " with quizzes for pre-work, and keep a short overview live. The slot counts as a"
              + " whole, talk plus Q&A, since the whole room sits through it; breakout sessions"
              + " for those who want the detail are fine.",
          Severity.WARNING,
          DEEP_DIVE);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration deepDive = findings.option(DEEP_DIVE);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.format() != SessionFormat.PRESENTATION
            || s.room() != RoomKind.MAIN_STAGE
            || !s.coveredTopics().contains(Topic.PRODUCT_ROADMAP)
            || s.length().compareTo(deepDive) < 0) {
          continue;
        }
        findings
            .finding(
                located.location(),
                "The product/roadmap presentation "
                    + quoted(s)
                    + " runs "
                    + min(s.length())
                    + " in the main room; product deep-dives of "
                    + min(deepDive)
                    + " or more lose the room")
            .evidence(s.length(), deepDive)
            .remediation(
                "Record the detail of "
                    + quoted(s)
                    + " as short videos for pre-work and keep a short overview live, or move the"
                    + " deep-dive to an optional breakout")
            .report();
      }
    }
  }

  private static String quoted(Session s) {
    return "\"" + s.title() + "\"";
  }

  private static String min(Duration d) {
    return d.toMinutes() + " min";
  }
}
