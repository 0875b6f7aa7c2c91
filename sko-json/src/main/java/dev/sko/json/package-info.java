/**
 * Kickoff plans as JSON and YAML files. {@link dev.sko.json.PlanJson} reads and writes a {@link
 * dev.sko.core.KickoffPlan} in the sko plan format, walking the model's one description of its
 * fields; it documents the format, its limits and its schema. A document that cannot be read is one
 * {@link dev.sko.json.PlanJsonException} with its kind, plan path, line and column; {@link
 * dev.sko.json.PlanJson#readWithLocations} also returns a {@link dev.sko.json.SourceMap} from plan
 * paths to where each value starts, so findings can point at lines. Writing is canonical, so a plan
 * file round-trips byte for byte; {@link dev.sko.json.PlanJson#jacksonModule()} embeds plans in an
 * app's own JSON.
 */
@NullMarked
package dev.sko.json;

import org.jspecify.annotations.NullMarked;
