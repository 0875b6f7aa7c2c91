package dev.sko.cli;

import static dev.sko.cli.ValidateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.TestPlans;
import dev.sko.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken plan files: each is unusable input (exit 2) explained on one line of standard
 * error in the form {@code FILE:LINE:COLUMN: error: …} (or {@code FILE: error: …} when there is no
 * position, as for a directory), never a stack trace, and a good file beside it is still reported.
 */
class HostileFilesTest {
  static Path dir = Path.of(".");
  static Path good = Path.of(".");

  /** Name to content; {@code null} content makes a directory of that name. */
  static final Map<String, byte[]> CORPUS = new LinkedHashMap<>();

  @BeforeAll
  static void corpus(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    good = dir.resolve("good.json");
    PlanJson.write(TestPlans.minimal(), good);
    String plan = PlanJson.write(TestPlans.minimal());
    put("empty.json", "");
    put("whitespace.json", " \n\t\n");
    put("truncated.json", plan.substring(0, plan.length() / 2));
    put("not-an-object.json", "[1, 2, 3]");
    put("trailing-garbage.json", plan + "}");
    put("wrong-version.json", plan.replace("\"formatVersion\": 1", "\"formatVersion\": 99"));
    put("unknown-field.json", plan.replaceFirst("\\{", "{\"evil\": true, "));
    put("bad-enum.json", plan.replace("\"HOTEL\"", "\"MOTEL\""));
    put("deep.json", "[".repeat(100_000));
    put("long-string.json", "{\"name\": \"" + "x".repeat(2_000_000) + "\"}");
    put(
        "huge-number.json",
        plan.replace("\"headcount\": 30", "\"headcount\": 1" + "0".repeat(500)));
    CORPUS.put("binary.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, (byte) 0xc3});
    for (Map.Entry<String, byte[]> e : CORPUS.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
    }
    Files.createDirectory(dir.resolve("a-directory.json"));
  }

  static void put(String name, String content) {
    CORPUS.put(name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Iterable<String> files() {
    java.util.List<String> names = new java.util.ArrayList<>(CORPUS.keySet());
    names.add("a-directory.json");
    return names;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void a_hostile_file_is_unusable_input_on_one_error_line(String name) {
    String file = dir.resolve(name).toString();
    ValidateCommandTest.Run r = run(file, good.toString());

    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    String line = r.err.lines().filter(l -> l.startsWith(file)).findFirst().orElse("");
    assertThat(line)
        .as(r.err)
        .matches(Pattern.quote(file) + "(:\\d+:\\d+)?: error: \\S.*")
        .hasSizeLessThan(1_000);
    assertThat(r.err).doesNotContain("Exception", "\tat ");
    assertThat(r.out).contains(good + ": Test kickoff:");
  }
}
