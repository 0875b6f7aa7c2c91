package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link ValidationReport#check()}: the failure a test author reads, and when it fails. */
class ReportCheckTest {
  private static final Rule DAYS =
      TestRules.reporting("acme.days", Severity.ERROR, "days[10]", "days[2]");
  private static final Rule BUDGET = TestRules.reporting("acme.budget", Severity.WARNING, "budget");
  private static final Rule ADVICE = TestRules.reporting("acme.advice", Severity.INFO, "");

  private static PlanValidator.Builder all() {
    return PlanValidator.builder().addRule(ADVICE).addRule(BUDGET).addRule(DAYS);
  }

  @Test
  void by_default_check_fails_on_errors_and_lists_each_as_the_text_report_does() {
    ValidationReport report = all().build().validate(PLAN);

    assertThatThrownBy(report::check)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            Plan "Test kickoff" has 2 findings at ERROR or above:

            ERROR
              acme.days @ days[2]
                  acme.days at days[2]
                  -> Fix days[2]
              acme.days @ days[10]
                  acme.days at days[10]
                  -> Fix days[10]
            """);
  }

  @Test
  void by_default_warnings_and_infos_do_not_fail_check() {
    ValidationReport report =
        PlanValidator.builder().addRule(BUDGET).addRule(ADVICE).build().validate(PLAN);

    assertThatCode(report::check).doesNotThrowAnyException();
  }

  @Test
  void a_warning_threshold_on_the_validator_makes_warnings_fail_check_but_not_infos() {
    ValidationReport withWarning =
        PlanValidator.builder()
            .addRule(BUDGET)
            .addRule(ADVICE)
            .checkThreshold(Severity.WARNING)
            .build()
            .validate(PLAN);
    ValidationReport infoOnly =
        PlanValidator.builder()
            .addRule(ADVICE)
            .checkThreshold(Severity.WARNING)
            .build()
            .validate(PLAN);

    assertThatThrownBy(withWarning::check)
        .hasMessage(
            """
            Plan "Test kickoff" has 1 finding at WARNING or above:

            WARNING
              acme.budget @ budget
                  acme.budget at budget
                  -> Fix budget
            """);
    assertThatCode(infoOnly::check).doesNotThrowAnyException();
  }

  @Test
  void an_explicit_threshold_overrides_the_validators_and_info_lists_everything() {
    ValidationReport report = all().waive("acme.budget", "accepted").build().validate(PLAN);

    assertThatThrownBy(() -> report.check(Severity.INFO))
        .hasMessage(
            """
            Plan "Test kickoff" has 3 findings at INFO:

            ERROR
              acme.days @ days[2]
                  acme.days at days[2]
                  -> Fix days[2]
              acme.days @ days[10]
                  acme.days at days[10]
                  -> Fix days[10]

            INFO
              acme.advice @ plan
                  acme.advice at plan
                  -> Fix the plan

            (1 waived finding(s) not listed)
            """);
  }

  @Test
  void an_explicit_error_threshold_passes_a_report_the_validator_would_fail_on_warnings() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(BUDGET)
            .checkThreshold(Severity.WARNING)
            .build()
            .validate(PLAN);

    assertThatThrownBy(report::check).isInstanceOf(AssertionError.class);
    assertThatCode(() -> report.check(Severity.ERROR)).doesNotThrowAnyException();
  }

  @Test
  void a_finding_without_remediation_has_no_fix_line_and_a_session_shows_id_and_title() {
    Rule noFix =
        Rule.builder("acme.no-fix")
            .title("No fix")
            .defaultSeverity(Severity.ERROR)
            .check(
                (plan, f) -> {
                  PlanIndex.LocatedSession s = f.index().sessions().get(0);
                  f.report(s.location(), "Something is off");
                })
            .build();

    ValidationReport report = TestRules.validate(noFix);

    assertThatThrownBy(report::check)
        .hasMessage(
            """
            Plan "Test kickoff" has 1 finding at ERROR or above:

            ERROR
              acme.no-fix @ days[0].sessions[0] (s1 "Session s1")
                  Something is off
            """);
  }
}
