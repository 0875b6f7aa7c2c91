package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void every_allowed_type_is_accepted_as_actual_expected_and_figure() {
    List<Object> allowed =
        List.of(
            7,
            7L,
            0.4,
            new BigDecimal("1.50"),
            "text",
            true,
            SessionKind.KEYNOTE,
            Duration.ofMinutes(30),
            LocalDate.of(2027, 1, 12),
            LocalTime.of(9, 0),
            Money.of(4000, "USD"),
            RelativeDay.of(30),
            IntRange.of(1, 2));

    for (Object value : allowed) {
      Evidence e = Evidence.builder().actual(value).expected(value).putFigure("f", value).build();
      assertThat(e.actual()).contains(value);
      assertThat(e.expected()).contains(value);
      assertThat(e.figures()).containsEntry("f", value);
    }
  }

  @Test
  void other_types_are_rejected_naming_the_field_and_the_type() {
    assertThatThrownBy(() -> Evidence.of(List.of(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Evidence.actual must be a number, string, boolean")
        .hasMessageContaining("but was a java.util.");
    assertThatThrownBy(() -> Evidence.of(1, new Object()))
        .hasMessageStartingWith("Evidence.expected must be")
        .hasMessageEndingWith("but was a java.lang.Object");
    assertThatThrownBy(() -> Evidence.builder().putFigure("cost", Optional.of(1)).build())
        .hasMessageStartingWith("Evidence.figures[cost] must be")
        .hasMessageEndingWith("java.util.Optional");
  }

  @Test
  void none_is_empty_and_any_value_makes_it_not_empty() {
    assertThat(Evidence.none().isEmpty()).isTrue();
    assertThat(Evidence.builder().actual(1).build().isEmpty()).isFalse();
    assertThat(Evidence.builder().expected(1).build().isEmpty()).isFalse();
    assertThat(Evidence.builder().putFigure("f", 1).build().isEmpty()).isFalse();
  }

  @Test
  void a_figure_is_read_by_name_and_type() {
    Evidence e =
        Evidence.builder()
            .putFigure("cost per rep", Money.of(1200, "USD"))
            .putFigure("reps", 30)
            .build();

    assertThat(e.figure("cost per rep", Money.class)).contains(Money.of(1200, "USD"));
    assertThat(e.figure("reps", Integer.class)).contains(30);
    assertThat(e.figure("reps", String.class)).isEmpty();
    assertThat(e.figure("missing", Integer.class)).isEmpty();
  }

  @Test
  void figures_keep_the_order_the_rule_gave_them_and_print_after_actual_and_expected() {
    Evidence e =
        Evidence.builder().actual(60).expected(30).putFigure("z", 1).putFigure("a", 2).build();

    assertThat(e.figures()).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
    assertThat(e).hasToString("actual 60, expected 30, z 1, a 2");
    assertThat(Evidence.builder().putFigure("a", 2).build()).hasToString("a 2");
    assertThat(Evidence.none()).hasToString("");
  }

  @Test
  void evidence_is_a_value() {
    assertThat(Evidence.of(60, 30))
        .isEqualTo(Evidence.of(60, 30))
        .isNotEqualTo(Evidence.of(60, 31));
    assertThat(Evidence.of(60, 30).hashCode()).isEqualTo(Evidence.of(60, 30).hashCode());
  }

  @Test
  void values_are_read_typed_without_a_cast() {
    Evidence e = Evidence.of(Duration.ofMinutes(60), Money.of(4000, "USD"));

    assertThat(e.actual(Duration.class)).contains(Duration.ofMinutes(60));
    assertThat(e.actual(Money.class)).isEmpty();
    assertThat(e.expected(Money.class)).contains(Money.of(4000, "USD"));
    assertThat(e.expected(Duration.class)).isEmpty();
    assertThat(Evidence.none().actual(Duration.class)).isEmpty();
  }

  @Test
  void related_places_make_evidence_and_name_their_sessions() {
    Location day = Location.of("days[0]");
    Evidence e = Evidence.builder().addRelated(day, Location.of("reinforcement[1]")).build();

    assertThat(e.isEmpty()).isFalse();
    assertThat(e.related()).containsExactly(day, Location.of("reinforcement[1]"));
    assertThat(e.relatedSessionIds()).isEmpty();
    assertThat(e.toString()).isEqualTo("related [days[0], reinforcement[1]]");
  }
}
