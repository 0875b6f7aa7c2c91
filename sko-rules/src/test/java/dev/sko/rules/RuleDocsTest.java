package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDocsTest {

  private static final Rule OPTIONED =
      Rule.builder("acme.optioned")
          .title("Keeps | pipes\nand lines in one cell")
          .rationale("  Why it matters.\n  ")
          .source("ACME policy | 7")
          .defaultSeverity(Severity.WARNING)
          .option(RuleOption.integer("max", 3, 1, 10, "The most | allowed"))
          .option(RuleOption.percentage("share", 0.4, "A share"))
          .check((plan, findings) -> {})
          .build();

  /** A rule that grades its findings ERROR or WARNING and has no options. */
  private static final Rule GRADED =
      new Rule() {
        @Override
        public String id() {
          return "acme.graded";
        }

        @Override
        public String title() {
          return "Graded";
        }

        @Override
        public String rationale() {
          return "Grades by distance.";
        }

        @Override
        public String source() {
          return "ACME";
        }

        @Override
        public Severity defaultSeverity() {
          return Severity.WARNING;
        }

        @Override
        public Set<Severity> severities() {
          return EnumSet.of(Severity.WARNING, Severity.ERROR);
        }

        @Override
        public void check(KickoffPlan plan, RuleContext context) {}
      };

  private static Map<String, RuleSet> columns() {
    Map<String, RuleSet> columns = new LinkedHashMap<>();
    columns.put(
        "X|1",
        RuleSet.builder("x")
            .add(OPTIONED, Severity.ERROR)
            .option("acme.optioned", "max", 5)
            .option("acme.optioned", "share", 0.25)
            .add(GRADED)
            .build());
    columns.put("Y", RuleSet.builder("y").add(OPTIONED).option("acme.optioned", "max", 7).build());
    return columns;
  }

  @Test
  void aTableRowPerRuleThenASectionPerRule() {
    String md =
        RuleDocs.markdown("ACME rules", "  Our rules.\n", columns(), List.of(OPTIONED, GRADED));

    assertThat(md)
        .isEqualTo(
            "# ACME rules\n\n"
                + "<!-- Generated from the rules' metadata by the build; do not edit by hand. -->\n\n"
                + "Our rules.\n\n"
                + "| id | title | X\\|1 | Y | source |\n"
                + "|---|---|---|---|---|\n"
                + "| [`acme.optioned`](#acme.optioned) | Keeps \\| pipes and lines in one cell"
                + " | E | W | ACME policy \\| 7 |\n"
                + "| [`acme.graded`](#acme.graded) | Graded | E/W | - | ACME |\n"
                + "\n<a id=\"acme.optioned\"></a>\n"
                + "## `acme.optioned`\n\n"
                + "**Keeps | pipes\nand lines in one cell**\n\n"
                + "Why it matters.\n\n"
                + "- Source: ACME policy | 7\n"
                + "- Default severity: WARNING\n"
                + "- In: X|1 E, Y W\n"
                + "\n| option | default | valid values | meaning | set by profile |\n"
                + "|---|---|---|---|---|\n"
                + "| `max` | 3 | a whole number from 1 to 10 | The most \\| allowed"
                + " | X\\|1: 5; Y: 7 |\n"
                + "| `share` | 40% | a fraction from 0 to 1 (0.4 is 40%) | A share | X\\|1: 25% |\n"
                + "\n<a id=\"acme.graded\"></a>\n"
                + "## `acme.graded`\n\n"
                + "**Graded**\n\n"
                + "Grades by distance.\n\n"
                + "- Source: ACME\n"
                + "- Default severity: WARNING (graded: [ERROR, WARNING])\n"
                + "- In: X|1 E/W\n");
  }

  @Test
  void aBlankIntroAndNoColumns_aRuleInNoProfile_anOptionNoProfileSets() {
    String md = RuleDocs.markdown("T", " \n", Map.of(), List.of(OPTIONED));

    assertThat(md)
        .startsWith(
            "# T\n\n"
                + "<!-- Generated from the rules' metadata by the build; do not edit by hand. -->\n\n"
                + "| id | title | source |\n|---|---|---|\n| [`acme.optioned`]")
        .contains("- In: no profile\n")
        .contains("| `share` | 40% | a fraction from 0 to 1 (0.4 is 40%) | A share | - |\n");
  }

  @Test
  void severityCells() {
    RuleSet x = columns().values().iterator().next();
    RuleSet y = RuleSet.of("y", OPTIONED);

    assertThat(RuleDocs.severityCell(x, OPTIONED)).isEqualTo("E");
    assertThat(RuleDocs.severityCell(x, GRADED)).isEqualTo("E/W");
    assertThat(RuleDocs.severityCell(y, OPTIONED)).isEqualTo("W");
    assertThat(RuleDocs.severityCell(y, GRADED)).isEqualTo("-");
  }

  @Test
  void writesOnlyWhenTheContentChanges_creatingTheFolder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("docs/sub/rules.md");

    assertThat(RuleDocs.write(file, "one")).isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("one");
    assertThat(RuleDocs.write(file, "one")).isFalse();
    assertThat(RuleDocs.write(file, "two")).isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("two");
  }
}
