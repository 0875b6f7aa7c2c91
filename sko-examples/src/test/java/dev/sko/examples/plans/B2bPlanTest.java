package dev.sko.examples.plans;

import static dev.sko.examples.plans.PlanFacts.activity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.Budget;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.PresenterRole;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class B2bPlanTest {
  private static final long LAKH = 100_000;

  private final KickoffPlan plan = SamplePlans.b2bThirtyPerson();
  private final Budget budget = plan.budget().orElseThrow();

  @Test
  void it_is_a_two_day_in_person_kickoff_for_thirty_at_a_city_hotel() {
    assertThat(plan.headcount()).isEqualTo(30);
    assertThat(plan.eventDays()).isEqualTo(2.0);
    assertThat(plan.format()).isEqualTo(EventFormat.IN_PERSON);
    assertThat(plan.venue()).isEqualTo(VenueKind.HOTEL);
  }

  @Test
  void the_lost_selling_time_inputs_are_the_guides_thirty_reps_at_thirty_lakh_a_month() {
    assertThat(budget.currency().getCurrencyCode()).isEqualTo("INR");
    assertThat(budget.averageMonthlyQuota()).contains(Money.of(30 * LAKH, "INR"));
    assertThat(plan.roster()).isEmpty();
    CostSummary cost = CostModel.standard().summarize(plan);
    assertThat(cost.reps()).isEqualTo(30);
    assertThat(cost.eventDays()).isEqualByComparingTo("2");
    assertThat(cost.workingDaysPerMonth()).isEqualTo(20);
  }

  @Test
  void the_budget_prices_lost_selling_time_as_the_guides_formula_gives_it() {
    CostSummary cost = CostModel.standard().summarize(plan);
    Money lost = items(CostCategory.LOST_SELLING_TIME).get(0).amount();

    assertThat(cost.lostSellingTime()).contains(lost);
    // 30 reps x 30 lakh / 20 working days x 2 days
    assertThat(lost).isEqualTo(Money.of(90 * LAKH, "INR"));
    assertThat(budget.softCost()).isEqualTo(lost);
  }

  @Test
  void the_hard_costs_fall_within_the_guides_ranges() {
    Money travelAndStay = amount(CostCategory.TRAVEL).plus(amount(CostCategory.ACCOMMODATION));
    assertThat(travelAndStay).isBetween(inr(10 * LAKH), inr(20 * LAKH));
    Money venuePerDay = amount(CostCategory.VENUE_AV).dividedBy(2);
    assertThat(venuePerDay).isBetween(inr(2 * LAKH), inr(5 * LAKH));
    Money foodPerPersonPerDay = amount(CostCategory.FOOD_ENTERTAINMENT).dividedBy(30 * 2);
    assertThat(foodPerPersonPerDay).isBetween(inr(2_000), inr(5_000));
    assertThat(amount(CostCategory.EXTERNAL_SPEAKERS)).isBetween(inr(LAKH), inr(5 * LAKH));
  }

  @Test
  void at_least_forty_percent_of_content_time_is_interactive() {
    assertThat(PlanFacts.interactiveShare(plan)).isGreaterThanOrEqualTo(0.4);
  }

  @Test
  void top_performers_teach_content_sessions() {
    assertThat(
            plan.sessions().stream()
                .filter(s -> s.format().isContent())
                .filter(
                    s ->
                        s.presenters().stream()
                            .anyMatch(p -> p.role() == PresenterRole.TOP_PERFORMER)))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void recognition_honours_several_categories_and_social_time_is_structured() {
    assertThat(plan.recognitionCategories())
        .contains(
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.MOST_DEALS_CLOSED,
            RecognitionCategory.BEST_CUSTOMER_REFERENCE,
            RecognitionCategory.MOST_IMPROVED)
        .doesNotContain(RecognitionCategory.TOP_REVENUE);
    assertThat(PlanFacts.sessions(plan, SessionKind.RECOGNITION)).hasSize(1);
    assertThat(PlanFacts.sessions(plan, SessionKind.SOCIAL_TIME)).isNotEmpty();
  }

  @Test
  void two_to_three_outcomes_are_defined() {
    assertThat(plan.outcomes()).hasSizeBetween(2, 3);
    assertThat(plan.outcomes()).allMatch(o -> o.metric().isPresent());
  }

  @Test
  void the_thirty_day_programme_has_recaps_a_first_week_challenge_a_channel_and_a_check_in() {
    ReinforcementActivity challenge = activity(plan, ActivityKind.SKILL_CHALLENGE);
    ReinforcementActivity checkIn = activity(plan, ActivityKind.MANAGER_CHECK_IN);

    assertThat(activity(plan, ActivityKind.RECAP_VIDEO).firstDay())
        .isGreaterThan(plan.lastEventDay());
    assertThat(activity(plan, ActivityKind.QUICK_WINS_CHANNEL).firstDay())
        .isGreaterThan(plan.lastEventDay());
    assertThat(plan.daysAfterEvent(challenge.firstDay())).isEqualTo(1);
    assertThat(plan.daysAfterEvent(challenge.lastDay())).isLessThanOrEqualTo(7);
    assertThat(plan.daysAfterEvent(checkIn.firstDay())).isEqualTo(30);
  }

  private List<CostItem> items(CostCategory category) {
    return budget.items().stream()
        .filter(i -> i.category() == category)
        .collect(Collectors.toList());
  }

  private Money amount(CostCategory category) {
    List<CostItem> found = items(category);
    assertThat(found).as("%s", category).hasSize(1);
    return found.get(0).amount();
  }

  private static Money inr(long amount) {
    return Money.of(BigDecimal.valueOf(amount), "INR");
  }
}
