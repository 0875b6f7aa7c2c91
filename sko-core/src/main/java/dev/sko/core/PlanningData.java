package dev.sko.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the event is being planned (GITLAB_HANDBOOK, BEHAVIOR_CHANGE_MODEL): the core team, the call
 * for content, the phase milestones, and the date the planning status was last brought up to date.
 */
@Value.Immutable
public abstract class PlanningData {
  PlanningData() {}

  /** The core team. */
  public abstract List<CoreTeamMember> coreTeam();

  /** The call for content, if there is one. */
  public abstract Optional<CallForContent> callForContent();

  /** When each phase starts and ends. */
  public abstract List<PhaseMilestone> milestones();

  /**
   * The date this planning status describes: submissions "still in triage" are judged as of this
   * day. Absent, time-dependent checks are skipped rather than read from a clock.
   */
  public abstract Optional<LocalDate> statusDate();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlanningData}; {@link #build()} checks it. */
  public static final class Builder extends ImmutablePlanningData.Builder {}

  @Value.Check
  void check() {
    Checks.unique(milestones(), m -> m.phase().name(), "PlanningData.milestones.phase");
  }
}
