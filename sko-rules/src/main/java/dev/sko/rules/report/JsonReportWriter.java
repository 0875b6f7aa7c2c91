package dev.sko.rules.report;

import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import dev.sko.core.SourcePosition;
import dev.sko.rules.Baseline;
import dev.sko.rules.Evidence;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes validation reports as JSON, every finding with all its fields, for apps and CI jobs that
 * read results rather than text.
 *
 * <pre>{@code
 * {
 *   "tool": "sko",
 *   "reportVersion": 1,
 *   "plans": [
 *     {
 *       "plan": "FY27 Sales Kickoff",
 *       "uri": "plans/fy27.json",
 *       "rulesRun": 31,
 *       "stoppedEarly": false,
 *       "counts": {"ERROR": 1, "WARNING": 0, "INFO": 0},
 *       "findings": [
 *         {
 *           "ruleId": "sko.agenda.overlap",
 *           "severity": "ERROR",
 *           "message": "…",
 *           "location": {"path": "days[0].sessions[1]", "sessionId": "d1-roleplay",
 *                        "sessionTitle": "Discovery role play", "line": 21, "column": 9},
 *           "remediation": "…",
 *           "source": "…",
 *           "evidence": {"actual": {"type": "time", "value": "09:30"},
 *                        "expected": {"type": "time", "value": "10:00"},
 *                        "figures": {"overlap": {"type": "duration", "value": "PT30M"}}}
 *         }
 *       ],
 *       "waived": [ … the same, each with "waiver": {"ruleId", "path", "reason"} … ]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>With a {@linkplain ReportedPlan#withBaseline baseline}, every finding has a {@code
 * baselineState} ({@code new} or {@code unchanged}) and the plan an {@code absent} array of the
 * accepted findings that are gone ({@code ruleId}, {@code location} fingerprint, {@code message}).
 *
 * <p>Absent optional values are left out. {@code counts} counts the unwaived findings. An evidence
 * value is an object with its {@code type} ({@code number}, {@code string}, {@code boolean}, {@code
 * enum} with the enum's simple name in {@code enum}, {@code duration}, {@code date}, {@code time},
 * {@code relativeDay}, all with a {@code value}; {@code money} with {@code amount} as a decimal
 * string and {@code currency}; {@code range} with {@code min} and {@code max}). {@code line} and
 * {@code column} appear when the plan came from a file and the location was found in it.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final JsonReportWriter INSTANCE = new JsonReportWriter();

  private JsonReportWriter() {}

  /** The version of this report format. */
  public static final int REPORT_VERSION = 1;

  /** The JSON writer. */
  public static JsonReportWriter create() {
    return INSTANCE;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  /** Writes the JSON of {@code plans}' reports to {@code out} as UTF-8, ending in a newline. */
  @Override
  public void write(List<ReportedPlan> plans, OutputStream out) throws IOException {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JsonOut json = new JsonOut(writer);
    json.beginObject();
    json.field("tool", "sko");
    json.field("reportVersion", REPORT_VERSION);
    json.name("plans").beginArray();
    for (ReportedPlan plan : plans) {
      plan(json, plan);
    }
    json.endArray();
    json.endObject();
    json.finish();
    writer.flush();
  }

  @Override
  public String toString() {
    return "JsonReportWriter";
  }

  private static void plan(JsonOut json, ReportedPlan plan) throws IOException {
    ValidationReport report = plan.report();
    json.beginObject();
    json.field("plan", report.planName());
    if (plan.uri().isPresent()) {
      json.field("uri", plan.uri().get());
    }
    json.field("rulesRun", report.rulesRun());
    json.field("stoppedEarly", report.stoppedEarly());
    json.name("counts").beginObject();
    for (Severity s : Severity.values()) {
      json.field(s.name(), report.count(s));
    }
    json.endObject();
    json.name("findings").beginArray();
    for (Finding f : report.findings()) {
      finding(json, f, plan);
    }
    json.endArray();
    json.name("waived").beginArray();
    for (Finding f : report.waivedFindings()) {
      finding(json, f, plan);
    }
    json.endArray();
    if (plan.baseline().isPresent()) {
      json.name("absent").beginArray();
      for (Baseline.Entry e : plan.baseline().get().absent()) {
        json.beginObject();
        json.field("ruleId", e.ruleId());
        json.field("location", e.location());
        json.field("message", e.message());
        json.endObject();
      }
      json.endArray();
    }
    json.endObject();
  }

  private static void finding(JsonOut json, Finding f, ReportedPlan plan) throws IOException {
    json.beginObject();
    json.field("ruleId", f.ruleId());
    json.field("severity", f.severity().name());
    json.field("message", f.message());
    json.name("location");
    location(json, f.location(), plan.region(f.location()));
    if (f.remediation().isPresent()) {
      json.field("remediation", f.remediation().get());
    }
    json.field("source", f.source());
    json.name("evidence");
    evidence(json, f.evidence(), plan);
    if (f.waiver().isPresent()) {
      json.name("waiver");
      waiver(json, f.waiver().get());
    }
    if (plan.baseline().isPresent()) {
      json.field("baselineState", plan.baseline().get().state(f).sarifName());
    }
    json.endObject();
  }

  static void location(JsonOut json, Location location, Optional<SourcePosition> region)
      throws IOException {
    json.beginObject();
    json.field("path", location.path());
    if (location.sessionId().isPresent()) {
      json.field("sessionId", location.sessionId().get());
    }
    if (location.sessionTitle().isPresent()) {
      json.field("sessionTitle", location.sessionTitle().get());
    }
    if (region.isPresent()) {
      json.field("line", region.get().line());
      json.field("column", region.get().column());
    }
    json.endObject();
  }

  static void evidence(JsonOut json, Evidence evidence, ReportedPlan plan) throws IOException {
    json.beginObject();
    if (evidence.actual().isPresent()) {
      json.name("actual");
      value(json, evidence.actual().get());
    }
    if (evidence.expected().isPresent()) {
      json.name("expected");
      value(json, evidence.expected().get());
    }
    if (!evidence.figures().isEmpty()) {
      json.name("figures").beginObject();
      for (Map.Entry<String, Object> e : evidence.figures().entrySet()) {
        json.name(e.getKey());
        value(json, e.getValue());
      }
      json.endObject();
    }
    if (!evidence.related().isEmpty()) {
      json.name("related").beginArray();
      for (Location l : evidence.related()) {
        location(json, l, plan.region(l));
      }
      json.endArray();
    }
    json.endObject();
  }

  static void waiver(JsonOut json, Waiver waiver) throws IOException {
    json.beginObject();
    json.field("ruleId", waiver.ruleId());
    if (waiver.path().isPresent()) {
      json.field("path", waiver.path().get());
    }
    json.field("reason", waiver.reason());
    json.endObject();
  }

  /** One evidence value, typed: see the class comment. */
  static void value(JsonOut json, Object value) throws IOException {
    json.beginObject();
    if (value instanceof Number) {
      json.field("type", "number").name("value").value((Number) value);
    } else if (value instanceof String) {
      json.field("type", "string").field("value", (String) value);
    } else if (value instanceof Boolean) {
      json.field("type", "boolean").field("value", (Boolean) value);
    } else if (value instanceof Enum) {
      Enum<?> e = (Enum<?>) value;
      json.field("type", "enum")
          .field("enum", e.getDeclaringClass().getSimpleName())
          .field("value", e.name());
    } else if (value instanceof Duration) {
      json.field("type", "duration").field("value", value.toString());
    } else if (value instanceof LocalDate) {
      json.field("type", "date").field("value", value.toString());
    } else if (value instanceof LocalTime) {
      json.field("type", "time").field("value", value.toString());
    } else if (value instanceof RelativeDay) {
      json.field("type", "relativeDay").field("value", value.toString());
    } else if (value instanceof Money) {
      Money m = (Money) value;
      json.field("type", "money")
          .field("amount", m.amount().toPlainString())
          .field("currency", m.currency().getCurrencyCode());
    } else if (value instanceof IntRange) {
      IntRange r = (IntRange) value;
      json.field("type", "range").field("min", r.min()).field("max", r.max());
    } else {
      // Evidence admits no other types; should one appear, its text is still reported.
      json.field("type", "string").field("value", value.toString());
    }
    json.endObject();
  }
}
