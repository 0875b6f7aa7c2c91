package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The small derived facts of the model's enums and defaults that the rules rely on. */
class VocabularyTest {

  @ParameterizedTest(name = "{0} every {1} days")
  @CsvSource({"ONCE, 0", "DAILY, 1", "WEEKLY, 7", "BIWEEKLY, 14", "MONTHLY, 30", "QUARTERLY, 91"})
  void cadenceIntervals(Cadence cadence, int days) {
    assertThat(cadence.intervalDays()).isEqualTo(days);
    assertThat(cadence.isRecurring()).isEqualTo(days > 0);
  }

  @Test
  void aFullDayIsOneDayAndAHalfDayHalfOfOne() {
    assertThat(DayLength.FULL.days()).isEqualTo(1.0);
    assertThat(DayLength.HALF.days()).isEqualTo(0.5);
  }

  @Test
  void onlyAVirtualEventMeetsNowhere() {
    assertThat(EventFormat.IN_PERSON.meetsInPerson()).isTrue();
    assertThat(EventFormat.HYBRID.meetsInPerson()).isTrue();
    assertThat(EventFormat.VIRTUAL.meetsInPerson()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(PresenterRole.class)
  void peersArePeerRepsAndTopPerformers(PresenterRole role) {
    assertThat(role.isPeer())
        .isEqualTo(EnumSet.of(PresenterRole.PEER_REP, PresenterRole.TOP_PERFORMER).contains(role));
  }

  @ParameterizedTest
  @EnumSource(ActivityKind.class)
  void managerCoachingIsTheManagersOneOnOnesReviewsAndCheckIns(ActivityKind kind) {
    assertThat(kind.isManagerCoaching())
        .isEqualTo(
            EnumSet.of(
                    ActivityKind.ONE_ON_ONE_COACHING,
                    ActivityKind.CALL_REVIEW,
                    ActivityKind.TERRITORY_REVIEW,
                    ActivityKind.SKILL_ASSESSMENT,
                    ActivityKind.MANAGER_CHECK_IN,
                    ActivityKind.DEAL_REVIEW)
                .contains(kind));
  }

  @Test
  void managersFollowUpOnCoachingActivitiesUnlessTheActivitySaysOtherwise() {
    ReinforcementActivity.Builder coaching =
        ReinforcementActivity.builder()
            .kind(ActivityKind.ONE_ON_ONE_COACHING)
            .firstDay(RelativeDay.after(9))
            .length(Duration.ofMinutes(45));
    ReinforcementActivity.Builder course =
        ReinforcementActivity.builder()
            .kind(ActivityKind.LMS_COURSE)
            .firstDay(RelativeDay.after(9))
            .length(Duration.ofMinutes(45));

    assertThat(coaching.build().managerFollowUp()).isTrue();
    assertThat(course.build().managerFollowUp()).isFalse();
    assertThat(course.managerFollowUp(true).build().managerFollowUp()).isTrue();
  }

  @Test
  void surveysAreNamedUnlessMadeAnonymous() {
    Survey.Builder survey = Survey.builder().kind(SurveyKind.POST_EVENT).day(RelativeDay.after(1));

    assertThat(survey.build().anonymous()).isFalse();
    assertThat(survey.anonymous(true).build().anonymous()).isTrue();
  }

  @Test
  void aFullActionPlanHasWeeklyMonthlyAndQuarterlyActions() {
    Outcome.Builder outcome =
        Outcome.builder().title("Win more multi-threaded deals").addWeeklyActions("w");

    assertThat(outcome.build().hasFullActionPlan()).isFalse();
    assertThat(outcome.addMonthlyActions("m").build().hasFullActionPlan()).isFalse();
    assertThat(outcome.addQuarterlyActions("q").build().hasFullActionPlan()).isTrue();
  }
}
