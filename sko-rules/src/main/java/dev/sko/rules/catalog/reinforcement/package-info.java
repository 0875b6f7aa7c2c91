/**
 * The {@code sko.reinforcement.*} rules. Reinforcement after the event: a plan exists, reaches far
 * enough, starts promptly, and has manager coaching at a cadence and daily stand-ups.
 *
 * <p>One rule per file, named after the last segment of its id; each declares itself with {@link
 * dev.sko.rules.Rule#builder(String)}. Its place in each profile is a row of the profile matrix
 * ({@code dev.sko.rules.catalog.ProfileMatrix}); the generated {@code docs/rules.md} documents it,
 * and {@code docs/sources.md} explains its citation keys.
 */
@NullMarked
package dev.sko.rules.catalog.reinforcement;

import org.jspecify.annotations.NullMarked;
