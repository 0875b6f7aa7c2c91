package dev.sko.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When each of BEHAVIOR_CHANGE_MODEL's four phases runs for one plan, as relative days and as
 * dates.
 *
 * <h2>The default windows</h2>
 *
 * <p>The source gives "Diagnose (T-28 to T-14)", "Design (T-14 to T-2)", "Deliver (T-0 to T+2)" for
 * a two-day event, and "Drive (T+2 to T+30)". Its ranges share their end points, so this calendar
 * reads each phase as starting on its stated first day and lasting until the next phase starts,
 * every window inclusive at both ends:
 *
 * <ul>
 *   <li>{@link Phase#DIAGNOSE}: {@link #DIAGNOSE_START} (T-28) to the day before {@link
 *       #DESIGN_START}, T-15;
 *   <li>{@link Phase#DESIGN}: {@link #DESIGN_START} (T-14, the day both ranges name, starts design)
 *       to T-1. The source wants the design work done by {@link #DESIGN_DUE} (T-2); the day or two
 *       left before the event (final preparation, travel) belongs to no other phase and is counted
 *       as design, so that every day from T-28 to T+30 has exactly one phase;
 *   <li>{@link Phase#DELIVER}: the event days, T+0 to {@link KickoffPlan#lastEventDay()};
 *   <li>{@link Phase#DRIVE}: the day after the event to {@link #DRIVE_END} (T+30); should the event
 *       itself run to T+30 or later, drive is the single day after it.
 * </ul>
 *
 * <p>Days before T-28 and after the end of drive are in no phase.
 *
 * <h2>The plan's own milestones</h2>
 *
 * <p>When the plan's {@link PlanningData#milestones()} give a {@link PhaseMilestone} for a phase,
 * that window replaces the default for that phase; the other phases keep their defaults. Windows
 * from milestones may overlap or leave gaps: a day in two windows belongs to the later phase (in
 * the order DIAGNOSE, DESIGN, DELIVER, DRIVE, the same rule that gives T-14 to design), and a day
 * in none is in no phase.
 */
@Value.Immutable
public abstract class PhaseCalendar {
  PhaseCalendar() {}

  /** BEHAVIOR_CHANGE_MODEL, Phase 1: diagnose runs "T-28 to T-14"; T-28 is its first day. */
  public static final RelativeDay DIAGNOSE_START = RelativeDay.before(28);

  /**
   * BEHAVIOR_CHANGE_MODEL, Phase 2: design runs "T-14 to T-2"; T-14 is its first day (and so the
   * day after diagnose ends).
   */
  public static final RelativeDay DESIGN_START = RelativeDay.before(14);

  /**
   * BEHAVIOR_CHANGE_MODEL, Phase 2: the design work is done by T-2. The default design window still
   * runs to T-1, the day before the event (see the class documentation).
   */
  public static final RelativeDay DESIGN_DUE = RelativeDay.before(2);

  /** BEHAVIOR_CHANGE_MODEL, Phase 4: drive runs "T+2 to T+30"; T+30 is its last day. */
  public static final RelativeDay DRIVE_END = RelativeDay.after(30);

  /** The date of the first event day, {@code T+0}. */
  public abstract LocalDate eventStart();

  /** One window per phase, in phase order. */
  public abstract List<PhaseMilestone> windows();

  /** The phases whose window comes from the plan's milestones rather than the defaults. */
  public abstract Set<Phase> planned();

  /** The phase calendar of {@code plan}: its milestones where it has them, else the defaults. */
  public static PhaseCalendar of(KickoffPlan plan) {
    Map<Phase, PhaseMilestone> windows = defaultWindows(plan);
    Set<Phase> planned = EnumSet.noneOf(Phase.class);
    plan.planning()
        .ifPresent(
            p ->
                p.milestones()
                    .forEach(
                        m -> {
                          windows.put(m.phase(), m);
                          planned.add(m.phase());
                        }));
    return build(plan, windows, planned);
  }

  /** The default calendar of {@code plan}, ignoring any milestones it carries. */
  public static PhaseCalendar defaults(KickoffPlan plan) {
    return build(plan, defaultWindows(plan), EnumSet.noneOf(Phase.class));
  }

  private static PhaseCalendar build(
      KickoffPlan plan, Map<Phase, PhaseMilestone> windows, Set<Phase> planned) {
    return builder()
        .eventStart(plan.startDate())
        .windows(new ArrayList<>(windows.values()))
        .planned(planned)
        .build();
  }

  private static Map<Phase, PhaseMilestone> defaultWindows(KickoffPlan plan) {
    int last = plan.lastEventOffset();
    Map<Phase, PhaseMilestone> windows = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      windows.put(
          phase,
          PhaseMilestone.of(
              phase,
              RelativeDay.of(defaultOffset(phase, last, true)),
              RelativeDay.of(defaultOffset(phase, last, false))));
    }
    return windows;
  }

  /**
   * The offset of the first ({@code start}) or last day of {@code phase}'s default window, for an
   * event whose last day is {@code T+last}.
   */
  private static int defaultOffset(Phase phase, int last, boolean start) {
    switch (phase) {
      case DIAGNOSE:
        return start ? DIAGNOSE_START.offset() : DESIGN_START.offset() - 1;
      case DESIGN:
        return start ? DESIGN_START.offset() : RelativeDay.EVENT_START.offset() - 1;
      case DELIVER:
        return start ? RelativeDay.EVENT_START.offset() : last;
      case DRIVE:
        return start ? last + 1 : Math.max(last + 1, DRIVE_END.offset());
      default:
        throw new AssertionError(phase);
    }
  }

  /**
   * The offset of the first day of {@code phase} in {@code plan}'s calendar: {@code
   * of(plan).start(phase).offset()}, answered without building the calendar.
   */
  public static int startOffset(KickoffPlan plan, Phase phase) {
    return offset(plan, phase, true);
  }

  /**
   * The offset of the last day of {@code phase} in {@code plan}'s calendar: {@code
   * of(plan).end(phase).offset()}, answered without building the calendar.
   */
  public static int endOffset(KickoffPlan plan, Phase phase) {
    return offset(plan, phase, false);
  }

  private static int offset(KickoffPlan plan, Phase phase, boolean start) {
    PlanningData planning = plan.planning().orElse(null);
    if (planning != null) {
      List<PhaseMilestone> milestones = planning.milestones();
      for (int i = milestones.size() - 1; i >= 0; i--) { // the last one wins, as in of(plan)
        PhaseMilestone m = milestones.get(i);
        if (m.phase() == phase) {
          return (start ? m.start() : m.end()).offset();
        }
      }
    }
    return defaultOffset(phase, plan.lastEventOffset(), start);
  }

  /** The window of {@code phase}. */
  public PhaseMilestone window(Phase phase) {
    return windows().get(phase.ordinal());
  }

  /** The first day of {@code phase}. */
  public RelativeDay start(Phase phase) {
    return window(phase).start();
  }

  /** The last day of {@code phase}. */
  public RelativeDay end(Phase phase) {
    return window(phase).end();
  }

  /** The date of the first day of {@code phase}. */
  public LocalDate startDate(Phase phase) {
    return start(phase).toDate(eventStart());
  }

  /** The date of the last day of {@code phase}. */
  public LocalDate endDate(Phase phase) {
    return end(phase).toDate(eventStart());
  }

  /**
   * The phase {@code day} is in: the latest phase whose window holds it, or empty when no window
   * does (before diagnose, after drive, or in a gap the plan's milestones leave).
   */
  public Optional<Phase> phaseOf(RelativeDay day) {
    return phaseAt(day.offset());
  }

  /** The phase the calendar date {@code date} is in; see {@link #phaseOf(RelativeDay)}. */
  public Optional<Phase> phaseOf(LocalDate date) {
    return phaseAt(ChronoUnit.DAYS.between(eventStart(), date));
  }

  private Optional<Phase> phaseAt(long offset) {
    List<PhaseMilestone> windows = windows();
    for (int i = windows.size() - 1; i >= 0; i--) {
      PhaseMilestone w = windows.get(i);
      if (w.start().offset() <= offset && offset <= w.end().offset()) {
        return Optional.of(w.phase());
      }
    }
    return Optional.empty();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePhaseCalendar.Builder {}

  @Value.Check
  void check() {
    Phase[] phases = Phase.values();
    Checks.check(
        windows().size() == phases.length,
        "PhaseCalendar.windows",
        windows(),
        "must hold one window per phase");
    for (int i = 0; i < phases.length; i++) {
      Checks.check(
          windows().get(i).phase() == phases[i],
          "PhaseCalendar.windows[" + i + "].phase",
          windows().get(i).phase(),
          "must be " + phases[i]);
    }
  }
}
