package dev.sko.rules.catalog;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The base of every built-in rule: holds the metadata (id, title, rationale, source, default
 * severity, the severities a graded rule can report, options) so that a rule class is only its
 * check. Built-in rules are singletons (see {@link Catalog}); profiles refer to the same instances,
 * which is what lets profiles compose.
 */
abstract class CatalogRule implements Rule {
  private final String id;
  private final String title;
  private final String rationale;
  private final String source;
  private final Severity defaultSeverity;
  private final Set<Severity> severities;
  private final List<RuleOption<?>> options;

  /**
   * A rule reporting at {@code defaultSeverity}, or, when {@code graded} names more severities, at
   * one of those by how far the plan is off.
   */
  CatalogRule(
      String id,
      String title,
      String source,
      String rationale,
      Severity defaultSeverity,
      Set<Severity> graded,
      RuleOption<?>... options) {
    this.id = id;
    this.title = title;
    this.source = source;
    this.rationale = rationale;
    this.defaultSeverity = defaultSeverity;
    Set<Severity> all = EnumSet.of(defaultSeverity);
    all.addAll(graded);
    this.severities = Collections.unmodifiableSet(all);
    this.options = List.copyOf(Arrays.asList(options));
  }

  /** A rule that always reports at {@code severity}. */
  CatalogRule(
      String id,
      String title,
      String source,
      String rationale,
      Severity severity,
      RuleOption<?>... options) {
    this(id, title, source, rationale, severity, EnumSet.of(severity), options);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String rationale() {
    return rationale;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public final Set<Severity> severities() {
    return severities;
  }

  @Override
  public final List<RuleOption<?>> options() {
    return options;
  }

  @Override
  public String toString() {
    return id;
  }
}
