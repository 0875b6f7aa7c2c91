package dev.sko.cli;

import static dev.sko.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import dev.sko.json.PlanJson;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sko validate --format html --output DIR}: one self-contained page per plan file. */
class HtmlFormatTest {
  Path dir;
  Path minimal;
  Path today;

  @BeforeEach
  void writePlans(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    minimal = dir.resolve("minimal.json");
    PlanJson.write(TestPlans.minimal(), minimal);
    today = dir.resolve("today.yaml");
    PlanJson.write(Plans.today(), today);
  }

  static List<String> files(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void writes_one_page_per_plan_named_after_its_file_holding_every_finding() throws IOException {
    Path out = dir.resolve("reviews/html");
    ValidateCommandTest.Run r =
        run(minimal.toString(), today.toString(), "--format", "html", "--output", out.toString());

    assertThat(r.code).as(r.err).isEqualTo(Sko.FINDINGS);
    assertThat(r.out).isEmpty();
    assertThat(files(out)).containsExactly("minimal.html", "today.html");
    assertThat(r.err)
        .contains(out.resolve("minimal.html") + ": html report written")
        .contains(out.resolve("today.html") + ": html report written");

    PlanValidator validator = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
    Map<String, KickoffPlan> pages =
        Map.of("minimal.html", TestPlans.minimal(), "today.html", Plans.today());
    for (Map.Entry<String, KickoffPlan> e : pages.entrySet()) {
      String page = Files.readString(out.resolve(e.getKey()));
      ValidationReport report = validator.validate(e.getValue());
      assertThat(report.findings()).isNotEmpty();
      assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>");
      for (Finding f : report.findings()) {
        assertThat(page).as("finding %s on the page", f.ruleId()).contains(f.ruleId());
      }
    }
  }

  @Test
  void each_page_shows_its_own_plan_only() throws IOException {
    Path out = dir.resolve("out");
    run(minimal.toString(), today.toString(), "--format", "html", "--output", out.toString());
    String minimalPage = Files.readString(out.resolve("minimal.html"));
    String todayPage = Files.readString(out.resolve("today.html"));

    // Only today's plan has the CEO's session.
    assertThat(todayPage).contains("d1-ceo");
    assertThat(minimalPage).doesNotContain("d1-ceo");
  }

  @Test
  void a_later_plan_whose_page_name_is_taken_gets_a_number() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("plan.json");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("PLAN.yaml");
    PlanJson.write(TestPlans.minimal(), a);
    PlanJson.write(Plans.today(), b);
    Path out = dir.resolve("out");

    ValidateCommandTest.Run r =
        run(a.toString(), b.toString(), "--format", "html", "--output", out.toString());

    assertThat(r.code).as(r.err).isEqualTo(Sko.FINDINGS);
    assertThat(files(out)).containsExactly("PLAN-2.html", "plan.html");
    assertThat(Files.readString(out.resolve("PLAN-2.html"))).contains("d1-ceo");
    assertThat(Files.readString(out.resolve("plan.html"))).doesNotContain("d1-ceo");
  }

  @Test
  void html_without_an_output_directory_is_unusable_input() {
    ValidateCommandTest.Run r = run(minimal.toString(), "--format", "html");

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains("--format html writes one file per plan")
        .contains("--output DIR")
        .doesNotContain("Exception");
    assertThat(r.out).isEmpty();
  }

  @Test
  void an_output_directory_that_cannot_be_created_is_unusable_input() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a directory");
    ValidateCommandTest.Run r =
        run(minimal.toString(), "--format", "html", "--output", file.resolve("html").toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains(file.resolve("html") + ": error: cannot create the report directory")
        .doesNotContain("\tat ");
    assertThat(r.out).isEmpty();
    assertThat(Files.readString(file)).isEqualTo("a file, not a directory");
  }

  @Test
  void a_malformed_plan_gets_no_page_and_the_others_do() throws IOException {
    Path malformed = dir.resolve("malformed.json");
    Files.writeString(malformed, "{ not json");
    Path out = dir.resolve("out");

    ValidateCommandTest.Run r =
        run(
            malformed.toString(),
            minimal.toString(),
            "--format",
            "html",
            "--output",
            out.toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err).contains(malformed + ":1:");
    assertThat(files(out)).containsExactly("minimal.html");
  }
}
