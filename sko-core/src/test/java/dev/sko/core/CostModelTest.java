package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CostModelTest {

  /** One lakh is 100,000 (B2B_SKO_GUIDE's figures are in lakh INR). */
  private static final long LAKH = 100_000;

  private static final CostModel MODEL = CostModel.standard();

  /** {@code full} full days followed by {@code half} half days. */
  private static List<AgendaDay> days(int full, int half) {
    List<AgendaDay> days = new ArrayList<>();
    for (int i = 0; i < full + half; i++) {
      days.add(
          AgendaDay.builder()
              .length(i < full ? DayLength.FULL : DayLength.HALF)
              .addSession(session("d" + i, SessionKind.WORKSHOP, 9, 0, 30))
              .build());
    }
    return days;
  }

  private static List<Rep> reps(int count, Money monthlyQuota) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> rep("r" + i).monthlyQuota(monthlyQuota).build())
        .collect(Collectors.toList());
  }

  private static Rep.Builder rep(String id) {
    return Rep.builder().id(id).name("Rep " + id);
  }

  private static Money inr(long amount) {
    return Money.of(amount, "INR");
  }

  private static Money usd(long amount) {
    return Money.of(amount, "USD");
  }

  @Nested
  class LostSellingTime {

    @Test
    void b2bSkoGuidesExample_30RepsAt30LakhOver3Days_is135Lakh_fromTheBudgetsAverageQuota() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(30)
              .days(days(3, 0))
              .budget(Budget.builder("INR").averageMonthlyQuota(inr(30 * LAKH)).build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.reps()).isEqualTo(30);
      assertThat(cost.eventDays()).isEqualByComparingTo("3");
      assertThat(cost.workingDaysPerMonth()).isEqualTo(20);
      assertThat(cost.totalMonthlyQuota()).contains(inr(900 * LAKH));
      assertThat(cost.lostSellingTime()).contains(inr(135 * LAKH));
      assertThat(cost.lostSellingTime().orElseThrow().amount())
          .isEqualByComparingTo(new BigDecimal("13500000"));
    }

    @Test
    void b2bSkoGuidesExample_fromTheRostersOwnQuotas() {
      KickoffPlan plan =
          minimalBuilder().headcount(30).days(days(3, 0)).roster(reps(30, inr(30 * LAKH))).build();

      assertThat(MODEL.summarize(plan).lostSellingTime()).contains(inr(135 * LAKH));
    }

    @Test
    void theArithmeticAlone() {
      assertThat(MODEL.lostSellingTime(inr(900 * LAKH), BigDecimal.valueOf(3)))
          .isEqualTo(inr(135 * LAKH));
    }

    @Test
    void aHalfDayCountsHalf() {
      KickoffPlan plan =
          minimalBuilder().headcount(30).days(days(2, 1)).roster(reps(30, inr(30 * LAKH))).build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.eventDays()).isEqualByComparingTo("2.5");
      // 900 lakh / 20 x 2.5 = 112.5 lakh
      assertThat(cost.lostSellingTime()).contains(inr(11_250_000));
    }

    @Test
    void theWorkingDaysAreAnOption_andTheDivisionIsCarriedTo34Digits() {
      CostModel model = CostModel.builder().workingDaysPerMonth(21).build();

      Money lost = model.lostSellingTime(inr(900 * LAKH), BigDecimal.valueOf(3));

      // 270,000,000 / 21 = 12,857,142.857142857142857142857142857... (34 significant digits)
      assertThat(lost.amount().precision()).isEqualTo(34);
      assertThat(lost.rounded()).isEqualTo(Money.of("12857142.86", "INR"));
      assertThat(model.summarize(minimalBuilder().build()).workingDaysPerMonth()).isEqualTo(21);
    }

    @Test
    void aRepWithoutAQuotaTakesTheBudgetsAverage() {
      List<Rep> roster = new ArrayList<>(reps(2, inr(40 * LAKH)));
      roster.add(rep("r3").build());
      KickoffPlan plan =
          minimalBuilder()
              .days(days(1, 0))
              .roster(roster)
              .budget(Budget.builder("INR").averageMonthlyQuota(inr(20 * LAKH)).build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.reps()).isEqualTo(3);
      assertThat(cost.totalMonthlyQuota()).contains(inr(100 * LAKH));
      assertThat(cost.lostSellingTime()).contains(inr(5 * LAKH));
    }

    @Test
    void aRepWithoutAQuotaAndNoAverage_leavesTheQuotaAndLostTimeUnknown() {
      List<Rep> roster = new ArrayList<>(reps(2, inr(40 * LAKH)));
      roster.add(rep("r3").build());
      KickoffPlan plan = minimalBuilder().roster(roster).build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.totalMonthlyQuota()).isEmpty();
      assertThat(cost.lostSellingTime()).isEmpty();
      assertThat(cost.totalAnnualQuota()).isEmpty();
    }

    @Test
    void withoutARosterOrAnAverage_thereIsNoQuota() {
      assertThat(CostModel.totalMonthlyQuota(minimalBuilder().build())).isEmpty();
    }

    @Test
    void theRosterNotTheHeadcountCountsTheReps() {
      KickoffPlan plan = minimalBuilder().headcount(40).roster(reps(30, inr(LAKH))).build();

      assertThat(CostModel.repCount(plan)).isEqualTo(30);
      assertThat(CostModel.repCount(minimalBuilder().headcount(40).build())).isEqualTo(40);
    }

    @Test
    void quotasInTwoCurrenciesFailNamingTheRep() {
      List<Rep> roster = new ArrayList<>(reps(2, inr(LAKH)));
      roster.add(rep("r-usd").monthlyQuota(usd(1000)).build());
      KickoffPlan plan = minimalBuilder().roster(roster).build();

      assertThatThrownBy(() -> MODEL.summarize(plan))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("r-usd")
          .hasMessageContaining("12000 USD")
          .hasMessageContaining("INR");
    }
  }

  @Nested
  class AllInCost {

    @Test
    void isHardCostPlusTheComputedLostSellingTime_whenTheBudgetHasNoSoftItem() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(30)
              .days(days(3, 0))
              .budget(
                  Budget.builder("INR")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", inr(15 * LAKH)))
                      .addItem(CostItem.of(CostCategory.VENUE_AV, "hotel hall", inr(6 * LAKH)))
                      .averageMonthlyQuota(inr(30 * LAKH))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.hardCost()).contains(inr(21 * LAKH));
      assertThat(cost.budgetedSoftCost()).contains(inr(0));
      assertThat(cost.budgetPricesSellingTime()).isFalse();
      assertThat(cost.allInCost()).contains(inr(156 * LAKH));
      assertThat(cost.hardCostPerRep()).contains(inr(70_000));
      assertThat(cost.loadedCostPerRep()).contains(inr(520_000));
    }

    @Test
    void takesTheBudgetsSoftItemsInsteadOfTheComputedTime_neverBoth() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(30)
              .days(days(3, 0))
              .budget(
                  Budget.builder("INR")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", inr(15 * LAKH)))
                      .addItem(
                          CostItem.of(CostCategory.LOST_SELLING_TIME, "3 days", inr(100 * LAKH)))
                      .addItem(CostItem.of(CostCategory.REP_TIME, "salaries", inr(30 * LAKH)))
                      .averageMonthlyQuota(inr(30 * LAKH))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.budgetPricesSellingTime()).isTrue();
      assertThat(cost.budgetedSoftCost()).contains(inr(130 * LAKH));
      assertThat(cost.lostSellingTime()).contains(inr(135 * LAKH));
      // 15 hard + 130 budgeted soft; not + 135 computed on top
      assertThat(cost.allInCost()).contains(inr(145 * LAKH));
    }

    @Test
    void aBudgetWithSoftItemsNeedsNoQuota() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(10)
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.PRODUCTION, "stage", usd(20_000)))
                      .addItem(CostItem.of(CostCategory.REP_TIME, "salaries", usd(30_000)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.lostSellingTime()).isEmpty();
      assertThat(cost.allInCost()).contains(usd(50_000));
      assertThat(cost.loadedCostPerRep()).contains(usd(5_000));
      assertThat(cost.breakEvenAttainment()).isEmpty();
    }

    @Test
    void isUnknownWhenNothingPricesTheSellingTime_butTheHardCostPerRepIsKnown() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(10)
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(19_820)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.allInCost()).isEmpty();
      assertThat(cost.loadedCostPerRep()).isEmpty();
      assertThat(cost.hardCostPerRep()).contains(CostModel.BENCHMARK_HARD_COST_PER_REP);
    }

    @Test
    void withoutABudget_onlyTheQuotaFiguresAreKnown() {
      KickoffPlan plan = minimalBuilder().days(days(2, 0)).roster(reps(20, usd(10_000))).build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.hardCost()).isEmpty();
      assertThat(cost.budgetedSoftCost()).isEmpty();
      assertThat(cost.budgetPricesSellingTime()).isFalse();
      assertThat(cost.allInCost()).isEmpty();
      assertThat(cost.hardCostPerRep()).isEmpty();
      assertThat(cost.lostSellingTime()).contains(usd(20_000));
      assertThat(cost.totalAnnualQuota()).contains(usd(2_400_000));
      assertThat(cost.breakEvenAttainment()).isEmpty();
    }

    @Test
    void perRepFiguresAreNotRoundedToTheMinorUnit() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(3)
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(10_000)))
                      .build())
              .build();

      Money perRep = MODEL.summarize(plan).hardCostPerRep().orElseThrow();

      assertThat(perRep.amount().precision()).isEqualTo(34);
      assertThat(perRep.rounded()).isEqualTo(Money.of("3333.33", "USD"));
    }

    @Test
    void quotasInAnotherCurrencyThanTheBudgetFailAtBuildNamingBoth() {
      KickoffPlan.Builder plan =
          minimalBuilder()
              .roster(reps(2, usd(10_000)))
              .budget(
                  Budget.builder("INR")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", inr(LAKH)))
                      .build());

      assertThatThrownBy(plan::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("USD")
          .hasMessageContaining("INR")
          .hasMessageContaining("never mix");
    }
  }

  @Nested
  class BreakEven {

    @Test
    void behaviorChangeModelsExample_500kOver100RepsWith1mQuotas_is0point5Percent() {
      Money quota = usd(1_000_000).times(100);

      BigDecimal breakEven = CostModel.breakEvenAttainment(usd(500_000), quota);

      assertThat(breakEven).isEqualByComparingTo("0.005");
    }

    @Test
    void fromAPlan_theAnnualQuotaIs12TimesTheMonthly() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(100)
              .days(days(2, 0))
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(400_000)))
                      .addItem(CostItem.of(CostCategory.REP_TIME, "salaries", usd(200_000)))
                      .averageMonthlyQuota(usd(100_000))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.totalAnnualQuota()).contains(usd(120_000_000));
      assertThat(cost.allInCost()).contains(usd(600_000));
      assertThat(cost.breakEvenAttainment())
          .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("0.005"));
    }

    @Test
    void isUnknownForAZeroQuota() {
      KickoffPlan plan =
          minimalBuilder()
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.REP_TIME, "salaries", usd(1)))
                      .averageMonthlyQuota(usd(0))
                      .build())
              .build();

      assertThat(MODEL.summarize(plan).breakEvenAttainment()).isEmpty();
      assertThatThrownBy(() -> CostModel.breakEvenAttainment(usd(1), usd(0)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMixCurrencies() {
      assertThatThrownBy(() -> CostModel.breakEvenAttainment(usd(500_000), inr(100 * LAKH)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("USD")
          .hasMessageContaining("INR");
    }
  }

  @Nested
  class Options {

    @Test
    void theSourcesFigures() {
      assertThat(CostModel.DEFAULT_WORKING_DAYS_PER_MONTH).isEqualTo(20);
      assertThat(CostModel.standard().workingDaysPerMonth()).isEqualTo(20);
      assertThat(CostModel.MONTHS_PER_YEAR).isEqualTo(12);
      assertThat(CostModel.BENCHMARK_HARD_COST_PER_REP).isEqualTo(Money.of("1982.00", "USD"));
      assertThat(CostModel.BENCHMARK_LOADED_COST_PER_REP).isEqualTo(Money.of("5281.00", "USD"));
    }

    @Test
    void workingDaysMustBeAtLeastOne() {
      assertThat(CostModel.builder().workingDaysPerMonth(1).build().workingDaysPerMonth())
          .isEqualTo(1);
      assertThatThrownBy(() -> CostModel.builder().workingDaysPerMonth(0).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("CostModel.workingDaysPerMonth must be at least 1, but was 0");
    }
  }

  /** Issue 17, items 2 and 5: annual quotas, quota carriers, rep time at salary. */
  @Nested
  class QuotaPeriodAndQuotaCarriers {

    /**
     * BEHAVIOR_CHANGE_MODEL as written: "a 500K all-in cost (travel + lost selling days +
     * production), and you have 100 reps with 1M quotas, you need 0.5%". With only monthly quotas
     * the 1M had to be entered as 83,333.33 a month and the figure came out 0.50000002.
     */
    @Test
    void behaviorChangeModelsBreakEvenEnteredAsWritten_isExactly0point5Percent() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(100)
              .budget(
                  Budget.builder("USD")
                      .averageAnnualQuota(usd(1_000_000))
                      .addItem(CostItem.of(CostCategory.TRAVEL, "travel", usd(300_000)))
                      .addItem(
                          CostItem.of(CostCategory.LOST_SELLING_TIME, "selling days", usd(150_000)))
                      .addItem(CostItem.of(CostCategory.PRODUCTION, "production", usd(50_000)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.totalAnnualQuota()).contains(usd(100_000_000));
      assertThat(cost.allInCost()).contains(usd(500_000));
      assertThat(cost.breakEvenAttainment().orElseThrow()).isEqualByComparingTo("0.005");
    }

    @Test
    void annualQuotasOnTheRosterPriceLostSellingTimeAsTheirMonthlyEquivalent() {
      KickoffPlan annual =
          minimalBuilder()
              .days(days(3, 0))
              .roster(
                  IntStream.rangeClosed(1, 30)
                      .mapToObj(i -> rep("r" + i).annualQuota(inr(12 * 30 * LAKH)).build())
                      .collect(Collectors.toList()))
              .build();

      CostSummary cost = MODEL.summarize(annual);

      assertThat(cost.lostSellingTime()).contains(inr(135 * LAKH));
      assertThat(cost.totalMonthlyQuota()).contains(inr(30 * 30 * LAKH));
    }

    @Test
    void aManagerWithoutAQuotaIsNoRepAndGetsNoAverageQuota() {
      List<Rep> roster = new ArrayList<>(reps(2, usd(10_000)));
      roster.add(rep("m1").role(RepRole.MANAGER).build());
      KickoffPlan plan =
          minimalBuilder()
              .roster(roster)
              .budget(
                  Budget.builder("USD")
                      .averageMonthlyQuota(usd(50_000))
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(6_000)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.reps()).isEqualTo(2);
      assertThat(CostModel.repCount(plan)).isEqualTo(2);
      assertThat(cost.totalMonthlyQuota()).contains(usd(20_000));
      assertThat(cost.hardCostPerRep()).contains(usd(3_000));
    }

    @Test
    void aPlayerCoachWithAQuotaOfTheirOwnIsARep() {
      List<Rep> roster = new ArrayList<>(reps(2, usd(10_000)));
      roster.add(rep("m1").role(RepRole.MANAGER).monthlyQuota(usd(4_000)).build());
      KickoffPlan plan = minimalBuilder().roster(roster).build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.reps()).isEqualTo(3);
      assertThat(cost.totalMonthlyQuota()).contains(usd(24_000));
    }

    @Test
    void aRosterOfManagersWithoutQuotasHasNoPerRepFigures() {
      KickoffPlan plan =
          minimalBuilder()
              .addRoster(rep("m1").role(RepRole.MANAGER).build())
              .budget(
                  Budget.builder("USD")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(6_000)))
                      .addItem(CostItem.of(CostCategory.LOST_SELLING_TIME, "time", usd(1_000)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.reps()).isZero();
      assertThat(cost.hardCostPerRep()).isEmpty();
      assertThat(cost.allInCostPerRep()).isEmpty();
      assertThat(cost.totalAnnualQuota()).isEmpty();
    }

    /** ACCELERATION_SUMMIT's loaded cost values rep time at salary and benefits, not at quota. */
    @Test
    void repTimeAtSalaryIsTheLoadedCostTheBenchmarkMeans_notQuotaTime() {
      KickoffPlan plan =
          minimalBuilder()
              .headcount(10)
              .days(days(2, 0))
              .budget(
                  Budget.builder("USD")
                      .averageMonthlyQuota(usd(100_000))
                      .averageAnnualSalaryCost(usd(240_000))
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(19_820)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      // salary: 240,000 / 240 working days = 1,000 a day, x 2 days x 10 reps = 20,000
      assertThat(cost.repTimeAtSalary()).contains(usd(20_000));
      assertThat(cost.salaryLoadedCostPerRep()).contains(usd(3_982));
      // quota time: 10 x 100,000 / 20 x 2 = 100,000, a different quantity
      assertThat(cost.lostSellingTime()).contains(usd(100_000));
      assertThat(cost.allInCostPerRep()).contains(usd(11_982));
    }

    @Test
    void withoutASalaryCostThereIsNoLoadedFigure() {
      KickoffPlan plan =
          minimalBuilder()
              .budget(
                  Budget.builder("USD")
                      .averageMonthlyQuota(usd(100_000))
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", usd(1_000)))
                      .build())
              .build();

      CostSummary cost = MODEL.summarize(plan);

      assertThat(cost.repTimeAtSalary()).isEmpty();
      assertThat(cost.salaryLoadedCostPerRep()).isEmpty();
      assertThat(cost.allInCostPerRep()).isPresent();
    }
  }

  @Nested
  class CurrencyOfTheQuotasAgainstTheBudget {

    /** Issue 17, item 5: the plan built, and the mismatch surfaced only in the cost figures. */
    @Test
    void aRepsQuotaInAnotherCurrencyThanTheBudgetFailsAtBuildNamingBoth() {
      KickoffPlan.Builder plan =
          minimalBuilder()
              .roster(reps(2, usd(10_000)))
              .budget(
                  Budget.builder("INR")
                      .addItem(CostItem.of(CostCategory.TRAVEL, "flights", inr(LAKH)))
                      .addItem(CostItem.of(CostCategory.LOST_SELLING_TIME, "quota", inr(LAKH)))
                      .build());

      assertThatThrownBy(plan::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "KickoffPlan.roster[0].monthlyQuota must be in the budget's currency INR; amounts of"
                  + " different currencies never mix, convert first, but was 10000 USD");
    }
  }
}
