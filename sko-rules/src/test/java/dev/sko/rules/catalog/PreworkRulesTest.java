package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.AntipatternRulesTest.assertSilentEverywhere;
import static dev.sko.rules.catalog.SessionRulesTest.assertCells;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.RelativeDay;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreworkRulesTest {
  private static final String ASSIGNED = "sko.prework.assigned";
  private static final String SURVEY = "sko.prework.gap-survey";
  private static final String RUBRIC = "sko.prework.rubric-calibration";

  static PreworkItem item(PreworkKind kind, int dueOffset) {
    return PreworkItem.builder()
        .kind(kind)
        .title("Pre-work " + kind)
        .dueDay(RelativeDay.of(dueOffset))
        .build();
  }

  static KickoffPlan withPrework(PreworkItem... items) {
    return TestPlans.minimalBuilder().addPrework(items).build();
  }

  @Nested
  class Assigned {
    @ParameterizedTest
    @EnumSource(
        value = PreworkKind.class,
        names = {"WIN_STRATEGY", "ROADMAP_PREVIEW", "PRE_READ", "RECORDED_CONTENT"})
    void content_pre_work_due_the_day_before_passes(PreworkKind kind) {
      assertSilentEverywhere(withPrework(item(kind, -1)), ASSIGNED);
    }

    @Test
    void no_pre_work_is_reported_per_profile() {
      KickoffPlan plan = TestPlans.minimal();

      assertCells(
          plan,
          ASSIGNED,
          Map.of(
              Profiles.recommended(), Severity.WARNING,
              Profiles.classic(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING,
              Profiles.accelerationSummit(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.recommended(), ASSIGNED).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("prework"));
      assertThat(f.evidence().actual()).contains(0);
    }

    @Test
    void other_kinds_of_pre_work_do_not_count() {
      KickoffPlan plan =
          withPrework(
              item(PreworkKind.RUBRIC_CALIBRATION, -10), item(PreworkKind.CALL_LIBRARY, -5));

      assertThat(RuleTester.of(Profiles.recommended(), ASSIGNED).findings(plan))
          .singleElement()
          .satisfies(f -> assertThat(f.location()).isEqualTo(Location.of("prework")));
    }

    @Test
    void pre_work_due_on_the_first_event_day_is_reported_at_the_item() {
      KickoffPlan plan =
          withPrework(item(PreworkKind.MANAGER_PREP, -3), item(PreworkKind.PRE_READ, 0));

      Finding f = RuleTester.of(Profiles.accelerationSummit(), ASSIGNED).findings(plan).get(0);

      assertThat(f.location()).isEqualTo(Location.of("prework[1]"));
      assertThat(f.message()).contains("due T+0");
      assertThat(f.evidence().actual()).contains(RelativeDay.of(0));
      assertThat(f.evidence().expected()).contains(RelativeDay.of(-1));
    }
  }

  @Nested
  class GapSurvey {
    KickoffPlan surveyAt(int offset) {
      return TestPlans.minimalBuilder()
          .addSurveys(
              Survey.builder().kind(SurveyKind.PRE_EVENT_GAP).day(RelativeDay.of(offset)).build())
          .build();
    }

    @ParameterizedTest(name = "T{0}")
    @ValueSource(ints = {-28, -21, -14})
    void a_survey_from_t_minus_28_to_t_minus_14_passes(int offset) {
      assertSilentEverywhere(surveyAt(offset), SURVEY);
    }

    @ParameterizedTest(name = "T{0}")
    @ValueSource(ints = {-29, -13, -2})
    void a_survey_outside_the_window_is_reported(int offset) {
      KickoffPlan plan = surveyAt(offset);

      assertCells(
          plan,
          SURVEY,
          Map.of(
              Profiles.recommended(), Severity.INFO,
              Profiles.behaviorChange(), Severity.WARNING));
      Finding f = RuleTester.of(Profiles.behaviorChange(), SURVEY).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("surveys[0]"));
      assertThat(f.evidence().actual()).contains(RelativeDay.of(offset));
      assertThat(f.evidence().expected()).contains(IntRange.of(-28, -14));
      assertThat(f.message()).contains("T" + offset, "between T-28 and T-14");
    }

    @Test
    void no_gap_survey_is_reported_at_the_surveys() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .addSurveys(
                  Survey.builder().kind(SurveyKind.POST_EVENT).day(RelativeDay.of(-20)).build())
              .build();

      Finding f = RuleTester.of(Profiles.behaviorChange(), SURVEY).findings(plan).get(0);

      assertThat(f.location()).isEqualTo(Location.of("surveys"));
      assertThat(f.evidence().figure("window", IntRange.class)).contains(IntRange.of(-28, -14));
    }

    @Test
    void one_survey_in_the_window_is_enough() {
      KickoffPlan plan =
          TestPlans.minimalBuilder()
              .addSurveys(
                  Survey.builder().kind(SurveyKind.PRE_EVENT_GAP).day(RelativeDay.of(-5)).build(),
                  Survey.builder().kind(SurveyKind.PRE_EVENT_GAP).day(RelativeDay.of(-28)).build())
              .build();

      assertSilentEverywhere(plan, SURVEY);
    }

    @Test
    void the_window_is_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(SURVEY, "window", IntRange.of(-35, -7))
              .build();

      assertThat(validator.validate(surveyAt(-7)).findings(SURVEY)).isEmpty();
      assertThat(validator.validate(surveyAt(-6)).findings(SURVEY)).hasSize(1);
    }
  }

  @Nested
  class RubricCalibration {
    PreworkItem calibration(PreworkAudience audience, int dueOffset, int minutes) {
      PreworkItem.Builder b =
          PreworkItem.builder()
              .kind(PreworkKind.RUBRIC_CALIBRATION)
              .title("Rubric norming")
              .dueDay(RelativeDay.of(dueOffset))
              .audience(audience);
      if (minutes > 0) {
        b.length(Duration.ofMinutes(minutes));
      }
      return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = PreworkAudience.class,
        names = {"MANAGERS", "EVERYONE"})
    void a_90_minute_calibration_for_managers_before_the_event_passes(PreworkAudience audience) {
      assertSilentEverywhere(withPrework(calibration(audience, -1, 90)), RUBRIC);
      assertSilentEverywhere(withPrework(calibration(audience, -7, 0)), RUBRIC);
    }

    @Test
    void no_calibration_is_info_in_behavior_change_only() {
      KickoffPlan plan = withPrework(calibration(PreworkAudience.REPS, -7, 90));

      assertCells(plan, RUBRIC, Map.of(Profiles.behaviorChange(), Severity.INFO));
      Finding f = RuleTester.of(Profiles.behaviorChange(), RUBRIC).findings(plan).get(0);
      assertThat(f.location()).isEqualTo(Location.of("prework"));
      assertThat(f.evidence().figure("length", Duration.class)).contains(Duration.ofMinutes(90));
    }

    @Test
    void an_89_minute_calibration_is_reported_at_the_item() {
      KickoffPlan plan = withPrework(calibration(PreworkAudience.MANAGERS, -7, 89));

      Finding f = RuleTester.of(Profiles.behaviorChange(), RUBRIC).findings(plan).get(0);

      assertThat(f.location()).isEqualTo(Location.of("prework[0]"));
      assertThat(f.evidence().actual()).contains(Duration.ofMinutes(89));
      assertThat(f.evidence().expected()).contains(Duration.ofMinutes(90));
      assertThat(f.message()).contains("runs 89 min", "about 90 min");
    }

    @Test
    void a_calibration_on_the_first_event_day_is_reported_at_the_item() {
      KickoffPlan plan = withPrework(calibration(PreworkAudience.MANAGERS, 0, 90));

      Finding f = RuleTester.of(Profiles.behaviorChange(), RUBRIC).findings(plan).get(0);

      assertThat(f.location()).isEqualTo(Location.of("prework[0]"));
      assertThat(f.evidence().actual()).contains(RelativeDay.of(0));
      assertThat(f.message()).contains("due T+0");
    }

    @Test
    void the_length_is_an_option() {
      PlanValidator validator =
          PlanValidator.builder()
              .ruleSet(Profiles.behaviorChange())
              .option(RUBRIC, "length", Duration.ofMinutes(60))
              .build();

      assertThat(
              validator
                  .validate(withPrework(calibration(PreworkAudience.MANAGERS, -7, 60)))
                  .findings(RUBRIC))
          .isEmpty();
      assertThat(
              validator
                  .validate(withPrework(calibration(PreworkAudience.MANAGERS, -7, 59)))
                  .findings(RUBRIC))
          .hasSize(1);
    }
  }
}
