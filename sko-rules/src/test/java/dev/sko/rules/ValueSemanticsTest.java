package dev.sko.rules;

import com.google.common.testing.EqualsTester;
import dev.sko.core.SessionKind;
import dev.sko.core.SourcePosition;
import dev.sko.core.testing.TestPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guava's {@link EqualsTester} over the engine's value types: built twice from the same parts they
 * are equal with equal hash codes; differing in one part each, they are not. A {@link Location} is
 * its path: a session's id and title describe it but do not make it another place.
 */
class ValueSemanticsTest {

  @Test
  void location() {
    new EqualsTester()
        .addEqualityGroup(
            Location.of("days[0].sessions[1]"),
            Location.session(0, 1, TestPlans.session("s1", SessionKind.WORKSHOP, 9, 0, 30)),
            Location.session(0, 1, TestPlans.session("other", SessionKind.KEYNOTE, 10, 0, 45)))
        .addEqualityGroup(Location.day(0), Location.of("days[0]"), Location.element("days", 0))
        .addEqualityGroup(Location.day(1))
        .addEqualityGroup(Location.plan(), Location.of(""))
        .addEqualityGroup(Location.of("budget"))
        .testEquals();
  }

  @Test
  void intRangeAndRegion() {
    new EqualsTester()
        .addEqualityGroup(IntRange.of(1, 3), IntRange.of(1, 3))
        .addEqualityGroup(IntRange.of(1, 4))
        .addEqualityGroup(IntRange.of(0, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SourcePosition.of(12, 9), SourcePosition.of(12, 9))
        .addEqualityGroup(SourcePosition.of(12, 10))
        .addEqualityGroup(SourcePosition.of(13, 9))
        .testEquals();
  }

  @Test
  void waiver() {
    new EqualsTester()
        .addEqualityGroup(Waiver.of("acme.x", "CFO approved"), Waiver.of("acme.x", "CFO approved"))
        .addEqualityGroup(Waiver.of("acme.y", "CFO approved"))
        .addEqualityGroup(Waiver.of("acme.x", "VP approved"))
        .addEqualityGroup(
            Waiver.at("acme.x", "budget", "CFO approved"),
            Waiver.builder().ruleId("acme.x").path("budget").reason("CFO approved").build())
        .testEquals();
  }

  @Test
  void evidence() {
    new EqualsTester()
        .addEqualityGroup(Evidence.of(45, 30), Evidence.of(45, 30))
        .addEqualityGroup(Evidence.of(46, 30))
        .addEqualityGroup(Evidence.of(45, 31))
        .addEqualityGroup(Evidence.of(Duration.ofMinutes(45), 30))
        .addEqualityGroup(Evidence.builder().actual(45).expected(30).putFigure("n", 2).build())
        .addEqualityGroup(Evidence.none(), Evidence.builder().build())
        .testEquals();
  }

  private static Finding.Builder finding() {
    return Finding.builder()
        .ruleId("acme.x")
        .severity(Severity.WARNING)
        .message("Too long")
        .location(Location.day(0))
        .source("custom rule");
  }

  @Test
  void findings() {
    new EqualsTester()
        .addEqualityGroup(finding().build(), finding().build())
        .addEqualityGroup(finding().ruleId("acme.y").build())
        .addEqualityGroup(finding().severity(Severity.ERROR).build())
        .addEqualityGroup(finding().message("Too short").build())
        .addEqualityGroup(finding().location(Location.day(1)).build())
        .addEqualityGroup(finding().remediation("Shorten it").build())
        .addEqualityGroup(finding().source("ACME policy").build())
        .addEqualityGroup(finding().evidence(Evidence.of(45, 30)).build())
        .addEqualityGroup(finding().waiver(Waiver.of("acme.x", "accepted")).build())
        .testEquals();
  }

  private static ValidationReport report(String plan, List<Finding> sorted) {
    return new ValidationReport(plan, sorted, 3, false, Severity.ERROR);
  }

  @Test
  void validationReport() {
    Finding waived = finding().waiver(Waiver.of("acme.x", "accepted")).build();
    new EqualsTester()
        .addEqualityGroup(
            report("FY27", List.of(finding().build())), report("FY27", List.of(finding().build())))
        .addEqualityGroup(report("FY28", List.of(finding().build())))
        .addEqualityGroup(report("FY27", List.of()), report("FY27", List.of()))
        .addEqualityGroup(report("FY27", List.of(finding().message("Too short").build())))
        .addEqualityGroup(report("FY27", List.of(waived)))
        .addEqualityGroup(new ValidationReport("FY27", List.of(), 4, false, Severity.ERROR))
        .addEqualityGroup(new ValidationReport("FY27", List.of(), 3, true, Severity.ERROR))
        .addEqualityGroup(new ValidationReport("FY27", List.of(), 3, false, Severity.WARNING))
        .testEquals();
  }

  @Test
  void validationReportsOfTheSamePlanAreEqual() {
    PlanValidator validator =
        PlanValidator.builder()
            .addRule(
                Rule.builder("acme.every-day")
                    .title("Reports every day")
                    .defaultSeverity(Severity.WARNING)
                    .check(
                        (plan, ctx) -> {
                          for (int d = 0; d < plan.days().size(); d++) {
                            ctx.report(Location.day(d), "day " + d);
                          }
                        })
                    .build())
            .build();
    ValidationReport first = validator.validate(TestPlans.minimal());
    ValidationReport second = validator.validate(TestPlans.minimal());
    new EqualsTester().addEqualityGroup(first, second).testEquals();
  }
}
