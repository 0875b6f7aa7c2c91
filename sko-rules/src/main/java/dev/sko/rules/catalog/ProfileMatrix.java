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

  /**
   * Every built-in rule, in catalogue order, with its cells. A row names its rule by class: the
   * class literal loads the class without initialising it, so building one profile initialises
   * (builds) only the rules that profile holds, and the rules that a cell sets an option of.
   */
  static final List<Row> ROWS =
      List.of(
          row(
              TeamSize.class,
              OWN,
              OWN,
              E.with(TeamSize.GUIDANCE, DurationGuidance.behaviorChange()),
              OWN,
              NO),
          row(ExtraDayCost.class, I, NO, W, I, NO),
          row(Overlap.class, E, E, E, E, NO),
          row(LengthCap.class, W, W, W.with(LengthCap.CAP, LengthCap.BEHAVIOR_CHANGE_CAP), W, NO),
          row(
              ExecutiveLimit.class,
              E,
              E,
              E.with(ExecutiveLimit.LIMIT, ExecutiveLimit.BEHAVIOR_CHANGE_LIMIT),
              E,
              NO),
          row(QaBuiltIn.class, W, W, NO, I, NO),
          row(RoadmapDeepDive.class, W, NO, W, I, NO),
          row(
              InteractiveShare.class,
              OWN,
              W.with(InteractiveShare.WARN_BELOW, InteractiveShare.CLASSIC_WARN_BELOW)
                  .with(InteractiveShare.ERROR_BELOW, InteractiveShare.CLASSIC_ERROR_BELOW),
              OWN,
              OWN,
              NO),
          row(CoreContent.class, OWN, OWN, OWN, OWN, NO),
          row(CustomerVoice.class, I, W, NO, W, NO),
          row(SocialTime.class, W, W, I, I, NO),
          row(PeerTeaching.class, W, W, W, W, NO),
          row(TerritoryQuotaComp.class, W, I, I, E, NO),
          row(ExperientialLearning.class, I, NO, NO, W, NO),
          row(DealClinicSize.class, W, NO, NO, W, NO),
          row(DealClinicFacilitator.class, I, NO, NO, W, NO),
          row(CustomerPanelBalance.class, I, I, NO, W, NO),
          row(SkillStationRotation.class, I, NO, W, NO, NO),
          row(ModeratedQa.class, I, NO, W, NO, NO),
          row(RecordedRoleplay.class, NO, NO, I, NO, NO),
          row(MotivationalSpeaker.class, I, NO, W, I, NO),
          row(CompetitiveGames.class, I, NO, W, NO, NO),
          row(AwardsOnStage.class, NO, NO, W, NO, NO),
          row(VagueTheme.class, I, NO, W, NO, NO),
          row(DestinationOffsite.class, I, NO, W, NO, NO),
          row(Categories.class, I, W, NO, I, NO),
          row(dev.sko.rules.catalog.outcomes.Defined.class, OWN, OWN, OWN, OWN, NO),
          row(ActionPlans.class, I, NO, NO, W, NO),
          row(RepSpecific.class, W, I, E, W, NO),
          row(CoachingPlan.class, I, NO, W, NO, NO),
          row(ManagerCommitment.class, I, NO, W, NO, NO),
          row(Breakouts.class, I, NO, W, NO, NO),
          row(NotAnnounced.class, W, NO, E, I, NO),
          row(Assigned.class, W, I, W, W, NO),
          row(GapSurvey.class, I, NO, W, NO, NO),
          row(RubricCalibration.class, NO, NO, I, NO, NO),
          row(LmsWithoutFollowUp.class, W, NO, W, NO, NO),
          row(PlanPresent.class, E, E, E, E, NO),
          row(Window.class, W, W, W, W, NO),
          row(StartsPromptly.class, OWN, OWN, OWN, OWN, NO),
          row(ManagerCoaching.class, W, W, E, W, NO),
          row(CoachingCadence.class, I, NO, W, NO, NO),
          row(DailyStandups.class, NO, NO, I, NO, NO),
          row(
              Day30Review.class,
              W,
              OWN.with(Day30Review.CHECK_IN_COUNTS, true)
                  .with(Day30Review.NO_BASELINE_SEVERITY, Day30Review.CLASSIC_NO_BASELINE_SEVERITY),
              E,
              W,
              NO),
          row(GovernanceReview.class, I, NO, W, NO, NO),
          row(
              PostEvent.class,
              W,
              W,
              W.with(PostEvent.WITHIN, PostEvent.BEHAVIOR_CHANGE_WITHIN),
              I,
              NO),
          row(Anonymous.class, NO, NO, I, NO, NO),
          row(dev.sko.rules.catalog.metrics.Defined.class, W, I, E, W, NO),
          row(TargetComplete.class, W, NO, W, I, NO),
          row(LeadingIndicators.class, I, NO, W, NO, NO),
          row(TargetLift.class, OWN, NO, OWN, OWN, NO),
          row(LostSellingTime.class, W, W, W, W, NO),
          row(PerRep.class, OWN, I, W.with(PerRep.REPORT_FIGURES, false), OWN, NO),
          row(BreakEven.class, I, I, I, I, NO),
          row(CoreTeam.class, NO, NO, NO, NO, W),
          row(CallForContent.class, NO, NO, NO, NO, W),
          row(ContentTriage.class, NO, NO, NO, NO, I),
          row(PhaseTimeline.class, NO, NO, W, NO, I));

  /** One rule's place in each profile: the rule's class, whose {@code RULE} is the rule. */
  record Row(Class<?> ruleClass, List<Cell> cells) {
    /** The rule: the class's {@code public static final Rule RULE}, initialised on first use. */
    Rule rule() {
      try {
        return (Rule) ruleClass.getField("RULE").get(null);
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException(
            "built-in rule class " + ruleClass.getName() + " has no public static Rule RULE", e);
      }
    }
  }

  /** A row: the rule's class, then its cell in each profile in column order. */
  static Row row(
      Class<?> rule,
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

  /**
   * The rule set of profile {@code p}, built from its column; builds only the rules the profile
   * holds.
   */
  static RuleSet profile(Profile p) {
    RuleSet.Builder set = RuleSet.builder(p.setName);
    for (Row row : ROWS) {
      Cell cell = row.cells().get(p.ordinal());
      if (!cell.in) {
        continue;
      }
      Rule rule = row.rule();
      Severity severity = cell.severity;
      if (severity == null) {
        set.add(rule);
      } else {
        set.add(rule, severity);
      }
      for (Map.Entry<RuleOption<?>, Object> option : cell.options.entrySet()) {
        set.option(rule.id(), option.getKey().key(), option.getValue());
      }
    }
    return set.build();
  }
}
