package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaiverTest {
  private static final Rule TWO_DAYS =
      TestRules.reporting("acme.days", Severity.ERROR, "days[0]", "days[1]");
  private static final Rule BUDGET = TestRules.reporting("acme.budget", Severity.ERROR, "budget");

  private static PlanValidator.Builder both() {
    return PlanValidator.builder().addRule(TWO_DAYS).addRule(BUDGET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void a_waiver_without_a_reason_is_rejected(String reason) {
    assertThatThrownBy(() -> Waiver.of("acme.days", reason))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Waiver.reason must say why the finding is accepted, but was \""
                + reason
                + "\" (rule acme.days)");
    assertThatThrownBy(() -> Waiver.at("acme.days", "days[0]", reason))
        .hasMessageContaining("Waiver.reason");
    assertThatThrownBy(() -> both().waive("acme.days", reason))
        .hasMessageContaining("Waiver.reason");
  }

  @Test
  void a_one_character_reason_is_enough() {
    assertThatCode(() -> Waiver.of("acme.days", "x")).doesNotThrowAnyException();
  }

  @Test
  void a_waiver_path_must_be_a_location_path() {
    assertThatThrownBy(() -> Waiver.at("acme.days", "days[x]", "accepted"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days[x]");
  }

  @Test
  void a_waived_finding_is_listed_apart_with_its_reason_and_never_fails_check() {
    ValidationReport report =
        both().waive("acme.budget", "Budget signed off by the CFO").build().validate(PLAN);

    assertThat(TestRules.keys(report.findings()))
        .containsExactly("acme.days@days[0]", "acme.days@days[1]");
    assertThat(report.waivedFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("acme.budget");
              assertThat(f.isWaived()).isTrue();
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.waiver().orElseThrow().reason())
                  .isEqualTo("Budget signed off by the CFO");
            });
    assertThat(report.findings("acme.budget")).isEmpty();
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.toText())
        .contains("WAIVED\n  acme.budget @ budget\n")
        .contains("      waived: Budget signed off by the CFO\n");
  }

  @Test
  void a_report_whose_only_errors_are_waived_passes_check_at_every_threshold() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(BUDGET)
            .waive("acme.budget", "accepted")
            .build()
            .validate(PLAN);

    assertThat(report.hasErrors()).isFalse();
    assertThat(report.findings()).isEmpty();
    assertThatCode(report::check).doesNotThrowAnyException();
    assertThatCode(() -> report.check(Severity.INFO)).doesNotThrowAnyException();
  }

  @Test
  void a_waiver_limited_to_a_location_covers_only_that_location() {
    ValidationReport report =
        both().waive("acme.days", "days[1]", "Day two is the partner day").build().validate(PLAN);

    assertThat(TestRules.keys(report.findings()))
        .containsExactly("acme.budget@budget", "acme.days@days[0]");
    assertThat(TestRules.keys(report.waivedFindings())).containsExactly("acme.days@days[1]");
  }

  @Test
  void a_location_waiver_does_not_cover_a_nested_or_longer_path() {
    Rule nested =
        TestRules.reporting(
            "acme.nested", Severity.ERROR, "days[1]", "days[1].sessions[0]", "days[10]");

    ValidationReport report =
        PlanValidator.builder()
            .addRule(nested)
            .waive("acme.nested", "days[1]", "accepted")
            .build()
            .validate(PLAN);

    assertThat(TestRules.keys(report.waivedFindings())).containsExactly("acme.nested@days[1]");
    assertThat(TestRules.keys(report.findings()))
        .containsExactly("acme.nested@days[1].sessions[0]", "acme.nested@days[10]");
  }

  @Test
  void a_waiver_covers_only_its_own_rule() {
    Waiver waiver = Waiver.at("acme.days", "days[0]", "accepted");

    assertThat(waiver.covers("acme.days", Location.day(0))).isTrue();
    assertThat(waiver.covers("acme.days", Location.day(1))).isFalse();
    assertThat(waiver.covers("acme.budget", Location.day(0))).isFalse();
    assertThat(Waiver.of("acme.days", "all").covers("acme.days", Location.plan())).isTrue();
  }

  @Test
  void a_location_specific_waiver_wins_over_a_rule_wide_one_whatever_the_order() {
    Waiver wide = Waiver.of("acme.days", "Every day is accepted");
    Waiver specific = Waiver.at("acme.days", "days[1]", "Day two is the partner day");

    ValidationReport wideFirst = both().waive(wide).waive(specific).build().validate(PLAN);
    ValidationReport specificFirst = both().waive(specific).waive(wide).build().validate(PLAN);

    for (ValidationReport report : new ValidationReport[] {wideFirst, specificFirst}) {
      assertThat(report.waivedFindings())
          .extracting(f -> f.location().path() + ": " + f.waiver().orElseThrow().reason())
          .containsExactly("days[0]: Every day is accepted", "days[1]: Day two is the partner day");
    }
  }

  @Test
  void two_different_waivers_for_one_rule_and_location_are_rejected_and_equal_ones_merge() {
    PlanValidator.Builder conflicting =
        both().waive("acme.days", "days[1]", "one reason").waive("acme.days", "days[1]", "another");

    assertThatThrownBy(conflicting::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme.days")
        .hasMessageContaining("days[1]")
        .hasMessageContaining("one reason")
        .hasMessageContaining("another");
    assertThatThrownBy(both().waive("acme.days", "a").waive("acme.days", "b")::build)
        .hasMessageContaining("acme.days");
    assertThat(both().waive("acme.days", "same").waive("acme.days", "same").build().waivers())
        .hasSize(1);
  }

  @Test
  void a_waiver_never_hides_the_failure_of_a_rule() {
    Rule failing = TestRules.throwing("acme.failing", new IllegalStateException("bug"));

    ValidationReport report =
        PlanValidator.builder()
            .addRule(failing)
            .waive("acme.failing", "Its findings are accepted")
            .waive(Waiver.at("acme.failing", "", "Its plan-level findings are accepted"))
            .build()
            .validate(PLAN);

    assertThat(report.waivedFindings()).isEmpty();
    assertThat(report.findings("acme.failing")).hasSize(1);
    assertThatThrownBy(report::check).isInstanceOf(AssertionError.class);
  }

  @Test
  void a_waived_error_does_not_stop_a_fail_fast_validation() {
    ValidationReport report =
        both().failFast(true).waive("acme.budget", "accepted").build().validate(PLAN);

    assertThat(report.stoppedEarly()).isFalse();
    assertThat(report.rulesRun()).isEqualTo(2);
  }
}
