package dev.sko.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplePlansTest {
  static Stream<Map.Entry<String, KickoffPlan>> plans() {
    return SamplePlans.all().entrySet().stream();
  }

  @Test
  void all_holds_the_five_plans_by_stable_key_in_order() {
    Map<String, KickoffPlan> all = SamplePlans.all();

    assertThat(all)
        .containsExactly(
            Map.entry("behavior-change", SamplePlans.behaviorChange()),
            Map.entry("b2b-30", SamplePlans.b2bThirtyPerson()),
            Map.entry("acceleration-summit", SamplePlans.accelerationSummit()),
            Map.entry("enterprise-250", SamplePlans.enterpriseGitLabStyle()),
            Map.entry("theater", SamplePlans.theater()));
  }

  @Test
  void all_is_unmodifiable() {
    Map<String, KickoffPlan> all = SamplePlans.all();

    assertThatThrownBy(() -> all.put("another", SamplePlans.theater()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> all.remove("theater"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void the_plans_have_distinct_names() {
    assertThat(SamplePlans.all().values().stream().map(KickoffPlan::name)).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void each_plan_round_trips_through_its_builder(Map.Entry<String, KickoffPlan> entry) {
    KickoffPlan plan = entry.getValue();

    KickoffPlan copy = KickoffPlan.builder().from(plan).build();

    assertThat(copy).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(copy.sessions()).isEqualTo(plan.sessions());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void each_plan_validates_under_every_profile_without_a_rule_failing(
      Map.Entry<String, KickoffPlan> entry) {
    Profiles.all()
        .forEach(
            (profile, rules) -> {
              ValidationReport report =
                  PlanValidator.builder().ruleSet(rules).build().validate(entry.getValue());
              assertThat(report.findings())
                  .as("%s under %s", entry.getKey(), profile)
                  .noneMatch(f -> f.message().startsWith("Rule " + f.ruleId() + " failed with"));
            });
  }

  @Test
  void the_behavior_change_plan_has_no_error_or_warning_under_its_own_profile() {
    ValidationReport report = validate(SamplePlans.behaviorChange());

    assertThat(report.findingsAtLeast(Severity.WARNING)).isEmpty();
  }

  @Test
  void the_theater_plan_breaks_at_least_ten_distinct_rules_under_the_behavior_change_profile() {
    ValidationReport report = validate(SamplePlans.theater());

    Set<String> broken =
        report.findingsAtLeast(Severity.WARNING).stream()
            .map(Finding::ruleId)
            .collect(Collectors.toSet());
    assertThat(broken)
        .hasSizeGreaterThanOrEqualTo(10)
        .contains(
            "sko.duration.team-size",
            "sko.presentation.executive-limit",
            "sko.content.roadmap-deep-dive",
            "sko.agenda.interactive-share");
  }

  private static ValidationReport validate(KickoffPlan plan) {
    return PlanValidator.builder().ruleSet(Profiles.behaviorChange()).build().validate(plan);
  }
}
