/**
 * The {@code sko.survey.*} rules. Surveys after the event: a post-event survey, anonymous so that
 * reps answer honestly.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.survey;

import org.jspecify.annotations.NullMarked;
