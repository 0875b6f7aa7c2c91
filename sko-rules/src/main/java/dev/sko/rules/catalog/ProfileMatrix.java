package dev.sko.rules.catalog;

import com.google.common.collect.ImmutableList;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.agenda.CoreContent;
import dev.sko.rules.catalog.agenda.CustomerVoice;
import dev.sko.rules.catalog.agenda.ExperientialLearning;
import dev.sko.rules.catalog.agenda.InteractiveShare;
import dev.sko.rules.catalog.agenda.Overlap;
import dev.sko.rules.catalog.agenda.PeerTeaching;
import dev.sko.rules.catalog.agenda.SocialTime;
import dev.sko.rules.catalog.agenda.TerritoryQuotaComp;
import dev.sko.rules.catalog.antipattern.AwardsOnStage;
import dev.sko.rules.catalog.antipattern.CompetitiveGames;
import dev.sko.rules.catalog.antipattern.DestinationOffsite;
import dev.sko.rules.catalog.antipattern.LmsWithoutFollowUp;
import dev.sko.rules.catalog.antipattern.MotivationalSpeaker;
import dev.sko.rules.catalog.antipattern.VagueTheme;
import dev.sko.rules.catalog.content.RoadmapDeepDive;
import dev.sko.rules.catalog.cost.LostSellingTime;
import dev.sko.rules.catalog.cost.PerRep;
import dev.sko.rules.catalog.duration.ExtraDayCost;
import dev.sko.rules.catalog.duration.TeamSize;
import dev.sko.rules.catalog.goals.CoachingPlan;
import dev.sko.rules.catalog.goals.ManagerCommitment;
import dev.sko.rules.catalog.goals.RepSpecific;
import dev.sko.rules.catalog.measurement.Day30Review;
import dev.sko.rules.catalog.measurement.GovernanceReview;
import dev.sko.rules.catalog.metrics.LeadingIndicators;
import dev.sko.rules.catalog.metrics.TargetComplete;
import dev.sko.rules.catalog.metrics.TargetLift;
import dev.sko.rules.catalog.outcomes.ActionPlans;
import dev.sko.rules.catalog.planning.CallForContent;
import dev.sko.rules.catalog.planning.ContentTriage;
import dev.sko.rules.catalog.planning.CoreTeam;
import dev.sko.rules.catalog.planning.PhaseTimeline;
import dev.sko.rules.catalog.presentation.ExecutiveLimit;
import dev.sko.rules.catalog.presentation.LengthCap;
import dev.sko.rules.catalog.presentation.QaBuiltIn;
import dev.sko.rules.catalog.prework.Assigned;
import dev.sko.rules.catalog.prework.GapSurvey;
import dev.sko.rules.catalog.prework.RubricCalibration;
import dev.sko.rules.catalog.recognition.Categories;
import dev.sko.rules.catalog.reinforcement.CoachingCadence;
import dev.sko.rules.catalog.reinforcement.DailyStandups;
import dev.sko.rules.catalog.reinforcement.ManagerCoaching;
import dev.sko.rules.catalog.reinforcement.PlanPresent;
import dev.sko.rules.catalog.reinforcement.StartsPromptly;
import dev.sko.rules.catalog.reinforcement.Window;
import dev.sko.rules.catalog.roi.BreakEven;
import dev.sko.rules.catalog.session.CustomerPanelBalance;
import dev.sko.rules.catalog.session.DealClinicFacilitator;
import dev.sko.rules.catalog.session.DealClinicSize;
import dev.sko.rules.catalog.session.ModeratedQa;
import dev.sko.rules.catalog.session.RecordedRoleplay;
import dev.sko.rules.catalog.session.SkillStationRotation;
import dev.sko.rules.catalog.survey.Anonymous;
import dev.sko.rules.catalog.survey.PostEvent;
import dev.sko.rules.catalog.tiers.Breakouts;
import dev.sko.rules.catalog.tiers.NotAnnounced;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The profile matrix: one row per built-in rule, in catalogue order, with its cell in each profile
 * (the columns recommended, classic, behaviorChange, accelerationSummit, planningProcess). A cell
 * says whether the profile holds the rule, at which severity, and with which option values. {@link
 * Profiles} are built from it and {@code docs/rules.md} is generated from it, so it is the one
 * place a rule's place in the profiles is written; adding a rule is one file in its area package
 * plus one row here.
 *
 * <p>Cells: {@link #NO} the profile leaves the rule out; {@link #OWN} the rule reports at its own
 * (possibly graded) severity; {@link #E}, {@link #W}, {@link #I} every finding at that severity.
 * {@link Cell#with} sets an option for that profile.
 */
final class ProfileMatrix {
  private ProfileMatrix() {}

  /** The profiles, the matrix's columns, in the order of {@code docs/rules.md}. */
  enum Profile {
    RECOMMENDED("recommended"),
    CLASSIC("classic"),
    BEHAVIOR_CHANGE("behaviorChange"),
    ACCELERATION_SUMMIT("accelerationSummit"),
    PLANNING_PROCESS("planningProcess");

    final String setName;

    Profile(String setName) {
      this.setName = setName;
    }
  }

  /** Not in the profile: "-" in {@code docs/rules.md}. */
  static final Cell NO = new Cell(false, null, Map.of());

  /**
   * In the profile at the rule's own, possibly graded, severity: "E/W" in {@code docs/rules.md}.
   */
  static final Cell OWN = new Cell(true, null, Map.of());

  /** In the profile with every finding an error. */
  static final Cell E = new Cell(true, Severity.ERROR, Map.of());

  /** In the profile with every finding a warning. */
  static final Cell W = new Cell(true, Severity.WARNING, Map.of());

  /** In the profile with every finding at INFO. */
  static final Cell I = new Cell(true, Severity.INFO, Map.of());

  /** Every built-in rule, in catalogue order, with its cells. */
  static final List<Row> ROWS =
      List.of(
          row(
              TeamSize.RULE,
              OWN,
              OWN,
              E.with(TeamSize.GUIDANCE, DurationGuidance.behaviorChange()),
              OWN,
              NO),
          row(ExtraDayCost.RULE, I, NO, W, I, NO),
          row(Overlap.RULE, E, E, E, E, NO),
          row(LengthCap.RULE, W, W, W.with(LengthCap.CAP, LengthCap.BEHAVIOR_CHANGE_CAP), W, NO),
          row(
              ExecutiveLimit.RULE,
              E,
              E,
              E.with(ExecutiveLimit.LIMIT, ExecutiveLimit.BEHAVIOR_CHANGE_LIMIT),
              E,
              NO),
          row(QaBuiltIn.RULE, W, W, NO, I, NO),
          row(RoadmapDeepDive.RULE, W, NO, W, I, NO),
          row(
              InteractiveShare.RULE,
              OWN,
              W.with(InteractiveShare.WARN_BELOW, InteractiveShare.CLASSIC_WARN_BELOW)
                  .with(InteractiveShare.ERROR_BELOW, InteractiveShare.CLASSIC_ERROR_BELOW),
              OWN,
              OWN,
              NO),
          row(CoreContent.RULE, OWN, OWN, OWN, OWN, NO),
          row(CustomerVoice.RULE, I, W, NO, W, NO),
          row(SocialTime.RULE, W, W, I, I, NO),
          row(PeerTeaching.RULE, W, W, W, W, NO),
          row(TerritoryQuotaComp.RULE, W, I, I, E, NO),
          row(ExperientialLearning.RULE, I, NO, NO, W, NO),
          row(DealClinicSize.RULE, W, NO, NO, W, NO),
          row(DealClinicFacilitator.RULE, I, NO, NO, W, NO),
          row(CustomerPanelBalance.RULE, I, I, NO, W, NO),
          row(SkillStationRotation.RULE, I, NO, W, NO, NO),
          row(ModeratedQa.RULE, I, NO, W, NO, NO),
          row(RecordedRoleplay.RULE, NO, NO, I, NO, NO),
          row(MotivationalSpeaker.RULE, I, NO, W, I, NO),
          row(CompetitiveGames.RULE, I, NO, W, NO, NO),
          row(AwardsOnStage.RULE, NO, NO, W, NO, NO),
          row(VagueTheme.RULE, I, NO, W, NO, NO),
          row(DestinationOffsite.RULE, I, NO, W, NO, NO),
          row(Categories.RULE, I, W, NO, I, NO),
          row(dev.sko.rules.catalog.outcomes.Defined.RULE, OWN, OWN, OWN, OWN, NO),
          row(ActionPlans.RULE, I, NO, NO, W, NO),
          row(RepSpecific.RULE, W, I, E, W, NO),
          row(CoachingPlan.RULE, I, NO, W, NO, NO),
          row(ManagerCommitment.RULE, I, NO, W, NO, NO),
          row(Breakouts.RULE, I, NO, W, NO, NO),
          row(NotAnnounced.RULE, W, NO, E, I, NO),
          row(Assigned.RULE, W, I, W, W, NO),
          row(GapSurvey.RULE, I, NO, W, NO, NO),
          row(RubricCalibration.RULE, NO, NO, I, NO, NO),
          row(LmsWithoutFollowUp.RULE, W, NO, W, NO, NO),
          row(PlanPresent.RULE, E, E, E, E, NO),
          row(Window.RULE, W, W, W, W, NO),
          row(StartsPromptly.RULE, OWN, OWN, OWN, OWN, NO),
          row(ManagerCoaching.RULE, W, W, E, W, NO),
          row(CoachingCadence.RULE, I, NO, W, NO, NO),
          row(DailyStandups.RULE, NO, NO, I, NO, NO),
          row(
              Day30Review.RULE,
              W,
              OWN.with(Day30Review.CHECK_IN_COUNTS, true)
                  .with(Day30Review.NO_BASELINE_SEVERITY, Day30Review.CLASSIC_NO_BASELINE_SEVERITY),
              E,
              W,
              NO),
          row(GovernanceReview.RULE, I, NO, W, NO, NO),
          row(
              PostEvent.RULE,
              W,
              W,
              W.with(PostEvent.WITHIN, PostEvent.BEHAVIOR_CHANGE_WITHIN),
              I,
              NO),
          row(Anonymous.RULE, NO, NO, I, NO, NO),
          row(dev.sko.rules.catalog.metrics.Defined.RULE, W, I, E, W, NO),
          row(TargetComplete.RULE, W, NO, W, I, NO),
          row(LeadingIndicators.RULE, I, NO, W, NO, NO),
          row(TargetLift.RULE, OWN, NO, OWN, OWN, NO),
          row(LostSellingTime.RULE, W, W, W, W, NO),
          row(PerRep.RULE, OWN, I, W.with(PerRep.REPORT_FIGURES, false), OWN, NO),
          row(BreakEven.RULE, I, I, I, I, NO),
          row(CoreTeam.RULE, NO, NO, NO, NO, W),
          row(CallForContent.RULE, NO, NO, NO, NO, W),
          row(ContentTriage.RULE, NO, NO, NO, NO, I),
          row(PhaseTimeline.RULE, NO, NO, W, NO, I));

  /** One rule's place in each profile. */
  record Row(Rule rule, List<Cell> cells) {}

  /** A row: the rule, then its cell in each profile in column order. */
  static Row row(
      Rule rule,
      Cell recommended,
      Cell classic,
      Cell behaviorChange,
      Cell accelerationSummit,
      Cell planningProcess) {
    return new Row(
        rule, List.of(recommended, classic, behaviorChange, accelerationSummit, planningProcess));
  }

  /** A rule's cell in one profile. */
  static final class Cell {
    final boolean in;
    final @Nullable Severity severity;
    final Map<RuleOption<?>, Object> options;

    private Cell(boolean in, @Nullable Severity severity, Map<RuleOption<?>, Object> options) {
      this.in = in;
      this.severity = severity;
      this.options = options;
    }

    /** This cell, with {@code option} set to {@code value} in the profile. */
    <T> Cell with(RuleOption<T> option, T value) {
      if (!in) {
        throw new IllegalArgumentException(
            "option " + option.key() + " set in a profile that leaves the rule out");
      }
      Map<RuleOption<?>, Object> all = new LinkedHashMap<>(options);
      all.put(option, value);
      return new Cell(true, severity, all);
    }
  }

  /** Every rule, in catalogue order. */
  static List<Rule> rules() {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (Row row : ROWS) {
      rules.add(row.rule());
    }
    return rules.build();
  }

  /** The rule set of each profile, built from the matrix's columns. */
  static Map<Profile, RuleSet> profiles() {
    Map<Profile, RuleSet> all = new EnumMap<>(Profile.class);
    for (Profile p : Profile.values()) {
      RuleSet.Builder set = RuleSet.builder(p.setName);
      for (Row row : ROWS) {
        Cell cell = row.cells().get(p.ordinal());
        if (!cell.in) {
          continue;
        }
        Severity severity = cell.severity;
        if (severity == null) {
          set.add(row.rule());
        } else {
          set.add(row.rule(), severity);
        }
        cell.options.forEach((option, value) -> set.option(row.rule().id(), option.key(), value));
      }
      all.put(p, set.build());
    }
    return all;
  }
}
