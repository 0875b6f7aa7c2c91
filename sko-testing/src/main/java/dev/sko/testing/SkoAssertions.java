package dev.sko.testing;

import dev.sko.rules.Finding;
import dev.sko.rules.ValidationReport;

/**
 * Entry point of the fluent assertions over validation reports and findings, in AssertJ's style:
 *
 * <pre>{@code
 * import static dev.sko.testing.SkoAssertions.assertThat;
 *
 * ValidationReport report = validator.validate(plan);
 * assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING);
 * assertThat(report).hasFinding("sko.presentation.length-cap").atSession("d1-ceo")
 *     .hasSeverity(Severity.WARNING);
 * }</pre>
 *
 * <p>Failures quote the report the way {@link ValidationReport#check()} prints it, so a failing
 * test reads like a review. The assertion classes extend AssertJ's {@code AbstractAssert}: {@code
 * as(...)}, {@code describedAs(...)} and {@code satisfies(...)} work as everywhere in AssertJ.
 */
public final class SkoAssertions {
  private SkoAssertions() {}

  /** Assertions over {@code report}. */
  public static ValidationReportAssert assertThat(ValidationReport report) {
    return new ValidationReportAssert(report);
  }

  /** Assertions over {@code finding}. */
  public static FindingAssert assertThat(Finding finding) {
    return new FindingAssert(finding);
  }
}
