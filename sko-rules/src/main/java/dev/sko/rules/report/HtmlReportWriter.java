package dev.sko.rules.report;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a visual review of each plan as one self-contained HTML page: the header with the plan's
 * facts and finding counts, the agenda as a timeline (one lane group per day, parallel sessions
 * side by side, each block sized by its length, coloured by format with a legend and a text label,
 * a severity marker on each session with findings that shows their messages on hover or focus), the
 * interactive versus presentation share of content time as a bar with the profile's thresholds, the
 * follow-through calendar from T-28 to T+30 (phases as bands; pre-work, surveys, reinforcement and
 * reviews as markers; the days after the event without follow-through hatched), the cost and return
 * figures of {@link dev.sko.core.CostModel} beside the benchmarks, and every finding grouped by
 * severity, linked to the block or marker it is about.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
 * HtmlReportWriter html = HtmlReportWriter.of(validator);
 * try (OutputStream out = Files.newOutputStream(Path.of("target/fy27.html"))) {
 *   html.write(List.of(ReportedPlan.of(validator.validate(plan)).withPlan(plan)), out);
 * }
 * }</pre>
 *
 * <p>The page needs nothing from anywhere: CSS and SVG are inline, there is no script and no font
 * to fetch, it reads offline and prints (a print style drops the hover pop-ups and keeps colours).
 * Every string from the plan or the report is escaped for HTML text and attributes, in SVG too.
 *
 * <p>The figures it draws are the library's own: the mix from {@link dev.sko.rules.PlanIndex}, the
 * phase windows from {@link dev.sko.core.PhaseCalendar}, the costs from {@link
 * dev.sko.core.CostModel}; the thresholds on the mix bar, the working days and the benchmarks are
 * the options of the rule set the plan was validated with (see {@link #of(RuleSet)}), so the page
 * shows what the findings were judged by.
 *
 * <p>A writer is immutable and thread-safe.
 */
public final class HtmlReportWriter implements ReportWriter {
  /** The format's name: {@code html}. */
  public static final String FORMAT = "html";

  /**
   * The rule whose percentage options the mix bar draws as thresholds: the rule that judges the
   * interactive share of content time.
   */
  public static final String MIX_RULE = "sko.agenda.interactive-share";

  /** The rule whose {@code benchmark-hard} and {@code benchmark-loaded} the cost table shows. */
  public static final String PER_REP_RULE = "sko.cost.per-rep";

  /** The rule whose {@code working-days} the cost figures are computed with. */
  public static final String BREAK_EVEN_RULE = "sko.roi.break-even";

  private final ReviewSettings settings;

  private HtmlReportWriter(RuleSet ruleSet) {
    this.settings = new ReviewSettings(ruleSet);
  }

  /**
   * A writer for reports made with {@code ruleSet}: the mix bar draws the thresholds of its {@link
   * #MIX_RULE}, the cost figures use the working days of its {@link #BREAK_EVEN_RULE} and the
   * benchmarks of its {@link #PER_REP_RULE}, each as the rule set configures it. A rule set without
   * one of these rules gets the sources' defaults for the costs and no thresholds on the bar.
   */
  public static HtmlReportWriter of(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return new HtmlReportWriter(ruleSet);
  }

  /** A writer for reports made by {@code validator}: {@code of(validator.ruleSet())}. */
  public static HtmlReportWriter of(PlanValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return of(validator.ruleSet());
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileExtension() {
    return FORMAT;
  }

  /** True: a page is about one plan; the command line and the plugin write a file per plan. */
  @Override
  public boolean onePerPlan() {
    return true;
  }

  /**
   * Writes one HTML document holding the review of each of {@code plans}, in order; callers that
   * want a page per plan (the command line does) call this once per plan.
   *
   * @throws IllegalArgumentException if a report does not carry its plan ({@link
   *     ReportedPlan#withPlan}), which the page draws, or {@code plans} is empty
   * @throws IOException if writing to {@code out} fails
   */
  @Override
  public void write(List<ReportedPlan> plans, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    String html = render(plans);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(html);
    w.flush();
  }

  /**
   * The HTML document of {@code plans}' reviews; see {@link #write}.
   *
   * @throws IllegalArgumentException if a report does not carry its plan, or {@code plans} is empty
   */
  public String render(List<ReportedPlan> plans) {
    Objects.requireNonNull(plans, "plans");
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("HtmlReportWriter.plans must hold at least one plan");
    }
    KickoffPlan[] drawn = new KickoffPlan[plans.size()];
    for (int i = 0; i < plans.size(); i++) {
      ReportedPlan reported = Objects.requireNonNull(plans.get(i), "plans[" + i + "]");
      drawn[i] =
          reported
              .plan()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "HtmlReportWriter draws the plan, but the report of '"
                              + reported.report().planName()
                              + "' does not carry it: pass ReportedPlan.withPlan(plan)"));
    }
    StringBuilder sb = new StringBuilder(64 * 1024);
    String title =
        plans.size() == 1
            ? drawn[0].name() + " \u2013 sko plan review"
            : "sko plan review: " + plans.size() + " plans";
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"sko HtmlReportWriter\">\n")
        .append("<title>")
        .append(HtmlPage.esc(title))
        .append("</title>\n<style>\n")
        .append(HtmlStyle.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    for (int i = 0; i < plans.size(); i++) {
      HtmlPage.render(sb, i + 1, plans.get(i), drawn[i], settings);
    }
    sb.append("</main>\n<footer><p>Written by sko from the plan and its validation report;")
        .append(" every figure is computed by the library. Self-contained: no script, no")
        .append(" external resource.</p></footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  @Override
  public String toString() {
    return "HtmlReportWriter[" + settings.profile() + "]";
  }
}
