package dev.sko.examples.plans;

import static dev.sko.examples.plans.PlanFacts.activity;
import static dev.sko.examples.plans.PlanFacts.dayOf;
import static dev.sko.examples.plans.PlanFacts.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AudienceKind;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.DayLength;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccelerationSummitPlanTest {
  private final KickoffPlan plan = SamplePlans.accelerationSummit();

  @Test
  void it_runs_two_and_a_half_days_for_120_people() {
    assertThat(plan.headcount()).isEqualTo(120);
    assertThat(plan.eventDays()).isEqualTo(2.5);
    assertThat(plan.days().get(plan.days().size() - 1).length()).isEqualTo(DayLength.HALF);
  }

  @Test
  void two_to_three_big_bets_each_have_weekly_monthly_and_quarterly_actions() {
    assertThat(plan.outcomes()).hasSizeBetween(2, 3);
    assertThat(plan.outcomes()).allMatch(Outcome::hasFullActionPlan);
  }

  @Test
  void win_strategies_roadmap_previews_and_the_strategy_review_are_pre_work() {
    assertThat(plan.prework())
        .extracting(PreworkItem::kind)
        .containsExactlyInAnyOrder(
            PreworkKind.WIN_STRATEGY, PreworkKind.ROADMAP_PREVIEW, PreworkKind.PRE_READ);
    assertThat(plan.prework()).allMatch(p -> p.dueDay().isBefore(RelativeDay.EVENT_START));
  }

  @Test
  void the_win_loss_review_is_facilitated_by_enablement_with_the_deal_teams() {
    Session review = sessions(plan, SessionKind.WIN_LOSS_REVIEW).get(0);

    assertThat(review.presenters()).extracting(Presenter::role).contains(PresenterRole.ENABLEMENT);
    assertThat(review.presenters().stream().filter(p -> p.role().isPeer())).hasSize(3);
  }

  @Test
  void each_deal_clinic_holds_5_to_10_reps_led_by_a_top_performer_from_another_region() {
    List<Session> clinics = sessions(plan, SessionKind.DEAL_CLINIC);

    assertThat(clinics).hasSize(4);
    for (Session clinic : clinics) {
      assertThat(clinic.audience().kind()).isEqualTo(AudienceKind.REGION);
      String region = clinic.audience().name().orElseThrow();
      assertThat(clinic.groupSize()).as(clinic.id()).isPresent();
      assertThat(clinic.groupSize().getAsInt()).as(clinic.id()).isBetween(5, 10);
      List<Presenter> leads =
          clinic.presenters().stream()
              .filter(p -> p.role() == PresenterRole.TOP_PERFORMER)
              .collect(Collectors.toList());
      assertThat(leads).as(clinic.id()).isNotEmpty();
      assertThat(leads)
          .as(clinic.id())
          .allSatisfy(p -> assertThat(p.region()).isPresent().get().isNotEqualTo(region));
    }
    assertThat(clinics.stream().map(c -> c.audience().name().orElseThrow()))
        .doesNotHaveDuplicates();
  }

  @Test
  void the_customer_session_brings_promoters_neutrals_and_detractors() {
    Session customers = sessions(plan, SessionKind.CUSTOMER_INTERACTION).get(0);

    assertThat(customers.customerMix()).containsExactlyInAnyOrder(CustomerSentiment.values());
    assertThat(customers.presenters()).extracting(Presenter::role).contains(PresenterRole.CUSTOMER);
  }

  @Test
  void territories_quotas_and_comp_are_delivered_on_the_last_day_before_reps_leave() {
    List<Session> delivery = sessions(plan, SessionKind.TERRITORY_QUOTA_COMP);

    assertThat(delivery).hasSize(1);
    assertThat(dayOf(plan, delivery.get(0).id())).isEqualTo(plan.days().size() - 1);
  }

  @Test
  void reinforcement_is_weekly_coaching_and_monthly_all_hands() {
    assertThat(activity(plan, ActivityKind.ONE_ON_ONE_COACHING).cadence())
        .isEqualTo(Cadence.WEEKLY);
    assertThat(activity(plan, ActivityKind.ALL_HANDS_CALL).cadence()).isEqualTo(Cadence.MONTHLY);
  }

  @Test
  void hard_cost_per_rep_is_the_sources_1982_usd() {
    CostSummary cost = CostModel.standard().summarize(plan);

    assertThat(cost.reps()).isEqualTo(plan.headcount());
    assertThat(cost.hardCostPerRep()).contains(CostModel.BENCHMARK_HARD_COST_PER_REP);
  }

  @Test
  void the_loaded_cost_per_rep_values_rep_time_at_the_salary_the_sources_figures_imply() {
    CostSummary cost = CostModel.standard().summarize(plan);
    BigDecimal timePerRepInSource =
        CostModel.BENCHMARK_LOADED_COST_PER_REP
            .amount()
            .subtract(CostModel.BENCHMARK_HARD_COST_PER_REP.amount());
    Money expected =
        Money.of(
            CostModel.BENCHMARK_HARD_COST_PER_REP
                .amount()
                .add(
                    timePerRepInSource
                        .multiply(BigDecimal.valueOf(plan.eventDays()))
                        .divide(new BigDecimal("2.4"), Money.DIVISION_CONTEXT)),
            "USD");

    assertThat(cost.salaryLoadedCostPerRep().map(Money::rounded)).contains(expected.rounded());
    assertThat(cost.repTimeAtSalary().map(Money::rounded))
        .contains(plan.budget().orElseThrow().softCost().rounded());
  }

  @Test
  void live_enablement_sessions_carry_the_big_bets_after_the_summit() {
    assertThat(activity(plan, ActivityKind.LIVE_ENABLEMENT).firstDay().offset())
        .isGreaterThan(plan.lastEventDay().offset());
  }

  @Test
  void rep_time_is_priced_at_the_sources_loaded_rate_per_day() {
    Budget budget = plan.budget().orElseThrow();
    BigDecimal sourceDays = new BigDecimal("2.4");
    BigDecimal timePerRepInSource =
        CostModel.BENCHMARK_LOADED_COST_PER_REP
            .amount()
            .subtract(CostModel.BENCHMARK_HARD_COST_PER_REP.amount());

    // soft / (reps x days) == (5,281 - 1,982) / 2.4, cross-multiplied to stay exact
    assertThat(budget.softCost().amount().multiply(sourceDays))
        .isEqualByComparingTo(
            timePerRepInSource
                .multiply(BigDecimal.valueOf(plan.headcount()))
                .multiply(BigDecimal.valueOf(plan.eventDays())));
  }
}
