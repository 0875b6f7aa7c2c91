package dev.sko.rules.catalog.planning;

import static dev.sko.rules.catalog.support.Plans.CALL_FOR_CONTENT;
import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.CallForContent;
import dev.sko.core.ContentSubmission;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanningData;
import dev.sko.core.RelativeDay;
import dev.sko.core.SubmissionState;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * No submission is still in triage within {@link #DAYS_BEFORE} days of the event, judged as of
 * {@link PlanningData#statusDate()}. The rule never reads a clock: without a status date it says
 * once, at INFO, that it cannot judge the submissions still in triage (and stays silent when none
 * is).
 */
public final class ContentTriage {
  private ContentTriage() {}

  /** Option {@code days-before}: its description gives the figure and its source. */
  public static final RuleOption<Integer> DAYS_BEFORE =
      RuleOption.integer(
          "days-before",
          30,
          0,
          RelativeDay.MAX_OFFSET,
          "Days before the first event day from which no submission may still be in triage"
              + " (GITLAB_HANDBOOK: accepted or deferred after the call closes; 30 days is the"
              + " catalogue's deadline for it)");

  /**
   * The rule {@code sko.planning.content-triage}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.planning.content-triage")
          .title("No content submission is still in triage close to the event")
          .source("GITLAB_HANDBOOK (call for content: triage, accepted, deferred)")
          .rationale(
              "Presenters of accepted sessions need weeks to build and rehearse, and those not chosen"
                  + " should move to the enablement backlog; a submission still undecided a month"
                  + " before the event is a session that will be under-prepared or a contributor"
                  + " left waiting.")
          .defaultSeverity(Severity.INFO)
          .option(DAYS_BEFORE)
          .check(ContentTriage::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Optional<PlanningData> planning = plan.planning();
    Optional<CallForContent> call = planning.flatMap(PlanningData::callForContent);
    if (call.isEmpty()) {
      return; // sko.planning.call-for-content reports a missing call
    }
    List<ContentSubmission> submissions = call.get().submissions();
    long inTriage = 0;
    for (int i = 0; i < submissions.size(); i++) {
      if (submissions.get(i).state() == SubmissionState.TRIAGE) {
        inTriage++;
      }
    }
    if (inTriage == 0) {
      return;
    }
    int daysBefore = review.option(DAYS_BEFORE);
    Optional<LocalDate> status = planning.flatMap(PlanningData::statusDate);
    if (status.isEmpty()) {
      review
          .finding(
              CALL_FOR_CONTENT,
              inTriage
                  + " "
                  + plural(inTriage, "submission is", "submissions are")
                  + " in triage, and the planning data has no status date to judge them by")
          .figure("in-triage", inTriage)
          .remediation(
              "Set the planning status date so submissions still in triage "
                  + daysBefore
                  + " days before the event can be found")
          .report();
      return;
    }
    long daysToEvent = ChronoUnit.DAYS.between(status.get(), plan.startDate());
    if (daysToEvent > daysBefore) {
      return;
    }
    for (int i = 0; i < submissions.size(); i++) {
      ContentSubmission s = submissions.get(i);
      if (s.state() != SubmissionState.TRIAGE) {
        continue;
      }
      review
          .finding(
              Location.of("planning.callForContent.submissions[" + i + "]"),
              "\""
                  + s.title()
                  + "\" is still in triage on "
                  + status.get()
                  + ", "
                  + (daysToEvent >= 0
                      ? daysToEvent + " days before the event"
                      : -daysToEvent + " days after the event started")
                  + "; submissions should be decided more than "
                  + daysBefore
                  + " days before")
          .evidence(daysToEvent, daysBefore)
          .remediation(
              "Accept \""
                  + s.title()
                  + "\" and start building it with its presenter, or defer it to the enablement"
                  + " backlog")
          .report();
    }
  }
}
