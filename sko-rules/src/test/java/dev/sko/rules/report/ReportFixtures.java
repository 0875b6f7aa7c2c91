package dev.sko.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import dev.sko.core.SourcePosition;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A validator whose three rules report one finding of each severity, one of them waived, with
 * evidence of every type and text that needs escaping.
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Quote, backslash, newline, tab, a control character, a line separator, an emoji. */
  static final String AWKWARD = "say \"hi\" \\ now\nthen\ttab \u0001 \u2028 \uD83D\uDE00";

  static final Rule ERRORS =
      Rule.builder("test.errors")
          .title("Sessions are not too long")
          .rationale("Long sessions lose the room.")
          .source("TEST_SOURCE: a figure")
          .defaultSeverity(Severity.ERROR)
          .check(
              (plan, findings) ->
                  findings
                      .finding(
                          Location.session(0, 0, plan.days().get(0).sessions().get(0)),
                          "Session runs 30 minutes, " + AWKWARD)
                      .remediation("Cut it to 20 minutes")
                      .evidence(Duration.ofMinutes(30), Duration.ofMinutes(20))
                      .figure("count", 3)
                      .figure("ratio", 0.25)
                      .figure("exact", new BigDecimal("1982.00"))
                      .figure("label", AWKWARD)
                      .figure("flag", true)
                      .figure("kind", SessionKind.KEYNOTE)
                      .figure("date", LocalDate.of(2027, 1, 12))
                      .figure("time", LocalTime.of(9, 30))
                      .figure("money", Money.of("1982.00", "USD"))
                      .figure("day", RelativeDay.after(30))
                      .figure("range", IntRange.of(5, 10))
                      .related(
                          Location.session(0, 0, plan.days().get(0).sessions().get(0)),
                          Location.of("days[0]"))
                      .report())
          .build();

  static final Rule WARNINGS =
      Rule.builder("test.warnings")
          .title("The budget is known")
          .rationale("Without a budget nothing can be priced.")
          .source("TEST_SOURCE")
          .defaultSeverity(Severity.WARNING)
          .check((plan, findings) -> findings.report(Location.of("days[0]"), "Day one is long"))
          .build();

  static final Rule INFOS =
      Rule.builder("test.infos")
          .title("An insight")
          .rationale("Computed for the planner.")
          .source("TEST_SOURCE")
          .defaultSeverity(Severity.INFO)
          .check((plan, findings) -> findings.report(Location.plan(), "Break-even at 80%"))
          .build();

  static PlanValidator validator() {
    return PlanValidator.builder()
        .addRule(ERRORS)
        .addRule(WARNINGS)
        .addRule(INFOS)
        .waive("test.warnings", "days[0]", "Agreed with the VP: " + AWKWARD)
        .build();
  }

  static ValidationReport report() {
    return validator().validate(TestPlans.minimal());
  }

  /** Places {@code days[0].sessions[0]} on line 12, {@code days[0]} on line 9, nothing else. */
  static final LocationResolver RESOLVER =
      location -> {
        switch (location.path()) {
          case "days[0].sessions[0]":
            return java.util.Optional.of(SourcePosition.of(12, 9));
          case "days[0]":
            return java.util.Optional.of(SourcePosition.of(9, 5));
          default:
            return java.util.Optional.empty();
        }
      };

  static List<ReportedPlan> fromFile() {
    return List.of(ReportedPlan.fromFile(report(), "plans/test.json", RESOLVER));
  }

  static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }
}
