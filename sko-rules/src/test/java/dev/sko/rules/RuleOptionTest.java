package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.Money;
import dev.sko.core.SessionKind;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleOptionTest {
  @Test
  void the_factories_give_type_default_description_and_validity() {
    RuleOption<Integer> integer = RuleOption.integer("max", 3, 1, 10, "Most");
    RuleOption<Double> decimal = RuleOption.decimal("ratio", 1.5, 0.5, 4, "Ratio");
    RuleOption<Double> share = RuleOption.percentage("share", 0.4, "Share");
    RuleOption<Duration> cap = RuleOption.duration("cap", Duration.ofMinutes(30), "Cap");
    RuleOption<Money> money = RuleOption.money("budget", Money.of(4000, "USD"), "Budget");
    RuleOption<SessionKind> kind =
        RuleOption.enumeration("kind", SessionKind.class, SessionKind.KEYNOTE, "Kind");
    RuleOption<IntRange> range = RuleOption.range("days", IntRange.of(28, 35), 0, 60, "Window");

    assertThat(integer.type()).isEqualTo(Integer.class);
    assertThat(integer.defaultValue()).isEqualTo(3);
    assertThat(integer.key()).isEqualTo("max");
    assertThat(integer.description()).isEqualTo("Most");
    assertThat(integer.validity()).isEqualTo("a whole number from 1 to 10");
    assertThat(decimal.validity()).isEqualTo("a number from 0.5 to 4.0");
    assertThat(share.validity()).isEqualTo("a fraction from 0 to 1 (0.4 is 40%)");
    assertThat(cap.validity()).isEqualTo("a positive duration");
    assertThat(money.type()).isEqualTo(Money.class);
    assertThat(kind.type()).isEqualTo(SessionKind.class);
    assertThat(kind.validity()).isEqualTo("one of SessionKind");
    assertThat(range.validity()).isEqualTo("a range within 0..60");
    assertThat(range.defaultValue()).isEqualTo(IntRange.of(28, 35));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Max", "max_sessions", "-max", "max-", "1max", "", "max sessions"})
  void a_key_that_is_not_lower_case_hyphenated_words_is_rejected(String key) {
    assertThatThrownBy(() -> RuleOption.integer(key, 1, 0, 2, "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RuleOption.key")
        .hasMessageContaining('"' + key + '"');
  }

  @Test
  void a_blank_description_or_a_default_out_of_range_is_rejected() {
    assertThatThrownBy(() -> RuleOption.integer("max", 1, 0, 2, " "))
        .hasMessage("RuleOption.description must not be blank, but was \" \" (option max)");
    assertThatThrownBy(() -> RuleOption.integer("max", 3, 0, 2, "d"))
        .hasMessage("RuleOption max default must be a whole number from 0 to 2, but was 3");
    assertThatThrownBy(() -> RuleOption.percentage("share", 1.5, "d"))
        .hasMessageContaining("default must be a fraction from 0 to 1");
    assertThatThrownBy(() -> RuleOption.duration("cap", Duration.ZERO, "d"))
        .hasMessageContaining("default must be a positive duration");
    assertThatThrownBy(() -> RuleOption.range("days", IntRange.of(0, 61), 0, 60, "d"))
        .hasMessageContaining("default must be a range within 0..60");
  }

  @Test
  void accept_widens_a_whole_number_for_a_decimal_option() {
    RuleOption<Double> share = RuleOption.percentage("share", 0.4, "Share");
    RuleOption<Double> ratio = RuleOption.decimal("ratio", 1.5, 0.5, 4, "Ratio");

    assertThat(share.accept("acme.x", 1)).isEqualTo(1.0);
    assertThat(share.accept("acme.x", 0L)).isEqualTo(0.0);
    assertThat(ratio.accept("acme.x", 4)).isEqualTo(4.0);
    assertThatThrownBy(() -> ratio.accept("acme.x", 5))
        .hasMessage("option ratio of rule acme.x must be a number from 0.5 to 4.0, but was 5");
  }

  @Test
  void accept_does_not_narrow_a_decimal_for_a_whole_number_option() {
    RuleOption<Integer> max = RuleOption.integer("max", 3, 1, 10, "Most");

    assertThat(max.accept("acme.x", 10)).isEqualTo(10);
    assertThatThrownBy(() -> max.accept("acme.x", 3.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takes a Integer, but was Double 3.0");
    assertThatThrownBy(() -> max.accept("acme.x", 3L)).hasMessageContaining("but was Long 3");
  }

  @Test
  void accept_checks_the_range_at_its_boundaries() {
    RuleOption<IntRange> range = RuleOption.range("days", IntRange.of(28, 35), 0, 60, "Window");
    RuleOption<Double> share = RuleOption.percentage("share", 0.4, "Share");

    assertThat(range.accept("acme.x", IntRange.of(0, 60))).isEqualTo(IntRange.of(0, 60));
    assertThatThrownBy(() -> range.accept("acme.x", IntRange.of(-1, 60)))
        .hasMessageContaining("-1..60");
    assertThatThrownBy(() -> range.accept("acme.x", IntRange.of(0, 61)))
        .hasMessageContaining("0..61");
    assertThat(share.accept("acme.x", 0.0)).isEqualTo(0.0);
    assertThatThrownBy(() -> share.accept("acme.x", -0.01)).hasMessageContaining("-0.01");
    assertThatThrownBy(() -> share.accept("acme.x", Double.NaN)).hasMessageContaining("NaN");
  }

  @Test
  void an_option_of_any_type_checks_its_own_validity() {
    RuleOption<LocalTime> latest =
        RuleOption.of(
            "latest",
            LocalTime.class,
            LocalTime.of(17, 0),
            "Latest end",
            t -> t.isAfter(LocalTime.NOON),
            "a time after noon");

    assertThat(latest.accept("acme.x", LocalTime.of(12, 1))).isEqualTo(LocalTime.of(12, 1));
    assertThatThrownBy(() -> latest.accept("acme.x", LocalTime.NOON))
        .hasMessage("option latest of rule acme.x must be a time after noon, but was 12:00");
    assertThatThrownBy(() -> latest.accept("acme.x", "17:00"))
        .hasMessageContaining("takes a LocalTime, but was String 17:00");
  }

  @ParameterizedTest
  @CsvSource({
    "0.4, 40%",
    "0.07, 7%",
    "0.29, 29%",
    "0.125, 12.5%",
    "0.0, 0%",
    "1.0, 100%",
    "0.3333333333333333, 33.3%"
  })
  void a_fraction_is_formatted_as_a_percentage(double value, String text) {
    RuleOption<Double> share = RuleOption.percentage("share", 0.4, "Share");

    assertThat(share.format(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "PT30M, 30 min",
    "PT1H, 60 min",
    "PT90M, 90 min",
    "PT2H, 2 h",
    "PT48H, 48 h",
    "PT30S, 30 s",
    "PT1M30S, 90 s"
  })
  void a_duration_is_formatted_in_minutes_or_whole_hours_from_two(String iso, String text) {
    RuleOption<Duration> cap = RuleOption.duration("cap", Duration.ofMinutes(30), "Cap");

    assertThat(cap.format(Duration.parse(iso))).isEqualTo(text);
  }

  @Test
  void other_values_are_formatted_as_they_print_and_the_option_prints_with_its_default() {
    RuleOption<Double> ratio = RuleOption.decimal("ratio", 1.5, 0.5, 4, "Ratio");
    RuleOption<Integer> max = RuleOption.integer("max", 3, 1, 10, "Most");
    RuleOption<Duration> cap = RuleOption.duration("cap", Duration.ofMinutes(30), "Cap");

    assertThat(ratio.format(0.4)).isEqualTo("0.4");
    assertThat(max.format(7)).isEqualTo("7");
    assertThat(RuleOption.range("d", IntRange.of(1, 2), 0, 9, "D").format(IntRange.of(1, 2)))
        .isEqualTo("1..2");
    assertThat(cap).hasToString("cap = 30 min");
    assertThat(RuleOption.percentage("share", 0.4, "Share")).hasToString("share = 40%");
  }
}
