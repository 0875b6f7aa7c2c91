package dev.sko.rules.report;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.core.SourcePosition;
import dev.sko.rules.Baseline;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes validation reports as SARIF 2.1.0, the Static Analysis Results Interchange Format that
 * code-review tools show as annotations on the lines of a pull request.
 *
 * <pre>{@code
 * String sarif = SarifReportWriter.builder()
 *     .rules(validator.rules())
 *     .build()
 *     .write(List.of(ReportedPlan.fromFile(report, "plans/fy27.json", resolver)));
 * }</pre>
 *
 * <p>The log holds one {@code run} of the tool {@value #TOOL_NAME}. Its driver lists the rules (id,
 * {@code shortDescription} the title, {@code fullDescription} and {@code help} the rationale and
 * source, {@code helpUri} the rule's section of the rule documentation, default level). Each
 * finding is a result with its rule, a level mapped from the severity ({@code ERROR} to {@code
 * error}, {@code WARNING} to {@code warning}, {@code INFO} to {@code note}), the message with the
 * remediation, and a location: for a plan read from a file the file and the line and column of the
 * offending session or field, and always the plan path as a logical location. A waived finding is a
 * result with an accepted external suppression whose justification is the waiver's reason. The
 * properties of a result carry the rest of the finding (plan, severity, source, remediation,
 * session id, evidence) in the same form as {@link JsonReportWriter}. A partial fingerprint of rule
 * id and location fingerprint lets a tool follow a finding across commits while lines move and
 * sessions are reordered. With a {@linkplain ReportedPlan#withBaseline baseline} every result has a
 * {@code baselineState}: {@code new}, {@code unchanged}, or {@code absent} for an accepted finding
 * that is gone (written as an informational result).
 */
public final class SarifReportWriter implements ReportWriter {
  /** The SARIF version written. */
  public static final String SARIF_VERSION = "2.1.0";

  /** The {@code $schema} the log names: the OASIS SARIF 2.1.0 schema. */
  public static final String SARIF_SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The tool's name in the log. */
  public static final String TOOL_NAME = "sko";

  /**
   * Where the built-in rules are documented: {@code docs/rules.md} of the project; a built-in
   * rule's {@code helpUri} is this plus {@code #} and its id.
   */
  public static final String RULES_DOC = "https://github.com/sko-dev/sko/blob/main/docs/rules.md";

  /**
   * The fingerprint key: rule id and the location's {@linkplain Location#fingerprint() fingerprint}
   * (a session's id, not its index), stable while lines move and sessions are reordered; the same
   * key a {@link dev.sko.rules.Baseline} matches on.
   */
  public static final String FINGERPRINT = "skoFinding/v2";

  private final Map<String, Rule> rules;
  private final Function<String, Optional<String>> helpUri;
  private final @Nullable String toolVersion;

  private SarifReportWriter(Builder b) {
    Map<String, Rule> sorted = new TreeMap<>();
    for (Rule rule : b.rules) {
      sorted.putIfAbsent(rule.id(), rule);
    }
    this.rules = sorted;
    this.helpUri = b.helpUri;
    this.toolVersion = b.toolVersion;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The help URI of a built-in rule ({@code sko.} ids): its section of {@link #RULES_DOC}. */
  public static Optional<String> builtInHelpUri(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return ruleId.startsWith("sko.") ? Optional.of(RULES_DOC + "#" + ruleId) : Optional.empty();
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileExtension() {
    return "sarif";
  }

  /**
   * Writes the SARIF log of {@code plans}' reports to {@code out} as UTF-8, ending in a newline.
   */
  @Override
  public void write(List<ReportedPlan> plans, OutputStream out) throws IOException {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(plans, writer);
    writer.flush();
  }

  /** Writes the SARIF log of {@code plans}' reports to {@code out}, ending in a newline. */
  private void write(List<ReportedPlan> plans, Appendable out) throws IOException {
    // Every rule the driver lists: the configured ones, plus any a finding names that is not.
    Map<String, @Nullable Rule> descriptors = new TreeMap<>(rules);
    for (ReportedPlan plan : plans) {
      for (Finding f : all(plan)) {
        descriptors.putIfAbsent(f.ruleId(), null);
      }
      for (Baseline.Entry e : absent(plan)) {
        descriptors.putIfAbsent(e.ruleId(), null);
      }
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (String id : descriptors.keySet()) {
      ruleIndex.put(id, ruleIndex.size());
    }
    Map<String, Integer> artifactIndex = new LinkedHashMap<>();
    for (ReportedPlan plan : plans) {
      plan.uri().ifPresent(uri -> artifactIndex.putIfAbsent(uri, artifactIndex.size()));
    }

    JsonOut json = new JsonOut(out);
    json.beginObject();
    json.field("$schema", SARIF_SCHEMA);
    json.field("version", SARIF_VERSION);
    json.name("runs").beginArray().beginObject();
    json.name("tool").beginObject().name("driver").beginObject();
    json.field("name", TOOL_NAME);
    if (toolVersion != null) {
      json.field("version", toolVersion);
    }
    json.field("informationUri", "https://github.com/sko-dev/sko");
    json.name("rules").beginArray();
    for (Map.Entry<String, @Nullable Rule> e : descriptors.entrySet()) {
      rule(json, e.getKey(), e.getValue());
    }
    json.endArray();
    json.endObject().endObject(); // driver, tool
    if (!artifactIndex.isEmpty()) {
      json.name("artifacts").beginArray();
      for (String uri : artifactIndex.keySet()) {
        json.beginObject();
        json.name("location").beginObject().field("uri", uri).endObject();
        json.name("roles").beginArray().value("analysisTarget").endArray();
        json.field("mimeType", "application/json");
        json.endObject();
      }
      json.endArray();
    }
    json.field("columnKind", "utf16CodeUnits");
    json.name("results").beginArray();
    for (ReportedPlan plan : plans) {
      for (Finding f : all(plan)) {
        Integer index = ruleIndex.get(f.ruleId());
        Integer artifact = plan.uri().map(artifactIndex::get).orElse(null);
        result(json, f, plan, index == null ? -1 : index, artifact);
      }
      for (Baseline.Entry e : absent(plan)) {
        Integer index = ruleIndex.get(e.ruleId());
        Integer artifact = plan.uri().map(artifactIndex::get).orElse(null);
        absentResult(json, e, plan, index == null ? -1 : index, artifact);
      }
    }
    json.endArray();
    json.endObject().endArray(); // run, runs
    json.endObject();
    json.finish();
  }

  private static List<Baseline.Entry> absent(ReportedPlan plan) {
    return plan.baseline().map(Baseline.Comparison::absent).orElse(List.of());
  }

  /**
   * An accepted finding that is gone: a result of kind {@code informational} and level {@code none}
   * with the baseline state {@code absent}, so tools that follow a baseline see it resolved.
   */
  private static void absentResult(
      JsonOut json, Baseline.Entry e, ReportedPlan plan, int ruleIndex, @Nullable Integer artifact)
      throws IOException {
    json.beginObject();
    json.field("ruleId", e.ruleId());
    if (ruleIndex >= 0) {
      json.field("ruleIndex", ruleIndex);
    }
    json.field("kind", "informational");
    json.field("level", "none");
    json.name("message")
        .beginObject()
        .field("text", "No longer found (accepted by the baseline): " + e.message())
        .endObject();
    json.name("locations").beginArray().beginObject();
    Optional<String> uri = plan.uri();
    if (uri.isPresent()) {
      json.name("physicalLocation").beginObject();
      artifactLocation(json, uri.get(), artifact);
      json.endObject();
    }
    json.name("logicalLocations").beginArray().beginObject();
    json.field("name", e.location());
    json.field("fullyQualifiedName", e.location());
    json.endObject().endArray();
    json.endObject().endArray(); // location, locations
    json.name("partialFingerprints")
        .beginObject()
        .field(FINGERPRINT, e.ruleId() + "@" + e.location())
        .endObject();
    json.field("baselineState", Baseline.State.ABSENT.sarifName());
    json.name("properties").beginObject().field("plan", plan.report().planName()).endObject();
    json.endObject();
  }

  private static List<Finding> all(ReportedPlan plan) {
    List<Finding> all = new ArrayList<>(plan.report().findings());
    all.addAll(plan.report().waivedFindings());
    return all;
  }

  private void rule(JsonOut json, String id, @Nullable Rule rule) throws IOException {
    json.beginObject();
    json.field("id", id);
    if (rule != null) {
      json.name("shortDescription").beginObject().field("text", rule.title().strip()).endObject();
      json.name("fullDescription")
          .beginObject()
          .field("text", rule.rationale().strip())
          .endObject();
      Optional<String> uri = helpUri.apply(id);
      json.name("help")
          .beginObject()
          .field(
              "text",
              rule.rationale().strip()
                  + "\nSource: "
                  + rule.source()
                  + uri.map(u -> "\nMore: " + u).orElse(""))
          .endObject();
      if (uri.isPresent()) {
        json.field("helpUri", uri.get());
      }
      json.name("defaultConfiguration")
          .beginObject()
          .field("level", level(rule.defaultSeverity()))
          .endObject();
      json.name("properties").beginObject().field("source", rule.source()).endObject();
    }
    json.endObject();
  }

  private static void result(
      JsonOut json, Finding f, ReportedPlan plan, int ruleIndex, @Nullable Integer artifact)
      throws IOException {
    json.beginObject();
    json.field("ruleId", f.ruleId());
    if (ruleIndex >= 0) {
      json.field("ruleIndex", ruleIndex);
    }
    json.field("level", level(f.severity()));
    String text = f.message() + f.remediation().map(r -> " Fix: " + r).orElse("");
    json.name("message").beginObject().field("text", text).endObject();
    json.name("locations").beginArray().beginObject();
    Optional<String> uri = plan.uri();
    if (uri.isPresent()) {
      physicalLocation(json, uri.get(), artifact, plan.region(f.location()));
    }
    logicalLocation(json, f.location());
    json.endObject().endArray(); // location, locations
    if (!f.evidence().related().isEmpty()) {
      // SARIF 2.1.0 §3.27.22: the other places the message names, each with its own region
      json.name("relatedLocations").beginArray();
      int id = 0;
      for (Location related : f.evidence().related()) {
        json.beginObject().field("id", id++);
        if (uri.isPresent()) {
          physicalLocation(json, uri.get(), artifact, plan.region(related));
        }
        logicalLocation(json, related);
        json.endObject();
      }
      json.endArray();
    }
    json.name("partialFingerprints")
        .beginObject()
        .field(FINGERPRINT, f.ruleId() + "@" + f.location().fingerprint())
        .endObject();
    if (plan.baseline().isPresent()) {
      json.field("baselineState", plan.baseline().get().state(f).sarifName());
    }
    if (f.waiver().isPresent()) {
      json.name("suppressions").beginArray().beginObject();
      json.field("kind", "external");
      json.field("status", "accepted");
      json.field("justification", f.waiver().get().reason());
      json.endObject().endArray();
    }
    json.name("properties").beginObject();
    json.field("plan", plan.report().planName());
    json.field("severity", f.severity().name());
    json.field("source", f.source());
    if (f.remediation().isPresent()) {
      json.field("remediation", f.remediation().get());
    }
    if (f.location().sessionId().isPresent()) {
      json.field("sessionId", f.location().sessionId().get());
    }
    if (!f.evidence().isEmpty()) {
      json.name("evidence");
      JsonReportWriter.evidence(json, f.evidence(), plan);
    }
    json.endObject();
    json.endObject();
  }

  /**
   * {@code "physicalLocation"}: the file, and the region (line, column) where the source map knows
   * the location.
   */
  private static void physicalLocation(
      JsonOut json, String uri, @Nullable Integer artifact, Optional<SourcePosition> region)
      throws IOException {
    json.name("physicalLocation").beginObject();
    artifactLocation(json, uri, artifact);
    if (region.isPresent()) {
      json.name("region")
          .beginObject()
          .field("startLine", region.get().line())
          .field("startColumn", region.get().column())
          .endObject();
    }
    json.endObject();
  }

  /** {@code "artifactLocation": {"uri": …, "index": …}}, the index when the log lists the file. */
  private static void artifactLocation(JsonOut json, String uri, @Nullable Integer artifact)
      throws IOException {
    json.name("artifactLocation").beginObject().field("uri", uri);
    if (artifact != null) {
      json.field("index", artifact);
    }
    json.endObject();
  }

  private static void logicalLocation(JsonOut json, Location location) throws IOException {
    json.name("logicalLocations").beginArray().beginObject();
    String name = location.sessionTitle().orElse(pathOf(location));
    json.field("name", name);
    json.field("fullyQualifiedName", pathOf(location));
    json.endObject().endArray();
  }

  private static String pathOf(Location location) {
    return location.isPlan() ? "plan" : location.path();
  }

  /** The SARIF level of {@code severity}: error, warning or note. */
  public static String level(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  @Override
  public String toString() {
    return "SarifReportWriter[" + rules.size() + " rules]";
  }

  /** Builds a {@link SarifReportWriter}. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private Function<String, Optional<String>> helpUri = SarifReportWriter::builtInHelpUri;
    private @Nullable String toolVersion;

    Builder() {}

    /** The rules to describe in the log, usually {@code validator.rules()}. */
    @CanIgnoreReturnValue
    public Builder rules(Collection<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules");
      this.rules.addAll(rules);
      return this;
    }

    /**
     * How to find a rule's documentation from its id; by default {@link #builtInHelpUri} (built-in
     * rules only). A company rule pack points at its own page.
     */
    @CanIgnoreReturnValue
    public Builder helpUri(Function<String, Optional<String>> helpUri) {
      Objects.requireNonNull(helpUri, "helpUri");
      this.helpUri = helpUri;
      return this;
    }

    /** The tool version to name in the log. */
    @CanIgnoreReturnValue
    public Builder toolVersion(String toolVersion) {
      Objects.requireNonNull(toolVersion, "toolVersion");
      this.toolVersion = toolVersion;
      return this;
    }

    /** The writer. */
    public SarifReportWriter build() {
      return new SarifReportWriter(this);
    }
  }
}
