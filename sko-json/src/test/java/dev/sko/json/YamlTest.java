package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SourcePosition;
import dev.sko.core.testing.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML plan files: the same mapping, source map, error positions and limits as JSON, and the
 * hostile corpus in {@code yaml-malformed/}, each file with the exact error {@code
 * yaml-malformed/expected.tsv} documents for it, read from text and from a {@code .yaml} file.
 */
class YamlTest {
  static Stream<HostileCorpus.Case> corpus() throws IOException {
    return HostileCorpus.cases("yaml-malformed").stream();
  }

  @Test
  void the_corpus_has_at_least_twelve_rows_each_file_once() throws IOException {
    List<HostileCorpus.Case> cases = HostileCorpus.cases("yaml-malformed");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
    assertThat(cases.stream().map(c -> c.file)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void each_file_fails_with_its_documented_error(HostileCorpus.Case c, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve(c.file);
    Files.write(file, c.bytes());
    List<@Nullable PlanJsonException> failures = new ArrayList<>();
    failures.add(HostileCorpus.failure(() -> PlanJson.read(file)));
    if (c.kind != PlanJsonException.Kind.ENCODING) {
      String text = c.text();
      failures.add(HostileCorpus.failure(() -> PlanJson.readYaml(text)));
    }
    for (PlanJsonException e : failures) {
      assertThat(HostileCorpus.assertDocumented(c, e).reason())
          .as("reason of %s", c.file)
          .isEqualTo(c.note);
    }
  }

  @Test
  void the_valid_base_of_the_corpus_reads_as_the_minimal_plan() throws Exception {
    String yaml = RoundTripTest.resource("yaml-malformed/valid.yaml");
    assertThat(PlanJson.readYaml(yaml)).isEqualTo(TestPlans.minimal());
    LocatedPlan located = PlanJson.readYamlWithLocations(yaml);
    assertThat(located.sourceMap().position("")).contains(SourcePosition.of(1, 1));
    assertThat(located.sourceMap().position("headcount")).contains(SourcePosition.of(6, 12));
    assertThat(located.sourceMap().position("days[0].sessions[0]"))
        .contains(SourcePosition.of(9, 9));
    assertThat(located.sourceMap().position("days[0].sessions[0].kind"))
        .contains(SourcePosition.of(11, 15));
    assertThat(located.sourceMap().nearest("days[0].sessions[0].qaTime"))
        .isEqualTo(SourcePosition.of(9, 9));
  }

  @Test
  void plans_round_trip_through_yaml(@TempDir Path dir) throws Exception {
    for (KickoffPlan plan : List.of(FullPlan.plan(), TestPlans.minimal())) {
      String yaml = PlanJson.writeYaml(plan);
      assertThat(PlanJson.readYaml(yaml)).isEqualTo(plan);
      assertThat(PlanJson.writeYaml(PlanJson.readYaml(yaml))).isEqualTo(yaml);
      Path file = dir.resolve("plan.yml");
      PlanJson.write(plan, file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(yaml);
      assertThat(PlanJson.read(file)).isEqualTo(plan);
    }
    assertThat(PlanJson.isYaml(Path.of("a.YAML"))).isTrue();
    assertThat(PlanJson.isYaml(Path.of("a.json"))).isFalse();
  }

  @Test
  void a_yaml_document_longer_than_the_limit_fails_as_limit() {
    String yaml = PlanJson.writeYaml(TestPlans.minimal());
    String padded = yaml + "#".repeat(PlanJson.MAX_DOCUMENT_LENGTH - yaml.length() + 1);
    PlanJsonException e =
        catchThrowableOfType(PlanJsonException.class, () -> PlanJson.readYaml(padded));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(e.reason()).contains("MAX_DOCUMENT_LENGTH");
  }

  @Test
  void a_yaml_plan_within_the_limits_reads() throws Exception {
    String yaml = PlanJson.writeYaml(TestPlans.minimal());
    String name = "x".repeat(PlanJson.MAX_STRING_LENGTH);
    assertThat(PlanJson.readYaml(yaml.replace("Test kickoff", name)).name()).isEqualTo(name);
  }
}
