package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule pack on the class path changes nothing until a validator opts in to discovery. */
class RuleDiscoveryTest {
  @Test
  void a_registered_provider_is_not_used_without_the_opt_in() {
    PlanValidator validator = PlanValidator.builder().build();

    assertThat(validator.rules()).isEmpty();
    assertThat(validator.validate(PLAN).findings()).isEmpty();
  }

  @Test
  void a_registered_provider_is_found_with_the_opt_in_and_its_rules_run() {
    PlanValidator validator = PlanValidator.builder().discoverRules().build();

    assertThat(validator.rules()).containsExactly(TestRuleProvider.DISCOVERED);
    assertThat(TestRules.keys(validator.validate(PLAN).findings()))
        .containsExactly("test.discovered@budget");
  }

  @Test
  void discovered_rules_can_be_configured_like_any_other() {
    ValidationReport report =
        PlanValidator.builder()
            .discoverRules()
            .severity("test.discovered", Severity.ERROR)
            .build()
            .validate(PLAN);

    assertThat(report.findings("test.discovered").get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void a_class_loader_that_does_not_see_the_provider_finds_nothing() {
    PlanValidator validator =
        PlanValidator.builder().discoverRules(ClassLoader.getPlatformClassLoader()).build();

    assertThat(validator.rules()).isEmpty();
  }

  @Test
  void the_thread_context_class_loader_is_the_one_searched() {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      assertThat(PlanValidator.builder().discoverRules().build().rules()).isEmpty();
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void a_discovered_rule_whose_id_another_rule_has_is_rejected() {
    Rule impostor = TestRules.silent("test.discovered");

    assertThatThrownBy(PlanValidator.builder().discoverRules().addRule(impostor)::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id test.discovered");
  }
}
