package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.days;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Audience;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.SessionKind;
import dev.sko.core.Tier;
import dev.sko.core.VenueKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleRulesTest {
  private static final String TEAM_SIZE = "sko.duration.team-size";
  private static final String EXTRA_DAY_COST = "sko.duration.extra-day-cost";
  private static final String OVERLAP = "sko.agenda.overlap";

  static KickoffPlan plan(EventFormat format, int headcount, int halfDays) {
    return TestPlans.minimalBuilder()
        .format(format)
        .venue(format == EventFormat.VIRTUAL ? VenueKind.VIRTUAL_PLATFORM : VenueKind.HOTEL)
        .headcount(headcount)
        .days(days(halfDays))
        .build();
  }

  @Nested
  class TeamSize {
    /** Every edge of the standard table; NONE means no finding. */
    @ParameterizedTest(name = "{0}, {1} people, {2} half days -> {3}")
    @CsvSource({
      "VIRTUAL, 50, 1, NONE",
      "VIRTUAL, 50, 2, NONE",
      "VIRTUAL, 50, 3, WARNING",
      "VIRTUAL, 1000, 2, NONE",
      "VIRTUAL, 300, 9, ERROR",
      "IN_PERSON, 1, 1, NONE",
      "IN_PERSON, 9, 3, NONE",
      "IN_PERSON, 9, 4, WARNING",
      "IN_PERSON, 10, 2, WARNING",
      "IN_PERSON, 10, 3, NONE",
      "IN_PERSON, 10, 4, NONE",
      "IN_PERSON, 10, 5, WARNING",
      "IN_PERSON, 19, 4, NONE",
      "IN_PERSON, 19, 5, WARNING",
      "IN_PERSON, 20, 3, WARNING",
      "IN_PERSON, 20, 4, NONE",
      "IN_PERSON, 20, 5, WARNING",
      "IN_PERSON, 25, 2, WARNING",
      "IN_PERSON, 25, 4, NONE",
      "IN_PERSON, 25, 5, WARNING",
      "IN_PERSON, 30, 4, NONE",
      "IN_PERSON, 30, 5, WARNING",
      "IN_PERSON, 31, 3, WARNING",
      "IN_PERSON, 31, 4, NONE",
      "IN_PERSON, 31, 6, NONE",
      "IN_PERSON, 31, 7, WARNING",
      "IN_PERSON, 200, 6, NONE",
      "IN_PERSON, 200, 7, WARNING",
      "IN_PERSON, 201, 5, WARNING",
      "IN_PERSON, 201, 6, NONE",
      "IN_PERSON, 201, 8, NONE",
      "IN_PERSON, 201, 9, ERROR",
      "IN_PERSON, 300, 9, ERROR",
      "IN_PERSON, 499, 8, NONE",
      "IN_PERSON, 499, 9, ERROR",
      "IN_PERSON, 500, 5, WARNING",
      "IN_PERSON, 500, 6, NONE",
      "IN_PERSON, 500, 9, NONE",
      "IN_PERSON, 500, 10, WARNING",
      "HYBRID, 25, 4, NONE",
      "HYBRID, 25, 5, WARNING",
      "HYBRID, 499, 9, ERROR",
    })
    void standard_table_edges(EventFormat format, int headcount, int halfDays, String expected) {
      for (RuleSet profile :
          List.of(Profiles.recommended(), Profiles.classic(), Profiles.accelerationSummit())) {
        List<Finding> found =
            RuleTester.of(profile, TEAM_SIZE).findings(plan(format, headcount, halfDays));
        if (expected.equals("NONE")) {
          assertThat(found).as(profile.name()).isEmpty();
        } else {
          assertThat(found)
              .as(profile.name())
              .singleElement()
              .extracting(Finding::severity)
              .isEqualTo(Severity.valueOf(expected));
        }
      }
    }

    @Test
    void above_the_range_warns_at_the_first_day_beyond_with_the_range_as_evidence() {
      Finding f =
          RuleTester.of(Profiles.recommended(), TEAM_SIZE)
              .findings(plan(EventFormat.IN_PERSON, 25, 5))
              .get(0);

      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.day(2));
      assertThat(f.evidence().actual()).contains(2.5);
      assertThat(f.evidence().expected()).contains(2.0);
      assertThat(f.evidence().figure("min-days", Double.class)).contains(2.0);
      assertThat(f.evidence().figure("max-days", Double.class)).contains(2.0);
      assertThat(f.message())
          .contains("2.5 days", "25 people", "in-person or hybrid events of 20-30 people");
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("2 days"));
    }

    @Test
    void below_the_range_warns_at_the_plan_with_the_minimum_as_evidence() {
      Finding f =
          RuleTester.of(Profiles.recommended(), TEAM_SIZE)
              .findings(plan(EventFormat.IN_PERSON, 25, 2))
              .get(0);

      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(Location.plan());
      assertThat(f.evidence().actual()).contains(1.0);
      assertThat(f.evidence().expected()).contains(2.0);
      assertThat(f.message()).contains("1 day", "too short");
    }

    @Test
    void above_four_days_below_500_people_is_an_error_against_the_hard_limit() {
      Finding f =
          RuleTester.of(Profiles.recommended(), TEAM_SIZE)
              .findings(plan(EventFormat.IN_PERSON, 300, 9))
              .get(0);

      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(Location.day(4));
      assertThat(f.evidence().actual()).contains(4.5);
      assertThat(f.evidence().expected()).contains(4.0);
      assertThat(f.evidence().figure("max-days", Double.class)).contains(4.0);
      assertThat(f.message()).contains("4.5 days", "300 people", "below 500 people");
    }

    @ParameterizedTest(name = "{0}, {1} people, {2} half days -> {3}")
    @CsvSource({
      "IN_PERSON, 300, 4, NONE",
      "IN_PERSON, 300, 5, ERROR",
      "IN_PERSON, 5, 4, NONE",
      "IN_PERSON, 1000, 5, ERROR",
      "IN_PERSON, 1000, 1, NONE",
      "VIRTUAL, 50, 3, NONE",
      "VIRTUAL, 50, 5, ERROR",
    })
    void behavior_change_allows_at_most_two_days_at_any_size(
        EventFormat format, int headcount, int halfDays, String expected) {
      List<Finding> found =
          RuleTester.of(Profiles.behaviorChange(), TEAM_SIZE)
              .findings(plan(format, headcount, halfDays));

      if (expected.equals("NONE")) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.valueOf(expected));
                  assertThat(f.evidence().expected()).contains(2.0);
                  assertThat(f.location()).isEqualTo(Location.day(2));
                });
      }
    }

    @Test
    void a_replaced_guidance_table_is_used() {
      DurationGuidance oneDayMax =
          DurationGuidance.builder()
              .row(EnumSet.allOf(EventFormat.class), 1, DurationGuidance.NO_MAXIMUM, 0.5, 1)
              .build();
      KickoffPlan twoDays = plan(EventFormat.IN_PERSON, 25, 4);
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.recommended())
              .option(TEAM_SIZE, "guidance", oneDayMax)
              .build();

      assertThat(RuleTester.of(Profiles.recommended(), TEAM_SIZE).findings(twoDays)).isEmpty();
      assertThat(validator.validate(twoDays).findings(TEAM_SIZE))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidence().expected()).contains(1.0);
              });
    }
  }

  @Nested
  class ExtraDayCost {
    @Test
    void silent_at_two_days_or_less() {
      assertThat(
              RuleTester.of(Profiles.recommended(), EXTRA_DAY_COST)
                  .findings(plan(EventFormat.IN_PERSON, 30, 4)))
          .isEmpty();
      assertThat(
              RuleTester.of(Profiles.behaviorChange(), EXTRA_DAY_COST)
                  .findings(plan(EventFormat.IN_PERSON, 30, 3)))
          .isEmpty();
    }

    @Test
    void half_a_day_beyond_two_estimates_the_slipped_deals_as_a_figure() {
      Finding f =
          RuleTester.of(Profiles.recommended(), EXTRA_DAY_COST)
              .findings(plan(EventFormat.IN_PERSON, 30, 5))
              .get(0);

      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location()).isEqualTo(Location.day(2));
      // 30 people x 1.4 deals per rep per day x 0.5 extra days
      assertThat(f.evidence().figure("slipped-deals", Double.class)).contains(21.0);
      assertThat(f.evidence().figure("extra-days", Double.class)).contains(0.5);
      assertThat(f.message())
          .contains(
              "2.5-day event", "0.5 days longer than 2 days", "1.4 deals", "30 attendees", "21");
    }

    @Test
    void one_and_a_half_days_beyond_two_scale_the_estimate() {
      Finding f =
          RuleTester.of(Profiles.accelerationSummit(), EXTRA_DAY_COST)
              .findings(plan(EventFormat.IN_PERSON, 100, 7))
              .get(0);

      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.evidence().figure("slipped-deals", Double.class)).contains(210.0);
      assertThat(f.evidence().figure("extra-days", Double.class)).contains(1.5);
    }

    @Test
    void behavior_change_reports_it_as_a_warning() {
      assertThat(
              RuleTester.of(Profiles.behaviorChange(), EXTRA_DAY_COST)
                  .findings(plan(EventFormat.IN_PERSON, 30, 6)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidence().figure("slipped-deals", Double.class)).contains(42.0);
              });
    }

    @Test
    void classic_does_not_hold_the_rule() {
      assertThat(Profiles.classic().contains(EXTRA_DAY_COST)).isFalse();
    }

    @Test
    void the_rate_and_baseline_are_options() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.recommended())
              .option(EXTRA_DAY_COST, "deals-per-rep-day", 2)
              .option(EXTRA_DAY_COST, "baseline-days", 2.5)
              .build();

      assertThat(validator.validate(plan(EventFormat.IN_PERSON, 30, 5)).findings(EXTRA_DAY_COST))
          .isEmpty();
      assertThat(validator.validate(plan(EventFormat.IN_PERSON, 30, 6)).findings(EXTRA_DAY_COST))
          .singleElement()
          .satisfies(
              f -> assertThat(f.evidence().figure("slipped-deals", Double.class)).contains(30.0));
    }
  }

  @Nested
  class Overlap {
    @Test
    void overlapping_main_stage_sessions_are_an_error_at_the_later_session() {
      KickoffPlan plan =
          oneDay(
              session("keynote", SessionKind.KEYNOTE, 9, 0, 60),
              session("product", SessionKind.PRODUCT_UPDATE, 9, 30, 30));

      for (RuleSet profile :
          List.of(
              Profiles.recommended(),
              Profiles.classic(),
              Profiles.behaviorChange(),
              Profiles.accelerationSummit())) {
        assertThat(RuleTester.of(profile, OVERLAP).findings(plan))
            .as(profile.name())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.ERROR);
                  assertThat(f.location().path()).isEqualTo("days[0].sessions[1]");
                  assertThat(f.location().sessionId()).contains("product");
                  assertThat(f.evidence().actual()).contains(30);
                  assertThat(f.evidence().expected()).contains(0);
                  assertThat(f.message()).contains("Session product", "Session keynote");
                });
      }
    }

    @Test
    void a_session_starting_when_the_other_ends_does_not_overlap() {
      KickoffPlan plan =
          oneDay(
              session("keynote", SessionKind.KEYNOTE, 9, 0, 60),
              session("product", SessionKind.PRODUCT_UPDATE, 10, 0, 30));

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan)).isEmpty();
    }

    @Test
    void q_and_a_time_counts_towards_the_overlap() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("keynote", SessionKind.KEYNOTE, 9, 0, 50)
                  .qaTime(java.time.Duration.ofMinutes(10))
                  .qaStyle(dev.sko.core.QaStyle.MODERATED)
                  .build(),
              session("product", SessionKind.PRODUCT_UPDATE, 9, 59, 30));

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.evidence().actual()).contains(1));
    }

    @Test
    void parallel_breakouts_are_allowed() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("a", SessionKind.BREAKOUT, 13, 0, 60).room(RoomKind.BREAKOUT).build(),
              sessionBuilder("b", SessionKind.WORKSHOP, 13, 0, 60).room(RoomKind.BREAKOUT).build());

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan)).isEmpty();
    }

    @Test
    void a_breakout_for_everyone_against_a_main_stage_session_overlaps() {
      KickoffPlan plan =
          oneDay(
              session("keynote", SessionKind.KEYNOTE, 13, 0, 60),
              sessionBuilder("b", SessionKind.WORKSHOP, 13, 30, 60)
                  .room(RoomKind.BREAKOUT)
                  .build());

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan)).hasSize(1);
    }

    @Test
    void different_tiers_may_meet_at_the_same_time_but_one_tier_may_not() {
      KickoffPlan differentTiers =
          oneDay(
              sessionBuilder("top", SessionKind.WORKSHOP, 13, 0, 60)
                  .audience(Audience.tier(Tier.TOP))
                  .build(),
              sessionBuilder("middle", SessionKind.WORKSHOP, 13, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .audience(Audience.tier(Tier.MIDDLE))
                  .build());
      KickoffPlan sameTier =
          oneDay(
              sessionBuilder("top", SessionKind.WORKSHOP, 13, 0, 60)
                  .audience(Audience.tier(Tier.TOP))
                  .build(),
              sessionBuilder("top2", SessionKind.WORKSHOP, 13, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .audience(Audience.tier(Tier.TOP))
                  .build());

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(differentTiers)).isEmpty();
      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(sameTier))
          .singleElement()
          .satisfies(f -> assertThat(f.location().sessionId()).contains("top2"));
    }

    @Test
    void sessions_on_different_days_do_not_overlap() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .days(
                  List.of(
                      dev.sko.core.AgendaDay.of(session("a", SessionKind.KEYNOTE, 9, 0, 60)),
                      dev.sko.core.AgendaDay.of(session("b", SessionKind.KEYNOTE, 9, 0, 60))))
              .build();

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan)).isEmpty();
    }

    @Test
    void sessions_are_taken_in_start_order_whatever_their_order_in_the_day() {
      KickoffPlan plan =
          oneDay(
              session("late", SessionKind.PRODUCT_UPDATE, 10, 0, 60),
              session("early", SessionKind.KEYNOTE, 9, 30, 60));

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("days[0].sessions[0]");
                assertThat(f.evidence().actual()).contains(30);
                assertThat(f.message())
                    .isEqualTo(
                        "\"Session late\" (10:00-11:00) overlaps \"Session early\" (09:30-10:30)"
                            + " by 30 min, and both are for everyone");
                assertThat(f.remediation())
                    .contains(
                        "Move \"Session late\" to start at or after 10:30, or give the two"
                            + " sessions audiences that do not overlap");
              });
    }

    @Test
    void a_main_stage_session_starting_inside_an_earlier_breakout_overlaps() {
      // In start order, the breakout first: the main stage session is not a parallel track.
      KickoffPlan plan =
          oneDay(
              sessionBuilder("track", SessionKind.WORKSHOP, 13, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .build(),
              session("keynote", SessionKind.KEYNOTE, 13, 30, 60));

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().sessionId()).contains("keynote");
                assertThat(f.evidence().actual()).contains(30);
              });
    }

    @Test
    void out_of_start_order_only_sessions_still_running_are_compared() {
      // Listed out of start order, so the day is sorted. Sessions ending when another starts do
      // not overlap it, parallel breakouts are allowed, and a breakout and a main stage session
      // overlap whichever starts first.
      KickoffPlan plan =
          oneDay(
              session("late", SessionKind.PRODUCT_UPDATE, 10, 0, 30),
              session("early", SessionKind.KEYNOTE, 9, 0, 60),
              sessionBuilder("trackA", SessionKind.WORKSHOP, 8, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .build(),
              sessionBuilder("trackB", SessionKind.BREAKOUT, 8, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .build(),
              sessionBuilder("trackC", SessionKind.WORKSHOP, 10, 15, 30)
                  .room(RoomKind.BREAKOUT)
                  .build(),
              session("wrap", SessionKind.PRODUCT_UPDATE, 10, 30, 30));

      List<Finding> findings = RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan);

      assertThat(findings)
          .extracting(f -> f.location().sessionId().orElseThrow())
          .containsExactly("trackC", "wrap");
      assertThat(findings).allSatisfy(f -> assertThat(f.evidence().actual()).contains(15));
      assertThat(findings.get(0).message())
          .isEqualTo(
              "\"Session trackC\" (10:15-10:45) overlaps \"Session late\" (10:00-10:30)"
                  + " by 15 min, and both are for everyone");
    }

    @Test
    void a_long_session_for_one_tier_does_not_hide_that_a_short_one_has_ended() {
      // Out of start order, so the day is sorted: the running sessions are taken by end time.
      KickoffPlan plan =
          oneDay(
              sessionBuilder("follow", SessionKind.WORKSHOP, 10, 0, 30)
                  .audience(Audience.tier(Tier.MIDDLE))
                  .build(),
              sessionBuilder("long", SessionKind.WORKSHOP, 9, 0, 180)
                  .audience(Audience.tier(Tier.TOP))
                  .build(),
              sessionBuilder("short", SessionKind.WORKSHOP, 9, 0, 30)
                  .audience(Audience.tier(Tier.MIDDLE))
                  .build());

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan)).isEmpty();
    }

    @Test
    void the_message_names_both_audiences_and_a_session_ending_at_midnight() {
      KickoffPlan plan =
          oneDay(
              session("night", SessionKind.KEYNOTE, 23, 0, 60),
              sessionBuilder("top", SessionKind.WORKSHOP, 23, 15, 45)
                  .audience(Audience.tier(Tier.TOP))
                  .build());

      assertThat(RuleTester.of(Profiles.recommended(), OVERLAP).findings(plan))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .isEqualTo(
                          "\"Session top\" (23:15-00:00) overlaps \"Session night\""
                              + " (23:00-00:00) by 45 min, and both are for tier TOP and everyone"));
    }
  }
}
