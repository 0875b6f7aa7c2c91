/**
 * Kickoff plans as JSON and YAML. {@link dev.sko.json.PlanJson} reads and writes a {@link
 * dev.sko.core.KickoffPlan} in the sko plan format (YAML for files named {@code *.yaml} or {@code
 * *.yml}), walking the model's one description of its fields, version {@value
 * dev.sko.json.PlanJson#FORMAT_VERSION}: lower-camel property names that match the model's
 * accessors, ISO-8601 dates, times and durations, {@link dev.sko.core.RelativeDay} as {@code
 * "T-28"}, money as a decimal string with its currency, enums by constant name. The format is
 * described by a JSON Schema generated from the same description ({@link
 * dev.sko.json.PlanJson#schema()}) and in {@code docs/plan-json.md}.
 *
 * <p>Reading is strict and explains itself: an unknown property, an unknown enum constant, a wrong
 * type, a missing required property or a plan invariant that fails at {@code build()} all end in
 * one {@link dev.sko.json.PlanJsonException} carrying the plan path ({@code days[0].sessions[2]}),
 * the line and column, and a {@link dev.sko.json.PlanJsonException.Kind kind}. Hostile input is
 * bounded by documented limits on document length, nesting depth, string, name and number length.
 * {@link dev.sko.json.PlanJson#readWithLocations} also returns a {@link dev.sko.json.SourceMap}
 * from plan paths to where each value starts in the file, so findings can point at lines.
 *
 * <p>Writing is canonical: the same plan always gives the same pretty-printed text, so a plan file
 * round-trips byte for byte and diffs in review show only real changes. Apps that use an {@code
 * ObjectMapper} register {@link dev.sko.json.PlanJson#jacksonModule()} to embed plans in their own
 * JSON.
 */
@NullMarked
package dev.sko.json;

import org.jspecify.annotations.NullMarked;
