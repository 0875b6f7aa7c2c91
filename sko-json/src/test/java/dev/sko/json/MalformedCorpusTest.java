package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed and hostile plan files in {@code malformed/}: each gives the kind, path,
 * line and column that {@code malformed/expected.tsv} documents for it, quickly, read from bytes
 * and from characters alike.
 */
class MalformedCorpusTest {
  /** No file of the corpus may take longer than this to be rejected. */
  static final Duration DEADLINE = Duration.ofSeconds(5);

  static final class Case {
    final String file;
    final PlanJsonException.Kind kind;
    final String path;
    final int line;
    final int column;
    final String what;

    Case(String[] cells) {
      file = cells[0];
      kind = PlanJsonException.Kind.valueOf(cells[1]);
      path = cells[2];
      line = Integer.parseInt(cells[3]);
      column = Integer.parseInt(cells[4]);
      what = cells[5];
    }

    @Override
    public String toString() {
      return file + " (" + what + ")";
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : RoundTripTest.resource("malformed/expected.tsv").split("\n")) {
      if (!row.isBlank() && !row.startsWith("#")) {
        cases.add(new Case(row.split("\t", -1)));
      }
    }
    return cases;
  }

  static Stream<Case> corpus() throws IOException {
    return cases().stream();
  }

  static byte[] bytes(String file) throws IOException {
    try (InputStream in = MalformedCorpusTest.class.getResourceAsStream("malformed/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void the_corpus_holds_at_least_twenty_files_and_every_kind_of_error() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    assertThat(cases.stream().map(c -> c.kind).distinct())
        .containsExactlyInAnyOrder(PlanJsonException.Kind.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_from_bytes(Case c) throws IOException {
    byte[] bytes = bytes(c.file);
    PlanJsonException e =
        assertTimeoutPreemptively(
            DEADLINE,
            () ->
                catchThrowableOfType(
                    PlanJsonException.class,
                    () -> PlanJson.read(new java.io.ByteArrayInputStream(bytes))));
    assertDocumented(c, e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_from_characters(Case c) throws IOException {
    if (c.kind == PlanJsonException.Kind.ENCODING) {
      return; // characters have no encoding to get wrong
    }
    String text = new String(bytes(c.file), StandardCharsets.UTF_8);
    PlanJsonException fromString =
        assertTimeoutPreemptively(
            DEADLINE,
            () -> catchThrowableOfType(PlanJsonException.class, () -> PlanJson.read(text)));
    assertDocumented(c, fromString);
    PlanJsonException fromReader =
        assertTimeoutPreemptively(
            DEADLINE,
            () ->
                catchThrowableOfType(
                    PlanJsonException.class, () -> PlanJson.read(new StringReader(text))));
    assertDocumented(c, fromReader);
  }

  private static void assertDocumented(Case c, PlanJsonException e) {
    assertThat(e).as("%s must be rejected", c.file).isNotNull();
    assertThat(e.kind()).as("kind of %s: %s", c.file, e.getMessage()).isEqualTo(c.kind);
    assertThat(e.path()).as("path of %s: %s", c.file, e.getMessage()).isEqualTo(c.path);
    assertThat(e.line() + ":" + e.column())
        .as("line:column of %s: %s", c.file, e.getMessage())
        .isEqualTo(c.line + ":" + c.column);
    assertThat(e.getMessage())
        .startsWith(c.path.isEmpty() ? "document" : c.path)
        .contains("(line " + c.line + ", column " + c.column + "): ")
        .endsWith(e.reason());
    assertThat(e.reason()).isNotBlank().doesNotContain("com.fasterxml");
  }
}
