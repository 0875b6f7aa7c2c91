package dev.sko.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes rule documentation from rule metadata, the way Error Prone's docs are generated from its
 * bug patterns: a summary table (id, title, severity per rule set, source) and a section per rule
 * with its rationale and options (defaults and the values each rule set gives them). The built-in
 * catalogue's {@code docs/rules.md} is made with it at every build; a company rule pack can use it
 * too.
 */
public final class RuleDocs {
  private RuleDocs() {}

  /**
   * The Markdown documentation of {@code rules}, with a severity column per entry of {@code
   * columns} (column label to rule set).
   *
   * <p>A cell is {@code -} when the set does not hold the rule, the override letter ({@code E},
   * {@code W}, {@code I}) when the set forces one severity, and the rule's own severities ({@code
   * E/W}) when it grades its findings itself.
   */
  public static String markdown(
      String title, String intro, Map<String, RuleSet> columns, List<Rule> rules) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intro, "intro");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(rules, "rules");
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(title).append("\n\n");
    sb.append("<!-- Generated from the rules' metadata by the build; do not edit by hand. -->\n\n");
    if (!intro.isBlank()) {
      sb.append(intro.strip()).append("\n\n");
    }
    sb.append("| id | title |");
    columns.keySet().forEach(c -> sb.append(' ').append(cell(c)).append(" |"));
    sb.append(" source |\n|---|---|");
    columns.keySet().forEach(c -> sb.append("---|"));
    sb.append("---|\n");
    for (Rule rule : rules) {
      sb.append("| [`")
          .append(rule.id())
          .append("`](#")
          .append(rule.id())
          .append(") | ")
          .append(cell(rule.title()))
          .append(" |");
      columns.values().forEach(set -> sb.append(' ').append(severityCell(set, rule)).append(" |"));
      sb.append(' ').append(cell(rule.source())).append(" |\n");
    }
    for (Rule rule : rules) {
      section(sb, rule, columns);
    }
    return sb.toString();
  }

  /** The severity cell of {@code rule} in {@code set}: {@code -}, {@code E}, or {@code E/W}. */
  public static String severityCell(RuleSet set, Rule rule) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(rule, "rule");
    if (!set.contains(rule.id())) {
      return "-";
    }
    Optional<Severity> forced = set.severityOverride(rule.id());
    if (forced.isPresent()) {
      return forced.get().letter();
    }
    List<String> letters = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (rule.severities().contains(s)) {
        letters.add(s.letter());
      }
    }
    return String.join("/", letters);
  }

  private static void section(StringBuilder sb, Rule rule, Map<String, RuleSet> columns) {
    sb.append("\n<a id=\"").append(rule.id()).append("\"></a>\n");
    sb.append("## `").append(rule.id()).append("`\n\n");
    sb.append("**").append(rule.title().strip()).append("**\n\n");
    sb.append(rule.rationale().strip()).append("\n\n");
    sb.append("- Source: ").append(rule.source()).append('\n');
    sb.append("- Default severity: ").append(rule.defaultSeverity());
    if (rule.severities().size() > 1) {
      sb.append(" (graded: ").append(rule.severities()).append(')');
    }
    sb.append('\n');
    Map<String, String> inSets = new LinkedHashMap<>();
    columns.forEach(
        (label, set) -> {
          if (set.contains(rule.id())) {
            inSets.put(label, severityCell(set, rule));
          }
        });
    sb.append("- In: ");
    if (inSets.isEmpty()) {
      sb.append("no profile");
    } else {
      List<String> parts = new ArrayList<>();
      inSets.forEach((label, cell) -> parts.add(label + " " + cell));
      sb.append(String.join(", ", parts));
    }
    sb.append('\n');
    if (rule.options().isEmpty()) {
      return;
    }
    sb.append("\n| option | default | valid values | meaning | set by profile |\n");
    sb.append("|---|---|---|---|---|\n");
    for (RuleOption<?> option : rule.options()) {
      List<String> byProfile = new ArrayList<>();
      columns.forEach(
          (label, set) -> {
            Object v = set.optionOverrides(rule.id()).get(option.key());
            if (v != null) {
              byProfile.add(label + ": " + option.format(v));
            }
          });
      sb.append("| `")
          .append(option.key())
          .append("` | ")
          .append(cell(option.format(option.defaultValue())))
          .append(" | ")
          .append(cell(option.validity()))
          .append(" | ")
          .append(cell(option.description()))
          .append(" | ")
          .append(byProfile.isEmpty() ? "-" : cell(String.join("; ", byProfile)))
          .append(" |\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * Writes {@code content} to {@code file} (creating its folder) unless the file already holds
   * exactly that text.
   *
   * @return whether the file changed
   */
  public static boolean write(Path file, String content) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
      return false;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return true;
  }
}
