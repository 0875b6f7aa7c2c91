package dev.sko.rules.catalog;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static dev.sko.rules.catalog.AgendaFixtures.oneDay;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Audience;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRulesTest {
  private static final String SIZE = "sko.session.deal-clinic-size";
  private static final String FACILITATOR = "sko.session.deal-clinic-facilitator";
  private static final String PANEL = "sko.session.customer-panel-balance";
  private static final String ROTATION = "sko.session.skill-station-rotation";
  private static final String QA = "sko.session.moderated-qa";
  private static final String RECORDED = "sko.session.recorded-roleplay";

  /**
   * Asserts, for every profile, that rule {@code id} reports {@code offending} at the severity
   * {@code held} gives for the profile, and not at all in a profile {@code held} leaves out (a
   * profile without the rule must be left out).
   */
  static void assertCells(KickoffPlan offending, String id, Map<RuleSet, Severity> held) {
    for (RuleSet profile : Profiles.all().values()) {
      if (!profile.contains(id)) {
        assertThat(held).as(profile.name() + " does not hold " + id).doesNotContainKey(profile);
        continue;
      }
      List<Finding> found = RuleTester.of(profile, id).findings(offending);
      Severity expected = held.get(profile);
      if (expected == null) {
        assertThat(found).as(profile.name()).isEmpty();
      } else {
        assertThat(found)
            .as(profile.name())
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.severity()).isEqualTo(expected));
      }
    }
  }

  /** The first session of the plan's first day is at {@code days[0].sessions[0]}. */
  static final Location FIRST = Location.of("days[0].sessions[0]");

  @Nested
  class DealClinicSize {
    KickoffPlan clinic(int groupSize) {
      return oneDay(
          sessionBuilder("clinic", SessionKind.DEAL_CLINIC, 9, 0, 90).groupSize(groupSize).build());
    }

    @ParameterizedTest(name = "groups of {0}")
    @ValueSource(ints = {5, 6, 10})
    void groups_of_5_to_10_pass_in_every_profile(int size) {
      for (RuleSet profile : Profiles.all().values()) {
        if (!profile.contains(SIZE)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, SIZE).findings(clinic(size)))
            .as(profile.name())
            .isEmpty();
      }
    }

    @ParameterizedTest(name = "groups of {0}")
    @ValueSource(ints = {1, 4, 11, 30})
    void groups_outside_5_to_10_warn_in_recommended_and_acceleration_summit(int size) {
      assertCells(
          clinic(size),
          SIZE,
          Map.of(
              Profiles.recommended(), Severity.WARNING,
              Profiles.accelerationSummit(), Severity.WARNING));
    }

    @Test
    void the_finding_points_at_the_clinic_with_size_and_range() {
      Finding small = RuleTester.of(Profiles.accelerationSummit(), SIZE).findings(clinic(4)).get(0);
      Finding large =
          RuleTester.of(Profiles.accelerationSummit(), SIZE).findings(clinic(11)).get(0);

      assertThat(small.location()).isEqualTo(FIRST);
      assertThat(small.location().sessionId()).contains("clinic");
      assertThat(small.evidence().actual()).contains(4);
      assertThat(small.evidence().expected()).contains(IntRange.of(5, 10));
      assertThat(small.message()).contains("groups of 4 reps", "5 to 10");
      assertThat(small.remediation()).hasValueSatisfying(r -> assertThat(r).contains("Merge"));
      assertThat(large.evidence().actual()).contains(11);
      assertThat(large.remediation()).hasValueSatisfying(r -> assertThat(r).contains("Split"));
    }

    @Test
    void a_clinic_without_a_group_size_is_reported_naming_it() {
      KickoffPlan plan = oneDay(session("clinic", SessionKind.DEAL_CLINIC, 9, 0, 90));

      Finding f = RuleTester.of(Profiles.recommended(), SIZE).findings(plan).get(0);

      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.message()).contains("does not say how many reps each group holds");
      assertThat(f.evidence().actual()).isEmpty();
      assertThat(f.evidence().figure("group-size-range", IntRange.class))
          .contains(IntRange.of(5, 10));
    }

    @Test
    void the_range_is_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.recommended())
              .option(SIZE, "group-size", IntRange.of(3, 4))
              .build();

      assertThat(validator.validate(clinic(4)).findings(SIZE)).isEmpty();
      assertThat(validator.validate(clinic(5)).findings(SIZE)).hasSize(1);
    }

    @Test
    void other_sessions_are_not_checked() {
      KickoffPlan plan =
          oneDay(sessionBuilder("ws", SessionKind.WORKSHOP, 9, 0, 90).groupSize(30).build());

      assertThat(RuleTester.of(Profiles.recommended(), SIZE).findings(plan)).isEmpty();
    }
  }

  @Nested
  class DealClinicFacilitator {
    KickoffPlan clinic(Audience audience, Presenter... presenters) {
      return oneDay(
          sessionBuilder("clinic", SessionKind.DEAL_CLINIC, 9, 0, 90)
              .groupSize(8)
              .audience(audience)
              .addPresenters(presenters)
              .build());
    }

    @Test
    void a_top_performer_from_another_region_passes() {
      KickoffPlan plan =
          clinic(
              Audience.region("EMEA"),
              Presenter.of("Kim", PresenterRole.TOP_PERFORMER, "West"),
              Presenter.of("Lee", PresenterRole.ENABLEMENT, "EMEA"));

      for (RuleSet profile : Profiles.all().values()) {
        if (!profile.contains(FACILITATOR)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, FACILITATOR).findings(plan)).as(profile.name()).isEmpty();
      }
    }

    @Test
    void a_top_performer_from_the_same_region_is_reported() {
      KickoffPlan plan =
          clinic(Audience.region("EMEA"), Presenter.of("Kim", PresenterRole.TOP_PERFORMER, "EMEA"));

      assertCells(
          plan,
          FACILITATOR,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.accelerationSummit(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.accelerationSummit(), FACILITATOR).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.message()).contains("region EMEA", "from EMEA", "another region");
      assertThat(f.evidence().actual()).contains("EMEA");
      assertThat(f.evidence().expected()).contains("a region other than EMEA");
    }

    @Test
    void regions_compare_ignoring_case_and_spaces() {
      KickoffPlan plan =
          clinic(
              Audience.region("EMEA"), Presenter.of("Kim", PresenterRole.TOP_PERFORMER, " emea "));

      assertThat(RuleTester.of(Profiles.accelerationSummit(), FACILITATOR).findings(plan))
          .hasSize(1);
    }

    @Test
    void a_top_performer_without_a_region_cannot_be_shown_to_come_from_elsewhere() {
      KickoffPlan plan =
          clinic(Audience.region("EMEA"), Presenter.of("Kim", PresenterRole.TOP_PERFORMER));

      Finding f = RuleTester.of(Profiles.accelerationSummit(), FACILITATOR).findings(plan).get(0);

      assertThat(f.message()).contains("region is not given");
      assertThat(f.evidence().actual()).contains("not given");
      assertThat(f.remediation())
          .hasValueSatisfying(r -> assertThat(r).contains("Give the facilitator's region"));
    }

    @Test
    void a_clinic_led_by_enablement_is_reported() {
      KickoffPlan plan =
          clinic(Audience.region("EMEA"), Presenter.of("Lee", PresenterRole.ENABLEMENT, "West"));

      Finding f = RuleTester.of(Profiles.accelerationSummit(), FACILITATOR).findings(plan).get(0);

      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("not led by a top performer", "enablement", "EMEA");
      assertThat(f.evidence().actual()).contains("enablement");
      assertThat(f.evidence().expected()).contains(PresenterRole.TOP_PERFORMER);
    }

    @Test
    void without_a_region_audience_a_top_performer_is_enough() {
      KickoffPlan plan =
          clinic(Audience.everyone(), Presenter.of("Kim", PresenterRole.TOP_PERFORMER));

      assertThat(RuleTester.of(Profiles.accelerationSummit(), FACILITATOR).findings(plan))
          .isEmpty();
    }

    @Test
    void without_a_region_audience_a_missing_top_performer_says_the_region_cannot_be_checked() {
      KickoffPlan plan = clinic(Audience.everyone());

      Finding f = RuleTester.of(Profiles.recommended(), FACILITATOR).findings(plan).get(0);

      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message())
          .contains("no presenter", "region cannot be checked", "audience is everyone");
      assertThat(f.evidence().actual()).contains("no presenter");
    }
  }

  @Nested
  class CustomerPanelBalance {
    KickoffPlan panel(SessionKind kind, CustomerSentiment... mix) {
      return oneDay(
          sessionBuilder("panel", kind, 9, 0, 45)
              .addPresenters(Presenter.of("Pat", PresenterRole.CUSTOMER))
              .addCustomerMix(mix)
              .build());
    }

    @ParameterizedTest
    @EnumSource(
        value = SessionKind.class,
        names = {"PANEL", "CUSTOMER_STORY", "CUSTOMER_INTERACTION"})
    void all_three_sentiments_pass(SessionKind kind) {
      KickoffPlan plan =
          panel(
              kind,
              CustomerSentiment.PROMOTER,
              CustomerSentiment.NEUTRAL,
              CustomerSentiment.DETRACTOR);

      for (RuleSet profile : Profiles.all().values()) {
        if (!profile.contains(PANEL)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, PANEL).findings(plan)).as(profile.name()).isEmpty();
      }
    }

    @Test
    void a_panel_without_detractors_is_reported_per_profile() {
      KickoffPlan plan =
          panel(SessionKind.PANEL, CustomerSentiment.PROMOTER, CustomerSentiment.NEUTRAL);

      assertCells(
          plan,
          PANEL,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.classic(), Severity.INFO,
              Profiles.accelerationSummit(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.accelerationSummit(), PANEL).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.message()).contains("promoters and neutrals but no detractors");
      assertThat(f.evidence().actual()).contains(2);
      assertThat(f.evidence().expected()).contains(3);
      assertThat(f.evidence().figure("missing", String.class)).contains("detractors");
    }

    @Test
    void a_customer_session_without_a_mix_is_reported() {
      Finding f =
          RuleTester.of(Profiles.accelerationSummit(), PANEL)
              .findings(panel(SessionKind.CUSTOMER_INTERACTION))
              .get(0);

      assertThat(f.message()).contains("does not say which customers take part");
      assertThat(f.evidence().actual()).contains(0);
      assertThat(f.evidence().figure("missing", String.class))
          .contains("promoters, neutrals and detractors");
    }

    @Test
    void a_mix_without_customer_presenters_counts_as_a_customer_session() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("panel", SessionKind.CUSTOMER_STORY, 9, 0, 45)
                  .addCustomerMix(CustomerSentiment.PROMOTER)
                  .build());

      assertThat(RuleTester.of(Profiles.accelerationSummit(), PANEL).findings(plan)).hasSize(1);
    }

    @Test
    void a_panel_of_employees_or_a_workshop_with_customers_is_not_checked() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("panel", SessionKind.PANEL, 9, 0, 45)
                  .addPresenters(Presenter.of("Dana", PresenterRole.EXECUTIVE))
                  .build(),
              sessionBuilder("ws", SessionKind.WORKSHOP, 10, 0, 45)
                  .addPresenters(Presenter.of("Pat", PresenterRole.CUSTOMER))
                  .build());

      assertThat(RuleTester.of(Profiles.accelerationSummit(), PANEL).findings(plan)).isEmpty();
    }
  }

  @Nested
  class SkillStationRotation {
    KickoffPlan stations(int minutes, int rotation) {
      Session.Builder b = sessionBuilder("stations", SessionKind.SKILL_STATION, 9, 0, minutes);
      if (rotation > 0) {
        b.rotationInterval(Duration.ofMinutes(rotation));
      }
      return oneDay(b.build());
    }

    @ParameterizedTest(name = "{0} min, rotating every {1} min (0: none) -> {2}")
    @CsvSource({
      "135, 45, NONE",
      "135, 30, NONE",
      "135, 46, REPORTED",
      "45, 0, NONE",
      "46, 0, REPORTED",
      "30, 60, REPORTED",
    })
    void stations_rotate_at_least_every_45_minutes(int minutes, int rotation, String expected) {
      KickoffPlan plan = stations(minutes, rotation);
      if (expected.equals("NONE")) {
        for (RuleSet profile : Profiles.all().values()) {
          if (!profile.contains(ROTATION)) {
            continue; // a profile without the rule reports nothing from it
          }
          assertThat(RuleTester.of(profile, ROTATION).findings(plan)).as(profile.name()).isEmpty();
        }
      } else {
        assertCells(
            plan,
            ROTATION,
            Map.of(
                Profiles.recommended(), Severity.INFO,
                Profiles.behaviorChange(), Severity.WARNING));
      }
    }

    @Test
    void a_slow_rotation_carries_interval_and_limit() {
      Finding f =
          RuleTester.of(Profiles.behaviorChange(), ROTATION).findings(stations(135, 46)).get(0);

      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.evidence().actual()).contains(Duration.ofMinutes(46));
      assertThat(f.evidence().expected()).contains(Duration.ofMinutes(45));
      assertThat(f.message()).contains("rotate every 46 min", "45 min");
    }

    @Test
    void a_long_station_without_rotation_carries_its_length() {
      Finding f =
          RuleTester.of(Profiles.behaviorChange(), ROTATION).findings(stations(46, 0)).get(0);

      assertThat(f.evidence().actual()).contains(Duration.ofMinutes(46));
      assertThat(f.message()).contains("runs 46 min without a rotation");
    }

    @Test
    void the_interval_is_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(ROTATION, "max-interval", Duration.ofMinutes(30))
              .build();

      assertThat(validator.validate(stations(135, 30)).findings(ROTATION)).isEmpty();
      assertThat(validator.validate(stations(135, 31)).findings(ROTATION)).hasSize(1);
    }
  }

  @Nested
  class ModeratedQa {
    KickoffPlan executiveWithQa(QaStyle style) {
      return oneDay(
          sessionBuilder("ceo", SessionKind.KEYNOTE, 9, 0, 30)
              .qaTime(Duration.ofMinutes(15))
              .qaStyle(style)
              .addPresenters(Presenter.of("Dana", PresenterRole.EXECUTIVE))
              .build());
    }

    @Test
    void moderated_executive_qa_passes() {
      for (RuleSet profile : Profiles.all().values()) {
        if (!profile.contains(QA)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, QA).findings(executiveWithQa(QaStyle.MODERATED)))
            .as(profile.name())
            .isEmpty();
      }
    }

    @Test
    void open_mic_executive_qa_is_reported() {
      KickoffPlan plan = executiveWithQa(QaStyle.OPEN_MIC);

      assertCells(
          plan,
          QA,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), QA).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.evidence().actual()).contains(QaStyle.OPEN_MIC);
      assertThat(f.evidence().expected()).contains(QaStyle.MODERATED);
      assertThat(f.message()).contains("open mic");
    }

    @ParameterizedTest
    @EnumSource(
        value = QaStyle.class,
        names = {"OPEN_MIC", "NONE"})
    void a_qa_session_must_be_moderated(QaStyle style) {
      KickoffPlan plan =
          oneDay(sessionBuilder("qa", SessionKind.QA, 9, 0, 30).qaStyle(style).build());

      assertThat(RuleTester.of(Profiles.behaviorChange(), QA).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.evidence().actual()).contains(style));
    }

    @Test
    void an_open_mic_without_executives_outside_a_qa_session_is_not_leadership_qa() {
      KickoffPlan plan =
          oneDay(
              sessionBuilder("talk", SessionKind.PRESENTATION_TALK, 9, 0, 30)
                  .qaTime(Duration.ofMinutes(10))
                  .qaStyle(QaStyle.OPEN_MIC)
                  .addPresenters(Presenter.of("Pia", PresenterRole.PRODUCT))
                  .build(),
              sessionBuilder("ceo", SessionKind.KEYNOTE, 10, 0, 30)
                  .addPresenters(Presenter.of("Dana", PresenterRole.EXECUTIVE))
                  .build());

      assertThat(RuleTester.of(Profiles.behaviorChange(), QA).findings(plan)).isEmpty();
    }
  }

  @Nested
  class RecordedRoleplay {
    @ParameterizedTest
    @EnumSource(
        value = SessionKind.class,
        names = {"ROLE_PLAY", "SKILL_STATION"})
    void recorded_practice_passes_and_unrecorded_practice_is_info_in_behavior_change_only(
        SessionKind kind) {
      KickoffPlan recorded = oneDay(sessionBuilder("p", kind, 9, 0, 45).recorded(true).build());
      KickoffPlan unrecorded = oneDay(session("p", kind, 9, 0, 45));

      for (RuleSet profile : Profiles.all().values()) {
        if (!profile.contains(RECORDED)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(profile, RECORDED).findings(recorded))
            .as(profile.name())
            .isEmpty();
      }
      assertCells(unrecorded, RECORDED, Map.of(Profiles.behaviorChange(), Severity.INFO));
      Finding f = RuleTester.of(Profiles.behaviorChange(), RECORDED).findings(unrecorded).get(0);
      assertThat(f.location()).isEqualTo(FIRST);
      assertThat(f.evidence().actual()).contains(false);
      assertThat(f.evidence().expected()).contains(true);
    }

    @Test
    void other_practice_need_not_be_recorded() {
      KickoffPlan plan = oneDay(session("ws", SessionKind.WORKSHOP, 9, 0, 45));

      assertThat(RuleTester.of(Profiles.behaviorChange(), RECORDED).findings(plan)).isEmpty();
    }
  }
}
