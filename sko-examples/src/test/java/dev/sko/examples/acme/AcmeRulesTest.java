package dev.sko.examples.acme;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.testing.ExpectedFinding;
import dev.sko.testing.RuleTester;
import dev.sko.testing.SkoAssertions;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AcmeRulesTest {

  @Test
  void the_pack_is_found_only_when_discovery_is_switched_on() {
    PlanValidator without = PlanValidator.builder().build();
    PlanValidator with = PlanValidator.builder().discoverRules().build();

    assertThat(without.rules()).isEmpty();
    assertThat(with.rules())
        .extracting(r -> r.id())
        .contains("acme.no-friday-days", "acme.breakout-owner", "acme.emea-end-time");
  }

  @Test
  void a_day_on_a_friday_is_reported_and_a_thursday_is_not() {
    // 2027-01-14 is a Thursday: a two-day event from it ends on Friday the 15th.
    KickoffPlan thursdayFriday =
        minimalBuilder()
            .startDate(LocalDate.of(2027, 1, 14))
            .addDay(AgendaDay.of(sessionBuilder("s2", SessionKind.WORKSHOP, 9, 0, 30).build()))
            .build();
    KickoffPlan wednesdayThursday =
        minimalBuilder()
            .startDate(LocalDate.of(2027, 1, 13))
            .addDay(AgendaDay.of(sessionBuilder("s2", SessionKind.WORKSHOP, 9, 0, 30).build()))
            .build();

    RuleTester fridays = RuleTester.of(AcmeRules.NO_FRIDAY_DAYS);
    fridays.expectFindings(thursdayFriday, ExpectedFinding.of(Severity.WARNING, Location.day(1)));
    fridays.expectNoFindings(wednesdayThursday);
  }

  @Test
  void a_breakout_needs_exactly_one_content_owner() {
    KickoffPlan plan =
        minimalBuilder()
            .days(
                java.util.List.of(
                    AgendaDay.of(
                        sessionBuilder("none", SessionKind.BREAKOUT, 9, 0, 30)
                            .room(RoomKind.BREAKOUT)
                            .build(),
                        sessionBuilder("one", SessionKind.BREAKOUT, 10, 0, 30)
                            .room(RoomKind.BREAKOUT)
                            .addContentOwner("Ana")
                            .build(),
                        sessionBuilder("two", SessionKind.BREAKOUT, 11, 0, 30)
                            .room(RoomKind.BREAKOUT)
                            .addContentOwner("Ana")
                            .addContentOwner("Ben")
                            .build())))
            .build();

    assertThat(RuleTester.of(AcmeRules.BREAKOUT_OWNER).findings(plan))
        .extracting(f -> f.location().sessionId().orElseThrow())
        .containsExactly("none", "two");
  }

  @Test
  void an_emea_session_may_end_at_17_00_but_not_a_minute_later() {
    KickoffPlan plan =
        minimalBuilder()
            .days(
                java.util.List.of(
                    AgendaDay.of(
                        sessionBuilder("on-time", SessionKind.WORKSHOP, 16, 0, 60)
                            .audience(Audience.region("EMEA"))
                            .build(),
                        sessionBuilder("late", SessionKind.WORKSHOP, 16, 1, 60)
                            .audience(Audience.region("EMEA"))
                            .room(RoomKind.BREAKOUT)
                            .build(),
                        sessionBuilder("west", SessionKind.WORKSHOP, 17, 0, 60)
                            .audience(Audience.region("West"))
                            .build())))
            .build();

    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(RuleSet.of("acme", new AcmeRules().rules()))
            .build()
            .validate(plan);
    SkoAssertions.assertThat(report)
        .hasFinding("acme.emea-end-time")
        .hasCount(1)
        .atSession("late")
        .satisfies(late -> assertThat(late.evidence().actual()).contains(1));
  }

  @Test
  void the_latest_end_is_an_option() {
    KickoffPlan plan =
        minimalBuilder()
            .days(
                java.util.List.of(
                    AgendaDay.of(
                        sessionBuilder("s", SessionKind.WORKSHOP, 15, 0, 60)
                            .audience(Audience.region("EMEA"))
                            .build())))
            .build();
    RuleTester endTime = RuleTester.of(AcmeRules.EMEA_END_TIME);

    endTime.expectNoFindings(plan);
    endTime
        .withOption(AcmeRules.LATEST_EMEA_END, LocalTime.of(15, 30))
        .expectFindings(plan, ExpectedFinding.of(Severity.WARNING, "days[0].sessions[0]"));
  }
}
