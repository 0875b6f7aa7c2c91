package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AgendaRulesTest {
  private static final String SHARE = "sko.agenda.interactive-share";
  private static final String CORE = "sko.agenda.core-content";
  private static final String CUSTOMER = "sko.agenda.customer-voice";
  private static final String SOCIAL = "sko.agenda.social-time";
  private static final String PEER = "sko.agenda.peer-teaching";
  private static final String TQC = "sko.agenda.territory-quota-comp";
  private static final String EXPERIENTIAL = "sko.agenda.experiential-learning";

  /** A plan whose only session is a keynote: it has none of the sessions the rules look for. */
  static KickoffPlan bare() {
    return oneDay(session("k", SessionKind.KEYNOTE, 9, 0, 30));
  }

  static Severity severityOf(RuleSet profile, KickoffPlan plan, String id) {
    List<Finding> found = RuleTester.of(profile, id).findings(plan);
    assertThat(found).as(profile.name() + " " + id).hasSize(1);
    return found.get(0).severity();
  }

  @Nested
  class InteractiveShare {
    /** {@code presentation} minutes of keynote in the morning, {@code interactive} of workshop. */
    KickoffPlan mix(int presentation, int interactive) {
      List<Session> sessions = new ArrayList<>();
      if (presentation > 0) {
        sessions.add(session("p", SessionKind.KEYNOTE, 6, 0, presentation));
      }
      if (interactive > 0) {
        sessions.add(session("i", SessionKind.WORKSHOP, 9, 0, interactive));
      }
      sessions.add(session("lunch", SessionKind.MEAL, 12, 0, 60));
      sessions.add(session("dinner", SessionKind.SOCIAL_TIME, 19, 0, 180));
      return TestPlans.minimalBuilder()
          .days(List.of(AgendaDay.builder().addAllSessions(sessions).build()))
          .build();
    }

    @ParameterizedTest(name = "{0} min presentation, {1} min interactive -> {2}")
    @CsvSource({
      "120, 80, NONE",
      "121, 79, WARNING",
      "140, 60, WARNING",
      "141, 59, ERROR",
      "100, 0, ERROR",
      "0, 100, NONE",
      "1, 600, NONE",
    })
    void recommended_behavior_change_and_acceleration_summit_warn_below_40_and_fail_below_30(
        int presentation, int interactive, String expected) {
      for (RuleSet profile :
          List.of(
              Profiles.recommended(), Profiles.behaviorChange(), Profiles.accelerationSummit())) {
        List<Finding> found =
            RuleTester.of(profile, SHARE).findings(mix(presentation, interactive));
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

    @ParameterizedTest(name = "{0} min presentation, {1} min interactive -> {2}")
    @CsvSource({"140, 60, NONE", "141, 59, WARNING", "100, 0, WARNING"})
    void classic_warns_below_30_and_never_fails(
        int presentation, int interactive, String expected) {
      List<Finding> found =
          RuleTester.of(Profiles.classic(), SHARE).findings(mix(presentation, interactive));

      if (expected.equals("NONE")) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.WARNING);
                  assertThat(f.evidence().expected()).contains(0.30);
                });
      }
    }

    @Test
    void the_finding_carries_the_share_and_the_minutes() {
      Finding f = RuleTester.of(Profiles.recommended(), SHARE).findings(mix(121, 79)).get(0);

      assertThat(f.location()).isEqualTo(Location.plan());
      assertThat(f.evidence().actual()).contains(79.0 / 200);
      assertThat(f.evidence().expected()).contains(0.40);
      assertThat(f.evidence().figure("interactive-minutes", Long.class)).contains(79L);
      assertThat(f.evidence().figure("content-minutes", Long.class)).contains(200L);
      assertThat(f.message()).contains("39.5%", "79 of 200 min", "40%");
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("about 1 more"));
    }

    @Test
    void an_error_names_the_error_threshold() {
      Finding f = RuleTester.of(Profiles.recommended(), SHARE).findings(mix(141, 59)).get(0);

      assertThat(f.evidence().expected()).contains(0.30);
      assertThat(f.message()).contains("29.5%", "below 30%");
      assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("about 21 more"));
    }

    @Test
    void breaks_meals_and_social_time_do_not_count() {
      KickoffPlan plan =
          oneDay(
              session("p", SessionKind.KEYNOTE, 8, 0, 60),
              session("i", SessionKind.WORKSHOP, 9, 0, 40),
              session("break", SessionKind.BREAK, 10, 0, 300),
              session("games", SessionKind.TEAM_GAME, 16, 0, 300));

      assertThat(RuleTester.of(Profiles.recommended(), SHARE).findings(plan)).isEmpty();
    }

    @Test
    void an_agenda_without_content_time_is_not_measured() {
      KickoffPlan plan = oneDay(session("dinner", SessionKind.SOCIAL_TIME, 19, 0, 120));

      assertThat(RuleTester.of(Profiles.recommended(), SHARE).findings(plan)).isEmpty();
    }
  }

  @Nested
  class CoreContent {
    /** One content session per core area, leaving out {@code missing} (null: none). */
    KickoffPlan covering(Topic... missing) {
      List<Topic> leaveOut = List.of(missing);
      List<Session> sessions = new ArrayList<>();
      if (!leaveOut.contains(Topic.VISION_STRATEGY)) {
        sessions.add(
            sessionBuilder("vision", SessionKind.KEYNOTE, 8, 0, 30)
                .addTopic(Topic.VISION_STRATEGY)
                .build());
      }
      if (!leaveOut.contains(Topic.TARGETS_QUOTAS)) {
        sessions.add(session("targets", SessionKind.TERRITORY_QUOTA_COMP, 9, 0, 30));
      }
      if (!leaveOut.contains(Topic.PRODUCT_ROADMAP)) {
        sessions.add(session("product", SessionKind.PRODUCT_UPDATE, 10, 0, 30));
      }
      if (!leaveOut.contains(Topic.MESSAGING_POSITIONING)) {
        sessions.add(
            sessionBuilder("messaging", SessionKind.PRESENTATION_TALK, 11, 0, 30)
                .addTopic(Topic.MESSAGING_POSITIONING)
                .build());
      }
      if (!leaveOut.contains(Topic.SKILLS_TRAINING)) {
        sessions.add(session("skills", SessionKind.ROLE_PLAY, 13, 0, 30));
      }
      sessions.add(session("dinner", SessionKind.SOCIAL_TIME, 19, 0, 120));
      return TestPlans.minimalBuilder()
          .days(List.of(AgendaDay.builder().addAllSessions(sessions).build()))
          .build();
    }

    @Test
    void an_agenda_covering_every_area_passes_in_every_profile() {
      for (RuleSet profile :
          List.of(
              Profiles.recommended(),
              Profiles.classic(),
              Profiles.behaviorChange(),
              Profiles.accelerationSummit())) {
        if (!profile.contains(CORE)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, CORE).findings(covering())).as(profile.name()).isEmpty();
      }
    }

    @ParameterizedTest
    @EnumSource(
        value = Topic.class,
        names = {"VISION_STRATEGY", "TARGETS_QUOTAS", "PRODUCT_ROADMAP", "MESSAGING_POSITIONING"})
    void a_missing_area_other_than_skills_warns(Topic missing) {
      for (RuleSet profile :
          List.of(
              Profiles.recommended(),
              Profiles.classic(),
              Profiles.behaviorChange(),
              Profiles.accelerationSummit())) {
        assertThat(RuleTester.of(profile, CORE).findings(covering(missing)))
            .as(profile.name())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.WARNING);
                  assertThat(f.location()).isEqualTo(Location.plan());
                  assertThat(f.evidence().figure("topic", Topic.class)).contains(missing);
                  assertThat(f.evidence().actual()).contains(0);
                });
      }
    }

    @Test
    void missing_skills_training_is_an_error() {
      assertThat(
              RuleTester.of(Profiles.recommended(), CORE).findings(covering(Topic.SKILLS_TRAINING)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.evidence().figure("topic", Topic.class))
                    .contains(Topic.SKILLS_TRAINING);
                assertThat(f.message()).contains("skills training");
              });
    }

    @Test
    void each_missing_area_is_its_own_finding() {
      List<Finding> found =
          RuleTester.of(Profiles.recommended(), CORE)
              .findings(
                  covering(
                      Topic.VISION_STRATEGY,
                      Topic.TARGETS_QUOTAS,
                      Topic.PRODUCT_ROADMAP,
                      Topic.MESSAGING_POSITIONING,
                      Topic.SKILLS_TRAINING));

      assertThat(found).hasSize(5);
      assertThat(found).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(1);
    }

    @Test
    void a_topic_on_a_social_session_does_not_count() {
      KickoffPlan plan = covering(Topic.VISION_STRATEGY);
      Session dinnerTalk =
          sessionBuilder("ceo-dinner", SessionKind.SOCIAL_TIME, 22, 0, 60)
              .addTopic(Topic.VISION_STRATEGY)
              .build();
      KickoffPlan withDinnerTalk =
          TestPlans.minimalBuilder()
              .days(
                  List.of(
                      AgendaDay.builder()
                          .addAllSessions(plan.days().get(0).sessions())
                          .addSessions(dinnerTalk)
                          .build()))
              .build();

      assertThat(RuleTester.of(Profiles.recommended(), CORE).findings(withDinnerTalk)).hasSize(1);
    }
  }

  @Nested
  class CustomerVoice {
    @Test
    void no_customer_session_is_reported_at_each_profiles_severity() {
      assertThat(severityOf(Profiles.recommended(), bare(), CUSTOMER)).isEqualTo(Severity.INFO);
      assertThat(severityOf(Profiles.classic(), bare(), CUSTOMER)).isEqualTo(Severity.WARNING);
      assertThat(severityOf(Profiles.accelerationSummit(), bare(), CUSTOMER))
          .isEqualTo(Severity.WARNING);
      assertThat(Profiles.behaviorChange().contains(CUSTOMER)).isFalse();
      assertThat(RuleTester.of(Profiles.recommended(), CUSTOMER).findings(bare()).get(0).location())
          .isEqualTo(Location.plan());
    }

    @Test
    void a_customer_story_or_interaction_counts() {
      assertThat(
              RuleTester.of(Profiles.classic(), CUSTOMER)
                  .findings(oneDay(session("c", SessionKind.CUSTOMER_STORY, 9, 0, 30))))
          .isEmpty();
      assertThat(
              RuleTester.of(Profiles.classic(), CUSTOMER)
                  .findings(oneDay(session("c", SessionKind.CUSTOMER_INTERACTION, 9, 0, 30))))
          .isEmpty();
    }

    @Test
    void a_panel_counts_only_with_customers_on_it() {
      Session internalPanel = session("p", SessionKind.PANEL, 9, 0, 30);
      Session customerPanel =
          sessionBuilder("p", SessionKind.PANEL, 9, 0, 30)
              .addCustomerMix(CustomerSentiment.PROMOTER)
              .build();
      Session panelWithCustomer =
          sessionBuilder("p", SessionKind.PANEL, 9, 0, 30)
              .addPresenter(Presenter.of("Ana", PresenterRole.CUSTOMER))
              .build();

      assertThat(RuleTester.of(Profiles.classic(), CUSTOMER).findings(oneDay(internalPanel)))
          .hasSize(1);
      assertThat(RuleTester.of(Profiles.classic(), CUSTOMER).findings(oneDay(customerPanel)))
          .isEmpty();
      assertThat(RuleTester.of(Profiles.classic(), CUSTOMER).findings(oneDay(panelWithCustomer)))
          .isEmpty();
    }
  }

  @Nested
  class SocialTime {
    KickoffPlan plan(EventFormat format, Session... sessions) {
      return TestPlans.minimalBuilder()
          .format(format)
          .venue(format == EventFormat.VIRTUAL ? VenueKind.VIRTUAL_PLATFORM : VenueKind.HOTEL)
          .days(List.of(AgendaDay.of(sessions)))
          .build();
    }

    @Test
    void an_in_person_or_hybrid_event_without_social_time_is_reported() {
      Session keynote = session("k", SessionKind.KEYNOTE, 9, 0, 30);

      assertThat(severityOf(Profiles.recommended(), plan(EventFormat.IN_PERSON, keynote), SOCIAL))
          .isEqualTo(Severity.WARNING);
      assertThat(severityOf(Profiles.classic(), plan(EventFormat.HYBRID, keynote), SOCIAL))
          .isEqualTo(Severity.WARNING);
      assertThat(
              severityOf(Profiles.behaviorChange(), plan(EventFormat.IN_PERSON, keynote), SOCIAL))
          .isEqualTo(Severity.INFO);
      assertThat(
              severityOf(
                  Profiles.accelerationSummit(), plan(EventFormat.IN_PERSON, keynote), SOCIAL))
          .isEqualTo(Severity.INFO);
    }

    @Test
    void a_social_session_or_team_activity_counts_but_a_meal_does_not() {
      Session keynote = session("k", SessionKind.KEYNOTE, 9, 0, 30);
      RuleTester social = RuleTester.of(Profiles.recommended(), SOCIAL);

      social.expectNoFindings(
          plan(EventFormat.IN_PERSON, keynote, session("d", SessionKind.SOCIAL_TIME, 19, 0, 120)));
      social.expectNoFindings(
          plan(EventFormat.IN_PERSON, keynote, session("g", SessionKind.TEAM_GAME, 16, 0, 60)));
      assertThat(
              social.findings(
                  plan(EventFormat.IN_PERSON, keynote, session("m", SessionKind.MEAL, 12, 0, 60))))
          .hasSize(1);
    }

    @Test
    void a_virtual_event_is_not_checked() {
      assertThat(
              RuleTester.of(Profiles.recommended(), SOCIAL)
                  .findings(plan(EventFormat.VIRTUAL, session("k", SessionKind.KEYNOTE, 9, 0, 30))))
          .isEmpty();
    }
  }

  @Nested
  class PeerTeaching {
    Session taughtBy(PresenterRole role, SessionKind kind) {
      return sessionBuilder("s", kind, 9, 0, 45).addPresenter(Presenter.of("Lee", role)).build();
    }

    @Test
    void a_session_taught_by_a_peer_or_top_performer_passes() {
      assertThat(
              RuleTester.of(Profiles.recommended(), PEER)
                  .findings(oneDay(taughtBy(PresenterRole.PEER_REP, SessionKind.PEER_WAR_STORIES))))
          .isEmpty();
      assertThat(
              RuleTester.of(Profiles.recommended(), PEER)
                  .findings(
                      oneDay(taughtBy(PresenterRole.TOP_PERFORMER, SessionKind.PRESENTATION_TALK))))
          .isEmpty();
    }

    @Test
    void sessions_led_only_by_others_warn_in_every_profile() {
      KickoffPlan plan = oneDay(taughtBy(PresenterRole.EXECUTIVE, SessionKind.WORKSHOP));

      for (RuleSet profile :
          List.of(
              Profiles.recommended(),
              Profiles.classic(),
              Profiles.behaviorChange(),
              Profiles.accelerationSummit())) {
        assertThat(severityOf(profile, plan, PEER)).as(profile.name()).isEqualTo(Severity.WARNING);
      }
      assertThat(RuleTester.of(Profiles.recommended(), PEER).findings(plan).get(0).location())
          .isEqualTo(Location.plan());
    }

    @Test
    void a_peer_hosting_a_dinner_is_not_teaching() {
      assertThat(
              RuleTester.of(Profiles.recommended(), PEER)
                  .findings(oneDay(taughtBy(PresenterRole.PEER_REP, SessionKind.SOCIAL_TIME))))
          .hasSize(1);
    }
  }

  @Nested
  class TerritoryQuotaComp {
    @Test
    void a_territory_quota_and_comp_session_passes() {
      assertThat(
              RuleTester.of(Profiles.accelerationSummit(), TQC)
                  .findings(oneDay(session("t", SessionKind.TERRITORY_QUOTA_COMP, 9, 0, 60))))
          .isEmpty();
    }

    @Test
    void a_missing_one_is_reported_at_each_profiles_severity() {
      assertThat(severityOf(Profiles.recommended(), bare(), TQC)).isEqualTo(Severity.WARNING);
      assertThat(severityOf(Profiles.classic(), bare(), TQC)).isEqualTo(Severity.INFO);
      assertThat(severityOf(Profiles.behaviorChange(), bare(), TQC)).isEqualTo(Severity.INFO);
      assertThat(severityOf(Profiles.accelerationSummit(), bare(), TQC)).isEqualTo(Severity.ERROR);
    }

    /**
     * Issue 17, item 1: BEHAVIOR_CHANGE_MODEL's event has no territory, quota or comp session and
     * treats comp and territory changes as confounders, so its own profile informs at most.
     */
    @Test
    void the_behaviour_change_profile_informs_at_most() {
      assertThat(RuleTester.of(Profiles.behaviorChange(), TQC).findings(bare()))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void goal_setting_on_targets_is_not_delivering_territories() {
      assertThat(
              RuleTester.of(Profiles.accelerationSummit(), TQC)
                  .findings(oneDay(session("g", SessionKind.GOAL_SETTING, 9, 0, 60))))
          .hasSize(1);
    }
  }

  @Nested
  class ExperientialLearning {
    @ParameterizedTest
    @EnumSource(
        value = SessionKind.class,
        names = {"WIN_LOSS_REVIEW", "DEAL_CLINIC", "CUSTOMER_INTERACTION"})
    void a_win_loss_review_deal_clinic_or_customer_interaction_passes(SessionKind kind) {
      assertThat(
              RuleTester.of(Profiles.accelerationSummit(), EXPERIENTIAL)
                  .findings(oneDay(session("e", kind, 9, 0, 60))))
          .isEmpty();
    }

    @Test
    void other_interactive_sessions_are_not_experiential() {
      KickoffPlan plan = oneDay(session("w", SessionKind.WORKSHOP, 9, 0, 60));

      assertThat(severityOf(Profiles.recommended(), plan, EXPERIENTIAL)).isEqualTo(Severity.INFO);
      assertThat(severityOf(Profiles.accelerationSummit(), plan, EXPERIENTIAL))
          .isEqualTo(Severity.WARNING);
      assertThat(Profiles.classic().contains(EXPERIENTIAL)).isFalse();
      assertThat(Profiles.behaviorChange().contains(EXPERIENTIAL)).isFalse();
    }
  }

  @Test
  void the_area_rules_are_registered_in_catalogue_order_after_the_schedule_rules() {
    List<String> ids = new ArrayList<>();
    Catalog.rules().forEach(r -> ids.add(r.id()));

    assertThat(ids)
        .containsSubsequence(
            "sko.duration.team-size",
            "sko.duration.extra-day-cost",
            "sko.agenda.overlap",
            "sko.presentation.length-cap",
            "sko.presentation.executive-limit",
            "sko.presentation.qa-built-in",
            "sko.content.roadmap-deep-dive",
            SHARE,
            CORE,
            CUSTOMER,
            SOCIAL,
            PEER,
            TQC,
            EXPERIENTIAL);
    assertThat(Profiles.planningProcess().ids())
        .doesNotContain(SHARE, CORE, "sko.duration.team-size");
  }

  @Test
  void option_values_of_the_wrong_type_fail_at_build() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                PlanValidator.builder()
                    .ruleSet(Profiles.recommended())
                    .option(SHARE, "warn-below", 40)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("warn-below");
  }
}
