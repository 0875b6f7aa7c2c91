package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PlanPathTest {

  @Test
  void parse_and_format_round_trip() {
    for (String text : List.of("", "budget", "days[0]", "days[2].sessions[13].talkTime", "a1.b2")) {
      assertThat(PlanPath.parse(text)).hasToString(text);
      assertThat(PlanPath.isValid(text)).isTrue();
    }
    assertThat(PlanPath.parse("")).isSameAs(PlanPath.root());
    assertThat(PlanPath.root().isRoot()).isTrue();
    assertThat(PlanPath.parse("days").isRoot()).isFalse();
  }

  @Test
  void malformed_paths_are_rejected_naming_the_text() {
    for (String text :
        List.of("days[01]", "days[-1]", ".days", "days.", "days[0]x", "1days", "days..x", "[0]")) {
      assertThat(PlanPath.isValid(text)).as(text).isFalse();
      assertThatThrownBy(() -> PlanPath.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "PlanPath must look like days[2].sessions[3] or budget, but was \"" + text + "\"");
    }
  }

  @Test
  void children_and_parents() {
    PlanPath talk = PlanPath.root().field("days").index(0).field("sessions").index(1);
    assertThat(talk).hasToString("days[0].sessions[1]");
    assertThat(talk.field("talkTime")).hasToString("days[0].sessions[1].talkTime");
    assertThat(talk.parent()).hasToString("days[0].sessions");
    assertThat(talk.parent().parent()).hasToString("days[0]");
    assertThat(talk.parent().parent().parent()).hasToString("days");
    assertThat(talk.parent().parent().parent().parent()).isEqualTo(PlanPath.root());
    assertThat(PlanPath.root().parent()).isEqualTo(PlanPath.root());
    assertThat(PlanPath.parse("budget.items[0].amount").parent()).hasToString("budget.items[0]");
  }

  @Test
  void children_are_checked() {
    assertThatThrownBy(() -> PlanPath.root().field("no such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"no such\"");
    assertThatThrownBy(() -> PlanPath.root().field(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanPath.parse("days").index(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PlanPath index must be >= 0, but was -1");
    assertThatThrownBy(() -> PlanPath.root().index(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must follow a field name");
    assertThatThrownBy(() -> PlanPath.parse("days[0]").index(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"days[0]\"");
    assertThat(PlanPath.parse("days").index(0)).hasToString("days[0]");
  }

  @Test
  void steps_list_names_and_indexes() {
    assertThat(PlanPath.parse("days[2].sessions[13].talkTime").steps())
        .containsExactly("days", "[2]", "sessions", "[13]", "talkTime");
    assertThat(PlanPath.root().steps()).isEmpty();
    assertThat(PlanPath.parse("budget").steps()).containsExactly("budget");
  }

  @Test
  void order_compares_indexes_numerically_and_agrees_with_equals() {
    List<PlanPath> paths = new ArrayList<>();
    for (String text :
        List.of(
            "days[10]", "days[2].sessions[1]", "days[2]", "", "budget", "days[2].sessions[0]")) {
      paths.add(PlanPath.parse(text));
    }
    paths.sort(null);
    assertThat(paths)
        .extracting(PlanPath::toString)
        .containsExactly(
            "", "budget", "days[2]", "days[2].sessions[0]", "days[2].sessions[1]", "days[10]");
    assertThat(PlanPath.compare("a1", "a01")).isNotZero();
    assertThat(Integer.signum(PlanPath.compare("a1", "a01")))
        .isEqualTo(-Integer.signum(PlanPath.compare("a01", "a1")));
    assertThat(PlanPath.compare("a00", "a0")).isPositive();
    assertThat(PlanPath.compare("days[0]", "days[0]")).isZero();
    assertThat(PlanPath.compare("days[3]", "days[3]x")).isNegative();
    assertThat(PlanPath.parse("days[1]").compareTo(PlanPath.parse("days[1]"))).isZero();
  }

  @Test
  void equality_is_by_text() {
    assertThat(PlanPath.parse("days[1]"))
        .isEqualTo(PlanPath.root().field("days").index(1))
        .hasSameHashCodeAs(PlanPath.parse("days[1]"))
        .isNotEqualTo(PlanPath.parse("days[2]"))
        .isNotEqualTo("days[1]");
  }

  /** The grammar {@link PlanPath#isValid} checks by hand. */
  private static final Pattern PATH =
      Pattern.compile(
          "[a-zA-Z][a-zA-Z0-9]*(?:\\[(?:0|[1-9]\\d*)])?"
              + "(?:\\.[a-zA-Z][a-zA-Z0-9]*(?:\\[(?:0|[1-9]\\d*)])?)*");

  /** The grammar of a field name {@link PlanPath#field} checks by hand. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

  @Provide
  Arbitrary<String> pathLike() {
    return Arbitraries.strings().withChars("aZ09[].-").ofMinLength(0).ofMaxLength(14);
  }

  @Property(tries = 5000)
  void the_hand_written_check_accepts_exactly_what_the_grammar_does(
      @ForAll("pathLike") String text) {
    assertThat(PlanPath.isValid(text)).isEqualTo(text.isEmpty() || PATH.matcher(text).matches());
  }

  @Property(tries = 2000)
  void a_field_name_is_accepted_exactly_when_the_grammar_says(@ForAll("pathLike") String name) {
    boolean accepted;
    try {
      PlanPath.root().field(name);
      accepted = true;
    } catch (IllegalArgumentException e) {
      accepted = false;
    }
    assertThat(accepted).isEqualTo(NAME.matcher(name).matches());
  }
}
