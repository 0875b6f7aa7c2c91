/**
 * Test helpers for sko users, in the way Error Prone's {@code CompilationTestHelper} serves checker
 * authors:
 *
 * <ul>
 *   <li>{@link dev.sko.testing.RuleTester}: run one rule over a plan and compare its findings with
 *       the expected ones ({@link dev.sko.testing.ExpectedFinding}); a mismatch fails with the
 *       expected and the reported findings side by side. The tester also checks that the rule does
 *       not throw and reports the same findings every time.
 *   <li>{@link dev.sko.testing.SkoAssertions}: fluent AssertJ assertions over a {@link
 *       dev.sko.rules.ValidationReport} and its {@link dev.sko.rules.Finding findings}, whose
 *       failures quote the report as {@link dev.sko.rules.ValidationReport#check()} prints it.
 * </ul>
 *
 * <p>The catalogue's own tests use both.
 */
@SkoStyle
@NullMarked
package dev.sko.testing;

import dev.sko.core.internal.SkoStyle;
import org.jspecify.annotations.NullMarked;
