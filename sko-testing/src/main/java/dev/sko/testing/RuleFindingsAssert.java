package dev.sko.testing;

import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over the unwaived findings of one rule in a report, from {@link
 * ValidationReportAssert#hasFinding(String)}: narrow them to one finding by where it is, then
 * assert on that finding.
 */
public final class RuleFindingsAssert extends AbstractAssert<RuleFindingsAssert, List<Finding>> {
  private final ValidationReport report;
  private final String ruleId;

  RuleFindingsAssert(ValidationReport report, String ruleId, List<Finding> findings) {
    super(findings, RuleFindingsAssert.class);
    this.report = report;
    this.ruleId = ruleId;
  }

  /** Verifies that the rule has a finding at {@code location} and returns assertions over it. */
  public FindingAssert at(Location location) {
    Objects.requireNonNull(location, "location");
    return pick(f -> f.location().equals(location), "at " + location);
  }

  /** Verifies that the rule has a finding at the plan path {@code path}, e.g. {@code days[0]}. */
  public FindingAssert at(String path) {
    return at(Location.of(path));
  }

  /**
   * Verifies that the rule has a finding at the session with id {@code sessionId} and returns
   * assertions over it.
   */
  public FindingAssert atSession(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return pick(
        f -> f.location().sessionId().filter(sessionId::equals).isPresent(),
        "at session \"" + sessionId + "\"");
  }

  /** Verifies that the rule has exactly one finding and returns assertions over it. */
  public FindingAssert single() {
    if (actual.size() != 1) {
      failWithMessage(
          "Expected rule %s to have one finding in plan \"%s\" but it has %s. The review:%n%s",
          ruleId, report.planName(), actual.size(), report.toText());
    }
    return new FindingAssert(actual.get(0));
  }

  /** Verifies that the rule has {@code expected} findings. */
  public RuleFindingsAssert hasCount(int expected) {
    if (actual.size() != expected) {
      failWithMessage(
          "Expected rule %s to have %s finding(s) in plan \"%s\" but it has %s. The review:%n%s",
          ruleId, expected, report.planName(), actual.size(), report.toText());
    }
    return this;
  }

  private FindingAssert pick(Predicate<Finding> where, String what) {
    for (Finding f : actual) {
      if (where.test(f)) {
        return new FindingAssert(f);
      }
    }
    failWithMessage(
        "Expected rule %s to have a finding %s in plan \"%s\" but its findings are at %s. The"
            + " review:%n%s",
        ruleId,
        what,
        report.planName(),
        actual.stream().map(f -> f.location().toString()).toList(),
        report.toText());
    throw new AssertionError("unreachable"); // failWithMessage always throws
  }
}
