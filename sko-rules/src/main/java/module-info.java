/**
 * The sko rule engine ({@code dev.sko.rules}) and the built-in, cited rule catalogue with its
 * profiles ({@code dev.sko.rules.catalog}), one rule per file in a package per id area ({@code
 * dev.sko.rules.catalog.presentation.LengthCap}). Rule packs in other jars are found through {@link
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
  // The area packages: one built-in rule per file. Exported because each rule is an example a rule
  // author copies, and because its option constants (LengthCap.CAP) name options in configuration
  // with their types; catalog.support, the helpers the built-ins share, stays internal.
  exports dev.sko.rules.catalog.agenda;
  exports dev.sko.rules.catalog.antipattern;
  exports dev.sko.rules.catalog.content;
  exports dev.sko.rules.catalog.cost;
  exports dev.sko.rules.catalog.duration;
  exports dev.sko.rules.catalog.goals;
  exports dev.sko.rules.catalog.measurement;
  exports dev.sko.rules.catalog.metrics;
  exports dev.sko.rules.catalog.outcomes;
  exports dev.sko.rules.catalog.planning;
  exports dev.sko.rules.catalog.presentation;
  exports dev.sko.rules.catalog.prework;
  exports dev.sko.rules.catalog.recognition;
  exports dev.sko.rules.catalog.reinforcement;
  exports dev.sko.rules.catalog.roi;
  exports dev.sko.rules.catalog.session;
  exports dev.sko.rules.catalog.survey;
  exports dev.sko.rules.catalog.tiers;
  exports dev.sko.rules.report;

  uses dev.sko.rules.RuleProvider;
}
