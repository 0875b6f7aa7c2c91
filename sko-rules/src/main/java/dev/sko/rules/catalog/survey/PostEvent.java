package dev.sko.rules.catalog.survey;

import static dev.sko.rules.catalog.support.Wording.dayAfter;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * Attendees are surveyed after the event: a post-event survey goes out from the last event day
 * itself up to {@link #WITHIN} days after it, on the {@link EventClock#DAYS_AFTER_EVENT} clock.
 */
public final class PostEvent {
  private PostEvent() {}

  /** Option {@code within-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> WITHIN =
      RuleOption.integer(
          "within-days",
          2,
          0,
          RelativeDay.MAX_OFFSET,
          "Days after the last event day by which the post-event survey goes out; the last event"
              + " day itself counts (SKO_GUIDE: survey attendees immediately after)");

  /**
   * The behaviour-change profile's {@link #WITHIN}: BEHAVIOR_CHANGE_MODEL's rep feedback survey
   * (anonymous, three free-text questions) is one of the steps of its "POST-KICKOFF (30 days)", so
   * it may go out any time in the 30 days after the event.
   */
  public static final int BEHAVIOR_CHANGE_WITHIN = 30;

  /**
   * The rule {@code sko.survey.post-event}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.survey.post-event")
          .title("Attendees are surveyed after the event")
          .source(
              "SKO_GUIDE (survey immediately after), BEHAVIOR_CHANGE_MODEL (rep feedback loop in"
                  + " the 30 days after)")
          .rationale(
              "What worked, what did not, and where reps feel least confident is freshest right after"
                  + " the event; the answers steer the follow-up reinforcement and next year's"
                  + " kickoff. SKO_GUIDE asks for the survey immediately after; BEHAVIOR_CHANGE_MODEL"
                  + " runs its anonymous rep feedback survey (what changed, what is still broken, one"
                  + " thing to kill) as part of the 30 days after the event, so its profile accepts"
                  + " a survey any time in those 30 days. Days count from the last event day.")
          .defaultSeverity(Severity.WARNING)
          .option(WITHIN)
          .check(PostEvent::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    int within = review.option(WITHIN);
    List<Survey> surveys = plan.surveys();
    int nearest = -1;
    int nearestOff = Integer.MAX_VALUE;
    for (int i = 0; i < surveys.size(); i++) {
      Survey s = surveys.get(i);
      if (s.kind() != SurveyKind.POST_EVENT) {
        continue;
      }
      int after = EventClock.DAYS_AFTER_EVENT.count(plan, s.day());
      if (after >= 0 && after <= within) {
        return;
      }
      int off = after < 0 ? -after : after - within;
      if (off < nearestOff) {
        nearest = i;
        nearestOff = off;
      }
    }
    RelativeDay by = EventClock.DAYS_AFTER_EVENT.day(plan, within);
    if (nearest < 0) {
      review
          .finding(
              Location.of("surveys"),
              "No post-event survey is planned; ask attendees after the event what worked"
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
    review
        .finding(
            Location.element("surveys", nearest),
            "The post-event survey goes out on "
                + dayAfter(plan, day)
                + "; it should go out between the last event day and "
                + EventClock.DAYS_AFTER_EVENT.name(within)
                + " ("
                + EventClock.DAYS_AFTER_EVENT.legend()
                + ")")
        .evidence(EventClock.DAYS_AFTER_EVENT.count(plan, day), within)
        .remediation(
            "Send the post-event survey between day " + plan.lastEventDay() + " and day " + by)
        .report();
  }
}
