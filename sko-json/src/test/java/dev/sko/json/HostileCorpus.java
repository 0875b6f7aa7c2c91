package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * A hostile corpus: plan files in one resource folder ({@code malformed/}, {@code yaml-malformed/})
 * and {@code expected.tsv} beside them, one row per file with the error it must fail with: {@code
 * file, kind, path, line, column, note}. The JSON and the YAML corpus tests read their corpus and
 * check each file's failure through this one class.
 */
final class HostileCorpus {
  /** No file of a corpus may take longer than this to be rejected. */
  static final Duration DEADLINE = Duration.ofSeconds(5);

  private HostileCorpus() {}

  /** One file of a corpus and the error documented for it. */
  static final class Case {
    final String folder;
    final String file;
    final PlanJsonException.Kind kind;
    final String path;
    final int line;
    final int column;

    /** The last column: what the file is (JSON corpus) or the exact reason (YAML corpus). */
    final String note;

    Case(String folder, String[] cells) {
      this.folder = folder;
      file = cells[0];
      kind = PlanJsonException.Kind.valueOf(cells[1]);
      path = cells[2];
      line = Integer.parseInt(cells[3]);
      column = Integer.parseInt(cells[4]);
      note = cells[5];
    }

    /** The file's bytes. */
    byte[] bytes() throws IOException {
      try (InputStream in = HostileCorpus.class.getResourceAsStream(folder + "/" + file)) {
        assertThat(in).as(file).isNotNull();
        return in.readAllBytes();
      }
    }

    /** The file's text, decoded as UTF-8. */
    String text() throws IOException {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** The rows of {@code folder/expected.tsv}, comment and blank lines left out. */
  static List<Case> cases(String folder) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String row : RoundTripTest.resource(folder + "/expected.tsv").split("\n", -1)) {
      if (!row.isBlank() && !row.startsWith("#")) {
        cases.add(new Case(folder, row.split("\t", -1)));
      }
    }
    return cases;
  }

  /** What {@code read} fails with, within {@link #DEADLINE}; null if it does not fail so. */
  static @Nullable PlanJsonException failure(ThrowingCallable read) {
    return assertTimeoutPreemptively(
        DEADLINE, () -> catchThrowableOfType(PlanJsonException.class, read));
  }

  /**
   * Asserts that {@code e} is the error documented for {@code c}: its kind, path, line and column,
   * in a message of the documented form that echoes no parser internals; returns it.
   */
  static PlanJsonException assertDocumented(Case c, @Nullable PlanJsonException failure) {
    assertThat(failure).as("%s must be rejected", c.file).isNotNull();
    PlanJsonException e = Objects.requireNonNull(failure);
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
    return e;
  }
}
