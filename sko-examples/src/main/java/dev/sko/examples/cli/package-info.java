/**
 * The command-line check for plan files: {@link dev.sko.examples.cli.Validate} reads JSON plans
 * with {@code sko-json}, validates them against a profile and writes a text, JSON or SARIF report,
 * exiting with a status a CI job can gate on.
 */
@NullMarked
package dev.sko.examples.cli;

import org.jspecify.annotations.NullMarked;
