/**
 * The {@code sko.roi.*} rules. Return on the kickoff: the lift in deals that pays for its cost
 * (break-even).
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.roi;

import org.jspecify.annotations.NullMarked;
