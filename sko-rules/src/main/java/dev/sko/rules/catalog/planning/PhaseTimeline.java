package dev.sko.rules.catalog.planning;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Phase;
import dev.sko.core.PhaseCalendar;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.List;
import java.util.Locale;

/**
 * The phase milestones follow BEHAVIOR_CHANGE_MODEL's four phases: diagnose starts by {@link
 * #DIAGNOSE_BY} days before the event, design by {@link #DESIGN_BY} days before, and drive runs to
 * at least {@link #DRIVE_UNTIL} (days counted like {@link RelativeDay}). One finding per phase that
 * is off. The defaults are {@link PhaseCalendar}'s phase boundaries.
 *
 * <p>A phase the plan gives no milestone for takes {@link PhaseCalendar}'s default window, the same
 * window the phase calendar and the HTML report show; so a plan that does not restate the model's
 * phases is not warned about them, and a finding about a default window (when the options ask for
 * more than the model's timeline) points at {@code planning.milestones} and says it is the default.
 */
public final class PhaseTimeline {
  private PhaseTimeline() {}

  private static final Location MILESTONES = Location.of("planning.milestones");

  /**
   * Option {@code diagnose-by-days-before}; its description says what it means and where its
   * default comes from.
   */
  public static final RuleOption<Integer> DIAGNOSE_BY =
      RuleOption.integer(
          "diagnose-by-days-before",
          -PhaseCalendar.DIAGNOSE_START.offset(),
          0,
          RelativeDay.MAX_OFFSET,
          "Days before the first event day by which the diagnose phase starts"
              + " (BEHAVIOR_CHANGE_MODEL: diagnose T-28 to T-14)");

  /** Option {@code design-by-days-before}: its description gives the figure and its source. */
  public static final RuleOption<Integer> DESIGN_BY =
      RuleOption.integer(
          "design-by-days-before",
          -PhaseCalendar.DESIGN_START.offset(),
          0,
          RelativeDay.MAX_OFFSET,
          "Days before the first event day by which the design phase starts"
              + " (BEHAVIOR_CHANGE_MODEL: design T-14 to T-2)");

  /** Option {@code drive-until-day}: its description gives the figure and its source. */
  public static final RuleOption<Integer> DRIVE_UNTIL =
      RuleOption.integer(
          "drive-until-day",
          PhaseCalendar.DRIVE_END.offset(),
          0,
          RelativeDay.MAX_OFFSET,
          "Day (T+n) the drive phase runs to at least (BEHAVIOR_CHANGE_MODEL: drive to T+30)");

  /**
   * The rule {@code sko.planning.phase-timeline}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.planning.phase-timeline")
          .title("Diagnose and design start, and drive runs, as the phase timeline sets")
          .source(
              "BEHAVIOR_CHANGE_MODEL (four phases: diagnose T-28..T-14, design T-14..T-2, deliver,"
                  + " drive to T+30)")
          .rationale(
              "Kickoffs that change behaviour run like product launches: four weeks to diagnose rep"
                  + " gaps and tier the team, two weeks to design the breakouts and coaching plans,"
                  + " the event, and 30 days of drive afterwards. Starting late squeezes the"
                  + " diagnosis; stopping early drops the day-30 measurement.")
          .defaultSeverity(Severity.WARNING)
          .option(DIAGNOSE_BY)
          .option(DESIGN_BY)
          .option(DRIVE_UNTIL)
          .check(PhaseTimeline::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    if (PhaseCalendar.startOffset(plan, Phase.DIAGNOSE) <= -review.option(DIAGNOSE_BY)
        && PhaseCalendar.startOffset(plan, Phase.DESIGN) <= -review.option(DESIGN_BY)
        && PhaseCalendar.endOffset(plan, Phase.DRIVE) >= review.option(DRIVE_UNTIL)) {
      return; // every phase in time: decided without building the calendar or its days
    }
    List<PhaseMilestone> milestones =
        plan.planning().map(PlanningData::milestones).orElse(List.of());
    PhaseCalendar calendar = PhaseCalendar.of(plan);
    RelativeDay diagnoseBy = RelativeDay.before(review.option(DIAGNOSE_BY));
    RelativeDay designBy = RelativeDay.before(review.option(DESIGN_BY));
    RelativeDay driveUntil = RelativeDay.of(review.option(DRIVE_UNTIL));
    checkStart(review, milestones, calendar, Phase.DIAGNOSE, diagnoseBy, "gap survey, tiering");
    checkStart(review, milestones, calendar, Phase.DESIGN, designBy, "breakouts, coaching plans");
    PhaseMilestone m = calendar.window(Phase.DRIVE);
    if (m.end().isBefore(driveUntil)) {
      review
          .finding(
              where(milestones, calendar, Phase.DRIVE),
              "The drive phase"
                  + byDefault(calendar, Phase.DRIVE)
                  + " ends on day "
                  + m.end()
                  + "; it should run to day "
                  + driveUntil
                  + " or later ("
                  + EventClock.T_PLUS.legend()
                  + "), through the day-30 behaviour review")
          .evidence(m.end(), driveUntil)
          .remediation("Extend the drive phase to day " + driveUntil)
          .report();
    }
  }

  private static void checkStart(
      RuleContext review,
      List<PhaseMilestone> milestones,
      PhaseCalendar calendar,
      Phase phase,
      RelativeDay by,
      String work) {
    String name = phase.name().toLowerCase(Locale.ROOT);
    PhaseMilestone m = calendar.window(phase);
    if (m.start().isAfter(by)) {
      review
          .finding(
              where(milestones, calendar, phase),
              "The "
                  + name
                  + " phase"
                  + byDefault(calendar, phase)
                  + " starts on day "
                  + m.start()
                  + "; it should start by day "
                  + by)
          .evidence(m.start(), by)
          .remediation("Start the " + name + " phase by day " + by + " (" + work + ")")
          .report();
    }
  }

  /**
   * The plan's milestone for {@code phase}, or the milestones list when the window is a default.
   */
  private static Location where(
      List<PhaseMilestone> milestones, PhaseCalendar calendar, Phase phase) {
    if (calendar.planned().contains(phase)) {
      for (int i = 0; i < milestones.size(); i++) {
        if (milestones.get(i).phase() == phase) {
          return Location.element("planning.milestones", i);
        }
      }
    }
    return MILESTONES;
  }

  private static String byDefault(PhaseCalendar calendar, Phase phase) {
    return calendar.planned().contains(phase) ? "" : " (by default, the plan gives no milestone)";
  }
}
