package dev.sko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sko.core.KickoffPlan;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample plans ship as JSON and YAML files, {@code plans/<key>.json} and {@code
 * plans/<key>.yaml}, written from {@link SamplePlans}. This test fails when a file is stale; run it
 * with {@code -Dsko.regenerate=true} to rewrite them.
 */
class SamplePlanFilesTest {
  static final Path SOURCES = Path.of("src/main/resources/plans");

  static Stream<String> keys() {
    return SamplePlans.all().keySet().stream();
  }

  static KickoffPlan plan(String key) {
    return java.util.Objects.requireNonNull(SamplePlans.all().get(key), key);
  }

  static String resource(String key) throws IOException {
    return resource(key, ".json");
  }

  static String resource(String key, String extension) throws IOException {
    try (InputStream in =
        SamplePlanFilesTest.class.getResourceAsStream("/plans/" + key + extension)) {
      assertThat(in).as("plans/%s%s ships in sko-examples", key, extension).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void the_shipped_yaml_file_is_the_plan_written_canonically_and_reads_as_its_json_twin(String key)
      throws Exception {
    String written = PlanJson.writeYaml(plan(key));
    if (Boolean.getBoolean("sko.regenerate")) {
      Files.createDirectories(SOURCES);
      Files.writeString(SOURCES.resolve(key + ".yaml"), written, StandardCharsets.UTF_8);
    }
    String yaml = resource(key, ".yaml");
    assertThat(yaml)
        .as("plans/%s.yaml is stale: run this test with -Dsko.regenerate=true", key)
        .isEqualTo(written);
    assertThat(PlanJson.readYaml(yaml))
        .isEqualTo(PlanJson.read(resource(key)))
        .isEqualTo(plan(key));
    assertThat(PlanJson.read(SOURCES.resolve(key + ".yaml"))).isEqualTo(plan(key));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void the_shipped_file_is_the_plan_written_canonically(String key) throws Exception {
    String written = PlanJson.write(plan(key));
    if (Boolean.getBoolean("sko.regenerate")) {
      Files.createDirectories(SOURCES);
      Files.writeString(SOURCES.resolve(key + ".json"), written, StandardCharsets.UTF_8);
    }
    assertThat(resource(key))
        .as("plans/%s.json is stale: run this test with -Dsko.regenerate=true", key)
        .isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void every_sample_plan_round_trips(String key) throws Exception {
    KickoffPlan plan = plan(key);
    String json = resource(key);
    KickoffPlan read = PlanJson.read(json);
    assertThat(read).as("JSON -> plan equals the sample").isEqualTo(plan);
    assertThat(PlanJson.write(read)).as("JSON -> plan -> JSON is identical").isEqualTo(json);
    assertThat(PlanJson.read(PlanJson.write(plan))).as("plan -> JSON -> plan").isEqualTo(plan);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void every_sample_file_validates_against_the_plan_schema(String key) throws Exception {
    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PlanJson.schema());
    assertThat(schema.validate(new ObjectMapper().readTree(resource(key)))).isEmpty();
  }

  @Test
  void no_other_files_are_in_the_folder() throws Exception {
    Map<String, KickoffPlan> all = SamplePlans.all();
    try (Stream<Path> files = Files.list(SOURCES)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              all.keySet().stream().flatMap(k -> Stream.of(k + ".json", k + ".yaml")).toList());
    }
  }
}
