package dev.sko.rules.report;

import dev.sko.rules.Baseline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Baseline} as a versioned JSON file, the form the command line's {@code --write-baseline}
 * writes and its {@code --baseline} reads (and the Maven plugin's {@code baseline}):
 *
 * <pre>{@code
 * {
 *   "tool": "sko",
 *   "baselineVersion": 1,
 *   "findings": [
 *     {
 *       "plan": "FY27 Sales Kickoff",
 *       "ruleId": "sko.presentation.executive-limit",
 *       "location": "session:d1-ceo",
 *       "message": "The executive-led \"FY27: where we are going\" runs 50 min of talk; …"
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Entries are written in the baseline's order, so a baseline file changes only where findings
 * change and diffs well under version control. Reading is strict: a document that is not valid
 * JSON, has another {@code baselineVersion}, lacks a field, or has a member this format does not
 * know fails with a {@link FormatException} naming the line and column.
 */
public final class BaselineJson {
  private static final Set<String> TOP = Set.of("tool", "baselineVersion", "findings");
  private static final Set<String> ENTRY = Set.of("plan", "ruleId", "location", "message");

  private BaselineJson() {}

  /**
   * Writes {@code baseline} to {@code out} as UTF-8 JSON ending in a newline; does not close it.
   */
  public static void write(Baseline baseline, OutputStream out) throws IOException {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(baseline, writer);
    writer.flush();
  }

  /** The JSON of {@code baseline}. */
  public static String write(Baseline baseline) {
    Objects.requireNonNull(baseline, "baseline");
    StringBuilder sb = new StringBuilder();
    try {
      write(baseline, sb);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to a StringBuilder cannot fail", e);
    }
    return sb.toString();
  }

  private static void write(Baseline baseline, Appendable out) throws IOException {
    JsonOut json = new JsonOut(out);
    json.beginObject();
    json.field("tool", SarifReportWriter.TOOL_NAME);
    json.field("baselineVersion", Baseline.VERSION);
    json.name("findings").beginArray();
    for (Baseline.Entry e : baseline.entries()) {
      json.beginObject();
      json.field("plan", e.plan());
      json.field("ruleId", e.ruleId());
      json.field("location", e.location());
      json.field("message", e.message());
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
  }

  /** Writes {@code baseline} to {@code file}, creating its directory if needed. */
  public static void write(Baseline baseline, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, write(baseline), StandardCharsets.UTF_8);
  }

  /** The baseline in the file {@code file}. */
  public static Baseline read(Path file) throws IOException, FormatException {
    Objects.requireNonNull(file, "file");
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The baseline in {@code json}. */
  public static Baseline read(String json) throws FormatException {
    Objects.requireNonNull(json, "json");
    JsonIn.Node root;
    try {
      root = JsonIn.parse(json);
    } catch (JsonIn.SyntaxException e) {
      throw new FormatException(String.valueOf(e.getMessage()), e.line, e.column);
    }
    Map<String, JsonIn.Node> top = object(root, "the baseline", TOP);
    String tool = string(top, root, "tool");
    if (!tool.equals(SarifReportWriter.TOOL_NAME)) {
      throw new FormatException(
          "tool must be \"" + SarifReportWriter.TOOL_NAME + "\", but was \"" + tool + "\"",
          required(top, root, "tool"));
    }
    JsonIn.Node version = required(top, root, "baselineVersion");
    if (!(version.value instanceof BigDecimal)
        || ((BigDecimal) version.value).compareTo(BigDecimal.valueOf(Baseline.VERSION)) != 0) {
      throw new FormatException(
          "baselineVersion must be "
              + Baseline.VERSION
              + ", the version this sko reads, but was "
              + (version.value instanceof String ? "\"" + version.value + "\"" : version.value),
          version);
    }
    JsonIn.Node findings = required(top, root, "findings");
    if (!(findings.value instanceof List)) {
      throw new FormatException("findings must be an array", findings);
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    for (Object o : (List<?>) findings.value) {
      JsonIn.Node node = (JsonIn.Node) o;
      Map<String, JsonIn.Node> entry = object(node, "a finding", ENTRY);
      try {
        entries.add(
            Baseline.Entry.of(
                string(entry, node, "plan"),
                string(entry, node, "ruleId"),
                string(entry, node, "location"),
                string(entry, node, "message")));
      } catch (IllegalArgumentException e) {
        throw new FormatException(String.valueOf(e.getMessage()), node);
      }
    }
    return Baseline.of(entries);
  }

  private static Map<String, JsonIn.Node> object(JsonIn.Node node, String what, Set<String> known)
      throws FormatException {
    if (!(node.value instanceof Map)) {
      throw new FormatException(what + " must be a JSON object", node);
    }
    @SuppressWarnings("unchecked")
    Map<String, JsonIn.Node> members = (Map<String, JsonIn.Node>) node.value;
    for (Map.Entry<String, JsonIn.Node> m : members.entrySet()) {
      if (!known.contains(m.getKey())) {
        throw new FormatException(
            "unknown member \"" + m.getKey() + "\" in " + what + "; the members are " + known,
            m.getValue());
      }
    }
    return members;
  }

  private static JsonIn.Node required(
      Map<String, JsonIn.Node> members, JsonIn.Node parent, String name) throws FormatException {
    JsonIn.Node node = members.get(name);
    if (node == null) {
      throw new FormatException("missing member \"" + name + "\"", parent);
    }
    return node;
  }

  private static String string(Map<String, JsonIn.Node> members, JsonIn.Node parent, String name)
      throws FormatException {
    JsonIn.Node node = required(members, parent, name);
    if (!(node.value instanceof String)) {
      throw new FormatException(name + " must be a string", node);
    }
    return (String) node.value;
  }

  /** A baseline document that cannot be read, with the line and column of the problem. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    FormatException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    FormatException(String message, JsonIn.Node at) {
      this(message, at.line, at.column);
    }

    /** The 1-based line of the problem. */
    public int line() {
      return line;
    }

    /** The 1-based column of the problem. */
    public int column() {
      return column;
    }
  }
}
