package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.rules.Baseline;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline file: written in order, read back equal, and read strictly. */
class BaselineJsonTest {
  static final Baseline BASELINE =
      Baseline.of(
          List.of(
              Baseline.Entry.of("FY27", "sko.b", "session:d1-ceo", ReportFixtures.AWKWARD),
              Baseline.Entry.of("FY27", "sko.a", "plan", "No outcome")));

  @Test
  void a_baseline_round_trips_through_its_file(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/baseline.json");
    BaselineJson.write(BASELINE, file);
    assertThat(BaselineJson.read(file)).isEqualTo(BASELINE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BaselineJson.write(BASELINE, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(file));
    assertThat(BaselineJson.read(BaselineJson.write(Baseline.empty()))).isEqualTo(Baseline.empty());
  }

  @Test
  void the_file_lists_entries_in_order_with_tool_and_version() throws Exception {
    String json = BaselineJson.write(BASELINE);
    var root = ReportFixtures.parse(json);
    assertThat(root.get("tool").asText()).isEqualTo("sko");
    assertThat(root.get("baselineVersion").asInt()).isEqualTo(Baseline.VERSION);
    assertThat(root.get("findings").get(0).get("ruleId").asText()).isEqualTo("sko.a");
    assertThat(root.get("findings").get(1).get("message").asText())
        .isEqualTo(ReportFixtures.AWKWARD);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json              | {                                   | 1 | 2 | expected a member name",
        "trailing comma        | {\"tool\": \"sko\",}                | 1 | 16 | expected a member name",
        "duplicate member      | {\"tool\": \"sko\", \"tool\": \"x\"} | 1 | 17 | duplicate member \"tool\"",
        "another tool          | {\"tool\": \"lint\"}                | 1 | 10 | tool must be \"sko\"",
        "another version       | {\"tool\": \"sko\", \"baselineVersion\": 2, \"findings\": []} | 1 | 36 | baselineVersion must be 1",
        "missing findings      | {\"tool\": \"sko\", \"baselineVersion\": 1} | 1 | 1 | missing member \"findings\"",
        "unknown member        | {\"tool\": \"sko\", \"ids\": 1}     | 1 | 24 | unknown member \"ids\"",
        "entry not an object   | {\"tool\": \"sko\", \"baselineVersion\": 1, \"findings\": [1]} | 1 | 52 | a finding must be a JSON object",
        "bad rule id           | {\"tool\": \"sko\", \"baselineVersion\": 1, \"findings\": [{\"plan\": \"P\", \"ruleId\": \"X\", \"location\": \"plan\", \"message\": \"m\"}]} | 1 | 52 | X",
        "number as string      | {\"tool\": \"sko\", \"baselineVersion\": 01} | 1 | 36 | malformed number",
        "text after document   | {} x                                 | 1 | 4 | unexpected text after the document",
      })
  void a_malformed_baseline_fails_with_line_and_column(
      String name, String json, int line, int column, String message) {
    assertThatThrownBy(() -> BaselineJson.read(json))
        .as(name)
        .isInstanceOfSatisfying(
            BaselineJson.FormatException.class,
            e -> {
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
            })
        .hasMessageContaining(message);
  }

  @Test
  void lines_are_counted() {
    assertThatThrownBy(() -> BaselineJson.read("{\n  \"tool\": \"sko\",\n  \"x\": 1\n}"))
        .isInstanceOfSatisfying(
            BaselineJson.FormatException.class,
            e -> assertThat(e.line() + ":" + e.column()).isEqualTo("3:8"));
  }
}
