package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void sumsHardAndSoftCostsApart() {
    Budget budget =
        Budget.builder("USD")
            .addItem(CostItem.of(CostCategory.TRAVEL, "Flights", usd("10")))
            .addItem(CostItem.of(CostCategory.VENUE_AV, "Hall", usd("5.50")))
            .addItem(CostItem.of(CostCategory.LOST_SELLING_TIME, "Two days out", usd("100")))
            .addItem(CostItem.of(CostCategory.REP_TIME, "Pre-work", usd("20.25")))
            .build();

    assertThat(budget.hardCost()).isEqualTo(usd("15.50"));
    assertThat(budget.softCost()).isEqualTo(usd("120.25"));
    assertThat(budget.countsSellingTime()).isTrue();
  }

  @Test
  void anEmptyBudgetCostsZeroInItsCurrency() {
    Budget budget = Budget.builder("INR").build();

    assertThat(budget.currency()).isEqualTo(Currency.getInstance("INR"));
    assertThat(budget.hardCost()).isEqualTo(Money.zero("INR"));
    assertThat(budget.softCost()).isEqualTo(Money.zero("INR"));
    assertThat(budget.countsSellingTime()).isFalse();
  }

  @Test
  void aBudgetOfHardCostsOnlyDoesNotCountSellingTime() {
    Budget budget =
        Budget.builder("EUR")
            .addItem(CostItem.of(CostCategory.PRODUCTION, "Stage", Money.of(900, "EUR")))
            .build();

    assertThat(budget.countsSellingTime()).isFalse();
    assertThat(budget.softCost().isZero()).isTrue();
    assertThat(budget.hardCost()).isEqualTo(Money.of(900, "EUR"));
  }

  @ParameterizedTest
  @EnumSource(
      value = CostCategory.class,
      names = {"LOST_SELLING_TIME", "REP_TIME"})
  void timeIsASoftCost(CostCategory category) {
    assertThat(category.isHard()).isFalse();
    assertThat(CostItem.of(category, "time", usd("1")).isHard()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = CostCategory.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"LOST_SELLING_TIME", "REP_TIME"})
  void everythingElseIsAHardCost(CostCategory category) {
    assertThat(category.isHard()).isTrue();
    assertThat(CostItem.of(category, "cash", usd("1")).isHard()).isTrue();
  }
}
