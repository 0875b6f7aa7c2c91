package dev.sko.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The string forms of the model's scalar types: written, matched and parsed back as one. */
class TypeTest {
  static final Map<Type<?>, Object> SAMPLES =
      Map.of(
          Type.DATE, LocalDate.of(2027, 1, 12),
          Type.TIME, LocalTime.of(9, 0),
          Type.DURATION, Duration.ofMinutes(90),
          Type.RELATIVE_DAY, RelativeDay.parse("T-28"),
          Type.CURRENCY, Currency.getInstance("USD"),
          Type.DECIMAL, new BigDecimal("1982.00"));

  @Test
  void every_form_writes_a_string_its_pattern_matches_and_parses_back() {
    assertThat(Type.forms()).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
    for (Type<?> type : Type.forms()) {
      Object value = java.util.Objects.requireNonNull(SAMPLES.get(type));
      String text = type.format(value);
      assertThat(type.pattern().orElseThrow().matcher(text).matches()).as(text).isTrue();
      assertThat(type.parse(text)).as(text).isEqualTo(value);
      assertThat(type.what()).as("%s", type).contains("such as \"");
    }
    assertThat(Type.DECIMAL.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Type.CURRENCY.format(Currency.getInstance("EUR"))).isEqualTo("EUR");
    assertThat(Type.DURATION.format(Duration.ofMinutes(90))).isEqualTo("PT1H30M");
  }

  @Test
  void forms_come_in_kind_order_and_only_they_have_a_pattern() {
    List<Type.Kind> kinds = Type.forms().stream().map(Type::kind).collect(Collectors.toList());
    assertThat(kinds).isSorted().doesNotHaveDuplicates();
    for (Type<?> type : List.of(Type.TEXT, Type.INTEGER, Type.NUMBER, Type.BOOLEAN)) {
      assertThat(type.pattern()).as("%s", type).isEmpty();
      assertThat(type.what()).isEmpty();
    }
    assertThat(Type.of(SessionKind.class).pattern()).isEmpty();
  }

  @Test
  void patterns_refuse_near_misses() {
    assertThat(Type.TIME.pattern().orElseThrow().matcher("9:00").matches()).isFalse();
    assertThat(Type.DURATION.pattern().orElseThrow().matcher("-PT5M").matches()).isFalse();
    assertThat(Type.DURATION.pattern().orElseThrow().matcher("PT").matches()).isFalse();
    assertThat(Type.DATE.pattern().orElseThrow().matcher("12.01.2027").matches()).isFalse();
    assertThat(Type.DECIMAL.pattern().orElseThrow().matcher("-1").matches()).isFalse();
    assertThat(Type.DECIMAL.pattern().orElseThrow().matcher("01").matches()).isFalse();
    assertThat(Type.RELATIVE_DAY.pattern().orElseThrow().matcher("T28").matches()).isFalse();
    assertThat(Type.CURRENCY.pattern().orElseThrow().matcher("usd").matches()).isFalse();
  }

  @Test
  void a_string_that_matches_but_names_no_value_is_refused_with_a_reason() {
    assertThatThrownBy(() -> Type.DATE.parse("2027-02-30")).isInstanceOf(DateTimeException.class);
    assertThat(Type.DATE.refusal("\"2027-02-30\"", "ignored"))
        .isEqualTo("no such date \"2027-02-30\"");
    assertThat(Type.CURRENCY.refusal("\"XYZ\"", null))
        .isEqualTo("unknown ISO 4217 currency \"XYZ\"");
    // Without wording of its own, a form gives the parser's message.
    assertThat(Type.RELATIVE_DAY.refusal("\"T-9999\"", "too far")).isEqualTo("too far");
    assertThat(Type.TEXT.refusal("\"x\"", "why")).isEqualTo("why");
  }

  @Test
  void enums_parse_by_constant_name_and_list_their_constants_when_refusing() {
    Type<SessionKind> kind = Type.of(SessionKind.class);
    assertThat(kind.parse("DEAL_CLINIC")).isEqualTo(SessionKind.DEAL_CLINIC);
    assertThat(kind.format(SessionKind.DEAL_CLINIC)).isEqualTo("DEAL_CLINIC");
    assertThatThrownBy(() -> kind.parse("deal_clinic"))
        .isInstanceOf(IllegalArgumentException.class);
    String names =
        Arrays.stream(SessionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    assertThat(kind.refusal("\"deal_clinic\"", "ignored"))
        .isEqualTo("unknown value \"deal_clinic\" for SessionKind; expected one of " + names);
  }

  @Test
  void text_parses_as_itself() {
    assertThat(Type.TEXT.parse("  Any text — «ü»  ")).isEqualTo("  Any text — «ü»  ");
    assertThat(Type.TEXT.format("x")).isEqualTo("x");
  }
}
