package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.rules.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogDocsTest {

  @Test
  void documentsEveryRuleUnderTheFiveProfileColumns() {
    String md = CatalogDocs.markdown();

    assertThat(md)
        .startsWith("# sko rule catalogue\n\n")
        .contains("\n" + Catalog.rules().size() + " rules.\n\n| id | title | R | C | B | A | P |");
    for (Rule rule : Catalog.rules()) {
      assertThat(md)
          .contains("| [`" + rule.id() + "`](#" + rule.id() + ") | ")
          .contains("\n## `" + rule.id() + "`\n");
    }
  }

  @Test
  void mainWritesTheFileOnceAndSaysWhetherItChanged(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("rules.md");

    assertThat(runMain(file.toString())).isEqualTo("wrote " + file + System.lineSeparator());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CatalogDocs.markdown());
    assertThat(runMain(file.toString())).isEqualTo("up to date: " + file + System.lineSeparator());
  }

  @Test
  void mainTakesExactlyOneArgument() {
    assertThatThrownBy(() -> CatalogDocs.main(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("usage: CatalogDocs <output file>, e.g. docs/rules.md");
    assertThatThrownBy(() -> CatalogDocs.main(new String[] {"a.md", "b.md"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Runs {@link CatalogDocs#main} and returns what it printed. */
  private static String runMain(String... args) throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      CatalogDocs.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
