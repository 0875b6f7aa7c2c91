package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Money;
import dev.sko.rules.catalog.support.Wording;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts the catalogue takes on the clean path decide exactly what the full computation
 * decides: they only skip work, never change a finding.
 */
class CleanPathShortcutsTest {
  @Property
  void money_is_written_as_decimal_format_writes_it(
      @ForAll("amounts") BigDecimal amount, @ForAll("currencies") String currency) {
    Money m = Money.of(amount, currency);
    Money r = m.rounded();
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(r.amount().scale() > 0 ? r.amount().scale() : 0);

    assertThat(Wording.money(m))
        .isEqualTo(f.format(r.amount()) + " " + r.currency().getCurrencyCode());
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12")).ofScale(4),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(0),
        Arbitraries.of(
            BigDecimal.ZERO,
            new BigDecimal("1910.00"),
            new BigDecimal("307300"),
            new BigDecimal("999.995")));
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("USD", "JPY", "BHD", "INR", "EUR");
  }
}
