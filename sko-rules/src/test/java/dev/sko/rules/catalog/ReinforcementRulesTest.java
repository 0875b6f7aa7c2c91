package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.FollowThroughFixtures.CALL_REVIEWS;
import static dev.sko.rules.catalog.FollowThroughFixtures.ONE_ON_ONES;
import static dev.sko.rules.catalog.FollowThroughFixtures.STANDUPS;
import static dev.sko.rules.catalog.FollowThroughFixtures.TERRITORY_REVIEWS;
import static dev.sko.rules.catalog.FollowThroughFixtures.activity;
import static dev.sko.rules.catalog.FollowThroughFixtures.adding;
import static dev.sko.rules.catalog.FollowThroughFixtures.followThrough;
import static dev.sko.rules.catalog.FollowThroughFixtures.once;
import static dev.sko.rules.catalog.FollowThroughFixtures.reinforcement;
import static dev.sko.rules.catalog.FollowThroughFixtures.replacing;
import static dev.sko.rules.catalog.FollowThroughFixtures.withReinforcement;
import static dev.sko.rules.catalog.FollowThroughFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Cadence;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.reinforcement.CoachingCadence;
import dev.sko.rules.catalog.reinforcement.DailyStandups;
import dev.sko.rules.catalog.reinforcement.ManagerCoaching;
import dev.sko.rules.catalog.reinforcement.PlanPresent;
import dev.sko.rules.catalog.reinforcement.StartsPromptly;
import dev.sko.rules.catalog.reinforcement.Window;
import dev.sko.testing.RuleTester;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReinforcementRulesTest {

  private static final String[] FOUR = {
    "recommended", "classic", "behaviorChange", "accelerationSummit"
  };

  /** A two-day plan (T+0, T+1) with {@code activities}: day T+n is n-1 days after the event. */
  private static KickoffPlan twoDays(List<ReinforcementActivity> activities) {
    return followThrough()
        .addDay(AgendaDay.of(TestPlans.session("s2", SessionKind.WORKSHOP, 9, 0, 30)))
        .reinforcement(activities)
        .build();
  }

  @Test
  void the_complete_follow_through_passes_every_reinforcement_rule_in_every_profile() {
    KickoffPlan plan = followThrough().build();
    for (String profile : Profiles.all().keySet()) {
      for (String id :
          List.of(
              "sko.reinforcement.plan-present",
              "sko.reinforcement.window",
              "sko.reinforcement.starts-promptly",
              "sko.reinforcement.manager-coaching",
              "sko.reinforcement.coaching-cadence",
              "sko.reinforcement.daily-standups",
              "sko.antipattern.lms-without-follow-up")) {
        if (!Profiles.named(profile).contains(id)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(Profiles.named(profile), id).findings(plan))
            .as(profile + " " + id)
            .isEmpty();
      }
    }
  }

  @Nested
  class PlanPresentTests {
    private static final String ID = "sko.reinforcement.plan-present";

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "classic", "behaviorChange", "accelerationSummit"})
    void no_reinforcement_is_an_error_in_every_profile(String profile) {
      List<Finding> found =
          RuleTester.of(Profiles.named(profile), ID).findings(withReinforcement(List.of()));

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().path()).isEqualTo("reinforcement");
                assertThat(f.evidence().actual()).contains(0);
                assertThat(f.evidence().expected()).contains(1);
                assertThat(f.remediation())
                    .hasValueSatisfying(r -> assertThat(r).contains("30 days"));
              });
    }

    @Test
    void an_activity_ending_on_the_last_event_day_is_not_reinforcement() {
      KickoffPlan plan = withReinforcement(List.of(once(ActivityKind.RECAP_VIDEO, 0, 10)));

      assertThat(RuleTester.of(PlanPresent.RULE).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("None of the plan's 1 reinforcement"));
    }

    @Test
    void an_activity_on_the_first_day_after_the_event_is() {
      KickoffPlan plan = withReinforcement(List.of(once(ActivityKind.RECAP_VIDEO, 1, 10)));

      assertThat(RuleTester.of(PlanPresent.RULE).findings(plan)).isEmpty();
    }

    @Test
    void the_planning_add_on_does_not_hold_it() {
      assertThat(Profiles.planningProcess().contains(ID)).isFalse();
    }
  }

  @Nested
  class WindowTests {
    private static final String ID = "sko.reinforcement.window";

    @Test
    void reinforcement_to_30_days_after_the_event_is_enough() {
      KickoffPlan plan =
          withReinforcement(
              List.of(activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 1, 30, 45)));

      for (String profile : FOUR) {
        if (!Profiles.named(profile).contains(ID)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan)).as(profile).isEmpty();
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "classic", "behaviorChange", "accelerationSummit"})
    void reinforcement_to_29_days_is_a_warning(String profile) {
      KickoffPlan plan =
          withReinforcement(
              List.of(
                  once(ActivityKind.RECAP_VIDEO, 1, 10),
                  activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 1, 29, 45)));

      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path()).isEqualTo("reinforcement[1]");
                assertThat(f.evidence().actual()).contains(RelativeDay.after(29));
                assertThat(f.evidence().expected()).contains(RelativeDay.after(30));
                assertThat(f.message())
                    .contains("day T+29, 29 days after the event")
                    .contains("it should run to day T+30 or later")
                    .contains("T+0 is the first event day");
                assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("T+30"));
              });
    }

    /**
     * Issue 17, item 3: the window counts T+n from the first event day, BEHAVIOR_CHANGE_MODEL's
     * clock, so a two-day event whose follow-through runs to T+30 (29 days after its last day) is
     * not told it falls short. The old rule counted from the last event day and warned.
     */
    @Test
    void a_two_day_event_whose_follow_through_runs_to_t_plus_30_is_enough() {
      ReinforcementActivity toDay29 =
          activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 2, 29, 45);
      ReinforcementActivity toDay30 =
          activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 2, 30, 45);

      for (String profile : FOUR) {
        assertThat(RuleTester.of(Profiles.named(profile), ID).findings(twoDays(List.of(toDay30))))
            .as(profile)
            .isEmpty();
      }
      assertThat(RuleTester.of(Window.RULE).findings(twoDays(List.of(toDay29))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().actual()).contains(RelativeDay.after(29));
                assertThat(f.message()).contains("day T+29, 28 days after the event");
              });
    }

    @Test
    void the_day_to_reach_is_an_option() {
      RuleSet sixty = RuleSet.of("t", Window.RULE).withOption(ID, "reach-day", 60);
      KickoffPlan plan = followThrough().build(); // reaches T+44

      assertThat(RuleTester.of(sixty, ID).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.evidence().expected()).contains(RelativeDay.after(60)));
    }

    @Test
    void stays_silent_without_reinforcement_after_the_event() {
      assertThat(RuleTester.of(Window.RULE).findings(withReinforcement(List.of()))).isEmpty();
    }
  }

  @Nested
  class StartsPromptlyTests {
    private static final String ID = "sko.reinforcement.starts-promptly";

    private KickoffPlan startingOn(int day) {
      return withReinforcement(
          List.of(
              activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, day + 7, 40, 45),
              activity(ActivityKind.CALL_REVIEW, Cadence.BIWEEKLY, day, 40, 60)));
    }

    @ParameterizedTest
    @CsvSource({
      "recommended, 7,",
      "recommended, 8, WARNING",
      "recommended, 14, WARNING",
      "recommended, 15, ERROR",
      "classic, 7,",
      "classic, 8, WARNING",
      "classic, 14, WARNING",
      "classic, 15, ERROR",
      "behaviorChange, 7,",
      "behaviorChange, 8, WARNING",
      "behaviorChange, 14, WARNING",
      "behaviorChange, 15, ERROR",
      "accelerationSummit, 7,",
      "accelerationSummit, 8, WARNING",
      "accelerationSummit, 14, WARNING",
      "accelerationSummit, 15, ERROR"
    })
    void grades_by_the_day_the_first_activity_starts(String profile, int day, Severity expected) {
      List<Finding> found = RuleTester.of(Profiles.named(profile), ID).findings(startingOn(day));

      if (expected == null) {
        assertThat(found).isEmpty();
        return;
      }
      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("reinforcement[1]");
                assertThat(f.evidence().actual()).contains(day);
                assertThat(f.evidence().expected()).contains(expected == Severity.ERROR ? 14 : 7);
                assertThat(f.message()).contains(day + " days after the event");
              });
    }

    @Test
    void an_activity_that_starts_during_the_event_and_continues_is_prompt() {
      KickoffPlan plan =
          withReinforcement(
              List.of(activity(ActivityKind.QUICK_WINS_CHANNEL, Cadence.DAILY, 0, 30, 5)));

      assertThat(RuleTester.of(StartsPromptly.RULE).findings(plan)).isEmpty();
    }

    @Test
    void the_limits_are_options() {
      RuleSet strict =
          RuleSet.of("t", StartsPromptly.RULE)
              .withOption(ID, "warn-after-days", 3)
              .withOption(ID, "error-after-days", 5);

      assertThat(RuleTester.of(strict, ID).findings(startingOn(3))).isEmpty();
      assertThat(RuleTester.of(strict, ID).findings(startingOn(4)))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
      assertThat(RuleTester.of(strict, ID).findings(startingOn(6)))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void stays_silent_without_reinforcement_after_the_event() {
      assertThat(RuleTester.of(StartsPromptly.RULE).findings(withReinforcement(List.of())))
          .isEmpty();
    }
  }

  @Nested
  class ManagerCoachingTests {
    private static final String ID = "sko.reinforcement.manager-coaching";

    @ParameterizedTest
    @CsvSource({
      "recommended, WARNING",
      "classic, WARNING",
      "behaviorChange, ERROR",
      "accelerationSummit, WARNING"
    })
    void reinforcement_without_manager_coaching_is_reported(String profile, Severity expected) {
      KickoffPlan plan =
          withReinforcement(
              List.of(
                  activity(ActivityKind.DAILY_STANDUP, Cadence.DAILY, 1, 7, 15),
                  activity(ActivityKind.RECAP_VIDEO, Cadence.WEEKLY, 1, 30, 10)));

      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("reinforcement");
                assertThat(f.evidence().actual()).contains(0);
                assertThat(f.message()).contains("r=0.61");
              });
    }

    @Test
    void one_off_manager_coaching_is_not_a_cadence() {
      KickoffPlan plan =
          withReinforcement(
              List.of(
                  activity(ActivityKind.DAILY_STANDUP, Cadence.DAILY, 1, 7, 15),
                  once(ActivityKind.DEAL_REVIEW, 10, 60)));

      assertThat(RuleTester.of(ManagerCoaching.RULE).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("reinforcement[1]");
                assertThat(f.evidence().actual()).contains(Cadence.ONCE);
                assertThat(f.evidence().expected()).contains(Cadence.WEEKLY);
              });
    }

    @Test
    void recurring_manager_coaching_of_any_kind_counts() {
      KickoffPlan plan =
          withReinforcement(
              List.of(activity(ActivityKind.MANAGER_CHECK_IN, Cadence.MONTHLY, 5, 35, 30)));

      assertThat(RuleTester.of(ManagerCoaching.RULE).findings(plan)).isEmpty();
    }

    @Test
    void coaching_that_ends_with_the_event_does_not_count() {
      KickoffPlan plan =
          withReinforcement(
              List.of(
                  activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, -21, 0, 45),
                  once(ActivityKind.RECAP_VIDEO, 2, 10)));

      assertThat(RuleTester.of(ManagerCoaching.RULE).findings(plan)).hasSize(1);
    }
  }

  @Nested
  class CoachingCadenceTests {
    private static final String ID = "sko.reinforcement.coaching-cadence";

    private List<Finding> lengthOfOneOnOnes(int minutes) {
      return RuleTester.of(CoachingCadence.RULE)
          .findings(
              withReinforcement(
                  replacing(
                      ONE_ON_ONES,
                      activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 8, 30, minutes))));
    }

    @ParameterizedTest
    @CsvSource({"recommended, INFO", "behaviorChange, WARNING"})
    void a_missing_call_review_is_one_finding(String profile, Severity expected) {
      List<Finding> found =
          RuleTester.of(Profiles.named(profile), ID)
              .findings(withReinforcement(without(CALL_REVIEWS)));

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("reinforcement");
                assertThat(f.evidence().figure("expected-cadence", Cadence.class))
                    .contains(Cadence.BIWEEKLY);
                assertThat(f.evidence().figure("expected-length", Duration.class))
                    .contains(Duration.ofMinutes(60));
                assertThat(f.message()).contains("bi-weekly call review");
              });
    }

    @Test
    void the_classic_and_summit_profiles_do_not_hold_it() {
      KickoffPlan plan = withReinforcement(without(CALL_REVIEWS));

      assertThat(Profiles.classic().contains(ID)).isFalse();
      assertThat(Profiles.accelerationSummit().contains(ID)).isFalse();
    }

    @Test
    void each_missing_element_is_its_own_finding() {
      KickoffPlan plan = withReinforcement(List.of(once(ActivityKind.RECAP_VIDEO, 1, 10)));

      assertThat(RuleTester.of(CoachingCadence.RULE).findings(plan))
          .extracting(f -> f.evidence().figure("expected-cadence", Cadence.class).orElseThrow())
          .containsExactlyInAnyOrder(Cadence.WEEKLY, Cadence.BIWEEKLY, Cadence.MONTHLY);
    }

    @ParameterizedTest
    @ValueSource(ints = {36, 45, 54})
    void a_one_on_one_of_about_45_minutes_fits(int minutes) {
      assertThat(lengthOfOneOnOnes(minutes)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {35, 55})
    void a_one_on_one_just_outside_20_percent_does_not(int minutes) {
      assertThat(lengthOfOneOnOnes(minutes))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("reinforcement[" + ONE_ON_ONES + "]");
                assertThat(f.evidence().actual()).contains(Duration.ofMinutes(minutes));
                assertThat(f.evidence().expected()).contains(Duration.ofMinutes(45));
                assertThat(f.evidence().figure("min-length", Duration.class))
                    .contains(Duration.ofMinutes(36));
                assertThat(f.evidence().figure("max-length", Duration.class))
                    .contains(Duration.ofMinutes(54));
                assertThat(f.message()).contains("lasts " + minutes + " min");
              });
    }

    @Test
    void a_monthly_call_review_is_too_rare() {
      KickoffPlan plan =
          withReinforcement(
              replacing(
                  CALL_REVIEWS, activity(ActivityKind.CALL_REVIEW, Cadence.MONTHLY, 8, 40, 60)));

      assertThat(RuleTester.of(CoachingCadence.RULE).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("reinforcement[" + CALL_REVIEWS + "]");
                assertThat(f.evidence().actual()).contains(Cadence.MONTHLY);
                assertThat(f.evidence().expected()).contains(Cadence.BIWEEKLY);
                assertThat(f.message()).contains("runs monthly rather than bi-weekly");
              });
    }

    @Test
    void a_weekly_call_review_is_at_least_bi_weekly() {
      KickoffPlan plan =
          withReinforcement(
              replacing(
                  CALL_REVIEWS, activity(ActivityKind.CALL_REVIEW, Cadence.WEEKLY, 8, 40, 60)));

      assertThat(RuleTester.of(CoachingCadence.RULE).findings(plan)).isEmpty();
    }

    @Test
    void a_non_matching_extra_review_does_not_hide_the_matching_one() {
      KickoffPlan plan =
          withReinforcement(
              adding(activity(ActivityKind.TERRITORY_REVIEW, Cadence.QUARTERLY, 20, 120, 120)));

      assertThat(RuleTester.of(CoachingCadence.RULE).findings(plan)).isEmpty();
    }

    @Test
    void lengths_and_tolerance_are_options() {
      RuleSet set =
          RuleSet.of("t", CoachingCadence.RULE)
              .withOption(ID, "territory-review-length", Duration.ofMinutes(90))
              .withOption(ID, "length-tolerance", 0.1);

      assertThat(RuleTester.of(set, ID).findings(followThrough().build()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path())
                    .isEqualTo("reinforcement[" + TERRITORY_REVIEWS + "]");
                assertThat(f.evidence().figure("min-length", Duration.class))
                    .contains(Duration.ofMinutes(81));
              });
    }
  }

  @Nested
  class DailyStandupsTests {
    private static final String ID = "sko.reinforcement.daily-standups";

    private List<Finding> standups(Cadence cadence, int first, int minutes) {
      return RuleTester.of(DailyStandups.RULE)
          .findings(
              withReinforcement(
                  replacing(
                      STANDUPS,
                      activity(ActivityKind.DAILY_STANDUP, cadence, first, first + 6, minutes))));
    }

    @Test
    void missing_stand_ups_are_info_in_the_behaviour_change_profile_only() {
      KickoffPlan plan = withReinforcement(without(STANDUPS));

      assertThat(RuleTester.of(Profiles.named("behaviorChange"), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("reinforcement");
                assertThat(f.evidence().figure("expected-length", Duration.class))
                    .contains(Duration.ofMinutes(15));
              });
      assertThat(Profiles.recommended().contains(ID)).isFalse();
    }

    @Test
    void stand_ups_starting_seven_days_after_fit_and_eight_do_not() {
      assertThat(standups(Cadence.DAILY, 7, 15)).isEmpty();
      assertThat(standups(Cadence.DAILY, 8, 15))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("reinforcement[" + STANDUPS + "]");
                assertThat(f.evidence().actual()).contains(8);
                assertThat(f.evidence().expected()).contains(7);
              });
    }

    @ParameterizedTest
    @CsvSource({"12, true", "18, true", "11, false", "19, false"})
    void stand_ups_last_about_15_minutes(int minutes, boolean fits) {
      List<Finding> found = standups(Cadence.DAILY, 1, minutes);

      if (fits) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.evidence().actual()).contains(Duration.ofMinutes(minutes));
                  assertThat(f.evidence().expected()).contains(Duration.ofMinutes(15));
                });
      }
    }

    @Test
    void weekly_stand_ups_are_not_daily() {
      assertThat(standups(Cadence.WEEKLY, 1, 15))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().actual()).contains(Cadence.WEEKLY);
                assertThat(f.evidence().expected()).contains(Cadence.DAILY);
                assertThat(f.message()).contains("runs weekly");
              });
    }
  }

  @Nested
  class LmsWithoutFollowUp {
    private static final String ID = "sko.antipattern.lms-without-follow-up";

    private KickoffPlan course(boolean followUp) {
      return withReinforcement(
          adding(
              ReinforcementActivity.builder()
                  .from(activity(ActivityKind.LMS_COURSE, Cadence.WEEKLY, 3, 30, 30))
                  .description("Objection handling course")
                  .managerFollowUp(followUp)
                  .build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recommended", "behaviorChange"})
    void a_course_without_follow_up_is_a_warning(String profile) {
      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(course(false)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path())
                    .isEqualTo("reinforcement[" + reinforcement().size() + "]");
                assertThat(f.evidence().actual()).contains(false);
                assertThat(f.message())
                    .contains("\"Objection handling course\"")
                    .contains("week 2");
              });
    }

    @Test
    void a_course_with_follow_up_passes() {
      assertThat(RuleTester.of(Profiles.named("recommended"), ID).findings(course(true))).isEmpty();
    }

    @Test
    void the_classic_profile_does_not_hold_it() {
      assertThat(Profiles.classic().contains(ID)).isFalse();
    }
  }
}
