/**
 * The {@code sko.antipattern.*} rules. The kill list of the sources: motivational speakers,
 * competitive games, awards on stage, a vague theme, the destination off-site, and LMS content
 * without follow-up.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.antipattern;

import org.jspecify.annotations.NullMarked;
