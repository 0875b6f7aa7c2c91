package dev.sko.cli;

import static dev.sko.cli.ValidateCommandTest.MAPPER;
import static dev.sko.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sko.core.SourcePosition;
import dev.sko.json.PlanJson;
import dev.sko.json.SourceMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sko validate} reads plan files named {@code *.yaml} or {@code *.yml} as YAML: a YAML plan
 * gets the findings and exit status of its JSON twin, each finding at its own line and column of
 * the YAML file, and a malformed YAML plan is unusable input reported as {@code FILE:LINE:COLUMN:
 * error: …}.
 */
class YamlPlanFilesTest {

  @Test
  void a_yaml_plan_validates_like_its_json_twin(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("today.json");
    Path yaml = dir.resolve("today.yaml");
    PlanJson.write(Plans.today(), json);
    PlanJson.write(Plans.today(), yaml);
    assertThat(Files.readString(yaml)).doesNotStartWith("{"); // really YAML

    ValidateCommandTest.Run fromJson = run(json.toString(), "--format", "json");
    ValidateCommandTest.Run fromYaml = run(yaml.toString(), "--format", "json");

    assertThat(fromYaml.code).isEqualTo(fromJson.code).isEqualTo(Sko.FINDINGS);
    JsonNode jsonPlan = MAPPER.readTree(fromJson.out).get("plans").get(0);
    JsonNode yamlPlan = MAPPER.readTree(fromYaml.out).get("plans").get(0);
    assertThat(yamlPlan.get("findings").size()).isPositive();
    assertThat(withoutPositions(yamlPlan)).isEqualTo(withoutPositions(jsonPlan));
    assertThat(yamlPlan.get("uri").asText()).isEqualTo(yaml.toUri().toString());
  }

  @Test
  void each_finding_points_at_its_line_and_column_of_the_yaml_file(@TempDir Path dir)
      throws Exception {
    Path yaml = dir.resolve("today.yml");
    PlanJson.write(Plans.today(), yaml);
    SourceMap map = PlanJson.readWithLocations(yaml).sourceMap();
    JsonNode plan =
        MAPPER.readTree(run(yaml.toString(), "--format", "json").out).get("plans").get(0);

    List<String> differentFromJson = new ArrayList<>();
    SourceMap jsonMap = PlanJson.readWithLocations(PlanJson.write(Plans.today())).sourceMap();
    for (JsonNode finding : plan.get("findings")) {
      JsonNode location = finding.get("location");
      String path = location.get("path").asText();
      SourcePosition expected = map.nearest(path);
      assertThat(SourcePosition.of(location.get("line").asInt(), location.get("column").asInt()))
          .as("%s @ %s", finding.get("ruleId").asText(), path)
          .isEqualTo(expected);
      if (!expected.equals(jsonMap.nearest(path))) {
        differentFromJson.add(path);
      }
    }
    assertThat(differentFromJson).as("positions come from the YAML text").isNotEmpty();

    // The text report puts the same position in front of the finding.
    SourcePosition ceo = map.position("days[0].sessions[0]").orElseThrow();
    assertThat(run(yaml.toString(), "--fail-on", "info").out)
        .containsPattern(
            Pattern.quote(yaml.toString() + ":" + ceo + ": ")
                + "sko\\.presentation\\.executive-limit @ days\\[0]\\.sessions\\[0]");
  }

  @Test
  void a_yaml_plan_with_a_bad_value_is_reported_at_its_file_line_and_column(@TempDir Path dir)
      throws Exception {
    Path good = dir.resolve("good.yaml");
    PlanJson.write(Plans.today(), good);
    String text = PlanJson.writeYaml(Plans.today()).replace("venue: HOTEL", "venue: MOTEL");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, text, StandardCharsets.UTF_8);
    SourcePosition motel = positionOf(text, "MOTEL");

    ValidateCommandTest.Run r = run(bad.toString(), good.toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains(
            bad
                + ":"
                + motel
                + ": error: venue (line "
                + motel.line()
                + ", column "
                + motel.column()
                + "): unknown value \"MOTEL\" for VenueKind");
    assertThat(r.out).startsWith(good.toString() + ": Test kickoff:");
  }

  @Test
  void malformed_yaml_is_reported_with_file_line_and_column(@TempDir Path dir) throws Exception {
    String text = PlanJson.writeYaml(Plans.today());
    String broken = text.replace("venue: HOTEL", "venue: HOTEL: 5");
    Path file = dir.resolve("broken.yml");
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    SourcePosition colon = positionOf(broken, ": 5");

    ValidateCommandTest.Run r = run(file.toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains(
            file
                + ":"
                + colon
                + ": error: document (line "
                + colon.line()
                + ", column "
                + colon.column()
                + "): malformed YAML: mapping values are not allowed here");
    assertThat(r.err).doesNotContain("Exception", "\tat ");
    assertThat(r.out).isEmpty();
  }

  @Test
  void a_yaml_alias_is_refused_at_its_position(@TempDir Path dir) throws Exception {
    String text =
        PlanJson.writeYaml(Plans.today())
            .replace("name: Test kickoff", "name: &title Test kickoff\ntheme: *title");
    Path file = dir.resolve("alias.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    SourcePosition alias = positionOf(text, "*title");

    ValidateCommandTest.Run r = run(file.toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains(file + ":" + alias + ": error: theme (line " + alias.line())
        .contains("the YAML \"alias *title\" is not accepted in a plan file");
  }

  /** The line and column of the first {@code marker} in {@code text}, counted here. */
  static SourcePosition positionOf(String text, String marker) {
    int index = text.indexOf(marker);
    assertThat(index).as(marker).isNotNegative();
    String before = text.substring(0, index);
    return SourcePosition.of(
        before.split("\n", -1).length, index - (before.lastIndexOf('\n') + 1) + 1);
  }

  /** The plan's report without the file's name and the findings' lines and columns. */
  static JsonNode withoutPositions(JsonNode plan) {
    ObjectNode copy = plan.deepCopy();
    copy.remove("uri");
    for (String list : List.of("findings", "waived")) {
      for (JsonNode finding : copy.path(list)) {
        ((ObjectNode) finding.get("location")).remove(List.of("line", "column"));
      }
    }
    return copy;
  }
}
