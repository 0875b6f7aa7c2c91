package dev.sko.rules;

import java.util.List;

/**
 * A rule pack registered in this module's test resources ({@code
 * META-INF/services/dev.sko.rules.RuleProvider}), for the discovery tests.
 */
public final class TestRuleProvider implements RuleProvider {
  /** The one rule of the pack. */
  static final Rule DISCOVERED = TestRules.reporting("test.discovered", Severity.WARNING, "budget");

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public TestRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return List.of(DISCOVERED);
  }
}
