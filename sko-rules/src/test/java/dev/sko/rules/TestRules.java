package dev.sko.rules;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import java.util.ArrayList;
import java.util.List;

/** Small rules for the engine's tests: each reports fixed findings or fails in a chosen way. */
final class TestRules {
  private TestRules() {}

  /** The plan most engine tests validate; the rules here do not look at it. */
  static final KickoffPlan PLAN = TestPlans.minimal();

  /**
   * A rule with default severity {@code severity} that reports one finding at each path, with
   * message {@code "<id> at <path>"} and remediation {@code "Fix <path>"}.
   */
  static Rule reporting(String id, Severity severity, String... paths) {
    List<String> at = List.of(paths);
    return Rule.builder(id)
        .title("Reports at " + at)
        .defaultSeverity(severity)
        .check(
            (plan, findings) -> {
              for (String path : at) {
                findings
                    .finding(Location.of(path), message(id, path))
                    .remediation("Fix " + (path.isEmpty() ? "the plan" : path))
                    .report();
              }
            })
        .build();
  }

  /** A rule that reports nothing. */
  static Rule silent(String id) {
    return Rule.builder(id).title("Reports nothing").check((plan, findings) -> {}).build();
  }

  /** A rule that throws {@code failure} when it runs. */
  static Rule throwing(String id, Exception failure) {
    return Rule.builder(id)
        .title("Throws " + failure.getClass().getSimpleName())
        .check(
            (plan, findings) -> {
              throw failure;
            })
        .build();
  }

  /** The message {@link #reporting} gives the finding at {@code path}. */
  static String message(String id, String path) {
    return id + " at " + (path.isEmpty() ? "plan" : path);
  }

  /** The rule ids of {@code findings}, in order. */
  static List<String> ids(List<Finding> findings) {
    List<String> ids = new ArrayList<>();
    findings.forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  /** {@code ruleId@path} of each finding, in order. */
  static List<String> keys(List<Finding> findings) {
    List<String> keys = new ArrayList<>();
    findings.forEach(f -> keys.add(f.ruleId() + "@" + f.location().path()));
    return keys;
  }

  /** A validator of exactly {@code rules}, without configuration. */
  static ValidationReport validate(Rule... rules) {
    return PlanValidator.builder().addRules(List.of(rules)).build().validate(PLAN);
  }
}
