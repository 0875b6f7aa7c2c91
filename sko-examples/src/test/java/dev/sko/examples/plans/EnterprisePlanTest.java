package dev.sko.examples.plans;

import static dev.sko.examples.plans.PlanFacts.dayOf;
import static dev.sko.examples.plans.PlanFacts.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
import dev.sko.core.CallForContent;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.SurveyKind;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnterprisePlanTest {
  private final KickoffPlan plan = SamplePlans.enterpriseGitLabStyle();
  private final PlanningData planning = plan.planning().orElseThrow();
  private final CallForContent call = planning.callForContent().orElseThrow();

  @Test
  void it_is_three_days_plus_a_partner_summit_for_250_people() {
    assertThat(plan.headcount()).isEqualTo(250);
    assertThat(plan.eventDays()).isEqualTo(4.0);
    assertThat(plan.days().get(3).label()).contains("Partner Summit");
  }

  @Test
  void the_partner_summit_day_is_for_partners_and_no_other_day_is() {
    AgendaDay summit = plan.days().get(3);

    assertThat(summit.sessions()).allMatch(s -> s.audience().equals(Audience.group("partners")));
    for (AgendaDay day : plan.days().subList(0, 3)) {
      assertThat(day.sessions()).noneMatch(s -> s.audience().equals(Audience.group("partners")));
    }
  }

  @Test
  void the_core_team_has_one_member_in_each_accountable_role() {
    for (CoreTeamRole role :
        List.of(
            CoreTeamRole.ACCOUNTABLE_OWNER,
            CoreTeamRole.EXECUTIVE_SPONSOR,
            CoreTeamRole.LOGISTICS_DRI,
            CoreTeamRole.CONTENT_DRI,
            CoreTeamRole.COMMUNICATIONS_DRI)) {
      assertThat(planning.coreTeam().stream().filter(m -> m.role() == role))
          .as("%s", role)
          .hasSize(1);
    }
    assertThat(planning.coreTeam())
        .filteredOn(m -> m.role() == CoreTeamRole.EXECUTIVE_SPONSOR)
        .extracting(CoreTeamMember::name)
        .containsExactly("VP, Field Operations");
  }

  @Test
  void the_call_for_content_opens_at_least_90_days_ahead_and_stays_open_three_weeks() {
    assertThat(call.opensOn().offset()).isLessThanOrEqualTo(-90);
    assertThat(call.openForDays()).isEqualTo(21);
    assertThat(call.closesOn()).isLessThan(plan.lastEventDay());
  }

  @Test
  void submissions_are_role_based_or_choose_your_own_adventure_accepted_deferred_or_in_triage() {
    for (SubmissionType type :
        List.of(SubmissionType.ROLE_BASED, SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE)) {
      for (SubmissionState state : List.of(SubmissionState.ACCEPTED, SubmissionState.DEFERRED)) {
        assertThat(call.submissions())
            .as("%s %s", type, state)
            .anyMatch(s -> s.type() == type && s.state() == state);
      }
    }
    assertThat(call.submissions()).filteredOn(s -> s.state() == SubmissionState.TRIAGE).hasSize(1);
  }

  @Test
  void the_status_date_is_more_than_30_days_before_the_event() {
    assertThat(planning.statusDate()).isPresent();
    assertThat(ChronoUnit.DAYS.between(planning.statusDate().get(), plan.startDate()))
        .isGreaterThan(30);
  }

  @Test
  void every_accepted_breakout_submission_is_on_the_agenda() {
    List<String> titles = plan.sessions().stream().map(Session::title).collect(Collectors.toList());

    for (ContentSubmission s : call.submissions()) {
      if (s.state() != SubmissionState.ACCEPTED || s.type() == SubmissionType.MAINSTAGE) {
        continue;
      }
      assertThat(titles).as(s.title()).anyMatch(t -> t.endsWith(s.title()));
    }
  }

  @Test
  void role_based_breakouts_run_in_breakout_rooms_before_the_final_choose_your_own_adventure() {
    List<Session> roleBased =
        plan.sessions().stream()
            .filter(s -> s.audience().kind() == AudienceKind.ROLE)
            .collect(Collectors.toList());
    List<Session> adventures =
        plan.sessions().stream()
            .filter(s -> s.title().startsWith("Choose your own adventure"))
            .collect(Collectors.toList());

    assertThat(roleBased).hasSizeGreaterThanOrEqualTo(5);
    assertThat(roleBased).allMatch(s -> s.room() == RoomKind.BREAKOUT);
    assertThat(roleBased.stream().map(s -> s.audience().role().orElseThrow()).distinct())
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(adventures).hasSizeGreaterThanOrEqualTo(2);
    int lastRoleDay = roleBased.stream().mapToInt(s -> dayOf(plan, s.id())).max().orElseThrow();
    assertThat(adventures).allMatch(s -> dayOf(plan, s.id()) > lastRoleDay);
    assertThat(adventures).allMatch(s -> s.room() == RoomKind.BREAKOUT);
  }

  @Test
  void the_mainstage_has_keynotes_a_customer_and_a_partner_speaker_awards_and_comp() {
    assertThat(sessions(plan, SessionKind.KEYNOTE))
        .filteredOn(s -> s.room() == RoomKind.MAIN_STAGE)
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(sessions(plan, SessionKind.CUSTOMER_STORY))
        .anyMatch(s -> hasPresenter(s, PresenterRole.CUSTOMER));
    assertThat(plan.sessions())
        .filteredOn(s -> dayOf(plan, s.id()) < 3)
        .anyMatch(s -> hasPresenter(s, PresenterRole.PARTNER));
    assertThat(sessions(plan, SessionKind.RECOGNITION)).hasSize(1);
    assertThat(sessions(plan, SessionKind.TERRITORY_QUOTA_COMP)).hasSize(1);
  }

  @Test
  void a_post_event_survey_and_content_sharing_follow_the_event() {
    assertThat(plan.surveys())
        .anyMatch(
            s ->
                s.kind() == SurveyKind.POST_EVENT
                    && plan.daysAfterEvent(s.day()) >= 0
                    && plan.daysAfterEvent(s.day()) <= 2);
    assertThat(plan.reinforcement()).allMatch(a -> a.firstDay().isAfter(plan.lastEventDay()));
    assertThat(plan.reinforcement()).isNotEmpty();
  }

  private static boolean hasPresenter(Session s, PresenterRole role) {
    return s.presenters().stream().map(Presenter::role).anyMatch(r -> r == role);
  }
}
