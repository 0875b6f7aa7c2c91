package dev.sko.core;

import static dev.sko.core.testing.TestPlans.START;
import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhaseCalendarTest {

  private static KickoffPlan.Builder plan(int days) {
    List<AgendaDay> agenda = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      agenda.add(AgendaDay.of(session("d" + i, SessionKind.WORKSHOP, 9, 0, 30)));
    }
    return minimalBuilder().days(agenda);
  }

  private static KickoffPlan withMilestones(PhaseMilestone... milestones) {
    return plan(2).planning(PlanningData.builder().milestones(List.of(milestones)).build()).build();
  }

  private static RelativeDay t(int offset) {
    return RelativeDay.of(offset);
  }

  @Test
  void theSourcesFigures() {
    assertThat(PhaseCalendar.DIAGNOSE_START).isEqualTo(RelativeDay.parse("T-28"));
    assertThat(PhaseCalendar.DESIGN_START).isEqualTo(RelativeDay.parse("T-14"));
    assertThat(PhaseCalendar.DESIGN_DUE).isEqualTo(RelativeDay.parse("T-2"));
    assertThat(PhaseCalendar.DRIVE_END).isEqualTo(RelativeDay.parse("T+30"));
  }

  /** A two-day event, as in BEHAVIOR_CHANGE_MODEL ("Deliver (T-0 to T+2): 2-day event"). */
  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "T-29, ",
    "T-28, DIAGNOSE",
    "T-15, DIAGNOSE",
    "T-14, DESIGN",
    "T-2, DESIGN",
    "T-1, DESIGN",
    "T+0, DELIVER",
    "T+1, DELIVER",
    "T+2, DRIVE",
    "T+30, DRIVE",
    "T+31, "
  })
  void theDefaultPhasesOfATwoDayEvent(String day, String phase) {
    KickoffPlan plan = plan(2).build();
    Optional<Phase> expected = Optional.ofNullable(phase).map(Phase::valueOf);

    assertThat(Phase.of(RelativeDay.parse(day), plan)).isEqualTo(expected);
    assertThat(PhaseCalendar.of(plan).phaseOf(RelativeDay.parse(day))).isEqualTo(expected);
  }

  @Test
  void aOneDayEvent_driveStartsTheNextDay() {
    KickoffPlan plan = plan(1).build();

    assertThat(Phase.of(t(0), plan)).contains(Phase.DELIVER);
    assertThat(Phase.of(t(1), plan)).contains(Phase.DRIVE);
  }

  @Test
  void theCalendarAsDates() {
    KickoffPlan plan = plan(2).build();
    PhaseCalendar calendar = PhaseCalendar.of(plan);

    assertThat(calendar.eventStart()).isEqualTo(START);
    assertThat(calendar.startDate(Phase.DIAGNOSE)).isEqualTo(START.minusDays(28));
    assertThat(calendar.endDate(Phase.DIAGNOSE)).isEqualTo(START.minusDays(15));
    assertThat(calendar.startDate(Phase.DESIGN)).isEqualTo(START.minusDays(14));
    assertThat(calendar.endDate(Phase.DESIGN)).isEqualTo(START.minusDays(1));
    assertThat(calendar.startDate(Phase.DELIVER)).isEqualTo(START);
    assertThat(calendar.endDate(Phase.DELIVER)).isEqualTo(plan.endDate());
    assertThat(calendar.startDate(Phase.DRIVE)).isEqualTo(plan.endDate().plusDays(1));
    assertThat(calendar.endDate(Phase.DRIVE)).isEqualTo(START.plusDays(30));
    assertThat(calendar.planned()).isEmpty();
    assertThat(calendar.windows())
        .extracting(PhaseMilestone::phase)
        .containsExactly(Phase.values());
  }

  @Test
  void phaseOfADate() {
    PhaseCalendar calendar = PhaseCalendar.of(plan(2).build());

    assertThat(calendar.phaseOf(START.minusDays(14))).contains(Phase.DESIGN);
    assertThat(calendar.phaseOf(START.minusDays(29))).isEmpty();
    assertThat(calendar.phaseOf(START.plusDays(30))).contains(Phase.DRIVE);
    assertThat(calendar.phaseOf(START.plusDays(31))).isEmpty();
    assertThat(calendar.phaseOf(LocalDate.of(3000, 1, 1))).isEmpty();
    assertThat(calendar.phaseOf(LocalDate.of(1000, 1, 1))).isEmpty();
  }

  @Test
  void anEventRunningToT30_hasADriveOfOneDay() {
    KickoffPlan plan = plan(31).build();
    PhaseCalendar calendar = PhaseCalendar.of(plan);

    assertThat(calendar.end(Phase.DELIVER)).isEqualTo(t(30));
    assertThat(calendar.start(Phase.DRIVE)).isEqualTo(t(31));
    assertThat(calendar.end(Phase.DRIVE)).isEqualTo(t(31));
  }

  @Test
  void aMilestoneReplacesThatPhasesDefault_theOthersKeepTheirs() {
    KickoffPlan plan = withMilestones(PhaseMilestone.of(Phase.DIAGNOSE, t(-42), t(-21)));
    PhaseCalendar calendar = PhaseCalendar.of(plan);

    assertThat(calendar.window(Phase.DIAGNOSE))
        .isEqualTo(PhaseMilestone.of(Phase.DIAGNOSE, t(-42), t(-21)));
    assertThat(calendar.start(Phase.DESIGN)).isEqualTo(t(-14));
    assertThat(calendar.planned()).containsExactly(Phase.DIAGNOSE);
    assertThat(calendar.phaseOf(t(-42))).contains(Phase.DIAGNOSE);
    assertThat(calendar.phaseOf(t(-43))).isEmpty();
    // the gap the milestone leaves before design starts
    assertThat(calendar.phaseOf(t(-20))).isEmpty();
    assertThat(calendar.phaseOf(t(-15))).isEmpty();
    assertThat(Phase.of(t(-20), plan)).isEmpty();
  }

  @Test
  void defaultsIgnoreTheMilestones() {
    KickoffPlan plan = withMilestones(PhaseMilestone.of(Phase.DIAGNOSE, t(-42), t(-21)));

    assertThat(PhaseCalendar.defaults(plan)).isEqualTo(PhaseCalendar.of(plan(2).build()));
    assertThat(PhaseCalendar.defaults(plan).phaseOf(t(-20))).contains(Phase.DIAGNOSE);
  }

  @Test
  void whereWindowsOverlap_theLaterPhaseOwnsTheDay() {
    KickoffPlan plan =
        withMilestones(
            PhaseMilestone.of(Phase.DESIGN, t(-20), t(-3)),
            PhaseMilestone.of(Phase.DRIVE, t(0), t(45)));
    PhaseCalendar calendar = PhaseCalendar.of(plan);

    assertThat(calendar.phaseOf(t(-21))).contains(Phase.DIAGNOSE);
    assertThat(calendar.phaseOf(t(-20))).contains(Phase.DESIGN);
    assertThat(calendar.phaseOf(t(-2))).isEmpty();
    assertThat(calendar.phaseOf(t(1))).contains(Phase.DRIVE);
    assertThat(calendar.phaseOf(t(45))).contains(Phase.DRIVE);
    assertThat(calendar.phaseOf(t(46))).isEmpty();
    assertThat(calendar.endDate(Phase.DRIVE)).isEqualTo(START.plusDays(45));
    assertThat(calendar.planned()).containsExactlyInAnyOrder(Phase.DESIGN, Phase.DRIVE);
  }

  /** The default calendar gives every day from T-28 to T+30 exactly one phase, in phase order. */
  @Property
  void theDefaultPhasesTileT28ToT30InOrder(
      @ForAll @IntRange(min = 1, max = 5) int days,
      @ForAll @IntRange(min = -40, max = 40) int offset) {
    KickoffPlan plan = plan(days).build();
    PhaseCalendar calendar = PhaseCalendar.of(plan);
    Optional<Phase> phase = calendar.phaseOf(t(offset));

    if (offset < -28 || offset > 30) {
      assertThat(phase).isEmpty();
      return;
    }
    assertThat(phase).isPresent();
    Phase p = phase.orElseThrow();
    assertThat(calendar.window(p).start().offset()).isLessThanOrEqualTo(offset);
    assertThat(calendar.window(p).end().offset()).isGreaterThanOrEqualTo(offset);
    if (offset > -28) {
      Phase before = calendar.phaseOf(t(offset - 1)).orElseThrow();
      assertThat(p.ordinal() - before.ordinal()).isBetween(0, 1);
    }
    assertThat(p == Phase.DELIVER).isEqualTo(offset >= 0 && offset < days);
  }

  @Test
  void theCalendarHoldsOneWindowPerPhaseInPhaseOrder() {
    PhaseMilestone diagnose = PhaseMilestone.of(Phase.DIAGNOSE, t(-28), t(-15));
    PhaseMilestone design = PhaseMilestone.of(Phase.DESIGN, t(-14), t(-1));
    PhaseMilestone deliver = PhaseMilestone.of(Phase.DELIVER, t(0), t(1));
    PhaseMilestone drive = PhaseMilestone.of(Phase.DRIVE, t(2), t(30));

    assertThatThrownBy(
            () ->
                PhaseCalendar.builder()
                    .eventStart(START)
                    .windows(List.of(diagnose, design, deliver))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PhaseCalendar.windows must hold one window per phase, but was [");
    assertThatThrownBy(
            () ->
                PhaseCalendar.builder()
                    .eventStart(START)
                    .windows(List.of(diagnose, deliver, design, drive))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PhaseCalendar.windows[1].phase must be DESIGN, but was DELIVER");
    assertThat(
            PhaseCalendar.builder()
                .eventStart(START)
                .windows(List.of(diagnose, design, deliver, drive))
                .build()
                .window(Phase.DRIVE))
        .isEqualTo(drive);
  }
}
