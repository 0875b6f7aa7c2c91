package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Rule DAYS =
      TestRules.reporting("acme.days", Severity.ERROR, "days[10]", "days[2]");
  private static final Rule BUDGET =
      TestRules.reporting("acme.budget", Severity.WARNING, "budget", "budget.items[0]");
  private static final Rule ADVICE = TestRules.reporting("acme.advice", Severity.INFO, "");
  private static final Rule QUIET = TestRules.silent("acme.quiet");

  private static ValidationReport report() {
    return PlanValidator.builder()
        .addRule(QUIET)
        .addRule(ADVICE)
        .addRule(BUDGET)
        .addRule(DAYS)
        .waive("acme.budget", "budget.items[0]", "Approved by finance")
        .build()
        .validate(PLAN);
  }

  @Test
  void counts_are_of_unwaived_findings_by_severity_with_zeroes_present() {
    ValidationReport report = report();

    assertThat(report.counts())
        .containsExactly(
            Map.entry(Severity.ERROR, 2),
            Map.entry(Severity.WARNING, 1),
            Map.entry(Severity.INFO, 1));
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(TestRules.validate(QUIET).counts())
        .containsExactly(
            Map.entry(Severity.ERROR, 0),
            Map.entry(Severity.WARNING, 0),
            Map.entry(Severity.INFO, 0));
  }

  @Test
  void findings_of_a_rule_and_at_least_a_severity_are_unwaived_and_in_report_order() {
    ValidationReport report = report();

    assertThat(TestRules.keys(report.findings("acme.days")))
        .containsExactly("acme.days@days[2]", "acme.days@days[10]");
    assertThat(TestRules.keys(report.findings("acme.budget")))
        .containsExactly("acme.budget@budget");
    assertThat(report.findings("acme.quiet")).isEmpty();
    assertThat(report.findings("acme.unknown")).isEmpty();
    assertThat(TestRules.ids(report.findingsAtLeast(Severity.ERROR)))
        .containsExactly("acme.days", "acme.days");
    assertThat(TestRules.ids(report.findingsAtLeast(Severity.WARNING)))
        .containsExactly("acme.days", "acme.days", "acme.budget");
    assertThat(report.findingsAtLeast(Severity.INFO)).isEqualTo(report.findings());
  }

  @Test
  void has_errors_only_with_an_unwaived_error() {
    assertThat(report().hasErrors()).isTrue();
    assertThat(TestRules.validate(BUDGET, ADVICE).hasErrors()).isFalse();
    assertThat(
            PlanValidator.builder()
                .addRule(DAYS)
                .waive("acme.days", "accepted")
                .build()
                .validate(PLAN)
                .hasErrors())
        .isFalse();
  }

  @Test
  void the_report_knows_its_plan_and_how_many_rules_ran() {
    ValidationReport report = report();

    assertThat(report.planName()).isEqualTo("Test kickoff");
    assertThat(report.rulesRun()).isEqualTo(4);
    assertThat(report.stoppedEarly()).isFalse();
    assertThat(report)
        .hasToString("ValidationReport[Test kickoff: {ERROR=2, WARNING=1, INFO=1}, 1 waived]");
  }

  @Test
  void the_text_groups_findings_by_severity_with_one_remediation_arrow_per_finding() {
    assertThat(report().toText())
        .isEqualTo(
            """
            Test kickoff: 2 errors, 1 warning, 1 info, 1 waived (4 rules run)

            ERROR
              acme.days @ days[2]
                  acme.days at days[2]
                  -> Fix days[2]
              acme.days @ days[10]
                  acme.days at days[10]
                  -> Fix days[10]

            WARNING
              acme.budget @ budget
                  acme.budget at budget
                  -> Fix budget

            INFO
              acme.advice @ plan
                  acme.advice at plan
                  -> Fix the plan

            WAIVED
              acme.budget @ budget.items[0]
                  acme.budget at budget.items[0]
                  -> Fix budget.items[0]
                  waived: Approved by finance
            """);
  }

  @Test
  void a_clean_report_is_one_summary_line() {
    assertThat(TestRules.validate(QUIET).toText())
        .isEqualTo("Test kickoff: 0 errors, 0 warnings, 0 info (1 rule run)\n");
  }

  @Test
  void a_fail_fast_report_says_it_stopped() {
    ValidationReport report =
        PlanValidator.builder().addRule(DAYS).addRule(QUIET).failFast(true).build().validate(PLAN);

    assertThat(report.toText())
        .startsWith(
            "Test kickoff: 2 errors, 0 warnings, 0 info (1 rule run, stopped at the first error)\n");
  }

  @Test
  void the_lists_of_a_report_cannot_be_changed() {
    ValidationReport report = report();

    assertThatThrownBy(() -> report.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.waivedFindings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.counts().put(Severity.ERROR, 0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
