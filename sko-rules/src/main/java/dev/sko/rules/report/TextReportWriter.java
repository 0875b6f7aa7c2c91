package dev.sko.rules.report;

import dev.sko.rules.Baseline;
import dev.sko.rules.Finding;
import dev.sko.rules.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes validation reports as the text people read: each plan's {@linkplain
 * ValidationReport#toText() text form}, the one {@code check()} and the walkthrough show too. For a
 * plan read from a file the summary line starts with the file and every finding with its position,
 * in the compiler style editors and CI logs turn into links. The file is named {@linkplain
 * ReportedPlan#file() as the user gave it}, not as a URI:
 *
 * <pre>
 * plans/fy27.json: FY27 Sales Kickoff: 1 error, 12 warnings, 12 info (49 rules run)
 *
 * ERROR
 *   plans/fy27.json:1:1: sko.outcomes.defined @ outcomes
 *       The plan defines no outcome; …
 *       -&gt; Write down the 2 to 3 things that should be different after the event …
 * </pre>
 *
 * <p>With a {@linkplain ReportedPlan#withBaseline baseline} every finding says whether it is {@code
 * [new]} or {@code [unchanged]}, and the accepted findings that are gone follow under {@code
 * ABSENT}. Plans are separated by a blank line.
 */
public final class TextReportWriter implements ReportWriter {
  private static final TextReportWriter INSTANCE = new TextReportWriter();

  private TextReportWriter() {}

  /** The text writer. */
  public static TextReportWriter create() {
    return INSTANCE;
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void write(List<ReportedPlan> plans, OutputStream out) throws IOException {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    boolean first = true;
    for (ReportedPlan plan : plans) {
      if (!first) {
        writer.write('\n');
      }
      first = false;
      writer.write(text(plan));
    }
    writer.flush();
  }

  private static String text(ReportedPlan plan) {
    Optional<Baseline.Comparison> baseline = plan.baseline();
    String text =
        plan.report()
            .toText(
                f -> position(plan, f) + baseline.map(b -> "[" + state(b, f) + "] ").orElse(""));
    StringBuilder sb = new StringBuilder();
    plan.file().ifPresent(file -> sb.append(file).append(": "));
    sb.append(text);
    if (baseline.isPresent() && !baseline.get().absent().isEmpty()) {
      sb.append("\nABSENT (accepted by the baseline, no longer found)\n");
      for (Baseline.Entry e : baseline.get().absent()) {
        sb.append("  ")
            .append(e.ruleId())
            .append(" @ ")
            .append(e.location())
            .append("\n      ")
            .append(e.message())
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String state(Baseline.Comparison baseline, Finding f) {
    return baseline.state(f).sarifName();
  }

  private static String position(ReportedPlan plan, Finding f) {
    Optional<String> file = plan.file();
    if (file.isEmpty()) {
      return "";
    }
    return file.get() + plan.region(f.location()).map(r -> ":" + r).orElse("") + ": ";
  }

  @Override
  public String toString() {
    return "TextReportWriter";
  }
}
