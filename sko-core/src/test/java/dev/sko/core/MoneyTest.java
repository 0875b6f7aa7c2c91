package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void equalityComparesTheNumberNotTheScale() {
    assertThat(usd("1.0")).isEqualTo(usd("1.00")).hasSameHashCodeAs(usd("1.00"));
    assertThat(usd("100")).isEqualTo(Money.of(new BigDecimal("1E+2"), "USD"));
    assertThat(usd("1.00")).isNotEqualTo(usd("1.01"));
    assertThat(usd("1.00")).isNotEqualTo(Money.of("1.00", "EUR"));
    assertThat(Money.zero("USD")).isEqualTo(usd("0.000")).hasSameHashCodeAs(usd("0.000"));
  }

  @Test
  void additionIsExact() {
    assertThat(usd("0.1").plus(usd("0.2"))).isEqualTo(usd("0.3"));
    assertThat(usd("0.1").plus(usd("0.2")).amount()).isEqualByComparingTo("0.3");
    assertThat(usd("1982.00").plus(Money.zero("USD"))).isEqualTo(usd("1982"));
  }

  @Test
  void multiplicationIsExact() {
    assertThat(usd("19.99").times(3)).isEqualTo(usd("59.97"));
    assertThat(usd("19.99").times(new BigDecimal("0.5"))).isEqualTo(usd("9.995"));
    assertThat(usd("19.99").times(0).isZero()).isTrue();
  }

  @Test
  void divisionCarries34DigitsAndRoundingGoesToTheMinorUnit() {
    Money third = usd("10").dividedBy(3);

    assertThat(third.amount().precision()).isEqualTo(34);
    assertThat(third.amount().toPlainString()).startsWith("3.333333333");
    assertThat(third.rounded().amount()).isEqualTo(new BigDecimal("3.33"));
    assertThat(usd("2").dividedBy(3).rounded().amount()).isEqualTo(new BigDecimal("0.67"));
  }

  @ParameterizedTest(name = "{0} {1} rounds to {2}")
  @CsvSource({
    "0.125, USD, 0.12",
    "0.135, USD, 0.14",
    "0.005, USD, 0.00",
    "0.015, USD, 0.02",
    "0.0149, USD, 0.01",
    "7, USD, 7.00",
    "100.5, JPY, 100",
    "101.5, JPY, 102",
    "12.345, INR, 12.34"
  })
  void roundingIsHalfEvenToTheCurrencysMinorUnit(String amount, String code, String expected) {
    assertThat(Money.of(amount, code).rounded().amount()).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void theB2bGuidesLostSellingTimeComesOutExactly() {
    // B2B_SKO_GUIDE: 30 reps x 30 lakh INR monthly quota / 20 working days x 3 days = 135 lakh.
    Money monthlyQuota = Money.of(3_000_000, "INR");

    Money lost = monthlyQuota.times(30).dividedBy(20).times(3);

    assertThat(lost).isEqualTo(Money.of(13_500_000, "INR"));
  }

  @Test
  void ratioDividesAmountsOfOneCurrency() {
    assertThat(usd("5").ratioTo(usd("20"))).isEqualByComparingTo("0.25");
    assertThat(usd("0").ratioTo(usd("20"))).isEqualByComparingTo("0");
    assertThatThrownBy(() -> usd("5").ratioTo(Money.zero("USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 USD")
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> usd("5").ratioTo(Money.of(20, "INR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 USD")
        .hasMessageContaining("20 INR");
  }

  @Test
  void currenciesNeverMixNamingBothAmounts() {
    Money inr = Money.of("1", "INR");

    assertThatThrownBy(() -> usd("1").plus(inr))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot combine 1 USD with 1 INR");
    assertThatThrownBy(() -> usd("1").compareTo(inr))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot combine 1 USD with 1 INR");
  }

  @Test
  void ordersAmountsOfOneCurrency() {
    List<Money> amounts = new ArrayList<>(List.of(usd("10"), usd("0.99"), usd("10.00"), usd("2")));

    Collections.sort(amounts);

    assertThat(amounts).containsExactly(usd("0.99"), usd("2"), usd("10"), usd("10"));
    assertThat(usd("0.01").compareTo(usd("0"))).isPositive();
    assertThat(usd("0").compareTo(usd("0.01"))).isNegative();
  }

  @Test
  void zeroIsZeroAndAnythingElseIsNot() {
    assertThat(Money.zero("EUR").isZero()).isTrue();
    assertThat(Money.of("0.00", "EUR").isZero()).isTrue();
    assertThat(Money.of("0.01", "EUR").isZero()).isFalse();
  }

  @Test
  void printsThePlainAmountAndTheCode() {
    assertThat(usd("1982.00")).hasToString("1982.00 USD");
    assertThat(Money.of(new BigDecimal("1E+3"), "INR")).hasToString("1000 INR");
    assertThat(Money.zero("JPY")).hasToString("0 JPY");
  }

  @Test
  void isNeverEqualToSomethingThatIsNotMoney() {
    assertThat(usd("1")).isNotEqualTo("1 USD").isNotEqualTo(new BigDecimal("1"));
  }

  @Test
  void distinctAmountsSpreadOverDistinctHashCodes() {
    assertThat(usd("1").hashCode())
        .isNotEqualTo(usd("2").hashCode())
        .isNotEqualTo(Money.of("1", "EUR").hashCode());
  }
}
