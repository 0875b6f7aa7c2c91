package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  static String resource(String name) throws IOException {
    try (InputStream in = RoundTripTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Run with {@code -Dsko.regenerate=true} to rewrite the golden file after a format change. */
  @Test
  void full_plan_writes_the_golden_file() throws IOException {
    String written = PlanJson.write(FullPlan.plan());
    if (Boolean.getBoolean("sko.regenerate")) {
      Files.writeString(
          Path.of("src/test/resources/dev/sko/json/full-plan.json"),
          written,
          StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(resource("full-plan.json"));
  }

  @Test
  void plan_to_json_to_plan_is_equal() throws Exception {
    KickoffPlan plan = FullPlan.plan();
    assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    KickoffPlan minimal = TestPlans.minimal();
    assertThat(PlanJson.read(PlanJson.write(minimal))).isEqualTo(minimal);
  }

  @Test
  void json_to_plan_to_json_is_identical() throws Exception {
    String json = resource("full-plan.json");
    assertThat(PlanJson.write(PlanJson.read(json))).isEqualTo(json);
  }

  @Test
  void every_input_form_reads_the_same_plan(@TempDir Path dir) throws Exception {
    String json = resource("full-plan.json");
    KickoffPlan expected = PlanJson.read(json);
    Path file = dir.resolve("plan.json");
    PlanJson.write(expected, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json);
    assertThat(PlanJson.read(file)).isEqualTo(expected);
    assertThat(PlanJson.read(new StringReader(json))).isEqualTo(expected);
    assertThat(PlanJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
  }

  @Test
  void a_byte_order_mark_is_skipped() throws Exception {
    String json = resource("full-plan.json");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(body, 0, withBom, bom.length, body.length);
    assertThat(PlanJson.read(new ByteArrayInputStream(withBom))).isEqualTo(PlanJson.read(json));
  }

  @Test
  void defaults_may_be_written_out_and_read_back_to_the_same_plan() throws Exception {
    String explicit =
        "{\"formatVersion\": 1, \"name\": \"Test kickoff\", \"format\": \"IN_PERSON\","
            + " \"venue\": \"HOTEL\", \"startDate\": \"2027-01-12\", \"headcount\": 30,"
            + " \"days\": [{\"length\": \"FULL\", \"sessions\": [{\"id\": \"s1\","
            + " \"title\": \"Session s1\", \"kind\": \"WORKSHOP\", \"start\": \"09:00\","
            + " \"talkTime\": \"PT30M\", \"qaTime\": \"PT0S\", \"qaStyle\": \"NONE\","
            + " \"audience\": {\"kind\": \"EVERYONE\"}, \"room\": \"MAIN_STAGE\","
            + " \"recorded\": false, \"presenters\": [], \"topics\": []}]}],"
            + " \"outcomes\": [], \"recognitionCategories\": []}";
    KickoffPlan plan = PlanJson.read(explicit);
    assertThat(plan).isEqualTo(TestPlans.minimal());
    assertThat(PlanJson.write(plan)).isEqualTo(PlanJson.write(TestPlans.minimal()));
  }
}
