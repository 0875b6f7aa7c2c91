package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sko.core.SourcePosition;
import dev.sko.rules.Severity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {

  /** The SARIF 2.1.0 schema, a test resource (see its NOTICE.md). */
  static JsonSchema sarifSchema() throws Exception {
    try (InputStream in =
        SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(in).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  /** Schema violations of {@code sarif}; empty when the log is valid SARIF 2.1.0. */
  static Set<ValidationMessage> violations(String sarif) throws Exception {
    return sarifSchema().validate(ReportFixtures.parse(sarif));
  }

  static String sarif(List<ReportedPlan> plans) {
    return SarifReportWriter.builder()
        .rules(ReportFixtures.validator().rules())
        .toolVersion("0.1.0")
        .build()
        .write(plans);
  }

  @Test
  void the_log_is_valid_sarif() throws Exception {
    assertThat(violations(sarif(ReportFixtures.fromFile()))).isEmpty();
    assertThat(violations(sarif(List.of(ReportedPlan.of(ReportFixtures.report()))))).isEmpty();
  }

  @Test
  void the_schema_check_can_fail() throws Exception {
    String valid = sarif(ReportFixtures.fromFile());
    assertThat(violations(valid.replace("\"level\": \"note\"", "\"level\": \"info\"")))
        .isNotEmpty();
    assertThat(violations(valid.replace("\"startLine\": 12", "\"startLine\": 0"))).isNotEmpty();
  }

  @Test
  void one_run_of_sko_with_its_rules() throws Exception {
    JsonNode root = ReportFixtures.parse(sarif(ReportFixtures.fromFile()));
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs").size()).isEqualTo(1);
    JsonNode driver = root.get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("sko");
    assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactly("test.errors", "test.infos", "test.warnings");
    JsonNode errors = driver.get("rules").get(0);
    assertThat(errors.get("shortDescription").get("text").asText())
        .isEqualTo("Sessions are not too long");
    assertThat(errors.get("fullDescription").get("text").asText())
        .isEqualTo("Long sessions lose the room.");
    assertThat(errors.get("help").get("text").asText()).contains("TEST_SOURCE: a figure");
    assertThat(errors.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
    assertThat(errors.has("helpUri")).as("custom rules have no built-in help page").isFalse();
  }

  @Test
  void the_places_a_finding_names_are_related_locations_with_their_lines() throws Exception {
    JsonNode results =
        ReportFixtures.parse(sarif(ReportFixtures.fromFile())).get("runs").get(0).get("results");
    List<JsonNode> errorResults = new ArrayList<>();
    results.forEach(
        r -> {
          if (r.get("ruleId").asText().equals("test.errors")) {
            errorResults.add(r);
          }
        });
    assertThat(errorResults).hasSize(1);
    JsonNode errors = errorResults.get(0);
    JsonNode related = errors.get("relatedLocations");
    assertThat(related.size()).isEqualTo(2);
    assertThat(related.get(0).get("id").asInt()).isZero();
    assertThat(related.get(0).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(12);
    assertThat(related.get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("days[0].sessions[0]");
    assertThat(related.get(1).get("physicalLocation").get("region").get("startLine").asInt())
        .isEqualTo(9);
    assertThat(errors.get("properties").get("evidence").get("related").get(1).get("path").asText())
        .isEqualTo("days[0]");
  }

  @Test
  void built_in_rules_link_to_their_section_of_the_rule_docs() {
    assertThat(SarifReportWriter.builtInHelpUri("sko.agenda.overlap"))
        .contains(SarifReportWriter.RULES_DOC + "#sko.agenda.overlap");
    assertThat(SarifReportWriter.RULES_DOC).endsWith("docs/rules.md");
    assertThat(SarifReportWriter.builtInHelpUri("acme.no-friday-days")).isEmpty();
    String custom =
        SarifReportWriter.builder()
            .rules(ReportFixtures.validator().rules())
            .helpUri(id -> Optional.of("https://example.org/rules#" + id))
            .build()
            .write(ReportFixtures.fromFile());
    assertThat(custom).contains("\"helpUri\": \"https://example.org/rules#test.errors\"");
  }

  @Test
  void levels_follow_severity() {
    assertThat(SarifReportWriter.level(Severity.ERROR)).isEqualTo("error");
    assertThat(SarifReportWriter.level(Severity.WARNING)).isEqualTo("warning");
    assertThat(SarifReportWriter.level(Severity.INFO)).isEqualTo("note");
  }

  @Test
  void results_point_at_file_lines_and_plan_paths() throws Exception {
    JsonNode run = ReportFixtures.parse(sarif(ReportFixtures.fromFile())).get("runs").get(0);
    assertThat(run.get("artifacts").get(0).get("location").get("uri").asText())
        .isEqualTo("plans/test.json");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(3);

    JsonNode error = results.get(0);
    assertThat(error.get("ruleId").asText()).isEqualTo("test.errors");
    assertThat(error.get("ruleIndex").asInt()).isZero();
    assertThat(error.get("level").asText()).isEqualTo("error");
    assertThat(error.get("message").get("text").asText())
        .startsWith("Session runs 30 minutes")
        .endsWith(" Fix: Cut it to 20 minutes");
    JsonNode location = error.get("locations").get(0);
    JsonNode physical = location.get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("plans/test.json");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(12);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(9);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("days[0].sessions[0]");
    assertThat(error.get("partialFingerprints").get(SarifReportWriter.FINGERPRINT).asText())
        .isEqualTo("test.errors@session:s1");
    assertThat(error.get("properties").get("evidence").get("actual").get("value").asText())
        .isEqualTo("PT30M");
    assertThat(error.has("suppressions")).isFalse();

    JsonNode info = results.get(1);
    assertThat(info.get("level").asText()).isEqualTo("note");
    assertThat(info.get("locations").get(0).get("physicalLocation").has("region"))
        .as("the resolver does not know the plan itself")
        .isFalse();
    assertThat(
            info.get("locations")
                .get(0)
                .get("logicalLocations")
                .get(0)
                .get("fullyQualifiedName")
                .asText())
        .isEqualTo("plan");

    JsonNode waived = results.get(2);
    assertThat(waived.get("level").asText()).isEqualTo("warning");
    JsonNode suppression = waived.get("suppressions").get(0);
    assertThat(suppression.get("kind").asText()).isEqualTo("external");
    assertThat(suppression.get("justification").asText())
        .isEqualTo("Agreed with the VP: " + ReportFixtures.AWKWARD);
  }

  @Test
  void a_plan_built_in_code_has_logical_locations_only() throws Exception {
    JsonNode run =
        ReportFixtures.parse(sarif(List.of(ReportedPlan.of(ReportFixtures.report()))))
            .get("runs")
            .get(0);
    assertThat(run.has("artifacts")).isFalse();
    JsonNode location = run.get("results").get(0).get("locations").get(0);
    assertThat(location.has("physicalLocation")).isFalse();
    assertThat(location.get("logicalLocations").get(0).get("name").asText())
        .isEqualTo("Session s1");
  }

  @Test
  void reported_plans_and_regions_check_their_input() {
    assertThatThrownBy(
            () -> ReportedPlan.fromFile(ReportFixtures.report(), " ", ReportFixtures.RESOLVER))
        .hasMessageContaining("uri must not be blank");
    assertThatThrownBy(() -> SourcePosition.of(0, 1)).hasMessageContaining("must be >= 1");
    assertThat(SourcePosition.of(3, 4)).isEqualTo(SourcePosition.of(3, 4)).hasToString("3:4");
    assertThat(ReportedPlan.of(ReportFixtures.report()).region(dev.sko.rules.Location.plan()))
        .isEmpty();
  }

  @Test
  void with_a_baseline_every_result_has_a_baseline_state_and_the_log_is_valid_sarif()
      throws Exception {
    dev.sko.rules.ValidationReport report = ReportFixtures.report();
    dev.sko.rules.Baseline baseline =
        dev.sko.rules.Baseline.of(
            List.of(
                dev.sko.rules.Baseline.Entry.of(
                    report.planName(), "test.errors", "session:s1", "accepted"),
                dev.sko.rules.Baseline.Entry.of(
                    report.planName(), "test.gone", "budget", "Budget is unknown")));
    String sarif =
        sarif(
            List.of(
                ReportedPlan.fromFile(report, "plans/test.json", ReportFixtures.RESOLVER)
                    .withBaseline(baseline.compare(report))));

    assertThat(violations(sarif)).isEmpty();
    JsonNode results = ReportFixtures.parse(sarif).get("runs").get(0).get("results");
    List<String> states = new java.util.ArrayList<>();
    for (JsonNode result : results) {
      assertThat(result.has("baselineState")).as(result.toString()).isTrue();
      assertThat(result.get("partialFingerprints").has(SarifReportWriter.FINGERPRINT)).isTrue();
      states.add(result.get("ruleId").asText() + "=" + result.get("baselineState").asText());
    }
    assertThat(states)
        .containsExactly(
            "test.errors=unchanged", "test.infos=new", "test.warnings=new", "test.gone=absent");
    JsonNode absent = results.get(3);
    assertThat(absent.get("kind").asText()).isEqualTo("informational");
    assertThat(absent.get("message").get("text").asText()).endsWith("Budget is unknown");
    assertThat(
            violations(sarif.replace("\"baselineState\": \"new\"", "\"baselineState\": \"fresh\"")))
        .as("the schema knows the baseline states")
        .isNotEmpty();
  }

  @Test
  void without_a_baseline_no_result_has_a_baseline_state() throws Exception {
    assertThat(sarif(ReportFixtures.fromFile())).doesNotContain("baselineState");
  }
}
