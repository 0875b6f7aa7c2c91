package dev.sko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import dev.sko.json.PlanJson;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sko validate}: everything the plan-file check guarantees, at its home in the sko command.
 */
class ValidateCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  Path dir;
  Path minimal;
  Path malformed;

  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "validate";
    System.arraycopy(args, 0, all, 1, args.length);
    return sko(all);
  }

  static Run sko(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Sko.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeEach
  void writePlans(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    minimal = dir.resolve("minimal.json");
    PlanJson.write(TestPlans.minimal(), minimal);
    malformed = dir.resolve("malformed.json");
    Files.writeString(
        malformed, PlanJson.write(TestPlans.minimal()).replace("\"HOTEL\"", "\"MOTEL\""));
  }

  @Test
  void help_lists_options_and_profiles() {
    Run r = run("--help");
    assertThat(r.code).isEqualTo(Sko.CLEAN);
    assertThat(r.out)
        .startsWith("Usage: sko validate ")
        .contains(
            "--fail-on", "--format", "--baseline", "--write-baseline", "--rules", "--discover");
    assertThat(r.out.replaceAll("\\s+", " "))
        .contains(String.join(", ", Profiles.all().keySet()))
        .contains("text, json, sarif, html");
    assertThat(r.err).isEmpty();
  }

  @Test
  void bad_arguments_are_unusable_input() {
    assertThat(run().code).isEqualTo(Sko.UNUSABLE);
    assertThat(run().err).contains("Missing required parameter: 'PLAN'");
    Run option = run(minimal.toString(), "--verbose");
    assertThat(option.code).isEqualTo(Sko.UNUSABLE);
    assertThat(option.err).contains("Unknown option: '--verbose'");
    Run format = run(minimal.toString(), "--format", "xml");
    assertThat(format.code).isEqualTo(Sko.UNUSABLE);
    assertThat(format.err).contains("unknown format \"xml\"").contains("text, json, sarif");
    Run typo = run(minimal.toString(), "--format", "sarf");
    assertThat(typo.err).contains("did you mean \"sarif\"?");
    Run failOn = run(minimal.toString(), "--fail-on", "fatal");
    assertThat(failOn.code).isEqualTo(Sko.UNUSABLE);
    assertThat(failOn.err)
        .contains("--fail-on: unknown severity \"fatal\"")
        .contains("The severities are error, warning, info.");
    Run profile = run(minimal.toString(), "--profile");
    assertThat(profile.code).isEqualTo(Sko.UNUSABLE);
    assertThat(profile.err).contains("Missing required parameter for option '--profile'");
  }

  @Test
  void unknown_profile_is_unusable_input_and_names_the_profiles() {
    Run r = run(minimal.toString(), "--profile", "strictest");
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains("unknown profile \"strictest\"")
        .contains(String.join(", ", Profiles.all().keySet()));
    assertThat(run(minimal.toString(), "--profile", "clasic").err)
        .contains("did you mean \"classic\"?");
    assertThat(r.out).isEmpty();
  }

  @Test
  void a_missing_file_is_unusable_input() {
    Run r = run(dir.resolve("nope.json").toString());
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err).contains("nope.json: error: no such file");
  }

  @Test
  void a_malformed_file_is_unusable_and_the_others_are_still_reported() {
    Run r = run(malformed.toString(), minimal.toString());
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains(
            malformed
                + ":5:12: error: venue (line 5, column 12): unknown value \"MOTEL\" for VenueKind");
    assertThat(r.out).startsWith(minimal + ": Test kickoff:");
    assertThat(r.out).doesNotContain(malformed.toString());
  }

  @Test
  void the_exit_status_follows_the_threshold() {
    KickoffPlan plan = TestPlans.minimal();
    ValidationReport report =
        PlanValidator.builder().ruleSet(Profiles.recommended()).build().validate(plan);
    for (Severity threshold : Severity.values()) {
      String level = threshold.name().toLowerCase(Locale.ROOT);
      int expected = report.findingsAtLeast(threshold).isEmpty() ? Sko.CLEAN : Sko.FINDINGS;
      assertThat(run(minimal.toString(), "--fail-on", level).code)
          .as("--fail-on %s", level)
          .isEqualTo(expected);
    }
    // The minimal plan has findings at every level under the recommended profile, so the
    // statuses above include FINDINGS; ValidateSamplePlansTest covers a clean run.
    assertThat(report.findingsAtLeast(Severity.ERROR)).isNotEmpty();
  }

  @Test
  void text_lines_point_at_file_lines_named_as_given() {
    assertThat(minimal.isAbsolute()).isTrue();
    Run r = run(minimal.toString(), "--fail-on", "info");
    assertThat(r.out)
        .startsWith(minimal + ": Test kickoff:")
        .containsPattern(
            "(?m)^  " + java.util.regex.Pattern.quote(minimal.toString()) + ":\\d+:\\d+: sko\\.")
        .doesNotContain("file:");
    assertThat(r.err).contains(minimal + ": fails at --fail-on info");
  }

  @Test
  void json_report_of_every_file() throws Exception {
    Run r = run(minimal.toString(), minimal.toString(), "--format", "json");
    JsonNode root = MAPPER.readTree(r.out);
    assertThat(root.get("plans").size()).isEqualTo(2);
    JsonNode plan = root.get("plans").get(0);
    assertThat(plan.get("uri").asText()).isEqualTo(minimal.toUri().toString());
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended())
            .build()
            .validate(TestPlans.minimal());
    assertThat(plan.get("findings").size()).isEqualTo(report.findings().size());
    assertThat(plan.get("rulesRun").asInt()).isEqualTo(report.rulesRun());
  }

  @Test
  void profiles_combine_and_discovery_adds_rule_packs() throws Exception {
    int classic = rulesRun(run(minimal.toString(), "--format", "json", "--profile", "classic"));
    int combined =
        rulesRun(
            run(
                minimal.toString(),
                "--format",
                "json",
                "--profile",
                "classic",
                "--profile",
                "planningProcess"));
    int expected = Profiles.classic().with(Profiles.planningProcess()).rules().size();
    assertThat(combined).isEqualTo(expected).isGreaterThan(classic);
    int discovered =
        rulesRun(run(minimal.toString(), "--format", "json", "--profile", "classic", "--discover"));
    assertThat(discovered).isGreaterThan(classic);
  }

  static int rulesRun(Run r) throws Exception {
    return MAPPER.readTree(r.out).get("plans").get(0).get("rulesRun").asInt();
  }

  @Test
  void output_goes_to_a_file_when_asked() throws Exception {
    Path sarif = dir.resolve("out/sko.sarif");
    Run r = run(minimal.toString(), "--format", "sarif", "--output", sarif.toString());
    assertThat(r.out).isEmpty();
    assertThat(r.code).isEqualTo(Sko.FINDINGS);
    JsonNode log = MAPPER.readTree(Files.readString(sarif));
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
  }
}
