package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.catalog.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportWriters}: one list of formats, each found by its name. */
class ReportWritersTest {
  static final ReportWriters WRITERS =
      ReportWriters.builder().rules(ReportFixtures.validator().rules()).toolVersion("9.9").build();

  @Test
  void every_format_is_found_by_the_name_its_writer_gives() {
    assertThat(WRITERS.formats())
        .startsWith(ReportWriters.DEFAULT_FORMAT)
        .contains("json", "sarif", HtmlReportWriter.FORMAT);
    for (String format : WRITERS.formats()) {
      assertThat(WRITERS.get(format).format()).isEqualTo(format);
      assertThat(WRITERS.find(format)).isPresent();
    }
    assertThat(WRITERS.get("text")).isInstanceOf(TextReportWriter.class);
    assertThat(WRITERS.get("json")).isInstanceOf(JsonReportWriter.class);
    assertThat(WRITERS.get("html")).isInstanceOf(HtmlReportWriter.class);
  }

  @Test
  void only_the_html_review_is_one_document_per_plan() {
    for (String format : WRITERS.formats()) {
      assertThat(WRITERS.get(format).onePerPlan())
          .as(format)
          .isEqualTo(format.equals(HtmlReportWriter.FORMAT));
    }
  }

  @Test
  void the_html_writer_draws_the_rule_sets_thresholds() {
    RuleSet tuned =
        Profiles.recommended().withOption(HtmlReportWriter.MIX_RULE, "warn-below", 0.55);
    PlanValidator validator = PlanValidator.builder().ruleSet(tuned).build();
    KickoffPlan plan = HtmlReportWriterTest.plan();
    List<ReportedPlan> reported = List.of(ReportedPlan.of(validator.validate(plan)).withPlan(plan));

    String withRuleSet =
        ReportWriters.builder()
            .rules(validator.rules())
            .ruleSet(validator.ruleSet())
            .build()
            .get("html")
            .write(reported);
    assertThat(withRuleSet).contains("data-key=\"warn-below\" data-fraction=\"0.55\"");

    // Without the rule set, the rules' own defaults: the override is not known.
    String rulesOnly =
        ReportWriters.builder().rules(validator.rules()).build().get("html").write(reported);
    assertThat(rulesOnly)
        .contains("data-key=\"warn-below\" data-fraction=\"0.4\"")
        .doesNotContain("data-fraction=\"0.55\"");
  }

  @Test
  void the_sarif_writer_gets_the_rules_and_the_tool_version() throws Exception {
    String sarif = WRITERS.get("sarif").write(ReportFixtures.fromFile());
    var driver = ReportFixtures.parse(sarif).get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("version").asText()).isEqualTo("9.9");
    assertThat(driver.get("rules").size()).isEqualTo(3);
    assertThat(driver.get("rules").get(0).get("shortDescription").get("text").asText())
        .isEqualTo("Sessions are not too long");
  }

  @Test
  void an_unknown_format_fails_naming_the_formats() {
    assertThat(WRITERS.find("xml")).isEmpty();
    assertThatThrownBy(() -> WRITERS.get("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown report format \"xml\"; the formats are text, json, sarif");
  }
}
