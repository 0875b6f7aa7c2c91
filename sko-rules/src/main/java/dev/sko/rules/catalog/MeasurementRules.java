package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;
import static dev.sko.rules.catalog.ReinforcementRules.REINFORCEMENT;
import static dev.sko.rules.catalog.ReinforcementRules.and;
import static dev.sko.rules.catalog.ReinforcementRules.dayAfter;
import static dev.sko.rules.catalog.ReinforcementRules.described;
import static dev.sko.rules.catalog.ReinforcementRules.ofKind;

import dev.sko.core.ActivityKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.StakeholderRole;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.ReinforcementRules.Indexed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measurement after the event: CATALOGUE.md "Reinforcement and measurement" (the day-30 review, the
 * governance read-out and the surveys).
 *
 * <p>Review days are counted like {@link RelativeDay}, from the first event day ({@code T+30} is
 * BEHAVIOR_CHANGE_MODEL's day 30). A recurring review counts when the days it spans meet the
 * window.
 */
final class MeasurementRules {
  private MeasurementRules() {}

  /** {@code sko.measurement.day-30-review}. */
  static final Rule DAY_30_REVIEW = new Day30Review();

  /** {@code sko.measurement.governance-review}. */
  static final Rule GOVERNANCE_REVIEW = new GovernanceReview();

  /** {@code sko.survey.post-event}. */
  static final Rule POST_EVENT_SURVEY = new PostEventSurvey();

  /** {@code sko.survey.anonymous}. */
  static final Rule ANONYMOUS_SURVEY = new AnonymousSurvey();

  static void register(Registry r) {
    r.add(DAY_30_REVIEW)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(GOVERNANCE_REVIEW).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(POST_EVENT_SURVEY)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(ANONYMOUS_SURVEY).in(BEHAVIOR_CHANGE, Severity.INFO);
  }

  /**
   * Whether the days {@code a} spans meet {@code window} (day offsets from the first event day).
   */
  static boolean meets(ReinforcementActivity a, IntRange window) {
    return a.firstDay().offset() <= window.max() && a.lastDay().offset() >= window.min();
  }

  /** Days between {@code a}'s span and {@code window}; 0 when they meet. */
  static int distance(ReinforcementActivity a, IntRange window) {
    if (a.lastDay().offset() < window.min()) {
      return window.min() - a.lastDay().offset();
    }
    return Math.max(0, a.firstDay().offset() - window.max());
  }

  /** The activity of {@code candidates} nearest {@code window}; the first of equals. */
  static Indexed nearest(List<Indexed> candidates, IntRange window) {
    Indexed best = candidates.get(0);
    for (Indexed i : candidates) {
      if (distance(i.activity(), window) < distance(best.activity(), window)) {
        best = i;
      }
    }
    return best;
  }

  /** "day T+28 to T+35". */
  static String days(IntRange window) {
    return "day " + RelativeDay.of(window.min()) + " to " + RelativeDay.of(window.max());
  }

  /** When a review runs: "on day T+40" or "from day T+40 to T+60". */
  static String span(ReinforcementActivity a) {
    return a.firstDay().equals(a.lastDay())
        ? "on day " + a.firstDay()
        : "from day " + a.firstDay() + " to " + a.lastDay();
  }

  /**
   * A behaviour review ({@link ActivityKind#BEHAVIOR_REVIEW}) falls within {@link #WINDOW} (day
   * T+28 to T+35) and has a pre-event baseline to compare against: at least one metric target, each
   * of which carries its baseline.
   */
  static final class Day30Review extends CatalogRule {
    static final RuleOption<IntRange> WINDOW =
        RuleOption.range(
            "review-window",
            IntRange.of(28, 35),
            0,
            RelativeDay.MAX_OFFSET,
            "Days from the first event day (T+n) on which the behaviour review must fall"
                + " (BEHAVIOR_CHANGE_MODEL: behaviour review at day 30 and week-4 review;"
                + " B2B_SKO_GUIDE: 30-day check-in)");

    Day30Review() {
      super(
          "sko.measurement.day-30-review",
          "Behaviour is measured about 30 days after the event against a baseline",
          "BEHAVIOR_CHANGE_MODEL (\"the one rule\"; Pavilion: 71% of kickoffs measure nothing"
              + " afterwards), B2B_SKO_GUIDE (30-day check-in)",
          "If behaviour change is not measured about 30 days after the kickoff, there is no"
              + " telling whether it worked: 71% of kickoffs never measure, and only those that do"
              + " see a sustained lift. The review compares activity, pipeline and call quality"
              + " with the baseline taken before the event.",
          Severity.WARNING,
          WINDOW);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      IntRange window = findings.option(WINDOW);
      List<Indexed> reviews = ofKind(plan, ActivityKind.BEHAVIOR_REVIEW);
      if (reviews.isEmpty()) {
        findings
            .finding(
                REINFORCEMENT,
                "No behaviour review is planned; 71% of kickoffs never measure behaviour change,"
                    + " and only those that do see a sustained lift")
            .figure("review-window", window)
            .remediation(
                "Add a behaviour review on "
                    + days(window)
                    + " that compares activity, pipeline and call quality with the pre-event"
                    + " baseline of the metric table")
            .report();
        return;
      }
      boolean inWindow = reviews.stream().anyMatch(i -> meets(i.activity(), window));
      if (!inWindow) {
        Indexed near = nearest(reviews, window);
        ReinforcementActivity a = near.activity();
        findings
            .finding(
                near.location(),
                "The behaviour review"
                    + described(a)
                    + " runs "
                    + span(a)
                    + ", outside "
                    + days(window)
                    + "; behaviour change is measured about 30 days after the event")
            .evidence(a.firstDay(), window)
            .remediation("Move the behaviour review to " + days(window))
            .report();
        return;
      }
      if (plan.metricTargets().isEmpty()) {
        findings
            .finding(
                Location.of("metricTargets"),
                "The behaviour review has no pre-event baseline to compare against: the plan sets"
                    + " no metric targets")
            .evidence(0, 1)
            .remediation(
                "Record a pre-event baseline and a target for each behaviour the review measures,"
                    + " e.g. dials per rep per day 35 to 42 and discovery calls booked per week"
                    + " 4.7 to 6.0")
            .report();
      }
    }
  }

  /**
   * A governance read-out ({@link ActivityKind#GOVERNANCE_REVIEW}) falls within {@link #WINDOW}
   * (day T+30 to T+35) with the sales leader, RevOps and enablement taking part.
   */
  static final class GovernanceReview extends CatalogRule {
    static final RuleOption<IntRange> WINDOW =
        RuleOption.range(
            "review-window",
            IntRange.of(30, 35),
            0,
            RelativeDay.MAX_OFFSET,
            "Days from the first event day (T+n) on which the governance read-out must fall"
                + " (BEHAVIOR_CHANGE_MODEL: day-30 governance review, read-out at day 32)");

    /** Who decides what continues (BEHAVIOR_CHANGE_MODEL: VP Sales, RevOps and Enablement). */
    static final Set<StakeholderRole> DECIDERS =
        Set.copyOf(
            EnumSet.of(
                StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT));

    GovernanceReview() {
      super(
          "sko.measurement.governance-review",
          "A governance read-out decides which interventions continue",
          "BEHAVIOR_CHANGE_MODEL (day-30 governance review: VP Sales, RevOps, Enablement)",
          "Measuring is only half of it: about day 30 the sales leader, RevOps and enablement"
              + " read the metric deltas together and decide which interventions stay and which"
              + " stop before the next quarter, and write the decisions down.",
          Severity.INFO,
          WINDOW);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      IntRange window = findings.option(WINDOW);
      List<Indexed> reviews = ofKind(plan, ActivityKind.GOVERNANCE_REVIEW);
      if (reviews.isEmpty()) {
        findings
            .finding(
                REINFORCEMENT,
                "No governance read-out is planned to decide which interventions continue after"
                    + " the day-30 measurement")
            .figure("review-window", window)
            .remediation(
                "Add a governance read-out on "
                    + days(window)
                    + " where the sales leader, RevOps and enablement read the metric deltas and"
                    + " decide what continues")
            .report();
        return;
      }
      List<Indexed> timely = new ArrayList<>();
      for (Indexed i : reviews) {
        if (meets(i.activity(), window)) {
          if (i.activity().participants().containsAll(DECIDERS)) {
            return;
          }
          timely.add(i);
        }
      }
      Indexed candidate = timely.isEmpty() ? nearest(reviews, window) : timely.get(0);
      ReinforcementActivity a = candidate.activity();
      if (timely.isEmpty()) {
        findings
            .finding(
                candidate.location(),
                "The governance read-out"
                    + described(a)
                    + " runs "
                    + span(a)
                    + ", outside "
                    + days(window)
                    + "; it should follow the day-30 measurement")
            .evidence(a.firstDay(), window)
            .remediation("Move the governance read-out to " + days(window))
            .report();
      }
      Set<StakeholderRole> missing = EnumSet.copyOf(DECIDERS);
      missing.removeAll(a.participants());
      if (!missing.isEmpty()) {
        findings
            .finding(
                candidate.location(),
                "The governance read-out"
                    + described(a)
                    + " lacks "
                    + people(missing)
                    + "; the sales leader, RevOps and enablement decide together what continues")
            .evidence(roles(missing), roles(DECIDERS))
            .remediation("Invite " + people(missing) + " to the governance read-out")
            .report();
      }
    }

    private static String people(Set<StakeholderRole> roles) {
      List<String> words = new ArrayList<>();
      for (StakeholderRole role : EnumSet.copyOf(roles)) {
        words.add(
            role == StakeholderRole.REVOPS
                ? "RevOps"
                : role.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      return and(words);
    }

    private static String roles(Set<StakeholderRole> roles) {
      return EnumSet.copyOf(roles).stream()
          .map(StakeholderRole::name)
          .collect(Collectors.joining(", "));
    }
  }

  /**
   * Attendees are surveyed right after the event: a post-event survey goes out from the last event
   * day itself up to {@link #WITHIN} days after it.
   */
  static final class PostEventSurvey extends CatalogRule {
    static final RuleOption<Integer> WITHIN =
        RuleOption.integer(
            "within-days",
            2,
            0,
            RelativeDay.MAX_OFFSET,
            "Days after the last event day by which the post-event survey goes out; the last event"
                + " day itself counts (SKO_GUIDE: survey attendees immediately after)");

    PostEventSurvey() {
      super(
          "sko.survey.post-event",
          "Attendees are surveyed right after the event",
          "SKO_GUIDE (survey immediately after), BEHAVIOR_CHANGE_MODEL (rep feedback loop)",
          "What worked, what did not, and where reps feel least confident is freshest right after"
              + " the event; the answers steer the follow-up reinforcement and next year's"
              + " kickoff.",
          Severity.WARNING,
          WITHIN);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      int within = findings.option(WITHIN);
      List<Survey> surveys = plan.surveys();
      int nearest = -1;
      int nearestOff = Integer.MAX_VALUE;
      for (int i = 0; i < surveys.size(); i++) {
        Survey s = surveys.get(i);
        if (s.kind() != SurveyKind.POST_EVENT) {
          continue;
        }
        int after = plan.daysAfterEvent(s.day());
        if (after >= 0 && after <= within) {
          return;
        }
        int off = after < 0 ? -after : after - within;
        if (off < nearestOff) {
          nearest = i;
          nearestOff = off;
        }
      }
      RelativeDay by = plan.lastEventDay().plusDays(within);
      if (nearest < 0) {
        findings
            .finding(
                Location.of("surveys"),
                "No post-event survey is planned; ask attendees right after the event what worked"
                    + " and where they feel least confident")
            .figure("within-days", within)
            .remediation(
                "Send a post-event survey between the last event day "
                    + plan.lastEventDay()
                    + " and day "
                    + by)
            .report();
        return;
      }
      RelativeDay day = surveys.get(nearest).day();
      findings
          .finding(
              Location.element("surveys", nearest),
              "The post-event survey goes out on "
                  + dayAfter(plan, day)
                  + "; it should go out between the last event day and "
                  + within
                  + " days after it")
          .evidence(plan.daysAfterEvent(day), within)
          .remediation(
              "Send the post-event survey between day " + plan.lastEventDay() + " and day " + by)
          .report();
    }
  }

  /**
   * The post-event survey is anonymous and asks at least {@link #FREE_TEXT} free-text questions.
   * Silent when there is no post-event survey ({@code sko.survey.post-event} reports that).
   */
  static final class AnonymousSurvey extends CatalogRule {
    static final RuleOption<Integer> FREE_TEXT =
        RuleOption.integer(
            "free-text-questions",
            3,
            1,
            100,
            "Free-text questions the post-event survey asks (BEHAVIOR_CHANGE_MODEL: 3 — what"
                + " changed, what is still broken, one thing we should kill)");

    AnonymousSurvey() {
      super(
          "sko.survey.anonymous",
          "The post-event survey is anonymous and asks free-text questions",
          "BEHAVIOR_CHANGE_MODEL (anonymous eNPS-style survey with 3 free-text questions)",
          "Reps tell the truth about what is still broken when they cannot be identified, and"
              + " open questions (what changed, what is still broken, one thing to kill) surface"
              + " what a scale cannot.",
          Severity.INFO,
          FREE_TEXT);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      int wanted = findings.option(FREE_TEXT);
      List<Survey> surveys = plan.surveys();
      for (int i = 0; i < surveys.size(); i++) {
        Survey s = surveys.get(i);
        if (s.kind() != SurveyKind.POST_EVENT) {
          continue;
        }
        Location where = Location.element("surveys", i);
        if (!s.anonymous()) {
          findings
              .finding(where, "The post-event survey on day " + s.day() + " is not anonymous")
              .evidence(false, true)
              .remediation("Make the post-event survey anonymous so reps say what is broken")
              .report();
        }
        long freeText = s.freeTextQuestions();
        if (freeText < wanted) {
          findings
              .finding(
                  where,
                  "The post-event survey on day "
                      + s.day()
                      + " asks "
                      + freeText
                      + " free-text "
                      + (freeText == 1 ? "question" : "questions")
                      + "; it should ask at least "
                      + wanted)
              .evidence(freeText, wanted)
              .remediation(
                  "Ask open questions such as: what changed, what is still broken, one thing we"
                      + " should kill")
              .report();
        }
      }
    }
  }
}
