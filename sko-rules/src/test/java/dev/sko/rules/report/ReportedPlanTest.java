package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.SourcePosition;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Baseline;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ReportedPlan}: a report and the file its plan came from, named for people and tools. */
class ReportedPlanTest {

  @Test
  void a_relative_file_is_a_relative_uri_reference_with_forward_slashes() {
    assertThat(ReportedPlan.uri(Path.of("plans/theater.json"))).isEqualTo("plans/theater.json");
    assertThat(ReportedPlan.uri(Path.of("./plans/../plans/my plan.json")))
        .isEqualTo("plans/my%20plan.json");
    assertThat(ReportedPlan.uri(Path.of("plans/ünï.json"))).isEqualTo("plans/%C3%BCn%C3%AF.json");
  }

  @Test
  void an_absolute_file_is_a_file_uri_and_is_shown_as_given() {
    Path file = Path.of("/srv/my plans/fy27.json");
    ReportedPlan plan =
        ReportedPlan.fromFile(ReportFixtures.report(), file, ReportFixtures.RESOLVER);
    assertThat(plan.uri()).contains("file:///srv/my%20plans/fy27.json");
    assertThat(plan.file()).contains("/srv/my plans/fy27.json");
    // A plan given by its URI shows the URI; a plan built in code has neither.
    assertThat(ReportFixtures.fromFile().get(0).file()).contains("plans/test.json");
    assertThat(ReportedPlan.of(ReportFixtures.report()).file()).isEmpty();
  }

  @Test
  void validating_a_file_keeps_the_plan_and_places_findings_by_the_nearest_position() {
    PlanValidator validator = ReportFixtures.validator();
    List<String> asked = new java.util.ArrayList<>();
    ReportedPlan plan =
        ReportedPlan.validateFile(
            validator,
            TestPlans.minimal(),
            Path.of("plans/fy27.json"),
            path -> {
              asked.add(path);
              return SourcePosition.of(asked.size(), 1);
            });

    assertThat(plan.report()).isEqualTo(validator.validate(TestPlans.minimal()));
    assertThat(plan.plan()).contains(TestPlans.minimal());
    assertThat(plan.uri()).contains("plans/fy27.json");
    Finding first = plan.report().findings().get(0);
    assertThat(plan.region(first.location())).contains(SourcePosition.of(1, 1));
    assertThat(asked).containsExactly(first.location().path());
  }

  @Test
  void a_baseline_marks_the_findings_it_accepts() {
    ReportedPlan plan =
        ReportedPlan.fromFile(ReportFixtures.report(), "plans/test.json", ReportFixtures.RESOLVER);
    Baseline accepted = Baseline.of(List.of(plan.report()));

    ReportedPlan held = plan.withBaseline(accepted);

    assertThat(held.baseline()).isPresent();
    assertThat(held.baseline().get().newFindings()).isEmpty();
    assertThat(held.baseline().get().unchangedFindings()).isNotEmpty();
    assertThat(plan.baseline()).isEmpty();
  }
}
