package dev.sko.cli;

import static dev.sko.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.sko.json.PlanJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline} and {@code --baseline}: accepted findings pass, new ones fail. */
class BaselineCommandTest {
  Path plan;
  Path baseline;

  @BeforeEach
  void files(@TempDir Path dir) throws Exception {
    plan = dir.resolve("fy27.json");
    PlanJson.write(Plans.today(), plan);
    baseline = dir.resolve("sko-baseline.json");
  }

  @Test
  void a_baseline_accepts_todays_findings_and_fails_only_on_a_new_one() throws Exception {
    assertThat(run(plan.toString()).code).isEqualTo(Sko.FINDINGS);

    ValidateCommandTest.Run write = run(plan.toString(), "--write-baseline", baseline.toString());
    assertThat(write.code).isEqualTo(Sko.CLEAN);
    assertThat(write.err).contains("the baseline accepts every finding");
    assertThat(Files.readString(baseline)).contains("\"baselineVersion\": 1");

    ValidateCommandTest.Run accepted = run(plan.toString(), "--baseline", baseline.toString());
    assertThat(accepted.code).isEqualTo(Sko.CLEAN);
    assertThat(accepted.err).contains("passes at --fail-on error (0 new, ");
    assertThat(accepted.out).contains("[unchanged] ").doesNotContain("[new] ");

    PlanJson.write(Plans.reordered(), plan);
    assertThat(run(plan.toString(), "--baseline", baseline.toString()).code)
        .as("reordered sessions keep their findings")
        .isEqualTo(Sko.CLEAN);

    PlanJson.write(Plans.withNewViolation(), plan);
    ValidateCommandTest.Run fresh = run(plan.toString(), "--baseline", baseline.toString());
    assertThat(fresh.code).isEqualTo(Sko.FINDINGS);
    assertThat(fresh.out)
        .contains(
            "[new] sko.presentation.executive-limit @ days[0].sessions[3] (d9-late \"Closing: the"
                + " year ahead\")")
        .doesNotContain("[new] sko.presentation.executive-limit @ days[0].sessions[0]");
    assertThat(fresh.err).contains("fails at --fail-on error (");
  }

  @Test
  void the_sarif_with_a_baseline_is_valid_and_every_result_has_a_baseline_state() throws Exception {
    run(plan.toString(), "--write-baseline", baseline.toString());
    PlanJson.write(Plans.withNewViolation(), plan);
    ValidateCommandTest.Run r =
        run(plan.toString(), "--baseline", baseline.toString(), "--format", "sarif");
    JsonNode log = ValidateCommandTest.MAPPER.readTree(r.out);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from the sko-rules test jar").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    assertThat(schema.validate(log)).isEmpty();
    JsonNode results = log.get("runs").get(0).get("results");
    assertThat(results.size()).isPositive();
    int fresh = 0;
    for (JsonNode result : results) {
      assertThat(result.get("baselineState").asText()).isIn("new", "unchanged", "absent");
      assertThat(result.get("partialFingerprints").size()).isOne();
      fresh += result.get("baselineState").asText().equals("new") ? 1 : 0;
    }
    assertThat(fresh).isPositive();
  }

  @Test
  void a_missing_or_malformed_baseline_is_unusable_input() throws Exception {
    ValidateCommandTest.Run missing = run(plan.toString(), "--baseline", baseline.toString());
    assertThat(missing.code).isEqualTo(Sko.UNUSABLE);
    assertThat(missing.err).contains(baseline + ": error: no such baseline file");

    Files.writeString(
        baseline, "{\n  \"tool\": \"sko\",\n  \"baselineVersion\": 7,\n  \"findings\": []\n}\n");
    ValidateCommandTest.Run malformed = run(plan.toString(), "--baseline", baseline.toString());
    assertThat(malformed.code).isEqualTo(Sko.UNUSABLE);
    assertThat(malformed.err).contains(baseline + ":3:22: error: baselineVersion must be 1");
  }
}
