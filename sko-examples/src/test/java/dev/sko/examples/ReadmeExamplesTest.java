package dev.sko.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.report.HtmlReportWriter;
import dev.sko.rules.report.ReportedPlan;
import dev.sko.testing.SkoAssertions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's three sections, one per user, as tests: each snippet between {@code // README:} and
 * {@code // end} appears verbatim in README.md ({@link ReadmeSnippetsTest} checks that).
 */
class ReadmeExamplesTest {

  @Test
  void an_app_writes_the_html_review(@TempDir Path folder) throws IOException {
    KickoffPlan plan = SamplePlans.theater();
    PlanValidator validator = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
    ReportedPlan reported = ReportedPlan.of(validator.validate(plan)).withPlan(plan);
    try (OutputStream out = Files.newOutputStream(folder.resolve("fy27.html"))) {
      HtmlReportWriter.of(validator).write(List.of(reported), out);
    }
    assertThat(Files.readString(folder.resolve("fy27.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>" + plan.name() + "</h1>");
  }

  @Test
  void an_app_embeds_the_validator() {
    List<String> printed = new ArrayList<>();
    // README: embed
    Session keynote =
        Session.builder()
            .id("d1-ceo")
            .title("FY27: where we are going")
            .kind(SessionKind.KEYNOTE)
            .start(LocalTime.of(9, 0))
            .talkTime(Duration.ofMinutes(50))
            .addPresenter(Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
            .build();
    KickoffPlan plan =
        KickoffPlan.builder()
            .name("FY27 Sales Kickoff")
            .format(EventFormat.IN_PERSON)
            .venue(VenueKind.HOTEL)
            .startDate(LocalDate.of(2027, 1, 12))
            .headcount(25)
            .addDay(AgendaDay.of(keynote))
            .build(); // invalid input fails here, naming the field and the value

    PlanValidator validator =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended()) // or classic(), behaviorChange(), accelerationSummit()
            .severity("sko.presentation.length-cap", Severity.ERROR)
            .build(); // immutable and thread-safe: build once, share everywhere

    ValidationReport report = validator.validate(plan);
    for (Finding f : report.findings()) { // errors first, then by rule id and location
      printed.add(f.severity() + " " + f.ruleId() + " @ " + f.location() + ": " + f.message());
    }
    // end
    assertThat(printed)
        .anyMatch(
            line ->
                line.startsWith(
                    "ERROR sko.presentation.length-cap @ days[0].sessions[0] (d1-ceo \"FY27: where"
                        + " we are going\")"));
    assertThat(report.findings("sko.presentation.executive-limit")).as("50 min > 45").hasSize(1);
    assertThat(report.findings("sko.duration.team-size")).as("1 day for 25 people").hasSize(1);
  }

  @Test
  void an_enablement_engineer_writes_a_company_rule() {
    // README: rule
    Rule noFridays =
        Rule.builder("acme.no-friday-days")
            .title("No kickoff day falls on a Friday")
            .source("ACME field policy")
            .defaultSeverity(Severity.WARNING)
            .check(
                (plan, review) -> {
                  for (int d = 0; d < plan.days().size(); d++) {
                    LocalDate date = plan.dateOf(RelativeDay.of(d));
                    if (date.getDayOfWeek() == DayOfWeek.FRIDAY) {
                      review
                          .finding(Location.day(d), "Day " + (d + 1) + " is a Friday, " + date)
                          .evidence(date.getDayOfWeek(), DayOfWeek.THURSDAY)
                          .remediation("Start the kickoff earlier in the week")
                          .report();
                    }
                  }
                })
            .build();

    PlanValidator validator =
        PlanValidator.builder().ruleSet(Profiles.recommended()).addRule(noFridays).build();
    // end
    KickoffPlan thursdayStart =
        KickoffPlan.builder()
            .from(SamplePlans.behaviorChange())
            .startDate(LocalDate.of(2027, 1, 14))
            .build();
    List<Finding> fridays = validator.validate(thursdayStart).findings("acme.no-friday-days");
    assertThat(fridays)
        .singleElement()
        .satisfies(f -> assertThat(f.location().path()).isEqualTo("days[1]"));
    assertThat(validator.validate(SamplePlans.behaviorChange()).findings("acme.no-friday-days"))
        .isEmpty();
  }

  @Test
  void a_test_author_asserts_on_findings() {
    PlanValidator recommended = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
    SkoAssertions.assertThat(recommended.validate(SamplePlans.theater()))
        .hasFinding("sko.presentation.executive-limit")
        .atSession("d1-keynote")
        .hasSeverity(Severity.ERROR)
        .hasMessageContaining("60 min");
    SkoAssertions.assertThat(recommended.validate(SamplePlans.b2bThirtyPerson()))
        .hasNoFindingsAtOrAbove(Severity.ERROR);
  }

  @Test
  void a_test_author_validates_a_plan_in_a_test() {
    // README: test
    PlanValidator behaviorChange =
        PlanValidator.builder()
            .ruleSet(Profiles.behaviorChange())
            .checkThreshold(Severity.WARNING) // fail the test on warnings too
            .build();

    behaviorChange.validate(SamplePlans.behaviorChange()).check(); // passes: no error, no warning

    PlanValidator classic =
        PlanValidator.builder()
            .ruleSet(Profiles.classic())
            .checkThreshold(Severity.WARNING)
            .waive("sko.agenda.customer-voice", "Customers join the regional roadshows in March")
            .waive("sko.survey.post-event", "HR runs the company-wide survey this quarter")
            .build();
    ValidationReport b2b = classic.validate(SamplePlans.b2bThirtyPerson());
    assertThat(b2b.waivedFindings())
        .extracting(f -> f.waiver().orElseThrow().reason())
        .contains("Customers join the regional roadshows in March");

    Finding keynote =
        classic.validate(SamplePlans.theater()).findings("sko.presentation.executive-limit").get(0);
    assertThat(keynote.location().sessionId()).contains("d1-keynote");
    assertThat(keynote.evidence().actual(Duration.class)).contains(Duration.ofMinutes(60));
    // end
    assertThat(b2b.findings())
        .extracting(Finding::ruleId)
        .doesNotContain("sko.agenda.customer-voice", "sko.survey.post-event");
    assertThatThrownBy(b2b::check) // its one check-in is the day-30 review, but no cadence
        .isInstanceOf(AssertionError.class)
        .hasMessageNotContaining("sko.measurement.day-30-review")
        .hasMessageContaining("sko.reinforcement.manager-coaching")
        .hasMessageContaining("-> ");
    assertThat(QaStyle.MODERATED).isNotNull();
  }
}
