package dev.sko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.cli.Sko;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.catalog.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check on the shipped sample plan files: each file's status is what the library says. */
class ValidateSamplePlansTest {

  @Test
  void each_sample_file_passes_or_fails_as_its_report_says() {
    PlanValidator validator = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
    Set<Integer> seen = new HashSet<>();
    for (String key : SamplePlans.all().keySet()) {
      String file = SamplePlanFilesTest.SOURCES.resolve(key + ".json").toString();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          Sko.run(
              new String[] {"validate", file},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      boolean errors = validator.validate(SamplePlanFilesTest.plan(key)).hasErrors();
      assertThat(code).as(key).isEqualTo(errors ? Sko.FINDINGS : Sko.CLEAN);
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(file + ": ");
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains(file + ": " + (errors ? "fails" : "passes") + " at --fail-on error");
      seen.add(code);
    }
    assertThat(seen)
        .as("the samples include a plan that passes and one (the theater) that fails")
        .containsExactlyInAnyOrder(Sko.CLEAN, Sko.FINDINGS);
  }
}
