package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A typo in configuration must fail at build() naming it, never silently disable a check. */
class ConfigurationValidationTest {
  static final RuleOption<Integer> MAX = RuleOption.integer("max-sessions", 6, 1, 12, "Cap");
  static final RuleOption<Double> SHARE = RuleOption.percentage("share", 0.4, "Share");
  static final RuleOption<Duration> CAP = RuleOption.duration("cap", Duration.ofMinutes(30), "Cap");

  static final Rule CAPPED =
      Rule.builder("acme.session-cap")
          .title("Capped")
          .option(MAX)
          .option(SHARE)
          .option(CAP)
          .check((p, f) -> {})
          .build();
  static final Rule OTHER = TestRules.silent("acme.other");
  static final RuleSet ACME = RuleSet.of("acme", CAPPED, OTHER);

  private static PlanValidator.Builder acme() {
    return PlanValidator.builder().ruleSet(ACME);
  }

  @Test
  void an_unknown_id_in_a_severity_override_fails_at_build_with_a_did_you_mean_hint() {
    PlanValidator.Builder builder = acme().severity("acme.session-cpa", Severity.ERROR);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule id \"acme.session-cpa\" in severity()")
        .hasMessageContaining("did you mean \"acme.session-cap\"?");
  }

  @Test
  void an_unknown_id_in_disable_fails_at_build() {
    PlanValidator.Builder builder = acme().disable("acme.othr");

    assertThatThrownBy(builder::build)
        .hasMessageContaining("unknown rule id \"acme.othr\" in disable()")
        .hasMessageContaining("did you mean \"acme.other\"?");
  }

  @Test
  void an_unknown_id_in_an_option_fails_at_build() {
    PlanValidator.Builder builder = acme().option("acme.sesion-cap", "max-sessions", 3);

    assertThatThrownBy(builder::build)
        .hasMessageContaining("unknown rule id \"acme.sesion-cap\" in option()")
        .hasMessageContaining("did you mean \"acme.session-cap\"?");
  }

  @Test
  void an_unknown_id_in_a_waiver_fails_at_build() {
    PlanValidator.Builder builder = acme().waive("acme.othre", "accepted for FY27");

    assertThatThrownBy(builder::build)
        .hasMessageContaining("unknown rule id \"acme.othre\" in waive()")
        .hasMessageContaining("did you mean \"acme.other\"?");
  }

  @Test
  void an_unknown_id_with_no_rules_registered_says_so() {
    PlanValidator.Builder builder = PlanValidator.builder().severity("acme.x", Severity.INFO);

    assertThatThrownBy(builder::build)
        .hasMessageContaining("unknown rule id \"acme.x\"")
        .hasMessageContaining("(no rules are registered)");
  }

  @Test
  void an_unknown_option_key_fails_at_build_listing_the_rules_options() {
    PlanValidator.Builder builder = acme().option("acme.session-cap", "max-session", 3);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown option \"max-session\" for rule acme.session-cap; its options are"
                + " [max-sessions, share, cap]");
  }

  @Test
  void an_option_key_for_a_rule_without_options_says_it_has_none() {
    PlanValidator.Builder builder = acme().option("acme.other", "max", 3);

    assertThatThrownBy(builder::build)
        .hasMessage("unknown option \"max\" for rule acme.other; it has no options");
  }

  @Test
  void an_option_value_of_the_wrong_type_fails_at_build_naming_rule_key_and_value() {
    PlanValidator.Builder text = acme().option("acme.session-cap", "max-sessions", "six");
    PlanValidator.Builder minutes = acme().option("acme.session-cap", "cap", 30);

    assertThatThrownBy(text::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("option max-sessions of rule acme.session-cap")
        .hasMessageContaining("Integer")
        .hasMessageContaining("String six");
    assertThatThrownBy(minutes::build)
        .hasMessageContaining("option cap of rule acme.session-cap")
        .hasMessageContaining("Duration")
        .hasMessageContaining("Integer 30");
  }

  @Test
  void an_option_value_just_outside_its_range_fails_and_just_inside_is_accepted() {
    assertThatThrownBy(acme().option("acme.session-cap", "max-sessions", 0)::build)
        .hasMessage(
            "option max-sessions of rule acme.session-cap must be a whole number from 1 to 12,"
                + " but was 0");
    assertThatThrownBy(acme().option("acme.session-cap", "max-sessions", 13)::build)
        .hasMessageContaining("but was 13");
    assertThatThrownBy(acme().option("acme.session-cap", "share", 1.01)::build)
        .hasMessageContaining("must be a fraction from 0 to 1");
    assertThatThrownBy(acme().option("acme.session-cap", "cap", Duration.ZERO)::build)
        .hasMessageContaining("must be a positive duration");
    assertThatCode(acme().option("acme.session-cap", "max-sessions", 1)::build)
        .doesNotThrowAnyException();
    assertThatCode(acme().option("acme.session-cap", "max-sessions", 12)::build)
        .doesNotThrowAnyException();
    assertThatCode(acme().option("acme.session-cap", "share", 1)::build).doesNotThrowAnyException();
  }

  @Test
  void rule_set_changes_reject_unknown_ids_keys_and_values_at_once() {
    assertThatThrownBy(() -> ACME.withSeverity("acme.othe", Severity.ERROR))
        .hasMessageContaining("unknown rule id \"acme.othe\" in RuleSet acme.withSeverity()")
        .hasMessageContaining("did you mean \"acme.other\"?");
    assertThatThrownBy(() -> ACME.withOption("acme.othe", "max", 1))
        .hasMessageContaining("unknown rule id \"acme.othe\" in RuleSet acme.withOption()");
    assertThatThrownBy(() -> ACME.without("acme.othe"))
        .hasMessageContaining("unknown rule id \"acme.othe\" in RuleSet acme.without()");
    assertThatThrownBy(() -> ACME.withOption("acme.session-cap", "maxsessions", 2))
        .hasMessageContaining("unknown option \"maxsessions\" for rule acme.session-cap");
    assertThatThrownBy(() -> ACME.withOption("acme.session-cap", "max-sessions", 2.5))
        .hasMessageContaining("takes a Integer, but was Double 2.5");
    assertThatThrownBy(
            () -> RuleSet.builder("b").add(CAPPED).option("acme.session-cap", "max-sessions", 99))
        .hasMessageContaining("but was 99");
    assertThatThrownBy(() -> RuleSet.builder("b").add(CAPPED).option("acme.x", "max", 1))
        .hasMessageContaining("unknown rule id \"acme.x\"");
  }

  @Test
  void configuration_of_a_disabled_rule_is_checked_but_does_not_fail() {
    PlanValidator validator =
        acme()
            .disable("acme.other")
            .severity("acme.other", Severity.ERROR)
            .waive("acme.other", "accepted")
            .disable("acme.other")
            .build();

    assertThat(validator.ruleSet().ids()).containsExactly("acme.session-cap");
    assertThatThrownBy(
            acme().disable("acme.session-cap").option("acme.session-cap", "max-sessions", 0)::build)
        .hasMessageContaining("but was 0");
  }

  @Test
  void a_valid_configuration_builds() {
    PlanValidator validator =
        acme()
            .severity("acme.other", Severity.ERROR)
            .option("acme.session-cap", "max-sessions", 8)
            .waive("acme.other", "days[0]", "accepted for FY27")
            .build();

    assertThat(validator.ruleSet().severityOverride("acme.other")).contains(Severity.ERROR);
    assertThat(validator.ruleSet().optionOverrides("acme.session-cap"))
        .containsEntry("max-sessions", 8);
    assertThat(validator.waivers()).extracting(Waiver::ruleId).containsExactly("acme.other");
  }
}
