package dev.sko.rules.catalog.survey;

import static dev.sko.rules.catalog.support.Wording.dayAfter;
import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * The post-event survey is anonymous and asks at least {@link #FREE_TEXT} free-text questions.
 * Silent when there is no post-event survey ({@code sko.survey.post-event} reports that).
 */
public final class Anonymous {
  private Anonymous() {}

  /** Option {@code free-text-questions}: its description gives the figure and its source. */
  public static final RuleOption<Integer> FREE_TEXT =
      RuleOption.integer(
          "free-text-questions",
          3,
          1,
          100,
          "Free-text questions the post-event survey asks (BEHAVIOR_CHANGE_MODEL: 3 — what"
              + " changed, what is still broken, one thing we should kill)");

  /**
   * The rule {@code sko.survey.anonymous}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.survey.anonymous")
          .title("The post-event survey is anonymous and asks free-text questions")
          .source("BEHAVIOR_CHANGE_MODEL (anonymous eNPS-style survey with 3 free-text questions)")
          .rationale(
              "Reps tell the truth about what is still broken when they cannot be identified, and"
                  + " open questions (what changed, what is still broken, one thing to kill) surface"
                  + " what a scale cannot.")
          .defaultSeverity(Severity.INFO)
          .option(FREE_TEXT)
          .check(Anonymous::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    int wanted = review.option(FREE_TEXT);
    List<Survey> surveys = plan.surveys();
    for (int i = 0; i < surveys.size(); i++) {
      Survey s = surveys.get(i);
      if (s.kind() != SurveyKind.POST_EVENT) {
        continue;
      }
      long freeText = s.freeTextQuestions();
      if (s.anonymous() && freeText >= wanted) {
        continue; // nothing to report: no location built
      }
      Location where = Location.element("surveys", i);
      if (!s.anonymous()) {
        review
            .finding(
                where, "The post-event survey on " + dayAfter(plan, s.day()) + " is not anonymous")
            .evidence(false, true)
            .remediation("Make the post-event survey anonymous so reps say what is broken")
            .report();
      }
      if (freeText < wanted) {
        review
            .finding(
                where,
                "The post-event survey on "
                    + dayAfter(plan, s.day())
                    + " asks "
                    + freeText
                    + " free-text "
                    + plural(freeText, "question", "questions")
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
