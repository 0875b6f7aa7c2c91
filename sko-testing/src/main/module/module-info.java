/**
 * Test helpers for sko (add {@code dev.sko:sko-testing} in test scope): {@link
 * dev.sko.testing.RuleTester} for rule authors, and {@link dev.sko.testing.SkoAssertions} for
 * authors of tests that validate plans.
 */
@org.jspecify.annotations.NullMarked
module dev.sko.testing {
  requires transitive dev.sko.rules;
  requires transitive org.assertj.core;
  requires transitive org.opentest4j;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.sko.testing;
}
