package dev.sko.rules.catalog.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Metric;
import dev.sko.core.MetricLift;
import dev.sko.core.MetricTarget;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts {@link TargetLift} takes on the clean path decide exactly what the full computation
 * decides: they only skip work, never change a finding.
 */
class TargetLiftShortcutsTest {
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
    for (Metric metric :
        new Metric[] {untyped(Metric.DIALS_PER_REP_PER_DAY), untyped(Metric.SLIPPED_CLOSE_DATES)}) {
      MetricTarget t =
          MetricTarget.builder().metric(metric).baseline(baseline).target(target).build();
      boolean exact =
          MetricLift.improvement(t).orElseThrow().compareTo(BigDecimal.valueOf(asked)) >= 0;

      if (TargetLift.clearlyMeets(t, asked)) {
        assertThat(exact).as("clearlyMeets %s for %s", t, asked).isTrue();
      }
      if (TargetLift.meets(t, asked)) {
        assertThat(exact).as("meets %s for %s", t, asked).isTrue();
      }
    }
  }

  /** {@code metric} without its unit type, so that its values may be negative. */
  private static Metric untyped(Metric metric) {
    return Metric.builder().from(metric).unitType(Optional.empty()).build();
  }

  @Test
  void an_exact_twenty_percent_lift_meets_a_twenty_percent_ask() {
    MetricTarget dials =
        MetricTarget.builder().metric(Metric.DIALS_PER_REP_PER_DAY).baseline(35).target(42).build();

    assertThat(TargetLift.meets(dials, 0.2)).isTrue();
    assertThat(TargetLift.meets(dials, 0.2000001)).isFalse();
  }
}
