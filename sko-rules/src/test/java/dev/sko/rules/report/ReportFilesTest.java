package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportFiles}: a file per plan, named after the plan's file, never two alike. */
class ReportFilesTest {
  static final ValidationReport REPORT = ReportFixtures.report();

  static ReportedPlan file(String path) {
    return ReportedPlan.fromFile(REPORT, Path.of(path), ReportFixtures.RESOLVER);
  }

  @Test
  void a_page_is_named_after_its_plan_file() {
    assertThat(
            ReportFiles.names(
                List.of(
                    file("plans/b2b-30.json"),
                    file("theater.yaml"),
                    file("/abs/fy27.plan.yml"),
                    file("plans/noext")),
                "html"))
        .containsExactly("b2b-30.html", "theater.html", "fy27.plan.html", "noext.html");
  }

  @Test
  void a_later_plan_whose_name_is_taken_gets_the_next_free_number() {
    assertThat(
            ReportFiles.names(
                List.of(
                    file("a/fy27.json"),
                    file("b/fy27.yaml"),
                    file("c/FY27.json"),
                    file("fy27-2.json")),
                "html"))
        .containsExactly("fy27.html", "fy27-2.html", "FY27-3.html", "fy27-2-2.html");
  }

  @Test
  void a_plan_built_in_code_is_named_after_the_plan() {
    KickoffPlan plan = TestPlans.minimalBuilder().name("FY27 Sales Kick-off: Bengaluru!").build();
    ValidationReport report = ReportFixtures.validator().validate(plan);
    KickoffPlan symbols = TestPlans.minimalBuilder().name("***").build();
    ValidationReport unnamed = ReportFixtures.validator().validate(symbols);
    assertThat(
            ReportFiles.names(List.of(ReportedPlan.of(report), ReportedPlan.of(unnamed)), "html"))
        .containsExactly("fy27-sales-kick-off-bengaluru.html", "plan.html");
  }

  @Test
  void each_plan_is_written_on_its_own_into_a_new_directory(@TempDir Path dir) throws IOException {
    KickoffPlan plan = TestPlans.minimal();
    PlanValidator validator = ReportFixtures.validator();
    ReportedPlan a =
        ReportedPlan.fromFile(
                validator.validate(plan), Path.of("a/p.json"), ReportFixtures.RESOLVER)
            .withPlan(plan);
    ReportedPlan b =
        ReportedPlan.fromFile(
                validator.validate(plan), Path.of("b/q.json"), ReportFixtures.RESOLVER)
            .withPlan(plan);
    Path out = dir.resolve("deep/html");

    List<Path> written = ReportFiles.writeEach(HtmlReportWriter.of(validator), List.of(a, b), out);

    assertThat(written).containsExactly(out.resolve("p.html"), out.resolve("q.html"));
    for (Path page : written) {
      String html = Files.readString(page);
      assertThat(html).startsWith("<!DOCTYPE html>");
      // One plan per page, not both.
      assertThat(html.split("<article class=\"plan\"", -1)).hasSize(2);
    }
  }

  @Test
  void a_directory_that_cannot_be_made_fails_with_the_io_error(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    assertThatThrownBy(
            () ->
                ReportFiles.writeEach(
                    TextReportWriter.create(), List.of(file("p.json")), file.resolve("sub")))
        .isInstanceOf(IOException.class);
  }
}
