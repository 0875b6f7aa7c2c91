package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.PLANNING_PROCESS;

import dev.sko.core.CallForContent;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Phase;
import dev.sko.core.PhaseCalendar;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.RelativeDay;
import dev.sko.core.SubmissionState;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The planning process: CATALOGUE.md "Planning process" (GITLAB_HANDBOOK's core team and call for
 * content, BEHAVIOR_CHANGE_MODEL's phase timeline). A plan without {@link PlanningData} has no core
 * team, call for content or milestones, and these rules say so as they would for empty data; the
 * profile that holds them ({@code planningProcess()}) is chosen by planners who keep that data.
 */
final class PlanningRules {
  private PlanningRules() {}

  /** {@code sko.planning.core-team}. */
  static final Rule CORE_TEAM = new CoreTeam();

  /** {@code sko.planning.call-for-content}. */
  static final Rule CALL_FOR_CONTENT = new CallForContentTiming();

  /** {@code sko.planning.content-triage}. */
  static final Rule CONTENT_TRIAGE = new ContentTriage();

  /** {@code sko.planning.phase-timeline}. */
  static final Rule PHASE_TIMELINE = new PhaseTimeline();

  static void register(Registry r) {
    r.add(CORE_TEAM).in(PLANNING_PROCESS, Severity.WARNING);
    r.add(CALL_FOR_CONTENT).in(PLANNING_PROCESS, Severity.WARNING);
    r.add(CONTENT_TRIAGE).in(PLANNING_PROCESS, Severity.INFO);
    r.add(PHASE_TIMELINE).in(BEHAVIOR_CHANGE, Severity.WARNING).in(PLANNING_PROCESS, Severity.INFO);
  }

  private static final Location CORE_TEAM_LOCATION = Location.of("planning.coreTeam");
  private static final Location CALL_LOCATION = Location.of("planning.callForContent");
  private static final Location MILESTONES = Location.of("planning.milestones");

  /**
   * The core team names an accountable owner, an executive sponsor, and DRIs for logistics, content
   * and communications. One finding per missing role.
   */
  static final class CoreTeam extends CatalogRule {
    /** The roles GITLAB_HANDBOOK's core team holds, in its order. */
    static final List<CoreTeamRole> REQUIRED =
        List.of(
            CoreTeamRole.ACCOUNTABLE_OWNER,
            CoreTeamRole.EXECUTIVE_SPONSOR,
            CoreTeamRole.LOGISTICS_DRI,
            CoreTeamRole.CONTENT_DRI,
            CoreTeamRole.COMMUNICATIONS_DRI);

    CoreTeam() {
      super(
          "sko.planning.core-team",
          "The core team has an owner, a sponsor and logistics, content and communications DRIs",
          "GITLAB_HANDBOOK (SKO core team)",
          "A kickoff is too big for one person: one leader is accountable for delivery on budget,"
              + " an executive sponsor drives alignment across leadership, and separate owners"
              + " (DRIs) run logistics, content and communications.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Set<CoreTeamRole> present = EnumSet.noneOf(CoreTeamRole.class);
      plan.planning().ifPresent(p -> p.coreTeam().forEach(m -> present.add(m.role())));
      for (CoreTeamRole role : REQUIRED) {
        if (present.contains(role)) {
          continue;
        }
        findings
            .finding(
                CORE_TEAM_LOCATION,
                "The core team has no " + describe(role) + "; every core-team role needs a name")
            .figure("missing-role", role)
            .remediation("Name the " + describe(role) + " in the planning core team")
            .report();
      }
    }

    private static String describe(CoreTeamRole role) {
      switch (role) {
        case ACCOUNTABLE_OWNER:
          return "accountable owner (the enablement leader who answers for delivery)";
        case EXECUTIVE_SPONSOR:
          return "executive sponsor";
        case LOGISTICS_DRI:
          return "event support and logistics DRI";
        case CONTENT_DRI:
          return "content DRI";
        case COMMUNICATIONS_DRI:
          return "communications DRI";
        default:
          return role.name();
      }
    }
  }

  /**
   * The call for content opens at least {@link #OPENS_BEFORE} days before the event and stays open
   * about {@link #OPEN_FOR} days: within {@link #OPEN_FOR_TOLERANCE} days either way.
   */
  static final class CallForContentTiming extends CatalogRule {
    static final RuleOption<Integer> OPENS_BEFORE =
        RuleOption.integer(
            "opens-before-days",
            90,
            0,
            RelativeDay.MAX_OFFSET,
            "Days before the first event day by which the call for content opens (GITLAB_HANDBOOK:"
                + " no later than three months before)");

    static final RuleOption<Integer> OPEN_FOR =
        RuleOption.integer(
            "open-for-days",
            21,
            1,
            RelativeDay.MAX_OFFSET,
            "Days the call for content stays open (GITLAB_HANDBOOK: 3 weeks)");

    static final RuleOption<Integer> OPEN_FOR_TOLERANCE =
        RuleOption.integer(
            "open-for-tolerance-days",
            3,
            0,
            RelativeDay.MAX_OFFSET,
            "Days the call may stay open longer or shorter and still count as 'about' three weeks"
                + " (the library's reading of GITLAB_HANDBOOK, not a source figure)");

    CallForContentTiming() {
      super(
          "sko.planning.call-for-content",
          "The call for content opens 90 days ahead and stays open about 3 weeks",
          "GITLAB_HANDBOOK (call for content: no later than three months before, open 3 weeks)",
          "Gathering breakout content through an open call, early, lets the team prioritise"
              + " against the kickoff's theme and win executive agreement in time; three weeks"
              + " gives contributors enough time without stalling the selection.",
          Severity.WARNING,
          OPENS_BEFORE,
          OPEN_FOR,
          OPEN_FOR_TOLERANCE);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      int opensBefore = findings.option(OPENS_BEFORE);
      int openFor = findings.option(OPEN_FOR);
      int tolerance = findings.option(OPEN_FOR_TOLERANCE);
      RelativeDay latestOpening = RelativeDay.before(opensBefore);
      Optional<CallForContent> found = plan.planning().flatMap(PlanningData::callForContent);
      if (found.isEmpty()) {
        findings
            .finding(CALL_LOCATION, "The plan has no call for content for breakout sessions")
            .figure("opens-by", latestOpening)
            .remediation(
                "Open a call for content by day "
                    + latestOpening
                    + " ("
                    + opensBefore
                    + " days before the event) and keep it open for about "
                    + openFor
                    + " days")
            .report();
        return;
      }
      CallForContent call = found.get();
      if (call.opensOn().isAfter(latestOpening)) {
        findings
            .finding(
                CALL_LOCATION,
                "The call for content opens on day "
                    + call.opensOn()
                    + ", "
                    + -call.opensOn().offset()
                    + " days before the event; it should open at least "
                    + opensBefore
                    + " days before")
            .evidence(call.opensOn(), latestOpening)
            .remediation("Open the call for content by day " + latestOpening)
            .report();
      }
      IntRange about = IntRange.of(Math.max(1, openFor - tolerance), openFor + tolerance);
      if (!about.contains(call.openForDays())) {
        findings
            .finding(
                CALL_LOCATION,
                "The call for content stays open "
                    + call.openForDays()
                    + " days; it should stay open about "
                    + openFor
                    + " days ("
                    + about.min()
                    + " to "
                    + about.max()
                    + ")")
            .evidence(call.openForDays(), openFor)
            .figure("allowed-days", about)
            .remediation("Keep the call for content open for " + openFor + " days")
            .report();
      }
    }
  }

  /**
   * No submission is still in triage within {@link #DAYS_BEFORE} days of the event, judged as of
   * {@link PlanningData#statusDate()}. The rule never reads a clock: without a status date it says
   * once, at INFO, that it cannot judge the submissions still in triage (and stays silent when none
   * is).
   */
  static final class ContentTriage extends CatalogRule {
    static final RuleOption<Integer> DAYS_BEFORE =
        RuleOption.integer(
            "days-before",
            30,
            0,
            RelativeDay.MAX_OFFSET,
            "Days before the first event day from which no submission may still be in triage"
                + " (GITLAB_HANDBOOK: accepted or deferred after the call closes; 30 days is the"
                + " catalogue's deadline for it)");

    ContentTriage() {
      super(
          "sko.planning.content-triage",
          "No content submission is still in triage within 30 days of the event",
          "GITLAB_HANDBOOK (call for content: triage, accepted, deferred)",
          "Presenters of accepted sessions need weeks to build and rehearse, and those not chosen"
              + " should move to the enablement backlog; a submission still undecided a month"
              + " before the event is a session that will be under-prepared or a contributor"
              + " left waiting.",
          Severity.INFO,
          DAYS_BEFORE);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Optional<PlanningData> planning = plan.planning();
      Optional<CallForContent> call = planning.flatMap(PlanningData::callForContent);
      if (call.isEmpty()) {
        return; // sko.planning.call-for-content reports a missing call
      }
      List<ContentSubmission> submissions = call.get().submissions();
      long inTriage = submissions.stream().filter(s -> s.state() == SubmissionState.TRIAGE).count();
      if (inTriage == 0) {
        return;
      }
      int daysBefore = findings.option(DAYS_BEFORE);
      Optional<LocalDate> status = planning.flatMap(PlanningData::statusDate);
      if (status.isEmpty()) {
        findings
            .finding(
                CALL_LOCATION,
                inTriage
                    + (inTriage == 1 ? " submission is" : " submissions are")
                    + " in triage, and the planning data has no status date to judge them by")
            .figure("in-triage", inTriage)
            .remediation(
                "Set the planning status date so submissions still in triage "
                    + daysBefore
                    + " days before the event can be found")
            .report();
        return;
      }
      long daysToEvent = ChronoUnit.DAYS.between(status.get(), plan.startDate());
      if (daysToEvent > daysBefore) {
        return;
      }
      for (int i = 0; i < submissions.size(); i++) {
        ContentSubmission s = submissions.get(i);
        if (s.state() != SubmissionState.TRIAGE) {
          continue;
        }
        findings
            .finding(
                Location.of("planning.callForContent.submissions[" + i + "]"),
                "\""
                    + s.title()
                    + "\" is still in triage on "
                    + status.get()
                    + ", "
                    + (daysToEvent >= 0
                        ? daysToEvent + " days before the event"
                        : -daysToEvent + " days after the event started")
                    + "; submissions should be decided more than "
                    + daysBefore
                    + " days before")
            .evidence(daysToEvent, daysBefore)
            .remediation(
                "Accept \""
                    + s.title()
                    + "\" and start building it with its presenter, or defer it to the enablement"
                    + " backlog")
            .report();
      }
    }
  }

  /**
   * The phase milestones follow BEHAVIOR_CHANGE_MODEL's four phases: diagnose starts by {@link
   * #DIAGNOSE_BY} days before the event, design by {@link #DESIGN_BY} days before, and drive runs
   * to at least {@link #DRIVE_UNTIL} (days counted like {@link RelativeDay}). One finding per phase
   * that is missing or off. The defaults are {@link PhaseCalendar}'s phase boundaries.
   */
  static final class PhaseTimeline extends CatalogRule {
    static final RuleOption<Integer> DIAGNOSE_BY =
        RuleOption.integer(
            "diagnose-by-days-before",
            -PhaseCalendar.DIAGNOSE_START.offset(),
            0,
            RelativeDay.MAX_OFFSET,
            "Days before the first event day by which the diagnose phase starts"
                + " (BEHAVIOR_CHANGE_MODEL: diagnose T-28 to T-14)");

    static final RuleOption<Integer> DESIGN_BY =
        RuleOption.integer(
            "design-by-days-before",
            -PhaseCalendar.DESIGN_START.offset(),
            0,
            RelativeDay.MAX_OFFSET,
            "Days before the first event day by which the design phase starts"
                + " (BEHAVIOR_CHANGE_MODEL: design T-14 to T-2)");

    static final RuleOption<Integer> DRIVE_UNTIL =
        RuleOption.integer(
            "drive-until-day",
            PhaseCalendar.DRIVE_END.offset(),
            0,
            RelativeDay.MAX_OFFSET,
            "Day (T+n) the drive phase runs to at least (BEHAVIOR_CHANGE_MODEL: drive to T+30)");

    PhaseTimeline() {
      super(
          "sko.planning.phase-timeline",
          "Diagnose starts by T-28, design by T-14, drive runs to T+30",
          "BEHAVIOR_CHANGE_MODEL (four phases: diagnose T-28..T-14, design T-14..T-2, deliver,"
              + " drive to T+30)",
          "Kickoffs that change behaviour run like product launches: four weeks to diagnose rep"
              + " gaps and tier the team, two weeks to design the breakouts and coaching plans,"
              + " the event, and 30 days of drive afterwards. Starting late squeezes the"
              + " diagnosis; stopping early drops the day-30 measurement.",
          Severity.WARNING,
          DIAGNOSE_BY,
          DESIGN_BY,
          DRIVE_UNTIL);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<PhaseMilestone> milestones =
          plan.planning().map(PlanningData::milestones).orElse(List.of());
      RelativeDay diagnoseBy = RelativeDay.before(findings.option(DIAGNOSE_BY));
      RelativeDay designBy = RelativeDay.before(findings.option(DESIGN_BY));
      RelativeDay driveUntil = RelativeDay.of(findings.option(DRIVE_UNTIL));
      checkStart(findings, milestones, Phase.DIAGNOSE, diagnoseBy, "gap survey, tiering");
      checkStart(findings, milestones, Phase.DESIGN, designBy, "breakouts, coaching plans");
      int drive = indexOf(milestones, Phase.DRIVE);
      if (drive < 0) {
        findings
            .finding(MILESTONES, "The plan has no drive phase after the event")
            .figure("drive-until", driveUntil)
            .remediation(
                "Add a drive milestone from the first day after the event to day "
                    + driveUntil
                    + ": stand-ups, weekly 1:1s, the day-30 review and the governance read-out")
            .report();
        return;
      }
      PhaseMilestone m = milestones.get(drive);
      if (m.end().isBefore(driveUntil)) {
        findings
            .finding(
                Location.element("planning.milestones", drive),
                "The drive phase ends on day "
                    + m.end()
                    + "; it should run to day "
                    + driveUntil
                    + " or later, through the day-30 behaviour review")
            .evidence(m.end(), driveUntil)
            .remediation("Extend the drive phase to day " + driveUntil)
            .report();
      }
    }

    private static void checkStart(
        RuleContext findings,
        List<PhaseMilestone> milestones,
        Phase phase,
        RelativeDay by,
        String work) {
      String name = phase.name().toLowerCase(Locale.ROOT);
      int index = indexOf(milestones, phase);
      if (index < 0) {
        findings
            .finding(MILESTONES, "The plan has no " + name + " phase before the event")
            .figure(name + "-by", by)
            .remediation("Add a " + name + " milestone starting by day " + by + " (" + work + ")")
            .report();
        return;
      }
      PhaseMilestone m = milestones.get(index);
      if (m.start().isAfter(by)) {
        findings
            .finding(
                Location.element("planning.milestones", index),
                "The "
                    + name
                    + " phase starts on day "
                    + m.start()
                    + "; it should start by day "
                    + by)
            .evidence(m.start(), by)
            .remediation("Start the " + name + " phase by day " + by + " (" + work + ")")
            .report();
      }
    }

    private static int indexOf(List<PhaseMilestone> milestones, Phase phase) {
      for (int i = 0; i < milestones.size(); i++) {
        if (milestones.get(i).phase() == phase) {
          return i;
        }
      }
      return -1;
    }
  }
}
