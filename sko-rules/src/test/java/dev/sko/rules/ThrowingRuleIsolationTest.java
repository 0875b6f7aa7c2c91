package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ThrowingRuleIsolationTest {
  private static final Rule BEFORE = TestRules.reporting("a.before", Severity.WARNING, "budget");
  private static final Rule AFTER = TestRules.reporting("z.after", Severity.INFO, "days[0]");

  private static ValidationReport validateBetween(Rule failing) {
    return PlanValidator.builder()
        .addRule(AFTER)
        .addRule(failing)
        .addRule(BEFORE)
        .build()
        .validate(PLAN);
  }

  /**
   * Recurses until the stack overflows; the condition keeps Error Prone from calling it infinite.
   */
  private static int recurse(int depth) {
    return depth < 0 ? 0 : recurse(depth + 1) + 1;
  }

  @Test
  void a_runtime_exception_becomes_an_error_finding_naming_it_and_the_other_rules_still_report() {
    ValidationReport report =
        validateBetween(
            TestRules.throwing("m.throws", new IllegalStateException("no agenda index")));

    assertThat(TestRules.keys(report.findings()))
        .containsExactly("m.throws@", "a.before@budget", "z.after@days[0]");
    Finding failure = report.findings("m.throws").get(0);
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
    assertThat(failure.message())
        .isEqualTo("Rule m.throws failed with java.lang.IllegalStateException: no agenda index");
    assertThat(failure.location().isPlan()).isTrue();
    assertThat(failure.remediation()).hasValueSatisfying(r -> assertThat(r).contains("m.throws"));
    assertThat(failure.source()).isEqualTo("custom rule");
    assertThat(report.rulesRun()).isEqualTo(3);
  }

  @Test
  void a_checked_exception_becomes_an_error_finding_naming_it() {
    ValidationReport report =
        validateBetween(TestRules.throwing("m.throws", new IOException("disk full")));

    assertThat(report.findings("m.throws"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo("Rule m.throws failed with java.io.IOException: disk full");
            });
    assertThat(report.findings("a.before")).hasSize(1);
    assertThat(report.findings("z.after")).hasSize(1);
  }

  @Test
  void an_exception_without_message_is_named_by_its_class() {
    ValidationReport report =
        validateBetween(TestRules.throwing("m.throws", new UnsupportedOperationException()));

    assertThat(report.findings("m.throws").get(0).message())
        .isEqualTo("Rule m.throws failed with java.lang.UnsupportedOperationException");
  }

  @Test
  void a_rule_that_overflows_the_stack_becomes_an_error_finding_and_the_others_still_report() {
    Rule deep =
        Rule.builder("m.recursion").title("Recurses").check((plan, f) -> recurse(0)).build();

    ValidationReport report = validateBetween(deep);

    assertThat(report.findings("m.recursion"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("java.lang.StackOverflowError");
            });
    assertThat(TestRules.ids(report.findings())).contains("a.before", "z.after");
  }

  @Test
  void findings_reported_before_the_rule_threw_are_kept_beside_the_failure() {
    Rule partial =
        Rule.builder("m.partial")
            .title("Reports, then throws")
            .check(
                (plan, f) -> {
                  f.report(Location.of("budget"), "first");
                  throw new IllegalArgumentException("second");
                })
            .build();

    ValidationReport report = validateBetween(partial);

    assertThat(report.findings("m.partial"))
        .extracting(Finding::message)
        .containsExactly(
            "Rule m.partial failed with java.lang.IllegalArgumentException: second", "first");
  }

  @Test
  void a_severity_override_does_not_soften_the_failure_of_a_rule() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(TestRules.throwing("m.throws", new IllegalStateException("x")))
            .severity("m.throws", Severity.INFO)
            .build()
            .validate(PLAN);

    assertThat(report.findings("m.throws").get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void an_invalid_finding_a_rule_tries_to_report_fails_that_rule_only() {
    Rule blank =
        Rule.builder("m.blank")
            .title("Blank message")
            .check((p, f) -> f.report(Location.plan(), " "))
            .build();

    ValidationReport report = validateBetween(blank);

    assertThat(report.findings("m.blank").get(0).message())
        .startsWith("Rule m.blank failed with java.lang.IllegalArgumentException: Finding.message");
    assertThat(report.findings("a.before")).hasSize(1);
  }

  @Test
  void errors_of_the_jvm_propagate_and_errors_of_the_rule_are_isolated() {
    Rule outOfMemory =
        Rule.builder("m.fatal")
            .title("Runs out of memory")
            .check(
                (plan, f) -> {
                  throw new OutOfMemoryError("test");
                })
            .build();
    Rule linkage =
        Rule.builder("m.linkage")
            .title("Misses a class")
            .check(
                (plan, f) -> {
                  throw new NoClassDefFoundError("com/acme/Gone");
                })
            .build();

    assertThatThrownBy(() -> validateBetween(outOfMemory))
        .isExactlyInstanceOf(OutOfMemoryError.class)
        .hasMessage("test");
    assertThat(validateBetween(linkage).findings("m.linkage"))
        .extracting(Finding::message)
        .containsExactly(
            "Rule m.linkage failed with java.lang.NoClassDefFoundError: com/acme/Gone");
  }

  @Test
  void a_rule_that_is_interrupted_keeps_the_thread_interrupted() {
    Rule interrupted = TestRules.throwing("m.interrupted", new InterruptedException("stop"));
    try {
      ValidationReport report = validateBetween(interrupted);

      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(report.findings("m.interrupted").get(0).message())
          .isEqualTo("Rule m.interrupted failed with java.lang.InterruptedException: stop");
      assertThat(report.findings("z.after")).hasSize(1);
    } finally {
      boolean wasInterrupted = Thread.interrupted(); // clears the flag for the next test
      assertThat(wasInterrupted).isTrue();
    }
  }
}
