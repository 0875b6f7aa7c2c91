package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Agenda mix: CATALOGUE.md "Agenda mix". */
final class AgendaRules {
  private AgendaRules() {}

  /** {@code sko.agenda.interactive-share}. */
  static final Rule INTERACTIVE_SHARE = new InteractiveShare();

  /** {@code sko.agenda.core-content}. */
  static final Rule CORE_CONTENT = new CoreContent();

  /** {@code sko.agenda.customer-voice}. */
  static final Rule CUSTOMER_VOICE = new CustomerVoice();

  /** {@code sko.agenda.social-time}. */
  static final Rule SOCIAL_TIME = new SocialTime();

  /** {@code sko.agenda.peer-teaching}. */
  static final Rule PEER_TEACHING = new PeerTeaching();

  /** {@code sko.agenda.territory-quota-comp}. */
  static final Rule TERRITORY_QUOTA_COMP = new TerritoryQuotaComp();

  /** {@code sko.agenda.experiential-learning}. */
  static final Rule EXPERIENTIAL_LEARNING = new ExperientialLearning();

  static void register(Registry r) {
    r.add(INTERACTIVE_SHARE)
        .in(RECOMMENDED)
        .in(CLASSIC, Severity.WARNING)
        .option(CLASSIC, InteractiveShare.WARN_BELOW.key(), InteractiveShare.CLASSIC_WARN_BELOW)
        .option(CLASSIC, InteractiveShare.ERROR_BELOW.key(), InteractiveShare.CLASSIC_ERROR_BELOW)
        .in(BEHAVIOR_CHANGE)
        .in(ACCELERATION_SUMMIT);
    r.add(CORE_CONTENT).in(RECOMMENDED).in(CLASSIC).in(BEHAVIOR_CHANGE).in(ACCELERATION_SUMMIT);
    r.add(CUSTOMER_VOICE)
        .in(RECOMMENDED, Severity.INFO)
        .in(CLASSIC, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(SOCIAL_TIME)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.INFO)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(PEER_TEACHING)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(TERRITORY_QUOTA_COMP)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.ERROR);
    r.add(EXPERIENTIAL_LEARNING)
        .in(RECOMMENDED, Severity.INFO)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
  }

  /**
   * The share of content time (presentation plus interactive; breaks, meals, travel and social time
   * excluded) in interactive formats: a WARNING below {@code warn-below}, an ERROR below {@code
   * error-below}. Silent when the agenda has no content time at all.
   */
  static final class InteractiveShare extends CatalogRule {
    static final RuleOption<Double> WARN_BELOW =
        RuleOption.percentage(
            "warn-below",
            0.40,
            "Interactive share of content time below which the rule warns (B2B_SKO_GUIDE: at"
                + " least 40% interactive; SKO_GUIDE: 30-40% practice; classic: 30%)");
    static final RuleOption<Double> ERROR_BELOW =
        RuleOption.percentage(
            "error-below",
            0.30,
            "Interactive share of content time below which the rule reports an error (SKO_GUIDE:"
                + " at least 30-40% practice, so below 30% is clearly short; classic: 0, no"
                + " error)");

    /** Classic: SKO_GUIDE's lower end, 30%, as the warning threshold. */
    static final double CLASSIC_WARN_BELOW = 0.30;

    /** Classic: no error threshold (a share is never below 0). */
    static final double CLASSIC_ERROR_BELOW = 0.0;

    InteractiveShare() {
      super(
          "sko.agenda.interactive-share",
          "Enough content time is interactive",
          "SKO_GUIDE (30-40% practice), B2B_SKO_GUIDE (at least 40% interactive)",
          "The unique value of bringing the team together is practice: workshops, role plays,"
              + " deal reviews. Presentations can be delivered asynchronously. The share is"
              + " measured over content time only (presentations and interactive sessions);"
              + " breaks, meals, travel and social time do not count either way. Parallel"
              + " sessions each count their full length.",
          Severity.WARNING,
          EnumSet.of(Severity.WARNING, Severity.ERROR),
          WARN_BELOW,
          ERROR_BELOW);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      PlanIndex index = findings.index();
      long content = index.contentMinutes();
      if (content == 0) {
        return;
      }
      long interactive = index.minutes(SessionFormat.INTERACTIVE);
      double share = (double) interactive / content;
      double warnBelow = findings.option(WARN_BELOW);
      double errorBelow = findings.option(ERROR_BELOW);
      Severity severity;
      double expected;
      if (share < errorBelow) {
        severity = Severity.ERROR;
        expected = errorBelow;
      } else if (share < warnBelow) {
        severity = Severity.WARNING;
        expected = warnBelow;
      } else {
        return;
      }
      long needed =
          BigDecimal.valueOf(Math.max(warnBelow, errorBelow))
              .multiply(BigDecimal.valueOf(content))
              .subtract(BigDecimal.valueOf(interactive))
              .setScale(0, RoundingMode.CEILING)
              .longValueExact();
      findings
          .finding(
              Location.plan(),
              "Interactive formats take "
                  + percent(share)
                  + " of content time ("
                  + interactive
                  + " of "
                  + content
                  + " min); "
                  + (severity == Severity.ERROR
                      ? "below " + WARN_BELOW.format(errorBelow) + " the kickoff is mostly slides; "
                      : "")
                  + "aim for at least "
                  + WARN_BELOW.format(warnBelow))
          .severity(severity)
          .evidence(share, expected)
          .figure("interactive-minutes", interactive)
          .figure("content-minutes", content)
          .remediation(
              "Turn about "
                  + needed
                  + " more minutes of presentation into workshops, role plays, skill stations or"
                  + " deal clinics; move the rest of the slides to pre-work")
          .report();
    }

    /** {@code 39.9%}: rounded down to a tenth, so a share below a threshold never shows as it. */
    private static String percent(double share) {
      double tenths = Math.floor(share * 1000) / 10;
      return tenths == Math.rint(tenths)
          ? (long) tenths + "%"
          : String.format(Locale.ROOT, "%.1f%%", tenths);
    }
  }

  /**
   * The agenda covers the core content areas of SKO_GUIDE and B2B_SKO_GUIDE: vision and strategy,
   * targets and quotas, product and roadmap, messaging and positioning, and skills training. One
   * finding per missing area: an ERROR for skills training, a WARNING for any other.
   */
  static final class CoreContent extends CatalogRule {
    /** A core area, the severity when it is missing, and what to add. */
    private static final class Area {
      final Topic topic;
      final String words;
      final Severity missing;
      final String remediation;

      Area(Topic topic, String words, Severity missing, String remediation) {
        this.topic = topic;
        this.words = words;
        this.missing = missing;
        this.remediation = remediation;
      }
    }

    private static final List<Area> AREAS =
        List.of(
            new Area(
                Topic.VISION_STRATEGY,
                "vision and strategy",
                Severity.WARNING,
                "Add a short CEO or CRO session on where the company is going and how the sales"
                    + " team's work connects to it (tag it VISION_STRATEGY)"),
            new Area(
                Topic.TARGETS_QUOTAS,
                "targets and quotas",
                Severity.WARNING,
                "Add a session on the year's targets and quotas, or deliver territories, quotas"
                    + " and comp plans at the event (tag it TARGETS_QUOTAS)"),
            new Area(
                Topic.PRODUCT_ROADMAP,
                "product and roadmap",
                Severity.WARNING,
                "Add a short product update, or record it as pre-work and keep a live Q&A (tag"
                    + " it PRODUCT_ROADMAP)"),
            new Area(
                Topic.MESSAGING_POSITIONING,
                "messaging and positioning",
                Severity.WARNING,
                "Add the year's messaging and positioning (value propositions, ICP, battle"
                    + " cards) with practice sessions (tag it MESSAGING_POSITIONING)"),
            new Area(
                Topic.SKILLS_TRAINING,
                "skills training",
                Severity.ERROR,
                "Add hands-on skills training: workshops, role plays, skill stations or deal"
                    + " clinics on the team's biggest skill gaps"));

    CoreContent() {
      super(
          "sko.agenda.core-content",
          "The agenda covers the core content areas",
          "SKO_GUIDE (what a kickoff includes), B2B_SKO_GUIDE (what to cover)",
          "Both classic guides name the same core: the company's direction, the year's targets,"
              + " product and roadmap, messaging and positioning, and skills training, which"
              + " B2B_SKO_GUIDE calls the most important and most underinvested part. A kickoff"
              + " without skills training is an error; missing any other area is a warning."
              + " Coverage counts content sessions (presentations and interactive sessions) by"
              + " their tagged topics plus those their kind implies.",
          Severity.WARNING,
          EnumSet.of(Severity.WARNING, Severity.ERROR));
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Set<Topic> covered = EnumSet.noneOf(Topic.class);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.format().isContent()) {
          covered.addAll(s.coveredTopics());
        }
      }
      for (Area area : AREAS) {
        if (covered.contains(area.topic)) {
          continue;
        }
        findings
            .finding(
                Location.plan(),
                "No content session covers "
                    + area.words
                    + "; a kickoff should cover vision and strategy, targets and quotas, product"
                    + " and roadmap, messaging and positioning, and skills training")
            .severity(area.missing)
            .evidence(0, 1)
            .figure("topic", area.topic)
            .remediation(area.remediation)
            .report();
      }
    }
  }

  /**
   * The agenda brings in the customer's voice: a customer story, a panel with customers, a customer
   * interaction session, or any session a customer presents.
   */
  static final class CustomerVoice extends CatalogRule {
    CustomerVoice() {
      super(
          "sko.agenda.customer-voice",
          "Customers are heard at the kickoff",
          "SKO_GUIDE (panel discussions and customer stories), ACCELERATION_SUMMIT (customer"
              + " interactions)",
          "Hearing from customers directly grounds the team in what buyers value and, with"
              + " ACCELERATION_SUMMIT's promoters, neutrals and detractors, in how to get better."
              + " A customer story, a panel with customers on it, a customer interaction session"
              + " or any session a customer presents counts.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (!any(findings, CustomerVoice::isCustomerVoice)) {
        findings
            .finding(
                Location.plan(),
                "No session brings in customers: the agenda has no customer story, panel with"
                    + " customers or customer interaction")
            .evidence(0, 1)
            .remediation(
                "Add a customer story or a customer panel, ideally an interactive session where"
                    + " reps ask customers about the good, the bad and the ugly")
            .report();
      }
    }

    static boolean isCustomerVoice(Session s) {
      return s.kind() == SessionKind.CUSTOMER_STORY
          || s.kind() == SessionKind.CUSTOMER_INTERACTION
          || (s.kind() == SessionKind.PANEL && !s.customerMix().isEmpty())
          || s.hasPresenter(PresenterRole.CUSTOMER);
    }
  }

  /**
   * An in-person or hybrid event has structured social time (a social session or a team activity);
   * silent for a virtual event.
   */
  static final class SocialTime extends CatalogRule {
    SocialTime() {
      super(
          "sko.agenda.social-time",
          "An in-person event has structured social time",
          "SKO_GUIDE (social and team building), B2B_SKO_GUIDE (build structured social time into"
              + " the agenda)",
          "Meeting in person is the chance to build the relationships that make peer coaching"
              + " and knowledge sharing work for the rest of the year; an agenda that is all"
              + " content misses it. A social session (dinner, activity) or a team activity"
              + " counts; a meal break does not. Virtual events are not checked.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (!plan.format().meetsInPerson()
          || findings.index().hasAny(SessionKind.SOCIAL_TIME, SessionKind.TEAM_GAME)) {
        return;
      }
      findings
          .finding(
              Location.plan(),
              "The "
                  + DurationGuidance.inWords(plan.format())
                  + " event has no structured social time: no dinner, activity or other social"
                  + " session")
          .evidence(0, 1)
          .remediation(
              "Add structured social time, such as a team dinner or a shared activity on the"
                  + " first evening")
          .report();
    }
  }

  /** At least one content session is taught by a peer rep or a top performer. */
  static final class PeerTeaching extends CatalogRule {
    PeerTeaching() {
      super(
          "sko.agenda.peer-teaching",
          "Peers or top performers teach at least one session",
          "B2B_SKO_GUIDE (use top performers to teach), ACCELERATION_SUMMIT (deal clinics led by"
              + " an A-player), BEHAVIOR_CHANGE_MODEL (peer war stories, not executives)",
          "Top-performing reps carry tacit knowledge that formal training cannot replicate, and"
              + " reps learn safely from peers in the trenches. At least one presentation or"
              + " interactive session should have a peer rep or a top performer as presenter.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      boolean taught = any(findings, s -> s.format().isContent() && hasPeerPresenter(s));
      if (!taught) {
        findings
            .finding(
                Location.plan(),
                "No session is taught by a peer: no presentation or interactive session has a peer"
                    + " rep or a top performer as presenter")
            .evidence(0, 1)
            .remediation(
                "Have top performers teach: a session where they show how they run discovery or"
                    + " handle an objection, peer war stories (one won and one lost deal), or a"
                    + " deal clinic led by an A-player from another region")
            .report();
      }
    }
  }

  /** Territories, quotas and comp plans are delivered and reviewed at the event. */
  static final class TerritoryQuotaComp extends CatalogRule {
    TerritoryQuotaComp() {
      super(
          "sko.agenda.territory-quota-comp",
          "Territories, quotas and comp plans are delivered at the event",
          "ACCELERATION_SUMMIT (deliver and review territories, quotas and comp plans before reps"
              + " leave)",
          "Reps need to know how they are measured from day one; leaving territories, quotas and"
              + " compensation until mid Q1 is what ACCELERATION_SUMMIT calls a huge mistake. The"
              + " agenda should hold a session where each rep gets and reviews them.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (!findings.index().hasAny(SessionKind.TERRITORY_QUOTA_COMP)) {
        findings
            .finding(
                Location.plan(),
                "No session delivers territories, quotas and comp plans; reps would leave without"
                    + " knowing how they are measured")
            .evidence(0, 1)
            .remediation(
                "Add a territory, quota and comp plan session where managers hand each rep their"
                    + " plan and review it with them before they leave")
            .report();
      }
    }
  }

  /** At least one win/loss review, deal clinic or customer interaction. */
  static final class ExperientialLearning extends CatalogRule {
    ExperientialLearning() {
      super(
          "sko.agenda.experiential-learning",
          "The agenda has experiential learning",
          "ACCELERATION_SUMMIT (experiential learning: win/loss reviews, deal clinics, customer"
              + " interactions)",
          "ACCELERATION_SUMMIT replaces keynotes with experiential sessions, where reps work on"
              + " real deals and real customers and so retain what they learn: win/loss reviews,"
              + " deal clinics and customer interactions.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (!findings
          .index()
          .hasAny(
              SessionKind.WIN_LOSS_REVIEW,
              SessionKind.DEAL_CLINIC,
              SessionKind.CUSTOMER_INTERACTION)) {
        findings
            .finding(
                Location.plan(),
                "The agenda has no experiential session: no win/loss review, deal clinic or"
                    + " customer interaction")
            .evidence(0, 1)
            .remediation(
                "Replace a keynote with a win/loss review of two wins and one loss, or deal"
                    + " clinics of 5-10 reps working on live opportunities")
            .report();
      }
    }
  }

  private static boolean hasPeerPresenter(Session s) {
    for (Presenter p : s.presenters()) {
      if (p.role().isPeer()) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(RuleContext findings, Predicate<Session> test) {
    for (LocatedSession located : findings.index().sessions()) {
      if (test.test(located.session())) {
        return true;
      }
    }
    return false;
  }
}
