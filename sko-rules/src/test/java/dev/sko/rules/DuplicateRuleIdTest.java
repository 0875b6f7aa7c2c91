package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuplicateRuleIdTest {
  private static final Rule FIRST = TestRules.reporting("acme.twin", Severity.WARNING, "budget");
  private static final Rule SECOND = TestRules.reporting("acme.twin", Severity.ERROR, "days[0]");

  @Test
  void two_different_rules_with_one_id_in_one_rule_set_are_rejected() {
    assertThatThrownBy(() -> RuleSet.of("acme", FIRST, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id acme.twin");
  }

  @Test
  void the_message_names_both_rules_by_title() {
    assertThatThrownBy(() -> RuleSet.of("acme", FIRST, SECOND))
        .hasMessageContaining("\"" + FIRST.title() + "\"")
        .hasMessageContaining("\"" + SECOND.title() + "\"");
  }

  @Test
  void a_rule_added_beside_a_rule_set_holding_another_rule_with_its_id_is_rejected_at_build() {
    PlanValidator.Builder builder =
        PlanValidator.builder().ruleSet(RuleSet.of("acme", FIRST)).addRule(SECOND);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id acme.twin");
  }

  @Test
  void two_added_rules_with_one_id_are_rejected_at_build() {
    PlanValidator.Builder builder = PlanValidator.builder().addRule(FIRST).addRule(SECOND);

    assertThatThrownBy(builder::build).hasMessageContaining("duplicate rule id acme.twin");
  }

  @Test
  void composing_rule_sets_that_hold_different_rules_with_one_id_is_rejected() {
    RuleSet a = RuleSet.of("a", FIRST);
    RuleSet b = RuleSet.of("b", SECOND);

    assertThatThrownBy(() -> a.with(b)).hasMessageContaining("duplicate rule id acme.twin");
    assertThatThrownBy(PlanValidator.builder().ruleSet(a).ruleSet(b)::build)
        .hasMessageContaining("duplicate rule id acme.twin");
  }

  @Test
  void the_same_rule_in_two_composed_sets_runs_once_with_the_right_hand_overrides_winning() {
    RuleOption<Integer> max = RuleOption.integer("max", 1, 1, 9, "Most allowed");
    Rule shared =
        Rule.builder("acme.shared")
            .title("Reports its option")
            .option(max)
            .check((plan, f) -> f.finding(Location.plan(), "max " + f.option(max)).report())
            .build();
    RuleSet left =
        RuleSet.builder("left").add(shared, Severity.ERROR).option("acme.shared", "max", 3).build();
    RuleSet right = RuleSet.builder("right").add(shared, Severity.INFO).build();
    RuleSet rightWithOption = right.withOption("acme.shared", "max", 5);

    RuleSet leftThenRight = left.with(right);
    RuleSet rightThenLeft = right.with(left);

    assertThat(leftThenRight.rules()).containsExactly(shared);
    assertThat(leftThenRight.name()).isEqualTo("left+right");
    assertThat(leftThenRight.severityOverride("acme.shared")).contains(Severity.INFO);
    assertThat(leftThenRight.optionOverrides("acme.shared")).containsEntry("max", 3);
    assertThat(rightThenLeft.severityOverride("acme.shared")).contains(Severity.ERROR);
    assertThat(left.with(rightWithOption).optionOverrides("acme.shared")).containsEntry("max", 5);

    ValidationReport report =
        PlanValidator.builder().ruleSet(left).ruleSet(right).addRule(shared).build().validate(PLAN);
    assertThat(report.rulesRun()).isEqualTo(1);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).isEqualTo("max 3");
            });
  }

  @Test
  void a_right_hand_set_without_an_override_keeps_the_left_hand_one() {
    Rule shared = TestRules.silent("acme.shared");
    RuleSet left = RuleSet.builder("left").add(shared, Severity.ERROR).build();
    RuleSet right = RuleSet.of("right", shared);

    assertThat(left.with(right).severityOverride("acme.shared")).contains(Severity.ERROR);
    assertThat(right.with(left).severityOverride("acme.shared")).contains(Severity.ERROR);
  }

  @Test
  void adding_the_same_rule_twice_to_a_set_keeps_one_entry() {
    RuleSet set = RuleSet.builder("s").add(FIRST).add(FIRST).build();

    assertThat(set.rules()).containsExactly(FIRST);
  }
}
