/**
 * Validation reports as data for other tools: {@link dev.sko.rules.report.JsonReportWriter} writes
 * every finding with all its fields as JSON, {@link dev.sko.rules.report.SarifReportWriter} writes
 * SARIF 2.1.0, the format code-review tools show as annotations on the lines of a pull request.
 *
 * <p>A {@link dev.sko.rules.report.ReportedPlan} pairs a {@link dev.sko.rules.ValidationReport}
 * with where the plan came from: the file's URI and a {@link dev.sko.rules.report.LocationResolver}
 * that turns a finding's plan path into a {@link dev.sko.core.SourcePosition} of that file (the
 * {@code sko-json} module's source map is one). The writers need no JSON library: they write
 * through a small, strict escaper of their own, so {@code sko-rules} keeps its dependencies.
 */
@NullMarked
package dev.sko.rules.report;

import org.jspecify.annotations.NullMarked;
