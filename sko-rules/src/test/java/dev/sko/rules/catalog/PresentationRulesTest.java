package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.rules.Finding;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PresentationRulesTest {
  private static final String LENGTH_CAP = "sko.presentation.length-cap";
  private static final String EXECUTIVE_LIMIT = "sko.presentation.executive-limit";
  private static final String QA_BUILT_IN = "sko.presentation.qa-built-in";
  private static final String ROADMAP = "sko.content.roadmap-deep-dive";

  private static final Presenter CEO = Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE);
  private static final Presenter PM = Presenter.of("Sam Okafor", PresenterRole.PRODUCT);

  /** A 09:00 session of {@code kind} by {@code presenter} with talk and moderated Q&A time. */
  static Session talk(SessionKind kind, Presenter presenter, int talk, int qa) {
    Session.Builder b = sessionBuilder("talk", kind, 9, 0, talk).addPresenter(presenter);
    if (qa > 0) {
      b.qaTime(Duration.ofMinutes(qa)).qaStyle(QaStyle.MODERATED);
    }
    return b.build();
  }

  static KickoffPlan planWith(Session s) {
    return oneDay(s);
  }

  @Nested
  class LengthCap {
    @Test
    void thirty_minutes_of_talk_is_within_the_cap_in_every_profile_but_behavior_change() {
      for (RuleSet profile :
          List.of(Profiles.recommended(), Profiles.classic(), Profiles.accelerationSummit())) {
        assertThat(
                RuleTester.of(profile, LENGTH_CAP)
                    .findings(planWith(talk(SessionKind.KEYNOTE, PM, 30, 0))))
            .as(profile.name())
            .isEmpty();
        assertThat(
                RuleTester.of(profile, LENGTH_CAP)
                    .findings(planWith(talk(SessionKind.KEYNOTE, PM, 31, 0))))
            .as(profile.name())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.WARNING);
                  assertThat(f.location().path()).isEqualTo("days[0].sessions[0]");
                  assertThat(f.evidence().actual()).contains(Duration.ofMinutes(31));
                  assertThat(f.evidence().expected()).contains(Duration.ofMinutes(30));
                  assertThat(f.message()).contains("31 min", "30 min");
                });
      }
    }

    @Test
    void behavior_change_caps_a_main_room_topic_at_an_hour() {
      RuleSet b = Profiles.behaviorChange();

      assertThat(
              RuleTester.of(b, LENGTH_CAP)
                  .findings(planWith(talk(SessionKind.PRODUCT_UPDATE, PM, 60, 0))))
          .isEmpty();
      assertThat(
              RuleTester.of(b, LENGTH_CAP)
                  .findings(planWith(talk(SessionKind.PRODUCT_UPDATE, PM, 61, 0))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidence().expected()).contains(Duration.ofMinutes(60));
              });
    }

    @Test
    void q_and_a_time_does_not_count_towards_the_cap() {
      assertThat(
              RuleTester.of(Profiles.recommended(), LENGTH_CAP)
                  .findings(planWith(talk(SessionKind.KEYNOTE, PM, 30, 30))))
          .isEmpty();
    }

    @Test
    void interactive_sessions_are_not_capped() {
      assertThat(
              RuleTester.of(Profiles.recommended(), LENGTH_CAP)
                  .findings(planWith(session("w", SessionKind.WORKSHOP, 9, 0, 120))))
          .isEmpty();
    }
  }

  @Nested
  class ExecutiveLimit {
    @Test
    void forty_five_minutes_including_q_and_a_is_the_limit_in_every_profile_but_behaviour_change() {
      for (RuleSet profile :
          List.of(Profiles.recommended(), Profiles.classic(), Profiles.accelerationSummit())) {
        assertThat(
                RuleTester.of(profile, EXECUTIVE_LIMIT)
                    .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 30, 15))))
            .as(profile.name())
            .isEmpty();
        assertThat(
                RuleTester.of(profile, EXECUTIVE_LIMIT)
                    .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 30, 16))))
            .as(profile.name())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.ERROR);
                  assertThat(f.location().sessionId()).contains("talk");
                  assertThat(f.evidence().actual()).contains(Duration.ofMinutes(46));
                  assertThat(f.evidence().expected()).contains(Duration.ofMinutes(45));
                  assertThat(f.message()).contains("46 min", "30 min of talk", "16 min of Q&A");
                });
      }
    }

    /**
     * Issue 17, item 1: BEHAVIOR_CHANGE_MODEL gives day 1 morning's org state "1 hour max per
     * topic", so an executive's 60-minute org-state talk is within its profile's limit; a minute
     * more is not.
     */
    @Test
    void under_behaviour_change_an_executive_has_an_hour_per_topic() {
      RuleSet profile = Profiles.behaviorChange();

      assertThat(
              RuleTester.of(profile, EXECUTIVE_LIMIT)
                  .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 45, 15))))
          .isEmpty();
      assertThat(
              RuleTester.of(profile, EXECUTIVE_LIMIT)
                  .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 60, 0))))
          .isEmpty();
      assertThat(
              RuleTester.of(profile, EXECUTIVE_LIMIT)
                  .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 45, 16))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.evidence().expected()).contains(Duration.ofMinutes(60));
              });
    }

    @Test
    void a_long_talk_without_q_and_a_is_over_the_limit_too() {
      List<Finding> found =
          RuleTester.of(Profiles.recommended(), EXECUTIVE_LIMIT)
              .findings(planWith(talk(SessionKind.KEYNOTE, CEO, 60, 0)));

      assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains("60 min"));
    }

    @Test
    void a_long_talk_by_someone_else_is_not_an_executive_presentation() {
      assertThat(
              RuleTester.of(Profiles.recommended(), EXECUTIVE_LIMIT)
                  .findings(planWith(talk(SessionKind.KEYNOTE, PM, 60, 0))))
          .isEmpty();
    }

    @Test
    void an_executive_led_workshop_is_not_a_presentation() {
      Session workshop =
          sessionBuilder("w", SessionKind.WORKSHOP, 9, 0, 90).addPresenter(CEO).build();

      assertThat(
              RuleTester.of(Profiles.recommended(), EXECUTIVE_LIMIT).findings(planWith(workshop)))
          .isEmpty();
    }
  }

  @Nested
  class QaBuiltIn {
    @Test
    void a_presentation_under_twenty_minutes_needs_no_q_and_a() {
      assertThat(
              RuleTester.of(Profiles.recommended(), QA_BUILT_IN)
                  .findings(planWith(talk(SessionKind.KEYNOTE, PM, 19, 0))))
          .isEmpty();
    }

    @Test
    void twenty_minutes_without_q_and_a_warns() {
      assertThat(
              RuleTester.of(Profiles.recommended(), QA_BUILT_IN)
                  .findings(planWith(talk(SessionKind.KEYNOTE, PM, 20, 0))))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path()).isEqualTo("days[0].sessions[0]");
                assertThat(f.evidence().actual()).contains(Duration.ZERO);
                assertThat(f.evidence().figure("talk-time", Duration.class))
                    .contains(Duration.ofMinutes(20));
                assertThat(f.evidence().figure("min-talk-time", Duration.class))
                    .contains(Duration.ofMinutes(20));
              });
    }

    @Test
    void twenty_minutes_with_q_and_a_is_fine() {
      assertThat(
              RuleTester.of(Profiles.recommended(), QA_BUILT_IN)
                  .findings(planWith(talk(SessionKind.KEYNOTE, PM, 20, 5))))
          .isEmpty();
    }

    @Test
    void classic_warns_acceleration_summit_informs_behavior_change_does_not_check() {
      KickoffPlan plan = planWith(talk(SessionKind.PANEL, PM, 40, 0));

      assertThat(RuleTester.of(Profiles.classic(), QA_BUILT_IN).findings(plan))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(Severity.WARNING);
      assertThat(RuleTester.of(Profiles.accelerationSummit(), QA_BUILT_IN).findings(plan))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(Severity.INFO);
      assertThat(Profiles.behaviorChange().contains(QA_BUILT_IN)).isFalse();
    }
  }

  @Nested
  class RoadmapDeepDive {
    @Test
    void a_roadmap_under_an_hour_in_the_main_room_is_fine() {
      assertThat(
              RuleTester.of(Profiles.recommended(), ROADMAP)
                  .findings(planWith(talk(SessionKind.ROADMAP, PM, 59, 0))))
          .isEmpty();
    }

    @Test
    void an_hour_of_roadmap_in_the_main_room_warns() {
      for (RuleSet profile : List.of(Profiles.recommended(), Profiles.behaviorChange())) {
        assertThat(
                RuleTester.of(profile, ROADMAP)
                    .findings(planWith(talk(SessionKind.ROADMAP, PM, 60, 0))))
            .as(profile.name())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity()).isEqualTo(Severity.WARNING);
                  assertThat(f.location().path()).isEqualTo("days[0].sessions[0]");
                  assertThat(f.evidence().actual()).contains(Duration.ofMinutes(60));
                  assertThat(f.evidence().expected()).contains(Duration.ofMinutes(60));
                });
      }
    }

    @Test
    void the_slot_counts_talk_plus_q_and_a() {
      assertThat(
              RuleTester.of(Profiles.recommended(), ROADMAP)
                  .findings(planWith(talk(SessionKind.PRODUCT_UPDATE, PM, 50, 10))))
          .hasSize(1);
    }

    @Test
    void a_keynote_tagged_with_the_roadmap_counts() {
      Session keynote =
          sessionBuilder("k", SessionKind.KEYNOTE, 9, 0, 60)
              .addPresenter(PM)
              .addTopic(Topic.PRODUCT_ROADMAP)
              .build();

      assertThat(RuleTester.of(Profiles.recommended(), ROADMAP).findings(planWith(keynote)))
          .hasSize(1);
    }

    @Test
    void an_hour_long_roadmap_breakout_or_other_topic_is_fine() {
      Session breakout =
          sessionBuilder("r", SessionKind.ROADMAP, 9, 0, 90).room(RoomKind.BREAKOUT).build();
      Session strategy = talk(SessionKind.KEYNOTE, PM, 60, 0);

      assertThat(RuleTester.of(Profiles.recommended(), ROADMAP).findings(planWith(breakout)))
          .isEmpty();
      assertThat(RuleTester.of(Profiles.recommended(), ROADMAP).findings(planWith(strategy)))
          .isEmpty();
    }

    @Test
    void acceleration_summit_informs_and_classic_does_not_check() {
      assertThat(
              RuleTester.of(Profiles.accelerationSummit(), ROADMAP)
                  .findings(planWith(talk(SessionKind.ROADMAP, PM, 60, 0))))
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(Severity.INFO);
      assertThat(Profiles.classic().contains(ROADMAP)).isFalse();
    }
  }
}
