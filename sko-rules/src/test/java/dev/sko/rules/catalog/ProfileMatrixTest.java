package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleDocs;
import dev.sko.rules.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profile matrix of CATALOGUE.md, transcribed into {@code profile-matrix.tsv}, against the
 * profiles: every catalogue id exists, and its cell in each profile is what the catalogue says.
 */
class ProfileMatrixTest {
  private static final List<RuleSet> PROFILES =
      List.of(
          Profiles.recommended(),
          Profiles.classic(),
          Profiles.behaviorChange(),
          Profiles.accelerationSummit(),
          Profiles.planningProcess());

  static List<String[]> matrix() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                ProfileMatrixTest.class.getResourceAsStream("profile-matrix.tsv"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    }
    return rows;
  }

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> cells = new ArrayList<>();
    for (String[] row : matrix()) {
      for (int p = 0; p < PROFILES.size(); p++) {
        cells.add(Arguments.of(row[0], PROFILES.get(p).name(), p, row[p + 1]));
      }
    }
    return cells.stream();
  }

  @Test
  void the_catalogue_holds_exactly_the_58_ids_of_CATALOGUE_md() throws IOException {
    Set<String> expected = new LinkedHashSet<>();
    matrix().forEach(row -> expected.add(row[0]));
    Set<String> actual = new LinkedHashSet<>();
    Catalog.rules().forEach(r -> actual.add(r.id()));
    assertThat(expected).hasSize(58);
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} in {1} is {3}")
  @MethodSource("cells")
  void each_rule_has_the_catalogue_severity_in_each_profile(
      String id, String profileName, int profile, String cell) {
    RuleSet set = PROFILES.get(profile);
    Rule rule =
        Catalog.rules().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no built-in rule " + id));
    if (cell.equals("-")) {
      assertThat(set.contains(id)).as("%s is not in %s", id, profileName).isFalse();
      return;
    }
    assertThat(set.contains(id)).as("%s is in %s", id, profileName).isTrue();
    String actual = RuleDocs.severityCell(set, rule);
    if (cell.contains("/")) {
      // A graded cell: no override, and the rule reports exactly these severities itself.
      assertThat(set.severityOverride(id))
          .as("%s in %s has no override", id, profileName)
          .isEmpty();
      // Compared as sets of letters: CATALOGUE.md writes both E/W and I/W.
      assertThat(Set.of(actual.split("/"))).isEqualTo(Set.of(cell.split("/")));
    } else {
      // A single letter: forced by the profile, or the rule's only severity.
      assertThat(actual).as("%s in %s", id, profileName).isEqualTo(cell);
    }
  }
}
