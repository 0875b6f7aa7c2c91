package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Metric;
import dev.sko.core.MetricLift;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the catalogue takes on the clean path decide exactly what the full computation
 * decides: they only skip work, never change a finding.
 */
class CleanPathShortcutsTest {
  @Provide
  Arbitrary<Double> values() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(2),
        Arbitraries.doubles().between(-1e12, 1e12),
        Arbitraries.of(0.0, 1.0, 35.0, 42.0, 100.0, 120.0, 4.7, 6.0, 0.69, 1e-300, 1e300));
  }

  @Property
  void a_target_the_shortcuts_pass_meets_the_ask_by_the_exact_lift(
      @ForAll("values") double baseline,
      @ForAll("values") double target,
      @ForAll @DoubleRange(min = 0, max = 1) double asked) {
    if (baseline == 0 || baseline == target) {
      return;
    }
    for (Metric metric : new Metric[] {Metric.DIALS_PER_REP_PER_DAY, Metric.SLIPPED_CLOSE_DATES}) {
      MetricTarget t =
          MetricTarget.builder().metric(metric).baseline(baseline).target(target).build();
      boolean exact =
          MetricLift.improvement(t).orElseThrow().compareTo(BigDecimal.valueOf(asked)) >= 0;

      if (MetricRules.TargetLift.clearlyMeets(t, asked)) {
        assertThat(exact).as("clearlyMeets %s for %s", t, asked).isTrue();
      }
      if (MetricRules.TargetLift.meets(t, asked)) {
        assertThat(exact).as("meets %s for %s", t, asked).isTrue();
      }
    }
  }

  @Test
  void an_exact_twenty_percent_lift_meets_a_twenty_percent_ask() {
    MetricTarget dials =
        MetricTarget.builder().metric(Metric.DIALS_PER_REP_PER_DAY).baseline(35).target(42).build();

    assertThat(MetricRules.TargetLift.meets(dials, 0.2)).isTrue();
    assertThat(MetricRules.TargetLift.meets(dials, 0.2000001)).isFalse();
  }

  @Property
  void money_is_written_as_decimal_format_writes_it(
      @ForAll("amounts") BigDecimal amount, @ForAll("currencies") String currency) {
    Money m = Money.of(amount, currency);
    Money r = m.rounded();
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(r.amount().scale() > 0 ? r.amount().scale() : 0);

    assertThat(CostRules.money(m))
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
