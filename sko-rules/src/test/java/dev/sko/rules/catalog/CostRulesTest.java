package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.antipattern.DestinationOffsite;
import dev.sko.rules.catalog.cost.LostSellingTime;
import dev.sko.rules.catalog.cost.PerRep;
import dev.sko.testing.RuleTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CostRulesTest {

  private static final String[] FOUR = {
    "recommended", "classic", "behaviorChange", "accelerationSummit"
  };

  private static CostItem item(CostCategory category, String amount, String currency) {
    return CostItem.of(category, category.name().toLowerCase(), Money.of(amount, currency));
  }

  /** The one-day, 30-person test plan with {@code budget}. */
  private static KickoffPlan withBudget(Budget budget) {
    return TestPlans.minimalBuilder().budget(budget).build();
  }

  /** A hard-cost-only USD budget of {@code hard}. */
  private static Budget hardUsd(String hard) {
    return Budget.builder("USD").addItem(item(CostCategory.VENUE_AV, hard, "USD")).build();
  }

  @Nested
  class LostSellingTimeTests {
    private static final String ID = "sko.cost.lost-selling-time";

    /**
     * B2B_SKO_GUIDE's example: 30 reps at 30 lakh INR a month, out of the field for 3 days, with a
     * budget of hard costs only.
     */
    private KickoffPlan b2bExample() {
      return TestPlans.minimalBuilder()
          .addDay(AgendaDay.of(TestPlans.session("s2", SessionKind.WORKSHOP, 9, 0, 30)))
          .addDay(AgendaDay.of(TestPlans.session("s3", SessionKind.WORKSHOP, 9, 0, 30)))
          .budget(
              Budget.builder("INR")
                  .addItem(item(CostCategory.TRAVEL, "1500000", "INR"))
                  .averageMonthlyQuota(Money.of(3_000_000, "INR"))
                  .build())
          .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "classic", "behaviorChange", "accelerationSummit"})
    void a_budget_without_selling_time_is_a_warning_with_the_computed_figure(String profile) {
      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(b2bExample()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path()).isEqualTo("budget");
                assertThat(f.evidence().figure("lost-selling-time", Money.class))
                    .contains(Money.of(13_500_000, "INR"));
                assertThat(f.evidence().figure("reps", Integer.class)).contains(30);
                assertThat(f.message()).contains("13,500,000.00 INR").contains("20 working days");
              });
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOST_SELLING_TIME", "REP_TIME"})
    void a_budget_that_prices_selling_or_rep_time_passes(CostCategory soft) {
      Budget budget =
          Budget.builder("USD")
              .addItem(item(CostCategory.TRAVEL, "50000", "USD"))
              .addItem(item(soft, "1", "USD"))
              .build();

      for (String profile : FOUR) {
        if (!Profiles.named(profile).contains(ID)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(Profiles.named(profile), ID).findings(withBudget(budget)))
            .as(profile)
            .isEmpty();
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "classic", "behaviorChange", "accelerationSummit"})
    void without_a_budget_it_says_so_once_at_info(String profile) {
      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("budget");
                assertThat(f.message()).contains("no budget");
              });
    }

    @Test
    void without_quotas_it_warns_without_a_figure() {
      assertThat(RuleTester.of(LostSellingTime.RULE).findings(withBudget(hardUsd("50000"))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidence().figure("lost-selling-time", Money.class)).isEmpty();
                assertThat(f.message()).contains("no quotas");
              });
    }

    @Test
    void the_working_days_are_an_option() {
      RuleSet set = RuleSet.of("t", LostSellingTime.RULE).withOption(ID, "working-days", 25);

      assertThat(RuleTester.of(set, ID).findings(b2bExample()))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.evidence().figure("lost-selling-time", Money.class))
                      .contains(Money.of(10_800_000, "INR")));
    }

    @Test
    void a_quota_in_another_currency_than_the_budget_never_reaches_the_rule() {
      KickoffPlan.Builder plan =
          TestPlans.minimalBuilder()
              .roster(
                  List.of(
                      Rep.builder()
                          .id("r1")
                          .name("Rep One")
                          .monthlyQuota(Money.of(100_000, "EUR"))
                          .build()))
              .budget(hardUsd("50000"));

      assertThatThrownBy(plan::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("EUR")
          .hasMessageContaining("USD");
    }
  }

  @Nested
  class PerRepTests {
    private static final String ID = "sko.cost.per-rep";

    @ParameterizedTest
    @CsvSource({"recommended", "classic", "accelerationSummit"})
    void a_hard_cost_of_4000_usd_per_rep_is_reported_at_info(String profile) {
      List<Finding> found =
          RuleTester.of(Profiles.named(profile), ID).findings(withBudget(hardUsd("120000.00")));

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("budget");
                assertThat(f.evidence().figure("hard-cost-per-rep", Money.class))
                    .contains(Money.of(4000, "USD"));
                assertThat(f.evidence().figure("benchmark-hard-cost-per-rep", Money.class))
                    .contains(Money.of(1982, "USD"));
                assertThat(f.evidence().figure("benchmark-loaded-cost-per-rep", Money.class))
                    .isEmpty();
                assertThat(f.evidence().figure("reps", Integer.class)).contains(30);
                assertThat(f.evidence().actual()).isEmpty();
                assertThat(f.message()).contains("4,000.00 USD per rep").contains("1,982.00 USD");
              });
    }

    @ParameterizedTest
    @CsvSource({
      "recommended, WARNING",
      "classic, INFO",
      "behaviorChange, WARNING",
      "accelerationSummit, WARNING"
    })
    void a_cent_above_the_limit_is_reported(String profile, Severity expected) {
      List<Finding> found =
          RuleTester.of(Profiles.named(profile), ID).findings(withBudget(hardUsd("120000.30")));

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.evidence().actual()).contains(Money.of("4000.01", "USD"));
                assertThat(f.evidence().expected()).contains(Money.of(4000, "USD"));
                assertThat(f.message()).contains("above the limit of 4,000.00 USD");
              });
    }

    @Test
    void the_behaviour_change_profile_only_warns_above_the_limit() {
      assertThat(
              RuleTester.of(Profiles.named("behaviorChange"), ID)
                  .findings(withBudget(hardUsd("120000.00"))))
          .isEmpty();
      assertThat(RuleTester.of(Profiles.named("behaviorChange"), ID).findings(TestPlans.minimal()))
          .isEmpty();
    }

    @Test
    void the_all_in_cost_per_rep_counts_the_budgeted_selling_time_and_has_no_benchmark() {
      Budget budget =
          Budget.builder("USD")
              .addItem(item(CostCategory.TRAVEL, "60000", "USD"))
              .addItem(item(CostCategory.LOST_SELLING_TIME, "90000", "USD"))
              .build();

      assertThat(RuleTester.of(PerRep.RULE).findings(withBudget(budget)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().figure("hard-cost-per-rep", Money.class))
                    .contains(Money.of(2000, "USD"));
                assertThat(f.evidence().figure("all-in-cost-per-rep", Money.class))
                    .contains(Money.of(5000, "USD"));
                assertThat(f.evidence().figure("loaded-cost-per-rep", Money.class)).isEmpty();
                assertThat(f.message()).doesNotContain("5,000.00").doesNotContain("5,281");
              });
    }

    /**
     * Issue 17, item 2: the old rule set quota-valued selling time ("loaded") beside the 5,281 USD
     * benchmark, which values rep time at salary and benefits.
     */
    @Test
    void quota_valued_selling_time_is_never_set_beside_the_salary_loaded_benchmark() {
      Budget quotaOnly =
          Budget.builder("USD")
              .averageMonthlyQuota(Money.of(100_000, "USD"))
              .addItem(item(CostCategory.TRAVEL, "60000", "USD"))
              .build();

      assertThat(RuleTester.of(PerRep.RULE).findings(withBudget(quotaOnly)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().figure("loaded-cost-per-rep", Money.class)).isEmpty();
                assertThat(f.evidence().figure("benchmark-loaded-cost-per-rep", Money.class))
                    .isEmpty();
                // 2,000 hard + 100,000 / 20 quota time = 7,000 all-in per rep: no benchmark
                assertThat(f.evidence().figure("all-in-cost-per-rep", Money.class))
                    .contains(Money.of(7000, "USD"));
                assertThat(f.message()).doesNotContain("5,281").doesNotContain("loaded");
              });
    }

    @Test
    void with_the_reps_salary_cost_the_loaded_figure_is_set_beside_its_benchmark() {
      // 240,000 USD a year is 1,000 USD per working day (12 x 20): 2,000 hard + 1,000 for one day
      Budget withSalary =
          Budget.builder("USD")
              .averageMonthlyQuota(Money.of(100_000, "USD"))
              .averageAnnualSalaryCost(Money.of(240_000, "USD"))
              .addItem(item(CostCategory.TRAVEL, "60000", "USD"))
              .build();

      assertThat(RuleTester.of(PerRep.RULE).findings(withBudget(withSalary)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().figure("loaded-cost-per-rep", Money.class))
                    .contains(Money.of(3000, "USD"));
                assertThat(f.evidence().figure("benchmark-loaded-cost-per-rep", Money.class))
                    .contains(Money.of(5281, "USD"));
                assertThat(f.message()).contains("3,000.00 USD loaded").contains("5,281.00 USD");
              });
    }

    /**
     * Issue 17, item 2: sko.cost.per-rep and sko.antipattern.destination-offsite divide by the same
     * people, the reps carrying quota; a manager without a quota is neither counted nor given the
     * budget's average quota.
     */
    @Test
    void per_rep_and_destination_offsite_divide_by_the_same_reps_carrying_quota() {
      List<Rep> roster = new ArrayList<>();
      for (int i = 1; i <= 20; i++) {
        roster.add(Rep.builder().id("r" + i).name("Rep " + i).build());
      }
      for (int i = 1; i <= 5; i++) {
        roster.add(Rep.builder().id("m" + i).name("Manager " + i).role(RepRole.MANAGER).build());
      }
      // 90,000 USD over 20 reps is 4,500 a rep; over the 25 on the roster it would be 3,600
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .roster(roster)
              .budget(
                  Budget.builder("USD")
                      .averageMonthlyQuota(Money.of(40_000, "USD"))
                      .addItem(item(CostCategory.TRAVEL, "90000", "USD"))
                      .build())
              .build();

      Finding perRep = RuleTester.of(PerRep.RULE).findings(plan).get(0);
      Finding offsite = RuleTester.of(DestinationOffsite.RULE).findings(plan).get(0);
      Finding lost = RuleTester.of(LostSellingTime.RULE).findings(plan).get(0);

      assertThat(perRep.evidence().figure("hard-cost-per-rep", Money.class))
          .contains(Money.of(4500, "USD"));
      assertThat(perRep.evidence().figure("reps", Integer.class)).contains(20);
      assertThat(offsite.evidence().actual(Money.class)).contains(Money.of(4500, "USD"));
      assertThat(offsite.evidence().figure("reps", Integer.class)).contains(20);
      // 20 x 40,000 / 20 working days x 1 day: the managers get no invented quota
      assertThat(lost.evidence().figure("lost-selling-time", Money.class))
          .contains(Money.of(40_000, "USD"));
    }

    @Test
    void a_budget_in_another_currency_is_reported_but_not_compared() {
      Budget inr =
          Budget.builder("INR").addItem(item(CostCategory.TRAVEL, "9000000", "INR")).build();

      assertThat(RuleTester.of(PerRep.RULE).findings(withBudget(inr)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.evidence().figure("hard-cost-per-rep", Money.class))
                    .contains(Money.of(300_000, "INR"));
                assertThat(f.message()).contains("another currency");
              });
    }

    @Test
    void without_a_budget_it_says_so_at_info() {
      assertThat(RuleTester.of(Profiles.named("recommended"), ID).findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void the_limit_is_an_option() {
      RuleSet set = RuleSet.of("t", PerRep.RULE).withOption(ID, "limit", Money.of(3000, "USD"));

      assertThat(RuleTester.of(set, ID).findings(withBudget(hardUsd("90000.30"))))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
  }

  @Nested
  class BreakEven {
    private static final String ID = "sko.roi.break-even";

    /** 600,000 USD all-in for 100 reps at 100,000 USD a month: 120M a year, 0.5% to break even. */
    private KickoffPlan example() {
      return TestPlans.minimalBuilder()
          .headcount(100)
          .budget(
              Budget.builder("USD")
                  .addItem(item(CostCategory.TRAVEL, "400000", "USD"))
                  .addItem(item(CostCategory.LOST_SELLING_TIME, "200000", "USD"))
                  .averageMonthlyQuota(Money.of(100_000, "USD"))
                  .build())
          .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "classic", "behaviorChange", "accelerationSummit"})
    void reports_the_attainment_needed_to_break_even_as_a_figure(String profile) {
      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(example()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("budget");
                assertThat(f.evidence().figure("break-even-attainment", BigDecimal.class))
                    .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.005"));
                assertThat(f.evidence().figure("all-in-cost", Money.class))
                    .contains(Money.of(600_000, "USD"));
                assertThat(f.evidence().figure("total-annual-quota", Money.class))
                    .contains(Money.of(120_000_000, "USD"));
                assertThat(f.message()).contains("0.5%");
              });
    }

    @Test
    void without_quotas_it_says_so_at_info() {
      assertThat(
              RuleTester.of(Profiles.named("behaviorChange"), ID)
                  .findings(withBudget(hardUsd("50000"))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.evidence().figure("break-even-attainment", BigDecimal.class))
                    .isEmpty();
                assertThat(f.message()).contains("no quotas");
              });
    }

    @Test
    void without_a_budget_it_says_so_at_info() {
      assertThat(RuleTester.of(Profiles.named("classic"), ID).findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("no budget"));
    }

    @Test
    void not_in_the_planning_add_on() {
      assertThat(Profiles.planningProcess().contains(ID)).isFalse();
    }
  }
}
