package dev.sko.testing;

import dev.sko.rules.Finding;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over a {@link ValidationReport}; start with {@link SkoAssertions#assertThat(
 * ValidationReport)}. Waived findings count only where a method says so.
 */
public final class ValidationReportAssert
    extends AbstractAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report has no unwaived finding at {@code threshold} or above. The failure is
   * the message {@link ValidationReport#check(Severity)} would throw.
   */
  public ValidationReportAssert hasNoFindingsAtOrAbove(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    isNotNull();
    try {
      actual.check(threshold);
    } catch (AssertionError review) {
      failWithMessage("%s", review.getMessage());
    }
    return this;
  }

  /** Verifies that the report has no unwaived finding at all, INFO included. */
  public ValidationReportAssert hasNoFindings() {
    return hasNoFindingsAtOrAbove(Severity.INFO);
  }

  /** Verifies that the report has {@code expected} unwaived findings of {@code severity}. */
  public ValidationReportAssert hasFindingCount(Severity severity, int expected) {
    Objects.requireNonNull(severity, "severity");
    isNotNull();
    int count = actual.count(severity);
    if (count != expected) {
      failWithMessage(
          "Expected plan \"%s\" to have %s %s finding(s) but it has %s. Its review:%n%s",
          actual.planName(), expected, severity, count, actual.toText());
    }
    return this;
  }

  /**
   * Verifies that the report has at least one unwaived finding of rule {@code ruleId}, and returns
   * assertions over that rule's findings, e.g. to pick the one at a location.
   */
  public RuleFindingsAssert hasFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Finding> findings = actual.findings(ruleId);
    if (findings.isEmpty()) {
      failWithMessage(
          "Expected plan \"%s\" to have a finding of rule %s but it has none. Its review:%n%s",
          actual.planName(), ruleId, actual.toText());
    }
    return new RuleFindingsAssert(actual, ruleId, findings);
  }

  /** Verifies that the report has no unwaived finding of rule {@code ruleId}. */
  public ValidationReportAssert doesNotHaveFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    List<Finding> findings = actual.findings(ruleId);
    if (!findings.isEmpty()) {
      failWithMessage(
          "Expected plan \"%s\" to have no finding of rule %s but it has %s. Its review:%n%s",
          actual.planName(), ruleId, findings.size(), actual.toText());
    }
    return this;
  }

  /** Verifies that rule {@code ruleId} has a waived finding in the report. */
  public ValidationReportAssert hasWaivedFinding(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    isNotNull();
    if (actual.waivedFindings().stream().noneMatch(f -> f.ruleId().equals(ruleId))) {
      failWithMessage(
          "Expected plan \"%s\" to have a waived finding of rule %s but it has none. Its review:%n%s",
          actual.planName(), ruleId, actual.toText());
    }
    return this;
  }
}
