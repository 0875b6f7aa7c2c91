package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sko.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  @Test
  void writes_every_field_of_every_finding() throws Exception {
    ValidationReport report = ReportFixtures.report();
    JsonNode root =
        ReportFixtures.parse(JsonReportWriter.create().write(ReportFixtures.fromFile()));
    assertThat(root.get("tool").asText()).isEqualTo("sko");
    assertThat(root.get("reportVersion").asInt()).isEqualTo(JsonReportWriter.REPORT_VERSION);
    JsonNode plan = root.get("plans").get(0);
    assertThat(plan.get("plan").asText()).isEqualTo("Test kickoff");
    assertThat(plan.get("uri").asText()).isEqualTo("plans/test.json");
    assertThat(plan.get("rulesRun").asInt()).isEqualTo(report.rulesRun()).isEqualTo(3);
    assertThat(plan.get("stoppedEarly").asBoolean()).isFalse();
    assertThat(plan.get("counts").get("ERROR").asInt()).isEqualTo(1);
    assertThat(plan.get("counts").get("WARNING").asInt()).isZero();
    assertThat(plan.get("counts").get("INFO").asInt()).isEqualTo(1);

    List<String> ids = new ArrayList<>();
    plan.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    assertThat(ids).containsExactly("test.errors", "test.infos");

    JsonNode error = plan.get("findings").get(0);
    assertThat(error.get("severity").asText()).isEqualTo("ERROR");
    assertThat(error.get("message").asText()).endsWith(ReportFixtures.AWKWARD);
    assertThat(error.get("remediation").asText()).isEqualTo("Cut it to 20 minutes");
    assertThat(error.get("source").asText()).isEqualTo("TEST_SOURCE: a figure");
    JsonNode location = error.get("location");
    assertThat(location.get("path").asText()).isEqualTo("days[0].sessions[0]");
    assertThat(location.get("sessionId").asText()).isEqualTo("s1");
    assertThat(location.get("sessionTitle").asText()).isEqualTo("Session s1");
    assertThat(location.get("line").asInt()).isEqualTo(12);
    assertThat(location.get("column").asInt()).isEqualTo(9);
    assertThat(error.has("waiver")).isFalse();

    JsonNode evidence = error.get("evidence");
    assertThat(evidence.get("actual").toString())
        .isEqualTo("{\"type\":\"duration\",\"value\":\"PT30M\"}");
    assertThat(evidence.get("expected").get("value").asText()).isEqualTo("PT20M");
    JsonNode figures = evidence.get("figures");
    List<String> names = new ArrayList<>();
    figures.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "count", "ratio", "exact", "label", "flag", "kind", "date", "time", "money", "day",
            "range");
    assertThat(figures.get("count").toString()).isEqualTo("{\"type\":\"number\",\"value\":3}");
    assertThat(figures.get("ratio").get("value").asDouble()).isEqualTo(0.25);
    assertThat(figures.get("exact").get("value").decimalValue()).isEqualByComparingTo("1982.00");
    assertThat(figures.get("label").get("value").asText()).isEqualTo(ReportFixtures.AWKWARD);
    assertThat(figures.get("flag").toString()).isEqualTo("{\"type\":\"boolean\",\"value\":true}");
    assertThat(figures.get("kind").toString())
        .isEqualTo("{\"type\":\"enum\",\"enum\":\"SessionKind\",\"value\":\"KEYNOTE\"}");
    assertThat(figures.get("date").get("value").asText()).isEqualTo("2027-01-12");
    assertThat(figures.get("time").get("value").asText()).isEqualTo("09:30");
    assertThat(figures.get("money").toString())
        .isEqualTo("{\"type\":\"money\",\"amount\":\"1982.00\",\"currency\":\"USD\"}");
    assertThat(figures.get("day").get("value").asText()).isEqualTo("T+30");
    assertThat(figures.get("range").toString())
        .isEqualTo("{\"type\":\"range\",\"min\":5,\"max\":10}");

    JsonNode info = plan.get("findings").get(1);
    assertThat(info.get("location").get("path").asText()).isEmpty();
    assertThat(info.get("location").has("line")).isFalse();
    assertThat(info.has("remediation")).isFalse();
    assertThat(info.get("evidence").size()).isZero();

    JsonNode waived = plan.get("waived").get(0);
    assertThat(waived.get("ruleId").asText()).isEqualTo("test.warnings");
    assertThat(waived.get("severity").asText()).isEqualTo("WARNING");
    assertThat(waived.get("location").get("line").asInt()).isEqualTo(9);
    assertThat(waived.get("waiver").get("path").asText()).isEqualTo("days[0]");
    assertThat(waived.get("waiver").get("reason").asText())
        .isEqualTo("Agreed with the VP: " + ReportFixtures.AWKWARD);
  }

  @Test
  void a_plan_built_in_code_has_no_uri_and_no_lines() throws Exception {
    JsonNode plan =
        ReportFixtures.parse(
                JsonReportWriter.create().write(List.of(ReportedPlan.of(ReportFixtures.report()))))
            .get("plans")
            .get(0);
    assertThat(plan.has("uri")).isFalse();
    assertThat(plan.get("findings").get(0).get("location").has("line")).isFalse();
  }

  @Test
  void many_plans_are_one_document() throws Exception {
    List<ReportedPlan> plans =
        List.of(
            ReportedPlan.of(ReportFixtures.report()),
            ReportedPlan.fromFile(ReportFixtures.report(), "b.json", ReportFixtures.RESOLVER));
    String json = JsonReportWriter.create().write(plans);
    assertThat(ReportFixtures.parse(json).get("plans").size()).isEqualTo(2);
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void with_a_baseline_findings_carry_their_state_and_gone_ones_are_listed() throws Exception {
    ValidationReport report = ReportFixtures.report();
    dev.sko.rules.Baseline baseline =
        dev.sko.rules.Baseline.of(
            List.of(
                dev.sko.rules.Baseline.Entry.of(
                    report.planName(), "test.infos", "plan", "Break-even at 80%"),
                dev.sko.rules.Baseline.Entry.of(report.planName(), "test.gone", "budget", "m")));
    JsonNode plan =
        ReportFixtures.parse(
                JsonReportWriter.create()
                    .write(List.of(ReportedPlan.of(report).withBaseline(baseline.compare(report)))))
            .get("plans")
            .get(0);
    List<String> states = new ArrayList<>();
    for (JsonNode f : plan.get("findings")) {
      states.add(f.get("ruleId").asText() + "=" + f.get("baselineState").asText());
    }
    assertThat(states).containsExactly("test.errors=new", "test.infos=unchanged");
    assertThat(plan.get("absent").get(0).get("ruleId").asText()).isEqualTo("test.gone");
    assertThat(plan.get("absent").get(0).get("location").asText()).isEqualTo("budget");
  }
}
