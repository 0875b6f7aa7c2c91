/**
 * Test fixtures shared with the other modules through the sko-core test jar: small valid plans
 * ({@link dev.sko.core.testing.TestPlans}) and jqwik arbitraries that generate valid plans.
 */
@NullMarked
package dev.sko.core.testing;

import org.jspecify.annotations.NullMarked;
