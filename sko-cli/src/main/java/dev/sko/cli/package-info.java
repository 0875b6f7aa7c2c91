/**
 * The {@code sko} command line, built with picocli and shipped as one executable jar ({@code java
 * -jar sko.jar}). {@link dev.sko.cli.Sko} is the entry point and holds the subcommands: {@code
 * validate} checks plan files against rule profiles and exits 0 (clean), 1 (findings at the
 * threshold) or 2 (unusable input), with an optional {@linkplain dev.sko.rules.Baseline baseline}
 * of accepted findings; {@code rules} lists a profile's rules with their severities; {@code
 * explain} prints a rule's documentation, options and source. Reports are written by the writers of
 * {@link dev.sko.rules.report.ReportWriters}, plans are read only through {@link
 * dev.sko.json.PlanJson}.
 */
@NullMarked
package dev.sko.cli;

import org.jspecify.annotations.NullMarked;
