package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.KickoffPlan;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.RelativeDay;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Before the event: CATALOGUE.md "Before the event". */
final class PreworkRules {
  private PreworkRules() {}

  /** {@code sko.prework.assigned}. */
  static final Rule PREWORK_ASSIGNED = new PreworkAssigned();

  /** {@code sko.prework.gap-survey}. */
  static final Rule GAP_SURVEY = new GapSurvey();

  /** {@code sko.prework.rubric-calibration}. */
  static final Rule RUBRIC_CALIBRATION = new RubricCalibration();

  static void register(Registry r) {
    r.add(PREWORK_ASSIGNED)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(GAP_SURVEY).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(RUBRIC_CALIBRATION).in(BEHAVIOR_CHANGE, Severity.INFO);
  }

  /**
   * Pre-work is assigned: at least one win strategy, roadmap preview, pre-read or recorded content
   * due before the first event day.
   */
  static final class PreworkAssigned extends CatalogRule {
    /** The kinds of pre-work that prepare reps for the event's content. */
    static final Set<PreworkKind> KINDS =
        EnumSet.of(
            PreworkKind.WIN_STRATEGY,
            PreworkKind.ROADMAP_PREVIEW,
            PreworkKind.PRE_READ,
            PreworkKind.RECORDED_CONTENT);

    PreworkAssigned() {
      super(
          "sko.prework.assigned",
          "Pre-work is assigned before the event",
          "ACCELERATION_SUMMIT (pre-work: win strategies, roadmap previews, strategy review),"
              + " BEHAVIOR_CHANGE_MODEL (pre-recorded content with quizzes, async pre-reads)",
          "The first time reps see the strategy or the roadmap should not be in the room: with"
              + " win strategies, roadmap previews, pre-reads or recorded content done"
              + " beforehand, live time goes to discussion and practice. Counts pre-work of those"
              + " kinds due before the first event day.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<PreworkItem> prework = plan.prework();
      int firstLate = -1;
      for (int i = 0; i < prework.size(); i++) {
        PreworkItem item = prework.get(i);
        if (!KINDS.contains(item.kind())) {
          continue;
        }
        if (item.dueDay().isBefore(RelativeDay.EVENT_START)) {
          return;
        }
        if (firstLate < 0) {
          firstLate = i;
        }
      }
      if (firstLate >= 0) {
        PreworkItem late = prework.get(firstLate);
        findings
            .finding(
                Location.element("prework", firstLate),
                "The pre-work \""
                    + late.title()
                    + "\" is due "
                    + late.dueDay()
                    + ", once the event has begun; pre-work should be done before "
                    + RelativeDay.EVENT_START)
            .evidence(late.dueDay(), RelativeDay.EVENT_START.plusDays(-1))
            .remediation(
                "Make \"" + late.title() + "\" due before the first event day, for example T-2")
            .report();
        return;
      }
      findings
          .finding(
              Location.of("prework"),
              "No pre-work is assigned: no win strategy, roadmap preview, pre-read or recorded"
                  + " content is due before the event")
          .evidence(0, 1)
          .remediation(
              "Assign pre-work: win strategies for one or two live accounts, a recorded roadmap"
                  + " preview with a short quiz, and a pre-read of the sales strategy")
          .report();
    }
  }

  /**
   * A rep gap survey ({@link SurveyKind#PRE_EVENT_GAP}) goes out on a day within {@code window}
   * (T-28 to T-14, BEHAVIOR_CHANGE_MODEL's diagnose phase).
   */
  static final class GapSurvey extends CatalogRule {
    static final RuleOption<IntRange> WINDOW =
        RuleOption.range(
            "window",
            IntRange.of(-28, -14),
            -RelativeDay.MAX_OFFSET,
            RelativeDay.MAX_OFFSET,
            "Days relative to the first event day on which the gap survey goes out"
                + " (BEHAVIOR_CHANGE_MODEL: survey reps on gaps 4 weeks before, in the diagnose"
                + " phase T-28 to T-14)");

    GapSurvey() {
      super(
          "sko.prework.gap-survey",
          "A rep gap survey runs about four weeks before",
          "BEHAVIOR_CHANGE_MODEL (rep gap survey 4 weeks before, diagnose phase T-28 to T-14)",
          "The agenda should work on the team's real gaps. A short survey about four weeks"
              + " before (skill gaps, tooling friction, territory issues, pipeline coverage,"
              + " quota confidence) leaves time to design the breakouts around the answers; a"
              + " later survey cannot shape the agenda.",
          Severity.INFO,
          WINDOW);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      IntRange window = findings.option(WINDOW);
      List<Survey> surveys = plan.surveys();
      int first = -1;
      for (int i = 0; i < surveys.size(); i++) {
        Survey s = surveys.get(i);
        if (s.kind() != SurveyKind.PRE_EVENT_GAP) {
          continue;
        }
        if (window.contains(s.day().offset())) {
          return;
        }
        if (first < 0) {
          first = i;
        }
      }
      String when = RelativeDay.of(window.min()) + " and " + RelativeDay.of(window.max());
      if (first < 0) {
        findings
            .finding(
                Location.of("surveys"),
                "No rep gap survey is planned; survey the reps on their gaps between " + when)
            .evidence(0, 1)
            .figure("window", window)
            .remediation(
                "Send a five-question gap survey (skill gaps, tooling friction, territory issues,"
                    + " pipeline coverage, quota confidence) at "
                    + RelativeDay.of(window.min()))
            .report();
        return;
      }
      Survey s = surveys.get(first);
      findings
          .finding(
              Location.element("surveys", first),
              "The rep gap survey goes out at "
                  + s.day()
                  + "; it should go out between "
                  + when
                  + " so its answers can shape the agenda")
          .evidence(s.day(), window)
          .remediation("Move the gap survey to " + RelativeDay.of(window.min()))
          .report();
    }
  }

  /**
   * Managers calibrate their scoring rubrics before the event: a {@link
   * PreworkKind#RUBRIC_CALIBRATION} pre-work for managers (or everyone) due before the first event
   * day, no shorter than {@code length} when its length is given.
   */
  static final class RubricCalibration extends CatalogRule {
    static final RuleOption<Duration> LENGTH =
        RuleOption.duration(
            "length",
            Duration.ofMinutes(90),
            "Shortest rubric norming session (BEHAVIOR_CHANGE_MODEL: a 90-min norming session)");

    RubricCalibration() {
      super(
          "sko.prework.rubric-calibration",
          "Managers calibrate scoring rubrics before the event",
          "BEHAVIOR_CHANGE_MODEL (a 90-min rubric norming session for managers)",
          "Managers score role plays and calls against a rubric after the event. A norming"
              + " session beforehand makes a 4 out of 5 mean the same in every region, so scores"
              + " can be compared and coaching aimed. Counts rubric calibration for managers (or"
              + " everyone) due before the first event day, of the given length or more.",
          Severity.INFO,
          LENGTH);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration length = findings.option(LENGTH);
      List<PreworkItem> prework = plan.prework();
      int late = -1;
      int shortOne = -1;
      for (int i = 0; i < prework.size(); i++) {
        PreworkItem item = prework.get(i);
        if (item.kind() != PreworkKind.RUBRIC_CALIBRATION
            || item.audience() == PreworkAudience.REPS) {
          continue;
        }
        boolean before = item.dueDay().isBefore(RelativeDay.EVENT_START);
        boolean longEnough = item.length().map(l -> l.compareTo(length) >= 0).orElse(true);
        if (before && longEnough) {
          return;
        }
        if (!before && late < 0) {
          late = i;
        } else if (before && shortOne < 0) {
          shortOne = i;
        }
      }
      if (shortOne >= 0) {
        PreworkItem item = prework.get(shortOne);
        Duration actual = item.length().orElseThrow();
        findings
            .finding(
                Location.element("prework", shortOne),
                "The rubric calibration \""
                    + item.title()
                    + "\" runs "
                    + SessionRules.minutes(actual)
                    + "; a norming session needs about "
                    + SessionRules.minutes(length))
            .evidence(actual, length)
            .remediation("Give the norming session " + SessionRules.minutes(length))
            .report();
      } else if (late >= 0) {
        PreworkItem item = prework.get(late);
        findings
            .finding(
                Location.element("prework", late),
                "The rubric calibration \""
                    + item.title()
                    + "\" is due "
                    + item.dueDay()
                    + ", once the event has begun; managers should calibrate before it")
            .evidence(item.dueDay(), RelativeDay.EVENT_START.plusDays(-1))
            .remediation("Hold the norming session in the design phase, before T-2")
            .report();
      } else {
        findings
            .finding(
                Location.of("prework"),
                "No rubric calibration for managers is planned; managers should norm their"
                    + " scoring rubrics before the event")
            .evidence(0, 1)
            .figure("length", length)
            .remediation(
                "Have enablement run a "
                    + SessionRules.minutes(length)
                    + " norming session with the managers before the event, scoring the same"
                    + " recorded calls until their scores agree")
            .report();
      }
    }
  }
}
