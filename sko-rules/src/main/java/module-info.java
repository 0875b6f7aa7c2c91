/**
 * The sko rule engine ({@code dev.sko.rules}) and the built-in, cited rule catalogue with its
 * profiles ({@code dev.sko.rules.catalog}). Rule packs in other jars are found through {@link
 * dev.sko.rules.RuleProvider} only when a validator opts in.
 */
@org.jspecify.annotations.NullMarked
module dev.sko.rules {
  requires transitive dev.sko.core;
  requires transitive org.jspecify;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.sko.rules;
  exports dev.sko.rules.catalog;
  exports dev.sko.rules.report;

  uses dev.sko.rules.RuleProvider;
}
