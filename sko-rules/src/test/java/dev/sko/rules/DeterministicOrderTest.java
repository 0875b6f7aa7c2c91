package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Collections2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings come in the order severity, rule id, location, whatever order rules were registered. */
class DeterministicOrderTest {
  private static final List<Rule> RULES =
      List.of(
          TestRules.reporting("zeta.late", Severity.ERROR, "days[10]", "days[2]", "budget"),
          TestRules.reporting(
              "alpha.early", Severity.WARNING, "days[2].sessions[10]", "days[2].sessions[9]"),
          TestRules.reporting("alpha.early-too", Severity.ERROR, "days[1]"),
          TestRules.reporting("mid.info", Severity.INFO, "", "reinforcement[0]"));

  private static final List<String> EXPECTED =
      List.of(
          "alpha.early-too@days[1]",
          "zeta.late@budget",
          "zeta.late@days[2]",
          "zeta.late@days[10]",
          "alpha.early@days[2].sessions[9]",
          "alpha.early@days[2].sessions[10]",
          "mid.info@",
          "mid.info@reinforcement[0]");

  @Test
  void every_registration_order_gives_the_same_findings_in_severity_rule_location_order() {
    ValidationReport first = null;
    int orders = 0;
    for (List<Rule> order : Collections2.permutations(RULES)) {
      ValidationReport report = PlanValidator.builder().addRules(order).build().validate(PLAN);

      assertThat(TestRules.keys(report.findings())).as("order %s", order).isEqualTo(EXPECTED);
      if (first == null) {
        first = report;
      } else {
        assertThat(report.findings()).isEqualTo(first.findings());
        assertThat(report.toText()).isEqualTo(first.toText());
      }
      orders++;
    }
    assertThat(orders).isEqualTo(24);
  }

  @Test
  void rule_sets_registered_in_either_order_give_the_same_report() {
    RuleSet one = RuleSet.of("one", RULES.subList(0, 2));
    RuleSet two = RuleSet.of("two", RULES.subList(2, 4));

    ValidationReport oneTwo =
        PlanValidator.builder().ruleSet(one).ruleSet(two).build().validate(PLAN);
    ValidationReport twoOne =
        PlanValidator.builder().ruleSet(two).ruleSet(one).build().validate(PLAN);

    assertThat(oneTwo.findings()).isEqualTo(twoOne.findings());
    assertThat(TestRules.keys(oneTwo.findings())).isEqualTo(EXPECTED);
  }

  @Test
  void one_validator_gives_equal_reports_for_one_plan_every_time() {
    PlanValidator validator = PlanValidator.builder().addRules(RULES).build();

    ValidationReport a = validator.validate(PLAN);
    ValidationReport b = validator.validate(PLAN);

    assertThat(a.findings()).isEqualTo(b.findings()).isNotSameAs(b.findings());
    assertThat(a.toText()).isEqualTo(b.toText());
  }

  @Test
  void findings_of_one_rule_at_one_location_order_by_message() {
    Rule two =
        Rule.builder("acme.two")
            .title("Two at one place")
            .check(
                (plan, f) -> {
                  f.report(Location.plan(), "b second");
                  f.report(Location.plan(), "a first");
                })
            .build();

    assertThat(TestRules.validate(two).findings())
        .extracting(Finding::message)
        .containsExactly("a first", "b second");
  }

  @Test
  void the_finding_order_sorts_by_severity_then_rule_id_then_location() {
    List<Finding> findings = new ArrayList<>();
    findings.add(finding("b.rule", Severity.INFO, "days[0]"));
    findings.add(finding("b.rule", Severity.ERROR, "days[10]"));
    findings.add(finding("a.rule", Severity.WARNING, "days[0]"));
    findings.add(finding("b.rule", Severity.ERROR, "days[9]"));
    findings.add(finding("a.rule", Severity.ERROR, "days[11]"));

    findings.sort(null);

    assertThat(findings)
        .extracting(f -> f.severity().letter() + " " + f.ruleId() + " " + f.location().path())
        .containsExactly(
            "E a.rule days[11]",
            "E b.rule days[9]",
            "E b.rule days[10]",
            "W a.rule days[0]",
            "I b.rule days[0]");
  }

  private static Finding finding(String ruleId, Severity severity, String path) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severity)
        .message("m")
        .location(Location.of(path))
        .source("s")
        .build();
  }
}
