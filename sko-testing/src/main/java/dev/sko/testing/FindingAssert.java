package dev.sko.testing;

import dev.sko.rules.Evidence;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.Severity;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over one {@link Finding}; start with {@link SkoAssertions#assertThat(Finding)} or
 * {@link RuleFindingsAssert#at(Location)}. Failures show the finding as the review prints it.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

  FindingAssert(Finding actual) {
    super(actual, FindingAssert.class);
  }

  /** Verifies the finding's severity. */
  public FindingAssert hasSeverity(Severity expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (actual.severity() != expected) {
      fail("to have severity " + expected);
    }
    return this;
  }

  /** Verifies the finding's location. */
  public FindingAssert isAt(Location expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.location().equals(expected)) {
      fail("to be at " + expected);
    }
    return this;
  }

  /** Verifies that the finding's message contains {@code text}. */
  public FindingAssert hasMessageContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.message().contains(text)) {
      fail("to have a message containing \"" + text + "\"");
    }
    return this;
  }

  /** Verifies that the finding's remediation contains {@code text}. */
  public FindingAssert hasRemediationContaining(String text) {
    Objects.requireNonNull(text, "text");
    isNotNull();
    if (!actual.remediation().map(r -> r.contains(text)).orElse(false)) {
      fail("to have a remediation containing \"" + text + "\"");
    }
    return this;
  }

  /** Verifies the finding's evidence, compared whole. */
  public FindingAssert hasEvidence(Evidence expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (!actual.evidence().equals(expected)) {
      fail("to have evidence " + expected + " but its evidence is " + actual.evidence());
    }
    return this;
  }

  /** Verifies that the finding's evidence has figure {@code name} equal to {@code value}. */
  public FindingAssert hasFigure(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    isNotNull();
    if (!value.equals(actual.evidence().figures().get(name))) {
      fail(
          "to have figure "
              + name
              + " = "
              + value
              + " but its figures are "
              + actual.evidence().figures());
    }
    return this;
  }

  /** Verifies that the finding is waived. */
  public FindingAssert isWaived() {
    isNotNull();
    if (!actual.isWaived()) {
      fail("to be waived");
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage(
        "Expected the finding%n  %s @ %s%n      %s%n%s",
        actual.ruleId(), actual.location(), actual.message(), expectation);
  }
}
