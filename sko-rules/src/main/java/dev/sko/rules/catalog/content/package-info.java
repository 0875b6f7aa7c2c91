/**
 * The {@code sko.content.*} rules. What the main room is used for: no hour-long product or roadmap
 * deep-dive in front of everyone.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.content;

import org.jspecify.annotations.NullMarked;
