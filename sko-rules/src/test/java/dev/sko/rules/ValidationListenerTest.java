package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationListenerTest {
  /** Writes every event as a line. */
  private static final class Recorder implements ValidationListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void ruleStarted(Rule rule, KickoffPlan plan) {
      events.add("started " + rule.id() + " on " + plan.name());
    }

    @Override
    public void ruleFinished(Rule rule, int findings) {
      events.add("finished " + rule.id() + " with " + findings);
    }

    @Override
    public void ruleFailed(Rule rule, Throwable failure) {
      events.add("failed " + rule.id() + " with " + failure.getClass().getSimpleName());
    }

    @Override
    public void findingReported(Finding finding) {
      events.add(
          "finding "
              + finding.ruleId()
              + " "
              + finding.severity()
              + (finding.isWaived() ? " waived" : "")
              + " at "
              + finding.location());
    }
  }

  @Test
  void a_listener_sees_every_rule_start_fail_report_and_finish_in_rule_order() {
    Rule partial =
        Rule.builder("acme.a-partial")
            .title("Reports, then throws")
            .check(
                (plan, f) -> {
                  f.report(Location.day(0), "first");
                  throw new IllegalStateException("bug");
                })
            .build();
    Rule two = TestRules.reporting("acme.b-two", Severity.WARNING, "days[1]", "budget");
    Rule quiet = TestRules.silent("acme.c-quiet");
    Recorder recorder = new Recorder();

    PlanValidator.builder()
        .addRule(quiet)
        .addRule(two)
        .addRule(partial)
        .severity("acme.b-two", Severity.INFO)
        .waive("acme.b-two", "budget", "accepted")
        .listener(recorder)
        .build()
        .validate(PLAN);

    assertThat(recorder.events)
        .containsExactly(
            "started acme.a-partial on Test kickoff",
            "failed acme.a-partial with IllegalStateException",
            "finding acme.a-partial WARNING at days[0]",
            "finding acme.a-partial ERROR at plan",
            "finished acme.a-partial with 2",
            "started acme.b-two on Test kickoff",
            "finding acme.b-two INFO at days[1]",
            "finding acme.b-two INFO waived at budget",
            "finished acme.b-two with 2",
            "started acme.c-quiet on Test kickoff",
            "finished acme.c-quiet with 0");
  }

  @Test
  void every_listener_sees_the_events_in_the_order_they_were_added() {
    List<String> shared = new ArrayList<>();
    ValidationListener first =
        new ValidationListener() {
          @Override
          public void ruleStarted(Rule rule, KickoffPlan plan) {
            shared.add("first");
          }
        };
    ValidationListener second =
        new ValidationListener() {
          @Override
          public void ruleStarted(Rule rule, KickoffPlan plan) {
            shared.add("second");
          }
        };

    PlanValidator.builder()
        .addRule(TestRules.silent("acme.quiet"))
        .listener(first)
        .listener(second)
        .build()
        .validate(PLAN);

    assertThat(shared).containsExactly("first", "second");
  }

  @Test
  void a_listener_that_implements_nothing_changes_nothing() {
    Rule rule = TestRules.reporting("acme.one", Severity.ERROR, "budget");

    ValidationReport with =
        PlanValidator.builder()
            .addRule(rule)
            .listener(new ValidationListener() {})
            .build()
            .validate(PLAN);

    assertThat(with.findings()).isEqualTo(TestRules.validate(rule).findings());
  }

  @Test
  void an_exception_from_a_listener_reaches_the_caller() {
    ValidationListener broken =
        new ValidationListener() {
          @Override
          public void findingReported(Finding finding) {
            throw new IllegalStateException("metrics down");
          }
        };
    PlanValidator validator =
        PlanValidator.builder()
            .addRule(TestRules.reporting("acme.one", Severity.ERROR, "budget"))
            .listener(broken)
            .build();

    assertThatThrownBy(() -> validator.validate(PLAN)).hasMessage("metrics down");
  }
}
