/**
 * The {@code sko.recognition.*} rules. Recognition: awards in categories that reward the behaviour
 * the kickoff teaches.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.recognition;

import org.jspecify.annotations.NullMarked;
