package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static dev.sko.rules.catalog.AntipatternRulesTest.assertSilentEverywhere;
import static dev.sko.rules.catalog.SessionRulesTest.assertCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Cadence;
import dev.sko.core.CoachingPlan;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.Outcome;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Tier;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.goals.RepSpecific;
import dev.sko.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeRulesTest {
  private static final String DEFINED = "sko.outcomes.defined";
  private static final String ACTIONS = "sko.outcomes.action-plans";
  private static final String GOALS = "sko.goals.rep-specific";
  private static final String COACHING = "sko.goals.coaching-plan";
  private static final String COMMITMENT = "sko.goals.manager-commitment";
  private static final String BREAKOUTS = "sko.tiers.breakouts";
  private static final String ANNOUNCED = "sko.tiers.not-announced";

  static Outcome outcome(String title) {
    return Outcome.builder()
        .title(title)
        .addWeeklyActions("Call review")
        .addMonthlyActions("Territory review")
        .addQuarterlyActions("Skill assessment")
        .build();
  }

  static KickoffPlan withOutcomes(int n) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      outcomes.add(outcome("Outcome " + i));
    }
    return TestPlans.minimalBuilder().outcomes(outcomes).build();
  }

  static Rep rep(String id, String manager) {
    return Rep.builder()
        .id(id)
        .name("Rep " + id)
        .manager(manager)
        .q1Goal("Close 3 new logos")
        .coachingPlan(CoachingPlan.of("Discovery depth"))
        .build();
  }

  static KickoffPlan withRoster(Rep... reps) {
    return TestPlans.minimalBuilder().roster(List.of(reps)).build();
  }

  @Nested
  class OutcomesDefined {
    @ParameterizedTest(name = "{0} outcomes -> {1}")
    @CsvSource({"0, ERROR", "1, WARNING", "2, NONE", "3, NONE", "4, WARNING", "7, WARNING"})
    void two_or_three_outcomes_in_every_profile(int n, String expected) {
      KickoffPlan plan = withOutcomes(n);
      for (RuleSet profile :
          List.of(
              Profiles.recommended(),
              Profiles.classic(),
              Profiles.behaviorChange(),
              Profiles.accelerationSummit())) {
        List<Finding> found = RuleTester.of(profile, DEFINED).findings(plan);
        if (expected.equals("NONE")) {
          assertThat(found).as(profile.name()).isEmpty();
        } else {
          assertThat(found)
              .as(profile.name())
              .singleElement()
              .satisfies(
                  f -> {
                    assertThat(f.severity()).isEqualTo(Severity.valueOf(expected));
                    assertThat(f.location()).isEqualTo(Location.of("outcomes"));
                    assertThat(f.evidence().actual()).contains(n);
                    assertThat(f.evidence().expected()).contains(IntRange.of(2, 3));
                  });
        }
      }
      assertThat(Profiles.planningProcess().contains(DEFINED)).isFalse();
    }

    @Test
    void messages_name_count_and_range() {
      assertThat(
              RuleTester.of(Profiles.recommended(), DEFINED)
                  .findings(withOutcomes(0))
                  .get(0)
                  .message())
          .contains("no outcome", "2 to 3");
      assertThat(
              RuleTester.of(Profiles.recommended(), DEFINED)
                  .findings(withOutcomes(1))
                  .get(0)
                  .message())
          .contains("defines 1 outcome;");
      assertThat(
              RuleTester.of(Profiles.recommended(), DEFINED)
                  .findings(withOutcomes(4))
                  .get(0)
                  .message())
          .contains("4 outcomes", "more than 3");
    }

    @Test
    void the_range_is_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.recommended())
              .option(DEFINED, "count", IntRange.of(1, 5))
              .build();

      assertThat(validator.validate(withOutcomes(1)).findings(DEFINED)).isEmpty();
      assertThat(validator.validate(withOutcomes(5)).findings(DEFINED)).isEmpty();
      assertThat(validator.validate(withOutcomes(6)).findings(DEFINED)).hasSize(1);
      assertThat(validator.validate(withOutcomes(0)).findings(DEFINED))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
  }

  @Nested
  class ActionPlans {
    @Test
    void full_action_plans_pass() {
      assertSilentEverywhere(withOutcomes(3), ACTIONS);
    }

    @Test
    void an_outcome_missing_a_horizon_is_reported_at_its_element() {
      Outcome partial = Outcome.builder().title("Win rate").addWeeklyActions("Deal review").build();
      KickoffPlan plan =
          TestPlans.minimalBuilder().addOutcomes(outcome("Pipeline"), partial).build();

      assertCells(
          plan,
          ACTIONS,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.accelerationSummit(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.accelerationSummit(), ACTIONS).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("outcomes[1]"));
      assertThat(f.message()).contains("\"Win rate\" has no monthly and quarterly actions");
      assertThat(f.evidence().actual()).contains(1);
      assertThat(f.evidence().expected()).contains(3);
      assertThat(f.evidence().figure("missing", String.class)).contains("monthly and quarterly");
      assertThat(f.remediation())
          .hasValueSatisfying(r -> assertThat(r).contains("every month and quarter"));
    }

    @ParameterizedTest
    @CsvSource({"true, true, false", "true, false, true", "false, true, true"})
    void each_horizon_is_needed(boolean weekly, boolean monthly, boolean quarterly) {
      Outcome.Builder b = Outcome.builder().title("Pipeline");
      if (weekly) {
        b.addWeeklyActions("w");
      }
      if (monthly) {
        b.addMonthlyActions("m");
      }
      if (quarterly) {
        b.addQuarterlyActions("q");
      }
      KickoffPlan plan = TestPlans.minimalBuilder().addOutcomes(b.build()).build();

      assertThat(RuleTester.of(Profiles.accelerationSummit(), ACTIONS).findings(plan)).hasSize(1);
    }
  }

  @Nested
  class RepSpecificGoals {
    @Test
    void every_rep_with_a_goal_passes() {
      assertSilentEverywhere(withRoster(rep("a", "m1"), rep("b", "m1")), GOALS);
    }

    @Test
    void a_rep_without_a_goal_is_reported_per_profile() {
      Rep noGoal = Rep.builder().from(rep("b", "m1")).q1Goal(java.util.Optional.empty()).build();
      KickoffPlan plan = withRoster(rep("a", "m1"), noGoal);

      assertCells(
          plan,
          GOALS,
          Map.of(
              Profiles.recommended(), Severity.WARNING,
              Profiles.classic(), Severity.INFO,
              Profiles.behaviorChange(), Severity.ERROR,
              Profiles.accelerationSummit(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), GOALS).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("roster[1]"));
      assertThat(f.message()).contains("Rep b has no Q1 goal", "23% more pipeline by day 60");
      assertThat(f.evidence().actual()).contains(false);
      assertThat(f.evidence().figure("pipeline-lift", Double.class)).contains(0.23);
      assertThat(f.evidence().figure("pipeline-day", Integer.class)).contains(60);
    }

    @ParameterizedTest
    @EnumSource(
        value = RepRole.class,
        names = {"MANAGER", "LEADER"})
    void managers_and_leaders_carry_no_rep_goal(RepRole role) {
      Rep boss = Rep.builder().id("m1").name("Morgan").role(role).build();

      assertSilentEverywhere(withRoster(rep("a", "m1"), boss), GOALS);
    }

    @Test
    void without_a_roster_the_rule_says_so_once_at_info() {
      assertThat(RuleTester.of(RepSpecific.RULE).findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location()).isEqualTo(Location.of("roster"));
                assertThat(f.message()).contains("no roster", "23% more pipeline by day 60");
                assertThat(f.evidence().figure("pipeline-lift", Double.class)).contains(0.23);
              });
      assertThat(RuleTester.of(Profiles.recommended(), GOALS).findings(TestPlans.minimal()))
          .hasSize(1);
    }
  }

  @Nested
  class CoachingPlans {
    @Test
    void written_agreed_plans_pass() {
      assertSilentEverywhere(withRoster(rep("a", "m1")), COACHING);
    }

    @ParameterizedTest(name = "plan {0}, written {1}, agreed {2}")
    @CsvSource({
      "false, true, true, has no coaching plan",
      "true, false, true, not written down",
      "true, true, false, not agreed with the manager",
      "true, false, false, neither written down nor agreed",
    })
    void a_missing_unwritten_or_unagreed_plan_is_reported(
        boolean hasPlan, boolean written, boolean agreed, String words) {
      Rep.Builder b = Rep.builder().id("a").name("Ann").manager("Morgan");
      if (hasPlan) {
        b.coachingPlan(
            CoachingPlan.builder()
                .focus("Discovery")
                .written(written)
                .agreedWithManager(agreed)
                .build());
      }
      KickoffPlan plan = withRoster(rep("z", "Morgan"), b.build());

      assertCells(
          plan,
          COACHING,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), COACHING).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("roster[1]"));
      assertThat(f.message()).contains("Ann", words);
      assertThat(f.evidence().actual()).contains(false);
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("Morgan"));
    }

    @Test
    void managers_need_no_coaching_plan_of_their_own() {
      Rep boss = Rep.builder().id("m1").name("Morgan").role(RepRole.MANAGER).build();

      assertSilentEverywhere(withRoster(rep("a", "m1"), boss), COACHING);
    }

    @Test
    void without_a_roster_the_rule_says_so_once_at_info() {
      assertThat(
              RuleTester.of(dev.sko.rules.catalog.goals.CoachingPlan.RULE)
                  .findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location()).isEqualTo(Location.of("roster"));
              });
    }
  }

  @Nested
  class ManagerCommitments {
    ManagerCommitment commitment(String manager, boolean written) {
      return ManagerCommitment.builder()
          .manager(manager)
          .coachingCadence(Cadence.WEEKLY)
          .metric(Metric.COACHING_SESSIONS_PER_WEEK)
          .written(written)
          .build();
    }

    @Test
    void every_manager_committed_in_writing_passes() {
      Rep boss = Rep.builder().id("m2").name("Morgan").role(RepRole.MANAGER).build();
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .roster(List.of(rep("a", "m1"), rep("b", "Morgan"), boss))
              .addManagerCommitments(commitment("m1", true), commitment("m2", true))
              .build();

      assertSilentEverywhere(plan, COMMITMENT);
    }

    @Test
    void a_named_manager_without_a_commitment_is_reported_where_named() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .roster(List.of(rep("a", "m1"), rep("b", "m2"), rep("c", "m2")))
              .addManagerCommitments(commitment("m1", true))
              .build();

      assertCells(
          plan,
          COMMITMENT,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      assertThat(RuleTester.of(Profiles.behaviorChange(), COMMITMENT).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location()).isEqualTo(Location.of("roster[1].manager"));
                assertThat(f.message()).contains("m2 has made no commitment");
                assertThat(f.evidence().actual()).contains(false);
              });
    }

    @Test
    void a_roster_manager_is_matched_by_name_or_id_and_reported_at_the_roster_entry() {
      Rep boss = Rep.builder().id("m9").name("Morgan").role(RepRole.MANAGER).build();
      KickoffPlan byName =
          TestPlans.minimalBuilder()
              .roster(List.of(boss))
              .addManagerCommitments(commitment("Morgan", true))
              .build();
      KickoffPlan none =
          TestPlans.minimalBuilder().roster(List.of(rep("a", "Morgan"), boss)).build();

      assertSilentEverywhere(byName, COMMITMENT);
      assertThat(RuleTester.of(Profiles.behaviorChange(), COMMITMENT).findings(none))
          .singleElement()
          .satisfies(f -> assertThat(f.location()).isEqualTo(Location.of("roster[1]")));
    }

    @Test
    void an_unwritten_commitment_is_reported() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .roster(List.of(rep("a", "m1")))
              .addManagerCommitments(commitment("m1", false))
              .build();

      assertThat(RuleTester.of(Profiles.behaviorChange(), COMMITMENT).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("not in writing"));
    }

    @Test
    void without_a_roster_or_without_managers_the_rule_says_so_once_at_info() {
      Rep loner = Rep.builder().id("a").name("Ann").build();

      assertThat(
              RuleTester.of(dev.sko.rules.catalog.goals.ManagerCommitment.RULE)
                  .findings(TestPlans.minimal()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("no roster");
              });
      assertThat(
              RuleTester.of(dev.sko.rules.catalog.goals.ManagerCommitment.RULE)
                  .findings(withRoster(loner)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("names no manager");
              });
    }
  }

  @Nested
  class TierBreakouts {
    Session breakout(String id, Tier tier, int hour, Topic... topics) {
      return sessionBuilder(id, SessionKind.BREAKOUT, hour, 0, 60)
          .audience(Audience.tier(tier))
          .room(RoomKind.BREAKOUT)
          .addTopics(topics)
          .build();
    }

    KickoffPlan standard() {
      return oneDay(
          breakout("top", Tier.TOP, 13, Topic.NEGOTIATION, Topic.MULTI_THREADING),
          breakout("mid", Tier.MIDDLE, 13, Topic.DISCOVERY, Topic.FORECASTING),
          breakout("low", Tier.BOTTOM, 13, Topic.OBJECTION_HANDLING));
    }

    @Test
    void breakouts_for_every_tier_with_its_focus_pass() {
      assertSilentEverywhere(standard(), BREAKOUTS);
    }

    @Test
    void the_focus_may_be_spread_over_several_sessions_and_fundamentals_also_count() {
      KickoffPlan plan =
          oneDay(
              breakout("top1", Tier.TOP, 9, Topic.NEGOTIATION),
              breakout("top2", Tier.TOP, 13, Topic.MULTI_THREADING),
              breakout("mid", Tier.MIDDLE, 13, Topic.DISCOVERY, Topic.FORECASTING),
              breakout("low", Tier.BOTTOM, 13, Topic.FUNDAMENTALS));

      assertSilentEverywhere(plan, BREAKOUTS);
    }

    @Test
    void no_tier_session_at_all_is_one_finding() {
      KickoffPlan plan = oneDay(session("ws", SessionKind.WORKSHOP, 9, 0, 60));

      assertCells(
          plan,
          BREAKOUTS,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      assertThat(RuleTester.of(Profiles.behaviorChange(), BREAKOUTS).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location()).isEqualTo(Location.plan());
                assertThat(f.evidence().actual()).contains(0);
                assertThat(f.evidence().expected()).contains(3);
                assertThat(f.remediation())
                    .hasValueSatisfying(
                        r ->
                            assertThat(r)
                                .contains(
                                    "top: negotiation and multi-threading",
                                    "bottom: fundamentals or objection-handling"));
              });
    }

    @Test
    void a_tier_without_a_breakout_is_reported() {
      KickoffPlan plan =
          oneDay(
              breakout("top", Tier.TOP, 13, Topic.NEGOTIATION, Topic.MULTI_THREADING),
              breakout("mid", Tier.MIDDLE, 13, Topic.DISCOVERY, Topic.FORECASTING));

      assertThat(RuleTester.of(Profiles.behaviorChange(), BREAKOUTS).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("bottom tier");
                assertThat(f.evidence().figure("tier", Tier.class)).contains(Tier.BOTTOM);
              });
    }

    @Test
    void a_tier_breakout_missing_part_of_its_focus_is_reported_at_its_first_session() {
      KickoffPlan plan =
          oneDay(
              breakout("top", Tier.TOP, 13, Topic.NEGOTIATION),
              breakout("mid", Tier.MIDDLE, 13, Topic.DISCOVERY, Topic.FORECASTING),
              breakout("low", Tier.BOTTOM, 13, Topic.FUNDAMENTALS));

      assertThat(RuleTester.of(Profiles.behaviorChange(), BREAKOUTS).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location()).isEqualTo(Location.of("days[0].sessions[0]"));
                assertThat(f.message())
                    .contains("top tier's breakouts do not cover multi-threading");
                assertThat(f.evidence().actual()).contains(1);
                assertThat(f.evidence().expected()).contains(2);
                assertThat(f.evidence().figure("missing", String.class))
                    .contains("multi-threading");
              });
    }

    @Test
    void the_focus_is_an_option() {
      TierFocus mine =
          TierFocus.builder()
              .require(Tier.TOP, Topic.COMPETITION)
              .require(Tier.BOTTOM, Topic.OBJECTION_HANDLING)
              .build();
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(BREAKOUTS, "focus", mine)
              .build();
      KickoffPlan plan =
          oneDay(
              breakout("top", Tier.TOP, 13, Topic.COMPETITION),
              breakout("low", Tier.BOTTOM, 13, Topic.OBJECTION_HANDLING));

      assertThat(validator.validate(plan).findings(BREAKOUTS)).isEmpty();
      assertThat(validator.validate(standard()).findings(BREAKOUTS))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("competition"));
    }

    @Test
    void tier_focus_rejects_an_empty_table_and_a_repeated_requirement() {
      assertThatThrownBy(() -> TierFocus.builder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least one tier");
      assertThatThrownBy(
              () ->
                  TierFocus.builder()
                      .require(Tier.TOP, Topic.NEGOTIATION)
                      .require(Tier.TOP, Topic.NEGOTIATION))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("twice");
    }

    @Test
    void tier_focus_is_a_value() {
      assertThat(TierFocus.standard().requirements(Tier.BOTTOM))
          .containsExactly(Set.of(Topic.FUNDAMENTALS, Topic.OBJECTION_HANDLING));
      assertThat(TierFocus.standard())
          .hasToString(
              "TOP: NEGOTIATION + MULTI_THREADING; MIDDLE: DISCOVERY + FORECASTING;"
                  + " BOTTOM: FUNDAMENTALS or OBJECTION_HANDLING");
      assertThat(TierFocus.builder().require(Tier.TOP, Topic.NEGOTIATION).build())
          .isEqualTo(TierFocus.builder().require(Tier.TOP, Topic.NEGOTIATION).build())
          .isNotEqualTo(TierFocus.standard());
    }
  }

  @Nested
  class TiersNotAnnounced {
    @Test
    void unannounced_or_no_tiers_pass() {
      assertSilentEverywhere(TestPlans.minimal(), ANNOUNCED);
      assertSilentEverywhere(
          TestPlans.minimalBuilder().tierPolicy(TierPolicy.unannounced()).build(), ANNOUNCED);
    }

    @Test
    void announced_tiers_are_reported_per_profile() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .tierPolicy(TierPolicy.builder().announced(true).build())
              .days(List.of(AgendaDay.of(session("w", SessionKind.WORKSHOP, 9, 0, 60))))
              .build();

      assertCells(
          plan,
          ANNOUNCED,
          Map.of(
              Profiles.recommended(), Severity.WARNING,
              Profiles.behaviorChange(), Severity.ERROR,
              Profiles.accelerationSummit(), Severity.INFO));
      Finding f = RuleTester.of(Profiles.behaviorChange(), ANNOUNCED).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("tierPolicy"));
      assertThat(f.evidence().actual()).contains(true);
      assertThat(f.evidence().expected()).contains(false);
    }
  }
}
