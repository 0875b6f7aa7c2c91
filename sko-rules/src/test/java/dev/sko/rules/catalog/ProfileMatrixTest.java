package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleDocs;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profiles are the profile matrix: every rule of a row is in the catalogue once, and each
 * profile holds it, at the severity and with the options, that its cell says.
 */
class ProfileMatrixTest {
  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (ProfileMatrix.Row row : ProfileMatrix.ROWS) {
      for (ProfileMatrix.Profile p : ProfileMatrix.Profile.values()) {
        cells.add(Arguments.of(row.rule().id(), p, row.cells().get(p.ordinal())));
      }
    }
    return cells.stream();
  }

  @Test
  void the_catalogue_is_the_matrix_rows_in_order_with_no_id_twice() {
    List<String> ids = Catalog.rules().stream().map(Rule::id).collect(Collectors.toList());
    assertThat(ids)
        .containsExactlyElementsOf(
            ProfileMatrix.ROWS.stream().map(r -> r.rule().id()).collect(Collectors.toList()))
        .doesNotHaveDuplicates()
        .isNotEmpty();
  }

  @Test
  void every_profile_of_the_matrix_is_a_public_profile_by_name() {
    assertThat(Profiles.all().keySet())
        .containsExactly(
            Stream.of(ProfileMatrix.Profile.values()).map(p -> p.setName).toArray(String[]::new));
    assertThat(Profiles.all().get("recommended")).isSameAs(Profiles.recommended());
    assertThat(Profiles.all().get("classic")).isSameAs(Profiles.classic());
    assertThat(Profiles.all().get("behaviorChange")).isSameAs(Profiles.behaviorChange());
    assertThat(Profiles.all().get("accelerationSummit")).isSameAs(Profiles.accelerationSummit());
    assertThat(Profiles.all().get("planningProcess")).isSameAs(Profiles.planningProcess());
    Profiles.all().forEach((name, set) -> assertThat(Profiles.named(name)).isSameAs(set));
    assertThat(Profiles.named(List.of())).isSameAs(Profiles.recommended());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cells")
  void each_profile_holds_each_rule_as_its_cell_says(
      String id, ProfileMatrix.Profile profile, ProfileMatrix.Cell cell) {
    RuleSet set = Catalog.profile(profile);
    assertThat(set.contains(id)).as("%s is in %s", id, profile).isEqualTo(cell.in);
    if (!cell.in) {
      return;
    }
    Rule rule = set.rule(id).orElseThrow();
    assertThat(Catalog.rules()).contains(rule);
    Severity forced = cell.severity;
    if (forced == null) {
      assertThat(set.severityOverride(id)).as("%s in %s has no override", id, profile).isEmpty();
      assertThat(RuleDocs.severityCell(set, rule))
          .isEqualTo(
              rule.severities().stream().map(Severity::letter).collect(Collectors.joining("/")));
    } else {
      assertThat(set.severityOverride(id)).contains(forced);
      assertThat(RuleDocs.severityCell(set, rule)).isEqualTo(forced.letter());
    }
    Map<String, Object> options = new LinkedHashMap<>();
    for (Map.Entry<RuleOption<?>, Object> e : cell.options.entrySet()) {
      assertThat(rule.options()).as("%s declares %s", id, e.getKey().key()).contains(e.getKey());
      options.put(e.getKey().key(), e.getValue());
    }
    assertThat(set.optionOverrides(id)).isEqualTo(options);
  }

  @Test
  void a_cell_that_leaves_the_rule_out_takes_no_option() {
    RuleOption<Integer> any = RuleOption.integer("any", 1, 0, 2, "Any option");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileMatrix.NO.with(any, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("any");
  }
}
