package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailFastTest {
  private static final Rule A_WARNS = TestRules.reporting("acme.a", Severity.WARNING, "budget");
  private static final Rule B_ERRS = TestRules.reporting("acme.b", Severity.ERROR, "days[0]");
  private static final Rule C_ERRS = TestRules.reporting("acme.c", Severity.ERROR, "days[1]");
  private static final Rule D_WARNS = TestRules.reporting("acme.d", Severity.WARNING, "days[2]");

  /** The ids of the rules that started, in order. */
  private static final class Started implements ValidationListener {
    final List<String> ids = new ArrayList<>();

    @Override
    public void ruleStarted(Rule rule, dev.sko.core.KickoffPlan plan) {
      ids.add(rule.id());
    }
  }

  private static PlanValidator.Builder shuffled() {
    return PlanValidator.builder()
        .addRule(D_WARNS)
        .addRule(C_ERRS)
        .addRule(A_WARNS)
        .addRule(B_ERRS);
  }

  @Test
  void fail_fast_stops_after_the_first_rule_in_id_order_that_reports_an_error() {
    Started started = new Started();

    ValidationReport report = shuffled().failFast(true).listener(started).build().validate(PLAN);

    assertThat(started.ids).containsExactly("acme.a", "acme.b");
    assertThat(report.rulesRun()).isEqualTo(2);
    assertThat(report.stoppedEarly()).isTrue();
    assertThat(TestRules.ids(report.findings())).containsExactly("acme.b", "acme.a");
  }

  @Test
  void without_fail_fast_every_rule_runs() {
    Started started = new Started();

    ValidationReport report = shuffled().listener(started).build().validate(PLAN);

    assertThat(started.ids).containsExactly("acme.a", "acme.b", "acme.c", "acme.d");
    assertThat(report.rulesRun()).isEqualTo(4);
    assertThat(report.stoppedEarly()).isFalse();
    assertThat(TestRules.ids(report.findings()))
        .containsExactly("acme.b", "acme.c", "acme.a", "acme.d");
  }

  @Test
  void fail_fast_can_be_switched_off_again() {
    ValidationReport report = shuffled().failFast(true).failFast(false).build().validate(PLAN);

    assertThat(report.rulesRun()).isEqualTo(4);
  }

  @Test
  void warnings_do_not_stop_and_an_error_from_the_last_rule_is_not_an_early_stop() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(A_WARNS)
            .addRule(C_ERRS)
            .failFast(true)
            .build()
            .validate(PLAN);

    assertThat(report.rulesRun()).isEqualTo(2);
    assertThat(report.stoppedEarly()).isFalse();
  }

  @Test
  void a_rule_that_throws_stops_a_fail_fast_validation() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(TestRules.throwing("acme.a", new IllegalStateException("bug")))
            .addRule(C_ERRS)
            .failFast(true)
            .build()
            .validate(PLAN);

    assertThat(report.rulesRun()).isEqualTo(1);
    assertThat(report.stoppedEarly()).isTrue();
  }

  @Test
  void an_error_lowered_by_an_override_does_not_stop_and_a_raised_warning_does() {
    ValidationReport lowered =
        shuffled().failFast(true).severity("acme.b", Severity.INFO).build().validate(PLAN);
    ValidationReport raised =
        shuffled().failFast(true).severity("acme.a", Severity.ERROR).build().validate(PLAN);

    assertThat(lowered.rulesRun()).isEqualTo(3);
    assertThat(raised.rulesRun()).isEqualTo(1);
  }
}
