package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.TestPlans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KickoffPlanTest {

  private static AgendaDay day(DayLength length, String... sessionIds) {
    AgendaDay.Builder day = AgendaDay.builder().length(length);
    int hour = 8;
    for (String id : sessionIds) {
      day.addSession(session(id, SessionKind.WORKSHOP, hour++, 0, 45));
    }
    return day.build();
  }

  private static KickoffPlan plan(AgendaDay... days) {
    return minimalBuilder().days(List.of(days)).build();
  }

  @Test
  void eventLengthCountsFullDaysAsOneAndHalfDaysAsAHalf() {
    KickoffPlan twoFull = plan(day(DayLength.FULL, "a"), day(DayLength.FULL, "b"));
    KickoffPlan fullAndHalf = plan(day(DayLength.FULL, "a"), day(DayLength.HALF, "b"));
    KickoffPlan oneHalf = plan(day(DayLength.HALF, "a"));

    assertThat(twoFull.eventDays()).isEqualTo(2.0);
    assertThat(twoFull.eventHalfDays()).isEqualTo(4);
    assertThat(fullAndHalf.eventDays()).isEqualTo(1.5);
    assertThat(fullAndHalf.eventHalfDays()).isEqualTo(3);
    assertThat(oneHalf.eventDays()).isEqualTo(0.5);
    assertThat(oneHalf.eventHalfDays()).isEqualTo(1);
  }

  @Test
  void theLastEventDayAndEndDateFollowTheNumberOfDays() {
    KickoffPlan oneDay = plan(day(DayLength.FULL, "a"));
    KickoffPlan threeDays =
        plan(day(DayLength.FULL, "a"), day(DayLength.FULL, "b"), day(DayLength.HALF, "c"));

    assertThat(oneDay.lastEventDay()).isEqualTo(RelativeDay.EVENT_START);
    assertThat(oneDay.endDate()).isEqualTo(TestPlans.START);
    assertThat(threeDays.lastEventDay()).isEqualTo(RelativeDay.after(2));
    assertThat(threeDays.endDate()).isEqualTo(LocalDate.of(2027, 1, 14));
  }

  @ParameterizedTest(name = "{0} is {1} days after a two-day event")
  @CsvSource({"T-28, -29", "T+0, -1", "T+1, 0", "T+2, 1", "T+30, 29", "T+32, 31"})
  void countsDaysAfterTheLastEventDay(String day, int expected) {
    KickoffPlan twoDays = plan(day(DayLength.FULL, "a"), day(DayLength.FULL, "b"));

    assertThat(twoDays.daysAfterEvent(RelativeDay.parse(day))).isEqualTo(expected);
  }

  @Test
  void datesOfRelativeDaysCountFromTheStartDate() {
    KickoffPlan plan = TestPlans.minimal();

    assertThat(plan.dateOf(RelativeDay.before(28))).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(plan.dateOf(RelativeDay.EVENT_START)).isEqualTo(plan.startDate());
  }

  @Test
  void sessionsListsEveryDaysSessionsInAgendaOrder() {
    KickoffPlan plan =
        plan(
            day(DayLength.FULL, "d1-a", "d1-b"),
            day(DayLength.FULL),
            day(DayLength.HALF, "d3-a", "d3-b", "d3-c"));

    assertThat(plan.sessions())
        .extracting(Session::id)
        .containsExactly("d1-a", "d1-b", "d3-a", "d3-b", "d3-c");
  }

  @Test
  void optionalPartsAreAbsentAndListsEmptyUntilSet() {
    KickoffPlan plan = TestPlans.minimal();

    assertThat(plan.theme()).isEmpty();
    assertThat(plan.budget()).isEmpty();
    assertThat(plan.planning()).isEmpty();
    assertThat(plan.tierPolicy()).isEmpty();
    assertThat(plan.roster()).isEmpty();
    assertThat(plan.reinforcement()).isEmpty();
    assertThat(plan.recognitionCategories()).isEmpty();
  }

  @Test
  void theValueIsImmutable() {
    KickoffPlan plan = TestPlans.minimal();

    assertThat(plan.days()).isUnmodifiable();
    assertThat(plan.sessions()).isUnmodifiable();
    assertThat(plan.recognitionCategories()).isUnmodifiable();
  }
}
