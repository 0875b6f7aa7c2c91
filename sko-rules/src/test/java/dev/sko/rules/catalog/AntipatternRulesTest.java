package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.days;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static dev.sko.rules.catalog.SessionRulesTest.FIRST;
import static dev.sko.rules.catalog.SessionRulesTest.assertCells;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.antipattern.DestinationOffsite;
import dev.sko.testing.RuleTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AntipatternRulesTest {
  private static final String SPEAKER = "sko.antipattern.motivational-speaker";
  private static final String GAMES = "sko.antipattern.competitive-games";
  private static final String AWARDS = "sko.antipattern.awards-on-stage";
  private static final String THEME = "sko.antipattern.vague-theme";
  private static final String OFFSITE = "sko.antipattern.destination-offsite";
  private static final String CATEGORIES = "sko.recognition.categories";

  /** Rule {@code id} reports nothing for {@code plan} in any profile that holds it. */
  static void assertSilentEverywhere(KickoffPlan plan, String id) {
    for (RuleSet profile : Profiles.all().values()) {
      if (!profile.contains(id)) {
        continue;
      }
      assertThat(RuleTester.of(profile, id).findings(plan)).as(profile.name()).isEmpty();
    }
  }

  @Nested
  class MotivationalSpeaker {
    @Test
    void a_motivational_talk_is_reported_with_the_cited_figures() {
      KickoffPlan plan = oneDay(session("mot", SessionKind.MOTIVATIONAL_TALK, 9, 0, 45));

      assertCells(
          plan,
          SPEAKER,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING,
              Profiles.accelerationSummit(), Severity.INFO));
      Finding f = RuleTester.of(Profiles.behaviorChange(), SPEAKER).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.message()).contains("0.3% sustained lift", "25,000 USD to 75,000 USD");
      assertThat(f.evidence().actual()).contains(SessionKind.MOTIVATIONAL_TALK);
      assertThat(f.evidence().figure("sustained-lift", Double.class)).contains(0.003);
      assertThat(f.evidence().figure("cost-low", Money.class)).contains(Money.of(25_000, "USD"));
      assertThat(f.evidence().figure("cost-high", Money.class)).contains(Money.of(75_000, "USD"));
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("45 min"));
    }

    @Test
    void an_external_speaker_presenting_on_culture_is_a_motivational_slot() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("ext", SessionKind.KEYNOTE, 9, 0, 45)
                  .addPresenters(Presenter.of("Max", PresenterRole.EXTERNAL_SPEAKER))
                  .addTopics(Topic.CULTURE)
                  .build());

      assertThat(RuleTester.of(Profiles.behaviorChange(), SPEAKER).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.evidence().actual()).contains(SessionKind.KEYNOTE));
    }

    @Test
    void an_external_trainer_or_a_non_motivational_external_talk_passes() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("trainer", SessionKind.WORKSHOP, 9, 0, 45)
                  .addPresenters(Presenter.of("Max", PresenterRole.EXTERNAL_SPEAKER))
                  .addTopics(Topic.CULTURE)
                  .build(),
              sessionBuilder("analyst", SessionKind.KEYNOTE, 10, 0, 30)
                  .addPresenters(Presenter.of("Ana", PresenterRole.EXTERNAL_SPEAKER))
                  .addTopics(Topic.COMPETITION)
                  .build(),
              sessionBuilder("ceo", SessionKind.KEYNOTE, 11, 0, 30)
                  .addPresenters(Presenter.of("Dana", PresenterRole.EXECUTIVE))
                  .addTopics(Topic.CULTURE)
                  .build());

      assertSilentEverywhere(plan, SPEAKER);
    }
  }

  @Nested
  class CompetitiveGames {
    @Test
    void a_team_game_is_reported_and_social_time_is_not() {
      KickoffPlan games = oneDay(session("game", SessionKind.TEAM_GAME, 16, 0, 90));
      KickoffPlan dinner = oneDay(session("dinner", SessionKind.SOCIAL_TIME, 19, 0, 120));

      assertSilentEverywhere(dinner, GAMES);
      assertCells(
          games,
          GAMES,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), GAMES).findings(games).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.evidence().actual()).contains(SessionKind.TEAM_GAME);
      assertThat(f.message()).contains("competitive team game");
    }
  }

  @Nested
  class AwardsOnStage {
    @Test
    void an_awards_session_warns_in_behavior_change_only() {
      KickoffPlan awards =
          TestPlans.minimalBuilder()
              .days(
                  List.of(
                      AgendaDay.of(session("w1", SessionKind.WORKSHOP, 9, 0, 60)),
                      AgendaDay.of(
                          session("w2", SessionKind.WORKSHOP, 9, 0, 60),
                          session("awards", SessionKind.RECOGNITION, 19, 0, 90))))
              .addRecognitionCategories(
                  RecognitionCategory.TOP_REVENUE, RecognitionCategory.MOST_IMPROVED)
              .build();

      assertCells(awards, AWARDS, Map.of(Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), AWARDS).findings(awards).get(0);
      assertThat(f.location()).isEqualTo(Location.of("days[1].sessions[1]"));
      assertThat(f.location().sessionId()).contains("awards");
      assertThat(f.evidence().actual()).contains(SessionKind.RECOGNITION);
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("quarterly"));
    }

    @Test
    void recognition_categories_without_a_session_are_not_awards_on_stage() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .addRecognitionCategories(RecognitionCategory.TOP_REVENUE)
              .build();

      assertSilentEverywhere(plan, AWARDS);
    }
  }

  @Nested
  class VagueTheme {
    Outcome outcome(boolean withMetric) {
      Outcome.Builder b = Outcome.builder().title("More Q1 pipeline");
      if (withMetric) {
        b.metric(Metric.PIPELINE_CREATED);
      }
      return b.build();
    }

    @Test
    void without_a_theme_the_rule_is_silent() {
      assertSilentEverywhere(TestPlans.minimal(), THEME);
    }

    @Test
    void a_theme_with_an_outcome_metric_or_a_metric_target_passes() {
      KickoffPlan withOutcome =
          TestPlans.minimalBuilder().theme("Go for greatness").addOutcomes(outcome(true)).build();
      KickoffPlan withTarget =
          TestPlans.minimalBuilder()
              .theme("Go for greatness")
              .addOutcomes(outcome(false))
              .addMetricTargets(
                  MetricTarget.builder()
                      .metric(Metric.DIALS_PER_REP_PER_DAY)
                      .baseline(35)
                      .target(42)
                      .build())
              .build();

      assertSilentEverywhere(withOutcome, THEME);
      assertSilentEverywhere(withTarget, THEME);
    }

    @Test
    void a_theme_without_anything_measurable_is_reported() {
      KickoffPlan plan =
          TestPlans.minimalBuilder().theme("Go for greatness").addOutcomes(outcome(false)).build();

      assertCells(
          plan,
          THEME,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), THEME).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("theme"));
      assertThat(f.message()).contains("\"Go for greatness\"", "not backed");
      assertThat(f.evidence().actual()).contains(0);
      assertThat(f.evidence().figure("theme", String.class)).contains("Go for greatness");
    }
  }

  @Nested
  class DestinationOffsiteTests {
    KickoffPlan atVenue(VenueKind venue, int halfDays) {
      return TestPlans.minimalBuilder().venue(venue).days(days(halfDays)).build();
    }

    @ParameterizedTest(name = "{0}, {1} half days -> {2}")
    @CsvSource({
      "DESTINATION_RESORT, 4, NONE",
      "DESTINATION_RESORT, 5, NONE",
      "DESTINATION_RESORT, 6, REPORTED",
      "DESTINATION_RESORT, 7, REPORTED",
      "HOTEL, 8, NONE",
      "CONFERENCE_CENTER, 6, NONE",
    })
    void a_resort_for_3_days_or_more_is_reported(VenueKind venue, int halfDays, String expected) {
      KickoffPlan plan = atVenue(venue, halfDays);
      if (expected.equals("NONE")) {
        assertSilentEverywhere(plan, OFFSITE);
      } else {
        assertCells(
            plan,
            OFFSITE,
            Map.of(
                Profiles.recommended(), Severity.INFO,
                Profiles.behaviorChange(), Severity.WARNING));
      }
    }

    @Test
    void the_resort_finding_points_at_the_venue() {
      Finding f =
          RuleTester.of(Profiles.behaviorChange(), OFFSITE)
              .findings(atVenue(VenueKind.DESTINATION_RESORT, 7))
              .get(0);

      assertThat(f.location()).isEqualTo(Location.of("venue"));
      assertThat(f.evidence().actual()).contains(3.5);
      assertThat(f.evidence().expected()).contains(3);
      assertThat(f.message()).contains("3.5 days at a destination resort");
    }

    KickoffPlan costing(String hardCost, String currency) {
      return TestPlans.minimalBuilder()
          .headcount(30)
          .budget(
              Budget.builder(currency)
                  .addItems(
                      CostItem.of(CostCategory.VENUE_AV, "Venue", Money.of(hardCost, currency)),
                      CostItem.of(
                          CostCategory.LOST_SELLING_TIME,
                          "Quota time",
                          Money.of(1_000_000, currency)))
                  .build())
          .build();
    }

    @Test
    void hard_cost_of_4000_usd_per_rep_passes() {
      assertSilentEverywhere(costing("120000.00", "USD"), OFFSITE);
    }

    @Test
    void hard_cost_of_4000_01_usd_per_rep_is_reported() {
      KickoffPlan plan = costing("120000.30", "USD");

      assertCells(
          plan,
          OFFSITE,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), OFFSITE).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("budget"));
      assertThat(f.evidence().actual()).contains(Money.of("4000.01", "USD"));
      assertThat(f.evidence().expected()).contains(Money.of(4_000, "USD"));
      assertThat(f.evidence().figure("hard-cost", Money.class))
          .contains(Money.of("120000.30", "USD"));
      assertThat(f.evidence().figure("reps", Integer.class)).contains(30);
      assertThat(f.message())
          .contains("4,000.01 USD", "120,000.30 USD for 30 reps carrying quota", "4,000 USD");
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("about 0.30 USD"));
    }

    @Test
    void soft_costs_do_not_count() {
      // 1,000,000 USD of lost selling time over 30 people would be far above the limit.
      assertSilentEverywhere(costing("0", "USD"), OFFSITE);
    }

    @Test
    void a_budget_in_another_currency_is_not_converted_and_said_so() {
      KickoffPlan plan = costing("9000000", "INR");

      List<Finding> alone =
          PlanValidator.builder()
              .ruleSet(RuleSet.of("alone", DestinationOffsite.RULE))
              .build()
              .validate(plan)
              .findings(OFFSITE);

      assertThat(alone)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location()).isEqualTo(Location.of("budget"));
                assertThat(f.message()).contains("300,000 INR", "4,000 USD", "cannot compare");
                assertThat(f.evidence().figure("hard-cost-per-rep", Money.class))
                    .contains(Money.of(300_000, "INR"));
                assertThat(f.evidence().actual()).isEmpty();
              });
      assertThat(RuleTester.of(Profiles.recommended(), OFFSITE).findings(plan)).hasSize(1);
    }

    @Test
    void the_limit_is_an_option_in_any_currency() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(OFFSITE, "max-hard-cost-per-rep", Money.of(300_000, "INR"))
              .build();

      assertThat(validator.validate(costing("9000000", "INR")).findings(OFFSITE)).isEmpty();
      assertThat(validator.validate(costing("9000030", "INR")).findings(OFFSITE))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void the_resort_days_are_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(OFFSITE, "resort-days", 2)
              .build();

      assertThat(validator.validate(atVenue(VenueKind.DESTINATION_RESORT, 3)).findings(OFFSITE))
          .isEmpty();
      assertThat(validator.validate(atVenue(VenueKind.DESTINATION_RESORT, 4)).findings(OFFSITE))
          .hasSize(1);
    }
  }

  @Nested
  class RecognitionCategories {
    KickoffPlan recognising(boolean session, RecognitionCategory... categories) {
      KickoffPlan.Builder b =
          TestPlans.minimalBuilder()
              .recognitionCategories(
                  categories.length == 0 ? Set.of() : EnumSet.of(categories[0], categories));
      if (session) {
        b.days(
            List.of(
                AgendaDay.of(
                    session("w", SessionKind.WORKSHOP, 9, 0, 60),
                    session("awards", SessionKind.RECOGNITION, 19, 0, 60))));
      }
      return b.build();
    }

    @Test
    void without_recognition_the_rule_is_silent() {
      assertSilentEverywhere(TestPlans.minimal(), CATEGORIES);
    }

    @Test
    void two_categories_pass() {
      assertSilentEverywhere(
          recognising(true, RecognitionCategory.TOP_REVENUE, RecognitionCategory.MOST_IMPROVED),
          CATEGORIES);
    }

    @ParameterizedTest
    @EnumSource(
        value = RecognitionCategory.class,
        names = {"TOP_REVENUE", "MOST_IMPROVED"})
    void one_category_is_reported_per_profile(RecognitionCategory only) {
      KickoffPlan plan = recognising(true, only);

      assertCells(
          plan,
          CATEGORIES,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.classic(), Severity.WARNING,
              Profiles.accelerationSummit(), Severity.INFO));
      Finding f = RuleTester.of(Profiles.classic(), CATEGORIES).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("days[0].sessions[1]"));
      assertThat(f.evidence().actual()).contains(1);
      assertThat(f.evidence().expected()).contains(2);
    }

    @Test
    void only_top_revenue_says_so() {
      Finding f =
          RuleTester.of(Profiles.classic(), CATEGORIES)
              .findings(recognising(true, RecognitionCategory.TOP_REVENUE))
              .get(0);

      assertThat(f.message()).contains("honours only top revenue");
    }

    @Test
    void a_recognition_session_without_categories_is_reported() {
      Finding f = RuleTester.of(Profiles.classic(), CATEGORIES).findings(recognising(true)).get(0);

      assertThat(f.message()).contains("names no category");
      assertThat(f.evidence().actual()).contains(0);
    }

    @Test
    void categories_without_a_session_point_at_the_categories() {
      Finding f =
          RuleTester.of(Profiles.classic(), CATEGORIES)
              .findings(recognising(false, RecognitionCategory.TOP_REVENUE))
              .get(0);

      assertThat(f.location()).isEqualTo(Location.of("recognitionCategories"));
    }

    @Test
    void only_top_revenue_is_reported_even_when_one_category_is_enough() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.classic())
              .option(CATEGORIES, "min-categories", 1)
              .build();

      assertThat(
              validator
                  .validate(recognising(false, RecognitionCategory.MOST_IMPROVED))
                  .findings(CATEGORIES))
          .isEmpty();
      assertThat(
              validator
                  .validate(recognising(false, RecognitionCategory.TOP_REVENUE))
                  .findings(CATEGORIES))
          .hasSize(1);
    }
  }
}
