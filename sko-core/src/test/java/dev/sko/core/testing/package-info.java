/**
 * Test fixtures shared with the other modules through the sko-core test jar.
 *
 * <p>{@link dev.sko.core.testing.TestPlans} gives small valid plans for unit tests: start from
 * {@code TestPlans.minimalBuilder()} and change only what the test is about. {@link
 * dev.sko.core.testing.PlanArbitraries} gives jqwik arbitraries that generate valid plans and every
 * part of one, for properties. {@link dev.sko.core.testing.SeedPlans} holds the three seed plans of
 * the sources (BEHAVIOR_CHANGE_MODEL's two-day event, a 30-person B2B_SKO_GUIDE kick-off, and a
 * 250-person GITLAB_HANDBOOK enterprise SKO with a partner summit), written with the builders.
 */
@NullMarked
package dev.sko.core.testing;

import org.jspecify.annotations.NullMarked;
