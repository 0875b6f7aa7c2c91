package dev.sko.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.json.PlanJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, run as a user runs it: copied alone into an empty directory with a plan file,
 * {@code java -jar sko.jar validate …} as a separate process. Runs in the integration-test phase,
 * after the package phase built {@code target/sko.jar}.
 */
class SkoJarIT {
  Path dir = Path.of(".");

  record Result(int code, String out, String err) {}

  Result sko(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add("sko.jar");
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
    Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("sko finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void the_jar_validates_a_plan_and_keeps_a_baseline_in_an_empty_directory(@TempDir Path tempDir)
      throws Exception {
    dir = Files.createDirectory(tempDir.resolve("empty"));
    Path jar = Path.of(System.getProperty("sko.jar", "target/sko.jar"));
    assertThat(jar).as("the shaded jar; run 'mvn verify', not the IDE").exists();
    Files.copy(jar, dir.resolve("sko.jar"));
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(f -> f.getFileName().toString())).containsExactly("sko.jar");
    }
    Files.createDirectories(dir.resolve("plans"));
    String plan = "plans" + File.separator + "fy27.json";
    PlanJson.write(Plans.today(), dir.resolve(plan));

    Result first = sko("validate", plan);
    assertThat(first.code()).as(first.err()).isEqualTo(Sko.FINDINGS);
    assertThat(first.out())
        .startsWith("plans/fy27.json: Test kickoff: ")
        .containsPattern(
            "(?m)^  plans/fy27\\.json:\\d+:\\d+: sko\\.presentation\\.executive-limit @"
                + " days\\[0]\\.sessions\\[0] \\(d1-ceo ");
    assertThat(first.err()).contains(plan + ": fails at --fail-on error");

    Result write = sko("validate", plan, "--write-baseline", "sko-baseline.json");
    assertThat(write.code()).as(write.err()).isEqualTo(Sko.CLEAN);
    assertThat(dir.resolve("sko-baseline.json")).exists();

    Result accepted = sko("validate", plan, "--baseline", "sko-baseline.json");
    assertThat(accepted.code()).as(accepted.err()).isEqualTo(Sko.CLEAN);

    PlanJson.write(Plans.reordered(), dir.resolve(plan));
    Result reordered = sko("validate", plan, "--baseline", "sko-baseline.json");
    assertThat(reordered.code()).as(reordered.out()).isEqualTo(Sko.CLEAN);
    assertThat(reordered.out())
        .contains("[unchanged] sko.presentation.executive-limit @ days[0].sessions[2] (d1-ceo");

    PlanJson.write(Plans.withNewViolation(), dir.resolve(plan));
    Result fresh = sko("validate", plan, "--baseline", "sko-baseline.json");
    assertThat(fresh.code()).as(fresh.out()).isEqualTo(Sko.FINDINGS);
    assertThat(fresh.out())
        .contains("[new] sko.presentation.executive-limit @ days[0].sessions[3] (d9-late");

    Result version = sko("--version");
    assertThat(version.out()).startsWith("sko " + Sko.version());
  }
}
