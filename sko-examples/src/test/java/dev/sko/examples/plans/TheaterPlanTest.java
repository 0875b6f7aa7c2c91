package dev.sko.examples.plans;

import static dev.sko.examples.plans.PlanFacts.session;
import static dev.sko.examples.plans.PlanFacts.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.Budget;
import dev.sko.core.DayLength;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TheaterPlanTest {
  private final KickoffPlan plan = SamplePlans.theater();

  @Test
  void it_is_three_and_a_half_days_at_a_destination_resort() {
    assertThat(plan.eventDays()).isEqualTo(3.5);
    assertThat(plan.days()).hasSize(4);
    assertThat(plan.days().get(3).length()).isEqualTo(DayLength.HALF);
    assertThat(plan.venue()).isEqualTo(VenueKind.DESTINATION_RESORT);
    assertThat(plan.headcount()).isEqualTo(80);
  }

  @Test
  void the_ceo_speaks_for_an_hour_without_questions() {
    Session keynote = session(plan, "d1-keynote");

    assertThat(keynote.kind()).isEqualTo(SessionKind.KEYNOTE);
    assertThat(keynote.isExecutiveLed()).isTrue();
    assertThat(keynote.talkTime()).isEqualTo(Duration.ofMinutes(60));
    assertThat(keynote.qaTime()).isZero();
  }

  @Test
  void the_agenda_holds_every_anti_pattern_session() {
    assertThat(sessions(plan, SessionKind.MOTIVATIONAL_TALK))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.presenters())
                    .anyMatch(p -> p.role() == PresenterRole.EXTERNAL_SPEAKER));
    assertThat(sessions(plan, SessionKind.TEAM_GAME)).isNotEmpty();
    assertThat(sessions(plan, SessionKind.RECOGNITION)).isNotEmpty();
    assertThat(plan.recognitionCategories()).containsExactly(RecognitionCategory.TOP_REVENUE);
    assertThat(sessions(plan, SessionKind.ROADMAP))
        .anyMatch(
            s ->
                s.room() == RoomKind.MAIN_STAGE
                    && s.length().compareTo(Duration.ofMinutes(60)) >= 0);
    assertThat(sessions(plan, SessionKind.QA))
        .anyMatch(s -> s.qaStyle() == QaStyle.OPEN_MIC && s.isExecutiveLed());
  }

  @Test
  void the_theme_is_vague_and_nothing_is_measured() {
    assertThat(plan.theme()).contains("Go for greatness");
    assertThat(plan.outcomes()).noneMatch(o -> o.metric().isPresent());
    assertThat(plan.metricTargets()).isEmpty();
    assertThat(plan.surveys()).isEmpty();
    assertThat(plan.prework()).isEmpty();
  }

  @Test
  void it_is_mostly_presentations() {
    assertThat(PlanFacts.interactiveShare(plan)).isLessThan(0.3);
  }

  @Test
  void tiers_are_announced() {
    assertThat(plan.tierPolicy()).hasValueSatisfying(p -> assertThat(p.announced()).isTrue());
  }

  @Test
  void the_only_follow_up_is_an_lms_course_without_manager_follow_up() {
    assertThat(plan.reinforcement())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(ActivityKind.LMS_COURSE);
              assertThat(a.managerFollowUp()).isFalse();
            });
    assertThat(plan.reinforcement()).noneMatch(ReinforcementActivity::managerFollowUp);
  }

  @Test
  void hard_cost_is_6000_usd_a_head_and_no_selling_time_is_counted() {
    Budget budget = plan.budget().orElseThrow();

    assertThat(budget.hardCost().dividedBy(plan.headcount())).isEqualTo(Money.of(6000, "USD"));
    assertThat(budget.hardCost().dividedBy(plan.headcount())).isGreaterThan(Money.of(4000, "USD"));
    assertThat(budget.countsSellingTime()).isFalse();
  }
}
