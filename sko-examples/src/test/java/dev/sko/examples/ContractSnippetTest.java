package dev.sko.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract snippet of ARCHITECTURE.md ("The contract other apps code against"), compiled and
 * run. Where it differs from the document, a comment says why.
 */
class ContractSnippetTest {
  // In the document the custom rule is a local variable declared last; Java wants it declared
  // before use, and its lambda parameter "plan" would clash with the local plan, so it is a field.
  static final Rule myCompanyRule =
      Rule.builder("acme.no-friday-days") // a custom rule in a few lines
          .title("No kickoff day falls on a Friday")
          .defaultSeverity(Severity.WARNING)
          .check(
              (plan, findings) -> {
                for (int d = 0; d < plan.days().size(); d++) {
                  LocalDate date = plan.dateOf(RelativeDay.of(d));
                  if (date.getDayOfWeek() == DayOfWeek.FRIDAY) {
                    findings.report(Location.day(d), "Day " + (d + 1) + " is a Friday, " + date);
                  }
                }
              })
          .build();

  private static Session session(String id, SessionKind kind, int hour, int minute, int length) {
    return Session.builder()
        .id(id)
        .title("Session " + id)
        .kind(kind)
        .start(LocalTime.of(hour, minute))
        .talkTime(Duration.ofMinutes(length))
        .build();
  }

  @Test
  void the_contract_snippet_compiles_runs_and_reads_like_a_review() {
    KickoffPlan plan =
        KickoffPlan
            .builder() // immutable value, built with a builder; invalid input fails at build()
            .name("FY27 Sales Kickoff")
            .format(EventFormat.IN_PERSON)
            .venue(VenueKind.HOTEL)
            .startDate(LocalDate.of(2027, 1, 14)) // a Thursday: day 2 is a Friday
            .headcount(120)
            .addDay(
                AgendaDay.of(
                    session("d1-ceo", SessionKind.KEYNOTE, 9, 0, 60),
                    session("d1-roleplay", SessionKind.ROLE_PLAY, 9, 30, 90)))
            .addDay(AgendaDay.of(session("d2-workshop", SessionKind.WORKSHOP, 9, 0, 60)))
            .build();

    PlanValidator validator =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended()) // or classic(), behaviorChange(), ...; composable
            .addRule(myCompanyRule) // custom rules beside the catalogue
            .severity("sko.presentation.length-cap", Severity.ERROR) // per-rule override
            .build(); // immutable and thread-safe: build once, share everywhere

    ValidationReport report = validator.validate(plan);
    List<String> lines = new ArrayList<>();
    for (Finding f : report.findings()) { // deterministic order: severity, rule id, location
      lines.add(f.severity() + " " + f.ruleId() + " @ " + f.location().path() + ": " + f.message());
      assertThat(f.source()).isNotBlank();
    }

    String overlapLine =
        "ERROR sko.agenda.overlap @ days[0].sessions[1]: \"Session d1-roleplay\" (09:30-11:00)"
            + " overlaps \"Session d1-ceo\" (09:00-10:00) by 30 min, and both are for everyone";
    String fridayLine = "WARNING acme.no-friday-days @ days[1]: Day 2 is a Friday, 2027-01-15";
    assertThat(lines).contains(overlapLine, fridayLine);
    assertThat(lines.indexOf(overlapLine)).isLessThan(lines.indexOf(fridayLine));
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
    // The 60-minute keynote breaks the 30-minute cap, raised from WARNING to ERROR by the override.
    assertThat(report.findings("sko.presentation.length-cap"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    Finding overlap = report.findings("sko.agenda.overlap").get(0);
    assertThat(overlap.location().sessionId()).contains("d1-roleplay");
    assertThat(overlap.evidence().actual()).contains(30);
    assertThat(overlap.remediation()).isPresent();

    // For tests: throws an AssertionError that lists every ERROR finding, readable like a review.
    assertThatThrownBy(report::check)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Plan \"FY27 Sales Kickoff\" has ")
        .hasMessageContaining("\nERROR\n  sko.agenda.overlap @ days[0].sessions[1]")
        .hasMessageContaining("-> Move \"Session d1-roleplay\" to start at or after 10:00")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("acme.no-friday-days"));
  }

  @Test
  void without_the_overlap_and_the_friday_neither_rule_reports_and_every_rule_runs() {
    KickoffPlan plan =
        KickoffPlan.builder()
            .name("FY27 Sales Kickoff")
            .format(EventFormat.IN_PERSON)
            .venue(VenueKind.HOTEL)
            .startDate(LocalDate.of(2027, 1, 13)) // a Wednesday: day 2 is a Thursday
            .headcount(120)
            .addDay(
                AgendaDay.of(
                    session("d1-ceo", SessionKind.KEYNOTE, 9, 0, 60),
                    session("d1-roleplay", SessionKind.ROLE_PLAY, 10, 0, 90)))
            .addDay(AgendaDay.of(session("d2-workshop", SessionKind.WORKSHOP, 9, 0, 60)))
            .build();
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended())
            .addRule(myCompanyRule)
            .build()
            .validate(plan);

    assertThat(report.findings("sko.agenda.overlap")).isEmpty();
    assertThat(report.findings("acme.no-friday-days")).isEmpty();
    assertThat(report.rulesRun()).isEqualTo(Profiles.recommended().rules().size() + 1);
  }
}
