/**
 * The sko Maven plugin: the {@link dev.sko.maven.ValidateMojo validate} goal ({@code sko:validate},
 * bound to {@code verify}) reads a project's plan files through {@link dev.sko.json.PlanJson},
 * validates them against rule profiles, logs each finding on its file's line and column, writes
 * reports with {@link dev.sko.rules.report.ReportWriters}, holds the findings against a {@link
 * dev.sko.rules.Baseline}, and fails the build on new findings at {@code failOn} or above.
 */
@NullMarked
package dev.sko.maven;

import org.jspecify.annotations.NullMarked;
