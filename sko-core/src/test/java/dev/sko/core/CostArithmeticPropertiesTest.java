package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.TestPlans;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CostModel#summarize} computes in whole units; these properties hold it to the decimal
 * arithmetic it replaced, kept here as {@link Decimal}, the code {@code summarize} ran before:
 * every decimal figure is the same {@link BigDecimal} (value and scale), and every rounded figure
 * is the decimal figure rounded by {@link Money#rounded()}, on random budgets and rosters of
 * amounts with up to three decimals, from cents to amounts that overflow a {@code long} in units
 * (where the summary computes in decimals).
 */
class CostArithmeticPropertiesTest {

  /** Amounts of 0 to {@code 10^digits} with 0 to 3 decimals, in USD, INR or JPY. */
  private static Arbitrary<Money> amounts(String currency, int digits) {
    return Combinators.combine(
            Arbitraries.longs().between(0, (long) Math.pow(10, Math.min(digits, 18))),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, Math.max(0, digits - 18)))
        .as(
            (unscaled, scale, extra) ->
                Money.of(BigDecimal.valueOf(unscaled, scale).movePointRight(extra), currency));
  }

  /** Plans with a roster of up to 60 reps (or none) and a budget (or none), in one currency. */
  @Provide
  Arbitrary<KickoffPlan> costPlans() {
    return Combinators.combine(
            Arbitraries.of("USD", "INR", "JPY"),
            Arbitraries.of(6, 9, 12, 17, 24),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(0, 1))
        .flatAs(
            (currency, digits, fullDays, halfDay) -> {
              Arbitrary<Optional<Money>> maybe =
                  amounts(currency, digits).optional(0.6).map(o -> o);
              Arbitrary<Rep> rep =
                  Combinators.combine(
                          Arbitraries.of(RepRole.values()), maybe, Arbitraries.of(true, false))
                      .as(
                          (role, quota, annual) -> {
                            Rep.Builder b = Rep.builder().id("x").name("x").role(role);
                            if (quota.isPresent() && annual) {
                              b.annualQuota(quota.get());
                            } else if (quota.isPresent()) {
                              b.monthlyQuota(quota.get());
                            }
                            return b.build();
                          });
              Arbitrary<List<Rep>> roster =
                  rep.list()
                      .ofMaxSize(60)
                      .map(
                          reps -> {
                            List<Rep> unique = new ArrayList<>();
                            for (int i = 0; i < reps.size(); i++) {
                              unique.add(
                                  Rep.builder()
                                      .from(reps.get(i))
                                      .id("r" + i)
                                      .name("Rep " + i)
                                      .build());
                            }
                            return unique;
                          });
              Arbitrary<CostItem> item =
                  Combinators.combine(Arbitraries.of(CostCategory.class), amounts(currency, digits))
                      .as((category, amount) -> CostItem.of(category, "item", amount));
              Arbitrary<Optional<Budget>> budget =
                  Combinators.combine(
                          item.list().ofMaxSize(6), maybe, Arbitraries.of(true, false), maybe)
                      .as(
                          (items, quota, annual, salary) -> {
                            Budget.Builder b = Budget.builder(currency).items(items);
                            if (quota.isPresent() && annual) {
                              b.averageAnnualQuota(quota.get());
                            } else if (quota.isPresent()) {
                              b.averageMonthlyQuota(quota.get());
                            }
                            salary.ifPresent(b::averageAnnualSalaryCost);
                            return b.build();
                          })
                      .optional(0.85);
              return Combinators.combine(roster, budget, Arbitraries.integers().between(1, 500))
                  .as(
                      (reps, b, headcount) -> {
                        List<AgendaDay> days = new ArrayList<>();
                        for (int d = 0; d < fullDays + halfDay; d++) {
                          days.add(
                              AgendaDay.builder()
                                  .length(d < fullDays ? DayLength.FULL : DayLength.HALF)
                                  .addSession(
                                      TestPlans.session("d" + d, SessionKind.WORKSHOP, 9, 0, 30))
                                  .build());
                        }
                        KickoffPlan.Builder p =
                            TestPlans.minimalBuilder()
                                .headcount(Math.max(headcount, reps.size()))
                                .days(days)
                                .roster(reps);
                        b.ifPresent(p::budget);
                        return p.build();
                      });
            });
  }

  @Property(tries = 400)
  void every_figure_is_the_decimal_arithmetics_figure(
      @ForAll("costPlans") KickoffPlan plan, @ForAll @IntRange(min = 1, max = 31) int workingDays) {
    CostModel model = CostModel.builder().workingDaysPerMonth(workingDays).build();
    CostSummary s = model.summarize(plan);
    Decimal d = Decimal.of(plan, workingDays);

    assertThat(s.reps()).isEqualTo(d.reps);
    assertThat(s.eventDays()).isEqualTo(d.days);
    same(s.hardCost(), d.hard);
    same(s.budgetedSoftCost(), d.soft);
    same(s.totalAnnualQuota(), d.annualQuota);
    same(s.totalMonthlyQuota(), d.annualQuota.map(q -> q.dividedBy(CostModel.MONTHS_PER_YEAR)));
    same(s.lostSellingTime(), d.lost);
    same(s.repTimeAtSalary(), d.repTime);
    same(s.allInCost(), d.allIn);
    same(s.hardCostPerRep(), d.hardPerRep);
    same(s.salaryLoadedCostPerRep(), d.salaryLoaded);
    same(s.allInCostPerRep(), d.allInPerRep);
    assertThat(s.breakEvenAttainment()).isEqualTo(d.breakEven);
    assertThat(s.hasBreakEven()).isEqualTo(d.breakEven.isPresent());

    same(s.lostSellingTimeRounded(), d.lost.map(Money::rounded));
    same(s.allInCostRounded(), d.allIn.map(Money::rounded));
    same(s.hardCostPerRepRounded(), d.hardPerRep.map(Money::rounded));
    same(s.salaryLoadedCostPerRepRounded(), d.salaryLoaded.map(Money::rounded));
    same(s.allInCostPerRepRounded(), d.allInPerRep.map(Money::rounded));
    same(s.totalAnnualQuotaRounded(), d.annualQuota.map(Money::rounded));
  }

  @Property(tries = 400)
  void the_per_rep_limit_compares_exactly(
      @ForAll("costPlans") KickoffPlan plan,
      @ForAll @IntRange(min = 0, max = 1_000_000) int limitCents) {
    if (plan.budget().isEmpty()) {
      return;
    }
    Budget budget = plan.budget().get();
    Money limit = Money.of(BigDecimal.valueOf(limitCents, 2), budget.currency());
    int reps = CostModel.repCount(plan);
    boolean decimal =
        budget.hardCost().amount().compareTo(limit.amount().multiply(BigDecimal.valueOf(reps)))
            <= 0;

    assertThat(CostModel.hardCostPerRepAtMost(budget, reps, limit)).isEqualTo(decimal);
    if (reps > 0) {
      // the exact comparison is the one the 34-digit per-rep figure gives
      assertThat(budget.hardCost().dividedBy(reps).compareTo(limit) <= 0).isEqualTo(decimal);
    }
  }

  /** The same money: equal amounts of equal scale (so that it also prints the same). */
  private static void same(Optional<Money> actual, Optional<Money> expected) {
    assertThat(actual.map(Money::toString)).isEqualTo(expected.map(Money::toString));
  }

  /** The decimal arithmetic {@code CostModel.summarize} ran before it computed in units. */
  private static final class Decimal {
    int reps;
    BigDecimal days = BigDecimal.ZERO;
    Optional<Money> hard = Optional.empty();
    Optional<Money> soft = Optional.empty();
    Optional<Money> annualQuota = Optional.empty();
    Optional<Money> lost = Optional.empty();
    Optional<Money> repTime = Optional.empty();
    Optional<Money> allIn = Optional.empty();
    Optional<Money> hardPerRep = Optional.empty();
    Optional<Money> salaryLoaded = Optional.empty();
    Optional<Money> allInPerRep = Optional.empty();
    Optional<BigDecimal> breakEven = Optional.empty();

    static Decimal of(KickoffPlan plan, int workingDays) {
      Decimal x = new Decimal();
      int reps = CostModel.repCount(plan);
      BigDecimal days = CostModel.eventDays(plan);
      Optional<Budget> budget = plan.budget();
      Optional<Money> hard = budget.map(Budget::hardCost);
      Optional<Money> annualQuota = CostModel.totalAnnualQuota(plan);
      BigDecimal monthsOfWorkingDays =
          BigDecimal.valueOf((long) CostModel.MONTHS_PER_YEAR * workingDays);
      Optional<Money> lost = annualQuota.map(q -> q.times(days).dividedBy(monthsOfWorkingDays));
      Optional<Money> allIn = Optional.empty();
      if (budget.isPresent()) {
        Budget b = budget.get();
        if (b.countsSellingTime()) {
          allIn = Optional.of(b.hardCost().plus(b.softCost()));
        } else if (lost.isPresent()) {
          allIn = Optional.of(b.hardCost().plus(lost.get()));
        }
      }
      if (allIn.isPresent() && annualQuota.isPresent() && !annualQuota.get().isZero()) {
        x.breakEven = Optional.of(CostModel.breakEvenAttainment(allIn.get(), annualQuota.get()));
      }
      Optional<Money> salary = budget.flatMap(Budget::averageAnnualSalaryCost);
      x.repTime = salary.map(a -> a.times(reps).times(days).dividedBy(monthsOfWorkingDays));
      if (reps > 0 && hard.isPresent() && salary.isPresent()) {
        x.salaryLoaded =
            Optional.of(
                hard.get()
                    .times(monthsOfWorkingDays)
                    .plus(salary.get().times(reps).times(days))
                    .dividedBy(monthsOfWorkingDays.multiply(BigDecimal.valueOf(reps))));
      }
      Optional<Money> all = allIn;
      x.reps = reps;
      x.days = days;
      x.hard = hard;
      x.soft = budget.map(Budget::softCost);
      x.annualQuota = annualQuota;
      x.lost = lost;
      x.allIn = allIn;
      x.hardPerRep = reps > 0 ? hard.map(h -> h.dividedBy(reps)) : Optional.empty();
      x.allInPerRep = reps > 0 ? all.map(a -> a.dividedBy(reps)) : Optional.empty();
      return x;
    }
  }
}
