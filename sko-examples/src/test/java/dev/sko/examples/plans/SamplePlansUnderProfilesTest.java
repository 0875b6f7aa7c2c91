package dev.sko.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue's acceptance plans: the behaviour-change model passes its own profile, the theater
 * plan fails it.
 */
class SamplePlansUnderProfilesTest {
  private static ValidationReport validate(RuleSet profile, KickoffPlan plan) {
    return PlanValidator.builder().ruleSet(profile).build().validate(plan);
  }

  static List<RuleSet> profiles() {
    return List.of(
        Profiles.recommended(),
        Profiles.classic(),
        Profiles.behaviorChange(),
        Profiles.accelerationSummit());
  }

  @Test
  void the_behaviour_change_plan_also_passes_behaviorChange_with_the_planning_add_on() {
    ValidationReport report =
        validate(
            Profiles.behaviorChange().with(Profiles.planningProcess()),
            SamplePlans.behaviorChange());

    assertThat(report.findings("sko.planning.phase-timeline")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void removing_the_reinforcement_plan_is_an_error_in_every_profile(RuleSet profile) {
    KickoffPlan withoutReinforcement =
        KickoffPlan.builder().from(SamplePlans.behaviorChange()).reinforcement(List.of()).build();

    List<Finding> findings =
        validate(profile, withoutReinforcement).findings("sko.reinforcement.plan-present");

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(
            validate(profile, SamplePlans.behaviorChange())
                .findings("sko.reinforcement.plan-present"))
        .isEmpty();
  }

  @Test
  void the_theater_plan_gets_each_finding_of_its_anti_patterns_under_behaviorChange() {
    ValidationReport report = validate(Profiles.behaviorChange(), SamplePlans.theater());
    Set<String> ids =
        report.findings().stream()
            .map(Finding::ruleId)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(ids)
        .as(report.toText())
        .contains(
            "sko.duration.team-size", // 3.5 days
            "sko.antipattern.destination-offsite", // at a destination resort
            "sko.presentation.executive-limit", // 60-minute CEO keynote
            "sko.antipattern.motivational-speaker",
            "sko.antipattern.competitive-games",
            "sko.antipattern.awards-on-stage", // awards night
            "sko.content.roadmap-deep-dive", // hour-long roadmap in the main room
            "sko.session.moderated-qa", // open-mic CEO Q&A
            "sko.antipattern.vague-theme",
            "sko.reinforcement.manager-coaching"); // only an LMS course follows it
    assertThat(report.hasErrors()).isTrue();
  }
}
