package dev.sko.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.QaStyle;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, acceptance: a plan built exactly as BEHAVIOR_CHANGE_MODEL describes its two days, its
 * 30 days and its metric table passes its own profile with no ERROR and no WARNING, without any
 * session the model does not have.
 *
 * <p>It starts from the sample plan (the model's two days, roster, metric table and phases) and
 * takes the model at its word where the sample is more cautious: the org-state talk uses the whole
 * "1 hour max per topic" (45 minutes of talk and 15 of Slido questions, by the VP Sales); the
 * follow-through is the model's 30 days only (stand-ups in week 1, weekly 1:1s and manager
 * check-ins and bi-weekly call reviews in weeks 2 to 4, one monthly territory review, the week-4
 * review at day 30, the governance read-out at day 32), with nothing after it; and the anonymous
 * rep survey goes out at day T+30, inside those 30 days but not "immediately after". The team
 * dinner, which the model does not name, is left out.
 */
class BehaviorChangeModelAsWrittenTest {
  /** BEHAVIOR_CHANGE_MODEL, "THE EVENT": the content sessions its two days name. */
  private static final Set<SessionKind> MODEL_SESSIONS =
      EnumSet.of(
          SessionKind.KEYNOTE, // day 1 AM: org state
          SessionKind.PRESENTATION_TALK, // day 1 AM: GTM strategy
          SessionKind.PRODUCT_UPDATE, // day 1 AM: product updates
          SessionKind.WORKSHOP, // day 1 PM: tier breakouts
          SessionKind.GOAL_SETTING, // day 1 PM: Q1 goal and coaching plan
          SessionKind.WRITTEN_COMMITMENTS, // day 2 PM: "close with written manager commitment"
          SessionKind.SKILL_STATION, // day 2 AM
          SessionKind.PEER_WAR_STORIES); // day 2 PM

  /** Not sessions of content: arriving, breaks and meals. */
  private static final Set<SessionKind> LOGISTICS =
      EnumSet.of(SessionKind.REGISTRATION, SessionKind.BREAK, SessionKind.MEAL);

  private static final RelativeDay DAY_30 = RelativeDay.after(30);

  static KickoffPlan modelAsWritten() {
    KickoffPlan sample = SamplePlans.behaviorChange();
    List<AgendaDay> days = new ArrayList<>();
    for (AgendaDay day : sample.days()) {
      List<Session> sessions = new ArrayList<>();
      for (Session s : day.sessions()) {
        if (s.kind() == SessionKind.SOCIAL_TIME) {
          continue; // the model names no dinner
        }
        if (s.id().equals("d1-checkin")) {
          s = Session.builder().from(s).start(LocalTime.of(8, 0)).build();
        }
        if (s.id().equals("d1-org-state")) {
          // "1 hour max per topic", used in full; questions via Slido, not open mic.
          s =
              Session.builder()
                  .from(s)
                  .start(LocalTime.of(8, 30))
                  .talkTime(Duration.ofMinutes(45))
                  .qaTime(Duration.ofMinutes(15))
                  .qaStyle(QaStyle.MODERATED)
                  .build();
        }
        sessions.add(s);
      }
      days.add(AgendaDay.builder().from(day).sessions(sessions).build());
    }
    List<ReinforcementActivity> thirtyDays = new ArrayList<>();
    for (ReinforcementActivity a : sample.reinforcement()) {
      if (a.kind() == ActivityKind.SKILL_ASSESSMENT) {
        continue; // quarterly: after the 30 days
      }
      if (a.kind() == ActivityKind.TERRITORY_REVIEW) {
        a = ReinforcementActivity.builder().from(a).lastDay(DAY_30).build(); // once in the 30 days
      }
      thirtyDays.add(a);
    }
    List<Survey> surveys = new ArrayList<>();
    for (Survey s : sample.surveys()) {
      surveys.add(
          s.kind() == SurveyKind.POST_EVENT ? Survey.builder().from(s).day(DAY_30).build() : s);
    }
    return KickoffPlan.builder()
        .from(sample)
        .days(days)
        .reinforcement(thirtyDays)
        .surveys(surveys)
        .build();
  }

  @Test
  void the_plan_is_the_model_as_written() {
    KickoffPlan plan = modelAsWritten();

    assertThat(plan.days()).hasSize(2);
    Set<SessionKind> kinds =
        plan.sessions().stream().map(Session::kind).collect(Collectors.toSet());
    kinds.removeAll(LOGISTICS);
    assertThat(kinds).isEqualTo(MODEL_SESSIONS);
    assertThat(PlanFacts.session(plan, "d1-org-state").length()).isEqualTo(Duration.ofHours(1));
    assertThat(plan.reinforcement())
        .allSatisfy(
            a ->
                assertThat(a.lastDay())
                    .isLessThanOrEqualTo(
                        a.kind() == ActivityKind.GOVERNANCE_REVIEW
                            ? RelativeDay.after(32)
                            : DAY_30));
    assertThat(plan.metricTargets()).hasSize(9); // the model's metric table
  }

  @Test
  void it_has_no_error_and_no_warning_under_behaviour_change() {
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(Profiles.behaviorChange())
            .build()
            .validate(modelAsWritten());

    List<Finding> serious = report.findingsAtLeast(Severity.WARNING);
    assertThat(serious).as(report.toText()).isEmpty();
  }

  @Test
  void the_sample_plan_has_no_territory_session_either() {
    assertThat(PlanFacts.sessions(SamplePlans.behaviorChange(), SessionKind.TERRITORY_QUOTA_COMP))
        .isEmpty();
  }
}
