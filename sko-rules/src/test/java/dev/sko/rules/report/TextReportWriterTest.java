package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.rules.Baseline;
import dev.sko.rules.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text writer shows each plan as {@link ValidationReport#toText()} does, placed in its file.
 */
class TextReportWriterTest {
  static final TextReportWriter TEXT = TextReportWriter.create();

  @Test
  void a_plan_built_in_code_is_its_reports_text() {
    ValidationReport report = ReportFixtures.report();
    assertThat(TEXT.write(List.of(ReportedPlan.of(report)))).isEqualTo(report.toText());
    assertThat(TEXT.format()).isEqualTo("text");
    assertThat(TEXT.fileExtension()).isEqualTo("txt");
  }

  @Test
  void a_plan_from_a_file_names_the_file_and_each_findings_position() {
    String text = TEXT.write(ReportFixtures.fromFile());
    assertThat(text)
        .startsWith("plans/test.json: Test kickoff: 1 error, 0 warnings, 1 info, 1 waived")
        .contains("\n  plans/test.json:12:9: test.errors @ days[0].sessions[0] (s1")
        .contains("\n  plans/test.json:9:5: test.warnings @ days[0]\n")
        .contains("\n  plans/test.json: test.infos @ plan\n");
  }

  @Test
  void a_plan_file_is_named_as_given_not_as_a_uri() {
    java.nio.file.Path file = java.nio.file.Path.of("/home/me/my plans/fy27.json");
    String text =
        TEXT.write(
            List.of(ReportedPlan.fromFile(ReportFixtures.report(), file, ReportFixtures.RESOLVER)));
    assertThat(text)
        .startsWith(file + ": Test kickoff:")
        .contains("\n  " + file + ":12:9: test.errors @ days[0].sessions[0]")
        .doesNotContain("file:")
        .doesNotContain("%20");
  }

  @Test
  void plans_are_separated_by_a_blank_line() {
    ValidationReport report = ReportFixtures.report();
    String two = TEXT.write(List.of(ReportedPlan.of(report), ReportedPlan.of(report)));
    assertThat(two).isEqualTo(report.toText() + "\n" + report.toText());
  }

  @Test
  void with_a_baseline_each_finding_says_new_or_unchanged_and_gone_ones_are_listed() {
    ValidationReport report = ReportFixtures.report();
    Baseline baseline =
        Baseline.of(
            List.of(
                Baseline.Entry.of(report.planName(), "test.errors", "session:s1", "accepted"),
                Baseline.Entry.of(report.planName(), "test.gone", "budget", "Budget is unknown")));
    String text =
        TEXT.write(List.of(ReportedPlan.of(report).withBaseline(baseline.compare(report))));

    assertThat(text)
        .contains("\n  [unchanged] test.errors @ days[0].sessions[0]")
        .contains("\n  [new] test.warnings @ days[0]\n")
        .endsWith(
            "\nABSENT (accepted by the baseline, no longer found)\n"
                + "  test.gone @ budget\n"
                + "      Budget is unknown\n");
  }
}
