/**
 * Validation reports in every format sko writes, each a {@link dev.sko.rules.report.ReportWriter}
 * found by name in {@link dev.sko.rules.report.ReportWriters}: {@link
 * dev.sko.rules.report.TextReportWriter} for people (the report's one text form, placed in its
 * file), {@link dev.sko.rules.report.JsonReportWriter} with every finding and all its fields,
 * {@link dev.sko.rules.report.SarifReportWriter} for SARIF 2.1.0, the format code-review tools show
 * as annotations on the lines of a pull request. {@link dev.sko.rules.report.BaselineJson} is the
 * file form of a {@link dev.sko.rules.Baseline}. {@link dev.sko.rules.report.HtmlReportWriter}
 * writes a visual review of a plan for people: a self-contained HTML page with the agenda timeline,
 * the mix, the follow-through calendar, the costs and the findings linked to what they are about.
 *
 * <p>A {@link dev.sko.rules.report.ReportedPlan} pairs a {@link dev.sko.rules.ValidationReport}
 * with where the plan came from: the file's URI and a {@link dev.sko.rules.report.LocationResolver}
 * that turns a finding's plan path into a {@link dev.sko.core.SourcePosition} of that file (the
 * {@code sko-json} module's source map is one). The writers need no JSON library: they write
 * through a small, strict escaper of their own (and the baseline file is read by a small, strict
 * reader), so {@code sko-rules} keeps its dependencies.
 */
@NullMarked
package dev.sko.rules.report;

import org.jspecify.annotations.NullMarked;
