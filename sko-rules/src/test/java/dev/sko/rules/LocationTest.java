package dev.sko.rules;

import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {
  private static final Session KEYNOTE = session("ceo", SessionKind.KEYNOTE, 9, 0, 30);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "budget",
        "days[0]",
        "days[2].sessions[3]",
        "planning.callForContent",
        "metricTargets[12].baseline",
        "reinforcement[0]"
      })
  void a_path_of_fields_and_indexes_is_accepted(String path) {
    assertThat(Location.of(path).path()).isEqualTo(path);
    assertThat(Location.of(path).isPlan()).isFalse();
    assertThat(Location.of(path)).hasToString(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "days[]",
        "days[-1]",
        "days[x]",
        "days.",
        ".days",
        "days..sessions",
        "days[0]sessions",
        "2days",
        "days[0] ",
        "days[01]",
        "budget/items"
      })
  void a_malformed_path_is_rejected_naming_it(String path) {
    assertThatThrownBy(() -> Location.of(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Location path must look like days[2].sessions[3] or budget, but was \"" + path + "\"");
  }

  @Test
  void the_empty_path_is_the_plan() {
    assertThat(Location.of("")).isSameAs(Location.plan());
    assertThat(Location.plan().isPlan()).isTrue();
    assertThat(Location.plan().path()).isEmpty();
    assertThat(Location.plan()).hasToString("plan");
  }

  @Test
  void factories_build_element_day_and_session_paths() {
    Location session = Location.session(2, 3, KEYNOTE);

    assertThat(Location.element("reinforcement", 0).path()).isEqualTo("reinforcement[0]");
    assertThat(Location.day(4).path()).isEqualTo("days[4]");
    assertThat(session.path()).isEqualTo("days[2].sessions[3]");
    assertThat(session.sessionId()).contains("ceo");
    assertThat(session.sessionTitle()).contains("Session ceo");
    assertThat(session).hasToString("days[2].sessions[3] (ceo \"Session ceo\")");
    assertThat(Location.day(4).sessionId()).isEmpty();
    assertThat(Location.day(4).sessionTitle()).isEmpty();
  }

  @Test
  void negative_indexes_are_rejected() {
    assertThatThrownBy(() -> Location.day(-1))
        .hasMessage("Location index must be >= 0, but was -1");
    assertThatThrownBy(() -> Location.element("reinforcement", -1))
        .hasMessage("Location index must be >= 0, but was -1");
    assertThatThrownBy(() -> Location.session(0, -1, KEYNOTE))
        .hasMessage("Location indexes must be >= 0, but were 0 and -1");
    assertThatThrownBy(() -> Location.session(-1, 0, KEYNOTE))
        .hasMessage("Location indexes must be >= 0, but were -1 and 0");
  }

  @Test
  void locations_are_equal_by_path() {
    assertThat(Location.session(0, 1, KEYNOTE))
        .isEqualTo(Location.of("days[0].sessions[1]"))
        .hasSameHashCodeAs(Location.of("days[0].sessions[1]"));
    assertThat(Location.day(2)).isEqualTo(Location.of("days[2]")).isNotEqualTo(Location.day(20));
  }

  @Test
  void indexes_order_numerically_and_the_plan_comes_first() {
    List<Location> shuffled =
        new ArrayList<>(
            List.of(
                Location.of("days[10]"),
                Location.of("days[2].sessions[10]"),
                Location.of("budget"),
                Location.of("days[2]"),
                Location.plan(),
                Location.of("days[2].sessions[9]"),
                Location.of("days[1]")));

    shuffled.sort(null);

    assertThat(shuffled)
        .extracting(Location::path)
        .containsExactly(
            "",
            "budget",
            "days[1]",
            "days[2]",
            "days[2].sessions[9]",
            "days[2].sessions[10]",
            "days[10]");
  }

  @Test
  void compare_to_is_zero_exactly_for_equal_locations() {
    List<Location> all =
        List.of(
            Location.plan(),
            Location.of("a1"),
            Location.of("a01"),
            Location.of("a1b"),
            Location.of("days[9]"),
            Location.of("days[10]"),
            Location.of("days[99999999999999999999]"),
            Location.of("days[99999999999999999998]"));

    for (Location a : all) {
      for (Location b : all) {
        assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      }
    }
    assertThat(Location.of("days[99999999999999999998]"))
        .isLessThan(Location.of("days[99999999999999999999]"));
  }
}
