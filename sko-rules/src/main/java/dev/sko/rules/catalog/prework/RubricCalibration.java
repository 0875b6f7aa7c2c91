package dev.sko.rules.catalog.prework;

import static dev.sko.rules.catalog.support.Wording.minutes;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.util.List;

/**
 * Managers calibrate their scoring rubrics before the event: a {@link
 * PreworkKind#RUBRIC_CALIBRATION} pre-work for managers (or everyone) due before the first event
 * day, no shorter than {@code length} when its length is given.
 */
public final class RubricCalibration {
  private RubricCalibration() {}

  /** Option {@code length}: its description gives the figure and its source. */
  public static final RuleOption<Duration> LENGTH =
      RuleOption.duration(
          "length",
          Duration.ofMinutes(90),
          "Shortest rubric norming session (BEHAVIOR_CHANGE_MODEL: a 90-min norming session)");

  /**
   * The rule {@code sko.prework.rubric-calibration}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.prework.rubric-calibration")
          .title("Managers calibrate scoring rubrics before the event")
          .source("BEHAVIOR_CHANGE_MODEL (a 90-min rubric norming session for managers)")
          .rationale(
              "Managers score role plays and calls against a rubric after the event. A norming"
                  + " session beforehand makes a 4 out of 5 mean the same in every region, so scores"
                  + " can be compared and coaching aimed. Counts rubric calibration for managers (or"
                  + " everyone) due before the first event day, of the given length or more.")
          .defaultSeverity(Severity.INFO)
          .option(LENGTH)
          .check(RubricCalibration::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration length = review.option(LENGTH);
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
      Duration given = item.length().orElse(null);
      boolean longEnough = given == null || given.compareTo(length) >= 0;
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
      review
          .finding(
              Location.element("prework", shortOne),
              "The rubric calibration \""
                  + item.title()
                  + "\" runs "
                  + minutes(actual)
                  + "; a norming session needs about "
                  + minutes(length))
          .evidence(actual, length)
          .remediation("Give the norming session " + minutes(length))
          .report();
    } else if (late >= 0) {
      PreworkItem item = prework.get(late);
      review
          .finding(
              Location.element("prework", late),
              "The rubric calibration \""
                  + item.title()
                  + "\" is due "
                  + item.dueDay()
                  + ", once the event has begun ("
                  + EventClock.T_PLUS.legend()
                  + "); managers should calibrate before it")
          .evidence(item.dueDay(), RelativeDay.EVENT_START.plusDays(-1))
          .remediation("Hold the norming session in the design phase, before T-2")
          .report();
    } else {
      review
          .finding(
              Location.of("prework"),
              "No rubric calibration for managers is planned; managers should norm their"
                  + " scoring rubrics before the event")
          .evidence(0, 1)
          .figure("length", length)
          .remediation(
              "Have enablement run a "
                  + minutes(length)
                  + " norming session with the managers before the event, scoring the same"
                  + " recorded calls until their scores agree")
          .report();
    }
  }
}
