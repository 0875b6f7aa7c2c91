package dev.sko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sko.cli.Sko;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the SARIF output: the check run on the shipped theater plan file writes a
 * log that validates against the SARIF 2.1.0 schema, and every result points at the line and column
 * of the plan file where its session or field starts.
 */
class TheaterSarifTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String FILE = "src/main/resources/plans/" + SamplePlans.THEATER + ".json";

  static String runSarif() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Sko.run(
            new String[] {"validate", FILE, "--format", "sarif"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended())
            .build()
            .validate(SamplePlans.theater());
    assertThat(code).isEqualTo(report.hasErrors() ? Sko.FINDINGS : Sko.CLEAN);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_theater_plans_sarif_validates_against_the_sarif_schema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from the sko-rules test jar").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    String sarif = runSarif();
    assertThat(schema.validate(MAPPER.readTree(sarif))).isEmpty();
    JsonNode run = MAPPER.readTree(sarif).get("runs").get(0);
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended())
            .build()
            .validate(SamplePlans.theater());
    assertThat(run.get("results").size())
        .isEqualTo(report.findings().size() + report.waivedFindings().size())
        .isPositive();
    assertThat(run.get("tool").get("driver").get("rules").size()).isEqualTo(report.rulesRun());
  }

  @Test
  void every_result_points_at_the_right_line_of_the_plan_file() throws Exception {
    String text = Files.readString(Path.of(FILE), StandardCharsets.UTF_8);
    Map<String, String> where = positions(text);
    List<String> lines = text.lines().toList();
    JsonNode results = MAPPER.readTree(runSarif()).get("runs").get(0).get("results");
    int sessions = 0;
    for (JsonNode result : results) {
      JsonNode location = result.get("locations").get(0);
      assertThat(location.get("physicalLocation").get("artifactLocation").get("uri").asText())
          .isEqualTo(FILE);
      JsonNode region = location.get("physicalLocation").get("region");
      String path = location.get("logicalLocations").get(0).get("fullyQualifiedName").asText();
      String expected = nearest(where, path.equals("plan") ? "" : path);
      String actual = region.get("startLine").asInt() + ":" + region.get("startColumn").asInt();
      assertThat(actual).as("%s at %s", result.get("ruleId").asText(), path).isEqualTo(expected);
      JsonNode sessionId = result.get("properties").get("sessionId");
      if (sessionId != null) {
        // A session's object starts on the line before its "id", which holds the session's id.
        String idLine = lines.get(region.get("startLine").asInt());
        assertThat(idLine.strip()).isEqualTo("\"id\": \"" + sessionId.asText() + "\",");
        sessions++;
      }
    }
    assertThat(sessions).as("the theater plan has findings on sessions").isPositive();
  }

  /** The nearest recorded ancestor of {@code path}, as the check resolves absent values. */
  static String nearest(Map<String, String> where, String path) {
    String p = path;
    while (!where.containsKey(p)) {
      p =
          p.endsWith("]")
              ? p.substring(0, p.lastIndexOf('['))
              : p.contains(".") ? p.substring(0, p.lastIndexOf('.')) : "";
    }
    return where.get(p);
  }

  /**
   * Where each value of a JSON text starts, by plan path: an independent walk of Jackson's token
   * stream, so the test does not check sko-json's source map against itself.
   */
  static Map<String, String> positions(String json) throws Exception {
    Map<String, String> out = new HashMap<>();
    Deque<String[]> containers = new ArrayDeque<>(); // {path, "object" or next array index}
    String name = "";
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          name = p.currentName();
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          containers.pop();
          continue;
        }
        String path;
        String[] top = containers.peek();
        if (top == null) {
          path = "";
        } else if (top[1].equals("object")) {
          path = top[0].isEmpty() ? name : top[0] + "." + name;
        } else {
          int index = Integer.parseInt(top[1]);
          top[1] = Integer.toString(index + 1);
          path = top[0] + "[" + index + "]";
        }
        JsonLocation loc = p.currentTokenLocation();
        out.put(path, loc.getLineNr() + ":" + loc.getColumnNr());
        if (t == JsonToken.START_OBJECT) {
          containers.push(new String[] {path, "object"});
        } else if (t == JsonToken.START_ARRAY) {
          containers.push(new String[] {path, "0"});
        }
      }
    }
    return out;
  }
}
