package dev.sko.examples.acme;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.SessionKind;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class AcmeRulesTest {
  private static ValidationReport validate(KickoffPlan plan) {
    return PlanValidator.builder()
        .ruleSet(RuleSet.of("acme", new AcmeRules().rules()))
        .build()
        .validate(plan);
  }

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

    assertThat(validate(thursdayFriday).findings("acme.no-friday-days"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().path()).isEqualTo("days[1]");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(validate(wednesdayThursday).findings("acme.no-friday-days")).isEmpty();
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

    assertThat(validate(plan).findings("acme.breakout-owner"))
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

    Finding late = validate(plan).findings("acme.emea-end-time").get(0);
    assertThat(validate(plan).findings("acme.emea-end-time")).hasSize(1);
    assertThat(late.location().sessionId()).contains("late");
    assertThat(late.evidence().actual()).contains(1);
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
    ValidationReport report =
        PlanValidator.builder()
            .ruleSet(RuleSet.of("acme", new AcmeRules().rules()))
            .option("acme.emea-end-time", "latest-end", LocalTime.of(15, 30))
            .build()
            .validate(plan);

    assertThat(report.findings("acme.emea-end-time")).hasSize(1);
  }
}
