package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityOverrideTest {
  /** A graded rule: an ERROR at days[0], and a finding at its default severity at budget. */
  private static final Rule GRADED =
      Rule.builder("acme.graded")
          .title("Graded")
          .defaultSeverity(Severity.WARNING)
          .check(
              (plan, f) -> {
                f.finding(Location.day(0), "far off").severity(Severity.ERROR).report();
                f.report(Location.of("budget"), "a little off");
              })
          .build();

  private static String severities(ValidationReport report) {
    StringBuilder sb = new StringBuilder();
    report
        .findings()
        .forEach(f -> sb.append(f.location().path()).append('=').append(f.severity()).append(' '));
    return sb.toString().strip();
  }

  @Test
  void without_override_a_finding_has_its_explicit_severity_or_else_the_rule_default() {
    assertThat(severities(TestRules.validate(GRADED))).isEqualTo("days[0]=ERROR budget=WARNING");
  }

  @Test
  void a_validator_override_replaces_both_the_default_and_the_explicit_severity() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(GRADED)
            .severity("acme.graded", Severity.INFO)
            .build()
            .validate(PLAN);

    assertThat(severities(report)).isEqualTo("budget=INFO days[0]=INFO");
  }

  @Test
  void a_missing_data_note_stays_info_whatever_the_override() {
    Rule noRoster =
        Rule.builder("acme.needs-roster")
            .title("Needs a roster")
            .defaultSeverity(Severity.WARNING)
            .check(
                (plan, f) -> {
                  f.finding(Location.of("roster"), "no roster").missingData().report();
                  f.report(Location.day(0), "a real finding");
                })
            .build();

    ValidationReport raised =
        PlanValidator.builder()
            .addRule(noRoster)
            .severity("acme.needs-roster", Severity.ERROR)
            .build()
            .validate(PLAN);

    assertThat(severities(raised)).isEqualTo("days[0]=ERROR roster=INFO");
  }

  @Test
  void an_override_can_raise_as_well_as_lower() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(GRADED)
            .severity("acme.graded", Severity.ERROR)
            .build()
            .validate(PLAN);

    assertThat(severities(report)).isEqualTo("budget=ERROR days[0]=ERROR");
  }

  @Test
  void a_rule_set_override_applies_and_the_validator_override_wins_over_it() {
    RuleSet asInfo = RuleSet.builder("acme").add(GRADED, Severity.INFO).build();
    RuleSet asWarning = RuleSet.of("acme", GRADED).withSeverity("acme.graded", Severity.WARNING);

    ValidationReport fromSet = PlanValidator.builder().ruleSet(asInfo).build().validate(PLAN);
    ValidationReport fromWith = PlanValidator.builder().ruleSet(asWarning).build().validate(PLAN);
    ValidationReport validatorWins =
        PlanValidator.builder()
            .ruleSet(asInfo)
            .severity("acme.graded", Severity.ERROR)
            .build()
            .validate(PLAN);

    assertThat(severities(fromSet)).isEqualTo("budget=INFO days[0]=INFO");
    assertThat(severities(fromWith)).isEqualTo("budget=WARNING days[0]=WARNING");
    assertThat(severities(validatorWins)).isEqualTo("budget=ERROR days[0]=ERROR");
  }

  @Test
  void the_last_severity_set_for_a_rule_on_the_builder_wins() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(GRADED)
            .severity("acme.graded", Severity.ERROR)
            .severity("acme.graded", Severity.INFO)
            .build()
            .validate(PLAN);

    assertThat(report.count(Severity.INFO)).isEqualTo(2);
    assertThat(report.count(Severity.ERROR)).isZero();
  }

  @Test
  void severities_order_from_most_to_least_severe() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.ERROR.letter() + Severity.WARNING.letter() + Severity.INFO.letter())
        .isEqualTo("EWI");
  }
}
