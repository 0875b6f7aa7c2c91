package dev.sko.rules.catalog.prework;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * A rep gap survey ({@link SurveyKind#PRE_EVENT_GAP}) goes out on a day within {@code window} (T-28
 * to T-14, BEHAVIOR_CHANGE_MODEL's diagnose phase).
 */
public final class GapSurvey {
  private GapSurvey() {}

  /** Option {@code window}: its description gives the figure and its source. */
  public static final RuleOption<IntRange> WINDOW =
      RuleOption.range(
          "window",
          IntRange.of(-28, -14),
          -RelativeDay.MAX_OFFSET,
          RelativeDay.MAX_OFFSET,
          "Days relative to the first event day on which the gap survey goes out"
              + " (BEHAVIOR_CHANGE_MODEL: survey reps on gaps 4 weeks before, in the diagnose"
              + " phase T-28 to T-14)");

  /**
   * The rule {@code sko.prework.gap-survey}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.prework.gap-survey")
          .title("A rep gap survey runs about four weeks before")
          .source(
              "BEHAVIOR_CHANGE_MODEL (rep gap survey 4 weeks before, diagnose phase T-28 to T-14)")
          .rationale(
              "The agenda should work on the team's real gaps. A short survey about four weeks"
                  + " before (skill gaps, tooling friction, territory issues, pipeline coverage,"
                  + " quota confidence) leaves time to design the breakouts around the answers; a"
                  + " later survey cannot shape the agenda.")
          .defaultSeverity(Severity.INFO)
          .option(WINDOW)
          .check(GapSurvey::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange window = review.option(WINDOW);
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
    String when =
        RelativeDay.of(window.min())
            + " and "
            + RelativeDay.of(window.max())
            + " ("
            + EventClock.T_PLUS.legend()
            + ")";
    if (first < 0) {
      review
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
    review
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
