/**
 * The {@code sko.agenda.*} rules. The agenda as a whole: sessions that overlap, the interactive
 * share of content time, the core content areas, the customer's voice, social time, peer teaching,
 * territory and compensation news, and experiential learning.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.agenda;

import org.jspecify.annotations.NullMarked;
