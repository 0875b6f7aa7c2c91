package dev.sko.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Money;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Figures}: the one way rule messages and reports write money and percentages. */
class FiguresTest {

  @Test
  void moneyIsGroupedAndRoundedToTheCurrencysMinorUnit() {
    assertThat(Figures.money(Money.of("1982.006", "USD"))).isEqualTo("1,982.01 USD");
    assertThat(Figures.money(Money.of(1, "USD"))).isEqualTo("1.00 USD");
    assertThat(Figures.money(Money.of("999", "USD"))).isEqualTo("999.00 USD");
    assertThat(Figures.money(Money.of("1234.5", "JPY"))).isEqualTo("1,234 JPY");
    assertThat(Figures.money(Money.of("1234567.5", "INR"))).isEqualTo("1,234,567.50 INR");
    assertThat(Figures.moneyShort(Money.of(25_000, "USD"))).isEqualTo("25,000 USD");
    assertThat(Figures.moneyShort(Money.of("4000.01", "USD"))).isEqualTo("4,000.01 USD");
  }

  @Test
  void percentagesKeepThreeSignificantDigits() {
    assertThat(Figures.percent(new BigDecimal("0.0196"))).isEqualTo("1.96%");
    assertThat(Figures.percent(new BigDecimal("0.005"))).isEqualTo("0.5%");
    assertThat(Figures.percent(new BigDecimal("0.123456"))).isEqualTo("12.3%");
  }

  @Test
  void sharesRoundDownSoABelowThresholdShareNeverReadsAsTheThreshold() {
    assertThat(Figures.percentDown(0.399999)).isEqualTo("39.9%");
    assertThat(Figures.percentDown(0.4)).isEqualTo("40%");
    assertThat(Figures.percentDown(60.0 / 630)).isEqualTo("9.5%");
    assertThat(Figures.percentDown(0)).isEqualTo("0%");
  }

  @Property
  void aShareIsWrittenAtMostATenthOfAPercentBelowItsValue(
      @ForAll @IntRange(min = 0, max = 10_000) int part,
      @ForAll @IntRange(min = 1, max = 10_000) int whole) {
    double share = (double) Math.min(part, whole) / whole;
    String written = Figures.percentDown(share);
    double shown = Double.parseDouble(written.substring(0, written.length() - 1));
    assertThat(shown).isLessThanOrEqualTo(share * 100 + 1e-9).isGreaterThan(share * 100 - 0.1);
  }

  @Test
  void numbersDropTrailingZeros() {
    assertThat(Figures.number(2.0)).isEqualTo("2");
    assertThat(Figures.number(new BigDecimal("35.50"))).isEqualTo("35.5");
    assertThat(Figures.number(new BigDecimal("1E+3"))).isEqualTo("1000");
  }
}
