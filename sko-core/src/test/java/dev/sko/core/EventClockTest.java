package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventClockTest {
  /** A two-day event: T+0 and T+1 are event days, T+2 is the first day back. */
  private static final KickoffPlan TWO_DAYS =
      TestPlans.minimalBuilder()
          .addDay(AgendaDay.of(TestPlans.session("s2", SessionKind.WORKSHOP, 9, 0, 30)))
          .build();

  @ParameterizedTest(name = "T+{0} is {1} days after a two-day event")
  @CsvSource({"0, -1", "1, 0", "2, 1", "8, 7", "30, 29", "31, 30"})
  void the_two_clocks_differ_by_the_event_days_after_the_first(int tPlus, int after) {
    RelativeDay day = RelativeDay.after(tPlus);

    assertThat(EventClock.T_PLUS.count(TWO_DAYS, day)).isEqualTo(tPlus);
    assertThat(EventClock.DAYS_AFTER_EVENT.count(TWO_DAYS, day)).isEqualTo(after);
    assertThat(EventClock.T_PLUS.day(TWO_DAYS, tPlus)).isEqualTo(day);
    assertThat(EventClock.DAYS_AFTER_EVENT.day(TWO_DAYS, after)).isEqualTo(day);
    assertThat(TWO_DAYS.daysAfterEvent(day)).isEqualTo(after);
  }

  @Test
  void for_a_one_day_event_the_clocks_agree() {
    KickoffPlan oneDay = TestPlans.minimal();

    assertThat(EventClock.DAYS_AFTER_EVENT.day(oneDay, 30))
        .isEqualTo(EventClock.T_PLUS.day(oneDay, 30))
        .isEqualTo(RelativeDay.after(30));
  }

  @Test
  void each_clock_names_its_days_and_says_what_it_counts_from() {
    assertThat(EventClock.T_PLUS.name(30)).isEqualTo("day T+30");
    assertThat(EventClock.DAYS_AFTER_EVENT.name(7)).isEqualTo("7 days after the event");
    assertThat(EventClock.DAYS_AFTER_EVENT.name(1)).isEqualTo("1 day after the event");
    assertThat(EventClock.T_PLUS.legend()).contains("T+0", "first event day");
    assertThat(EventClock.DAYS_AFTER_EVENT.legend()).contains("last event day");
  }
}
