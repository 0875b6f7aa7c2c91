package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Cadence;
import dev.sko.core.DayLength;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.catalog.support.Activities;
import dev.sko.rules.catalog.support.Plans;
import dev.sko.rules.catalog.support.Wording;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wording helpers the catalogue's messages are built from. */
class MessageWordingTest {

  private static ReinforcementActivity.Builder activity(int first, int last) {
    return ReinforcementActivity.builder()
        .kind(ActivityKind.LMS_COURSE)
        .firstDay(RelativeDay.of(first))
        .lastDay(RelativeDay.of(last))
        .length(Duration.ofMinutes(30));
  }

  private static Activities.Indexed indexed(int index, int first, int last) {
    return new Activities.Indexed(index, activity(first, last).build());
  }

  @Test
  void anActivityIsNamedByItsDescriptionOrElseItsKind() {
    assertThat(Activities.name(activity(5, 5).build())).isEqualTo("the LMS course");
    assertThat(Activities.name(activity(5, 5).description("Objections").build()))
        .isEqualTo("\"Objections\"");
    assertThat(Activities.described(activity(5, 5).build())).isEmpty();
    assertThat(Activities.described(activity(5, 5).description("Objections").build()))
        .isEqualTo(" \"Objections\"");
  }

  @Test
  void listsJoinWithCommasAndAFinalAnd() {
    assertThat(Wording.and(List.of())).isEmpty();
    assertThat(Wording.and(List.of("a"))).isEqualTo("a");
    assertThat(Wording.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Wording.and(List.of("a", "b", "c"))).isEqualTo("a, b and c");
  }

  @Test
  void whenAnActivityRuns() {
    assertThat(Activities.when(activity(5, 5).build())).isEqualTo("on day T+5");
    assertThat(Activities.when(activity(9, 30).cadence(Cadence.BIWEEKLY).build()))
        .isEqualTo("bi-weekly from day T+9 to T+30");
  }

  @Test
  void daysCountFromTheLastEventDay() {
    KickoffPlan twoDays =
        TestPlans.minimalBuilder()
            .days(
                List.of(
                    AgendaDay.of(TestPlans.session("a", SessionKind.WORKSHOP, 9, 0, 30)),
                    AgendaDay.of(TestPlans.session("b", SessionKind.WORKSHOP, 9, 0, 30))))
            .build();

    assertThat(Wording.dayAfter(twoDays, RelativeDay.of(1)))
        .isEqualTo("day T+1, the last event day");
    assertThat(Wording.dayAfter(twoDays, RelativeDay.of(2)))
        .isEqualTo("day T+2, 1 day after the event");
    assertThat(Wording.dayAfter(twoDays, RelativeDay.of(6)))
        .isEqualTo("day T+6, 5 days after the event");
    assertThat(Wording.dayAfter(twoDays, RelativeDay.of(0)))
        .isEqualTo("day T+0, 1 day before the end of the event");
    assertThat(Wording.dayAfter(twoDays, RelativeDay.of(-2)))
        .isEqualTo("day T-2, 3 days before the end of the event");
  }

  @Test
  void eachClockIsNamedInTheWordsItUses() {
    KickoffPlan twoDays =
        TestPlans.minimalBuilder()
            .addDay(AgendaDay.of(TestPlans.session("b", SessionKind.WORKSHOP, 9, 0, 30)))
            .build();

    assertThat(Wording.days(IntRange.of(28, 35)))
        .isEqualTo("day T+28 to T+35 (T+0 is the first event day)");
    assertThat(Wording.daysAfter(twoDays, 7)).isEqualTo("7 days after the event (day T+8)");
  }

  @Test
  void timingSplitsTheActivitiesOfSomeKindsByTheWindow() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .reinforcement(
                List.of(
                    activity(10, 10).kind(ActivityKind.BEHAVIOR_REVIEW).build(),
                    activity(30, 30).kind(ActivityKind.LMS_COURSE).build(),
                    activity(40, 40).kind(ActivityKind.MANAGER_CHECK_IN).build(),
                    activity(31, 31).kind(ActivityKind.BEHAVIOR_REVIEW).build()))
            .build();
    IntRange window = IntRange.of(28, 35);

    Activities.Timing reviews =
        Activities.timing(
            plan,
            java.util.EnumSet.of(ActivityKind.BEHAVIOR_REVIEW, ActivityKind.MANAGER_CHECK_IN),
            window);
    Activities.Timing none =
        Activities.timing(plan, java.util.EnumSet.of(ActivityKind.GOVERNANCE_REVIEW), window);
    Activities.Timing late =
        Activities.timing(plan, java.util.EnumSet.of(ActivityKind.MANAGER_CHECK_IN), window);

    assertThat(reviews.all()).extracting(Activities.Indexed::index).containsExactly(0, 2, 3);
    assertThat(reviews.timely()).extracting(Activities.Indexed::index).containsExactly(3);
    assertThat(reviews.best().index()).isEqualTo(3);
    assertThat(none.none()).isTrue();
    assertThat(late.timely()).isEmpty();
    assertThat(late.best().index()).isEqualTo(2);
  }

  @Test
  void minutesWithATenthWhenNotWhole() {
    assertThat(Wording.minutes(Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(Wording.minutes(Duration.ofSeconds(90))).isEqualTo("1.5 min");
  }

  @Test
  void distanceOfAnActivityFromAWindow() {
    IntRange window = IntRange.of(20, 25);

    assertThat(Activities.distance(activity(5, 12).build(), window)).isEqualTo(8);
    assertThat(Activities.distance(activity(30, 40).build(), window)).isEqualTo(5);
    assertThat(Activities.distance(activity(22, 22).build(), window)).isZero();
    assertThat(Activities.distance(activity(10, 30).build(), window)).isZero();
    assertThat(Activities.distance(activity(25, 31).build(), window)).isZero();
  }

  @Test
  void theNearestActivity_theFirstOfEquals() {
    IntRange window = IntRange.of(20, 25);

    assertThat(
            Activities.nearest(
                    List.of(indexed(0, 5, 10), indexed(1, 27, 28), indexed(2, 17, 18)), window)
                .index())
        .isEqualTo(1);
    assertThat(Activities.nearest(List.of(indexed(0, 10, 10), indexed(1, 35, 35)), window).index())
        .isZero();
  }

  @Test
  void aReviewRunsOnADayOrOverASpan() {
    assertThat(Activities.span(activity(40, 40).build())).isEqualTo("on day T+40");
    assertThat(Activities.span(activity(40, 60).build())).isEqualTo("from day T+40 to T+60");
  }

  @Test
  void theFirstDayPastALength_orThePlanWhenNoneIs() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .days(
                List.of(
                    AgendaDay.builder()
                        .length(DayLength.HALF)
                        .addSession(TestPlans.session("a", SessionKind.WORKSHOP, 9, 0, 30))
                        .build(),
                    AgendaDay.of(TestPlans.session("b", SessionKind.WORKSHOP, 9, 0, 30))))
            .build();

    assertThat(Plans.firstDayBeyond(plan, 0)).isEqualTo(Location.day(0));
    assertThat(Plans.firstDayBeyond(plan, 1)).isEqualTo(Location.day(1));
    assertThat(Plans.firstDayBeyond(plan, 3)).isEqualTo(Location.plan());
  }

  @Test
  void amountsAreGroupedAndRoundedToTheMinorUnit() {
    assertThat(Wording.moneyShort(Money.of(1, "USD"))).isEqualTo("1 USD");
    assertThat(Wording.moneyShort(Money.of(25_000, "USD"))).isEqualTo("25,000 USD");
    assertThat(Wording.moneyShort(Money.of("4000.005", "USD"))).isEqualTo("4,000 USD");
    assertThat(Wording.moneyShort(Money.of("4000.01", "USD"))).isEqualTo("4,000.01 USD");
    assertThat(Wording.moneyShort(Money.of("4000.1", "USD"))).isEqualTo("4,000.10 USD");
    assertThat(Wording.money(Money.of(1, "USD"))).isEqualTo("1.00 USD");
    assertThat(Wording.money(Money.of("1234.5", "USD"))).isEqualTo("1,234.50 USD");
    assertThat(Wording.money(Money.of("1234.5", "JPY"))).isEqualTo("1,234 JPY");
    assertThat(Wording.money(Money.of("13500000", "INR"))).isEqualTo("13,500,000.00 INR");
  }
}
