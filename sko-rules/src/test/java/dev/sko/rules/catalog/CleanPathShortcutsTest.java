package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Phase;
import dev.sko.core.PhaseCalendar;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.rules.IntRange;
import dev.sko.rules.catalog.support.Activities;
import dev.sko.rules.catalog.support.Activities.FollowThrough;
import dev.sko.rules.catalog.support.Wording;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * The shortcuts the catalogue takes on the clean path decide exactly what the full computation
 * decides: they only skip work, never change a finding.
 */
class CleanPathShortcutsTest {
  @Property
  void money_is_written_as_decimal_format_writes_it(
      @ForAll("amounts") BigDecimal amount, @ForAll("currencies") String currency) {
    Money m = Money.of(amount, currency);
    Money r = m.rounded();
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(r.amount().scale() > 0 ? r.amount().scale() : 0);

    assertThat(Wording.money(m))
        .isEqualTo(f.format(r.amount()) + " " + r.currency().getCurrencyCode());
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e12")).ofScale(4),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(0),
        Arbitraries.of(
            BigDecimal.ZERO,
            new BigDecimal("1910.00"),
            new BigDecimal("307300"),
            new BigDecimal("999.995")));
  }

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("USD", "JPY", "BHD", "INR", "EUR");
  }

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  /** The follow-through facts are what walking the activities after the event finds. */
  @Property(tries = 300)
  void the_follow_through_facts_are_the_walk_over_the_activities(
      @ForAll("plans") KickoffPlan plan) {
    FollowThrough facts = FollowThrough.of(plan);
    List<ReinforcementActivity> all = plan.reinforcement();
    int count = 0;
    int first = -1;
    int last = -1;
    boolean recurring = false;
    int oneOff = -1;
    for (int i = 0; i < all.size(); i++) {
      ReinforcementActivity a = all.get(i);
      boolean after = a.lastDay().isAfter(plan.lastEventDay());
      assertThat(facts.isAfterEvent(a)).isEqualTo(after);
      assertThat(facts.daysAfterEvent(a.firstDay()))
          .isEqualTo(EventClock.DAYS_AFTER_EVENT.count(plan, a.firstDay()))
          .isEqualTo(plan.lastEventDay().daysUntil(a.firstDay()));
      if (!after) {
        continue;
      }
      count++;
      if (first < 0 || a.firstDay().isBefore(all.get(first).firstDay())) {
        first = i;
      }
      if (last < 0 || a.lastDay().isAfter(all.get(last).lastDay())) {
        last = i;
      }
      if (a.kind().isManagerCoaching() && a.cadence().isRecurring()) {
        recurring = true;
      } else if (a.kind().isManagerCoaching() && oneOff < 0) {
        oneOff = i;
      }
    }
    assertThat(facts.afterEvent()).isEqualTo(count);
    assertThat(facts.firstToStart()).isEqualTo(first);
    assertThat(facts.lastToEnd()).isEqualTo(last);
    assertThat(facts.recurringManagerCoaching()).isEqualTo(recurring);
    assertThat(facts.oneOffManagerCoaching()).isEqualTo(oneOff);
  }

  /** A phase's days, asked without the calendar, are the calendar's. */
  @Property(tries = 300)
  void phase_offsets_are_the_calendars(@ForAll("plans") KickoffPlan plan) {
    PhaseCalendar calendar = PhaseCalendar.of(plan);
    for (Phase phase : Phase.values()) {
      assertThat(PhaseCalendar.startOffset(plan, phase)).isEqualTo(calendar.start(phase).offset());
      assertThat(PhaseCalendar.endOffset(plan, phase)).isEqualTo(calendar.end(phase).offset());
    }
    assertThat(PhaseCalendar.defaults(plan).windows()).isEqualTo(defaultWindows(plan));
  }

  /** The defaults as BEHAVIOR_CHANGE_MODEL lays them out, written out for the plan's length. */
  private static List<dev.sko.core.PhaseMilestone> defaultWindows(KickoffPlan plan) {
    int last = plan.lastEventDay().offset();
    return List.of(
        dev.sko.core.PhaseMilestone.of(
            Phase.DIAGNOSE, dev.sko.core.RelativeDay.of(-28), dev.sko.core.RelativeDay.of(-15)),
        dev.sko.core.PhaseMilestone.of(
            Phase.DESIGN, dev.sko.core.RelativeDay.of(-14), dev.sko.core.RelativeDay.of(-1)),
        dev.sko.core.PhaseMilestone.of(
            Phase.DELIVER, dev.sko.core.RelativeDay.of(0), dev.sko.core.RelativeDay.of(last)),
        dev.sko.core.PhaseMilestone.of(
            Phase.DRIVE,
            dev.sko.core.RelativeDay.of(last + 1),
            dev.sko.core.RelativeDay.of(Math.max(last + 1, 30))));
  }

  /** Whether some review meets the window is whether the timing walk finds a timely one. */
  @Property(tries = 300)
  void any_meets_is_a_timely_activity(
      @ForAll("plans") KickoffPlan plan,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 60) int from,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 30) int span) {
    IntRange window = IntRange.of(from, from + span);
    for (Set<ActivityKind> kinds :
        List.of(
            EnumSet.of(ActivityKind.BEHAVIOR_REVIEW),
            EnumSet.of(ActivityKind.BEHAVIOR_REVIEW, ActivityKind.MANAGER_CHECK_IN),
            EnumSet.of(ActivityKind.GOVERNANCE_REVIEW))) {
      assertThat(Activities.anyMeets(plan, kinds, window))
          .isEqualTo(!Activities.timing(plan, kinds, window).timely().isEmpty());
    }
  }

  /** The bounds in seconds decide "about" as the Duration bounds do, nanoseconds included. */
  @Property(tries = 500)
  void about_in_seconds_is_about_in_durations(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 7200) int expectedSeconds,
      @ForAll @DoubleRange(min = 0, max = 1) double tolerance,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10_000) int lengthSeconds,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 2) int nanos) {
    Duration expected = Duration.ofSeconds(expectedSeconds);
    Duration length = Duration.ofSeconds(lengthSeconds, nanos * 500_000_000L);
    Duration[] bounds = Activities.about(expected, tolerance);
    long min = Activities.aboutMin(expected, tolerance);
    long max = Activities.aboutMax(expected, tolerance);

    assertThat(Activities.within(length, min, max)).isEqualTo(Activities.within(length, bounds));
    assertThat(Activities.within(bounds[1], min, max)).isTrue();
  }
}
