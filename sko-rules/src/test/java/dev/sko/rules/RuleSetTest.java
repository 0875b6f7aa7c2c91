package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final Rule A = TestRules.silent("acme.a");
  private static final Rule B = TestRules.silent("acme.b");
  private static final Rule C = TestRules.silent("acme.c");

  @Test
  void a_rule_set_keeps_its_rules_in_the_order_they_were_added() {
    RuleSet set = RuleSet.of("acme", C, A, B);

    assertThat(set.rules()).containsExactly(C, A, B);
    assertThat(set.ids()).containsExactly("acme.c", "acme.a", "acme.b");
    assertThat(set.contains("acme.a")).isTrue();
    assertThat(set.contains("acme.d")).isFalse();
    assertThat(set.rule("acme.b")).contains(B);
    assertThat(set.rule("acme.d")).isEmpty();
    assertThat(set).hasToString("acme [acme.c, acme.a, acme.b]");
  }

  @Test
  void changes_return_new_sets_and_leave_the_original_alone() {
    RuleSet set = RuleSet.of("acme", A, B);

    RuleSet without = set.without("acme.a");
    RuleSet severe = set.withSeverity("acme.b", Severity.ERROR);
    RuleSet renamed = set.named("renamed");

    assertThat(without.ids()).containsExactly("acme.b");
    assertThat(severe.severityOverride("acme.b")).contains(Severity.ERROR);
    assertThat(renamed.name()).isEqualTo("renamed");
    assertThat(set.ids()).containsExactly("acme.a", "acme.b");
    assertThat(set.severityOverride("acme.b")).isEmpty();
    assertThat(set.name()).isEqualTo("acme");
  }

  @Test
  void the_lists_and_maps_a_rule_set_hands_out_cannot_be_changed() {
    RuleSet set = RuleSet.of("acme", A);

    assertThatThrownBy(() -> set.rules().add(B)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.ids().remove("acme.a"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_empty_set_and_a_blank_name() {
    assertThat(RuleSet.empty("none").rules()).isEmpty();
    assertThat(RuleSet.of("list", List.of(A, B)).rules()).containsExactly(A, B);
    assertThatThrownBy(() -> RuleSet.empty(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RuleSet.name must not be blank, but was \" \"");
  }

  @Test
  void a_validator_exposes_the_composed_rule_set_it_runs_and_its_rules_in_id_order() {
    PlanValidator validator =
        PlanValidator.builder()
            .ruleSet(RuleSet.of("one", C, A))
            .addRule(B)
            .severity("acme.c", Severity.INFO)
            .build();

    assertThat(validator.rules()).containsExactly(A, B, C);
    assertThat(validator.ruleSet().ids()).containsExactlyInAnyOrder("acme.a", "acme.b", "acme.c");
    assertThat(validator.ruleSet().severityOverride("acme.c")).contains(Severity.INFO);
    assertThat(validator).hasToString("PlanValidator[acme.a, acme.b, acme.c]");
  }
}
