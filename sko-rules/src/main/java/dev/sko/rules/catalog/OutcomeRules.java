package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.AudienceKind;
import dev.sko.core.CoachingPlan;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Outcome;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.Session;
import dev.sko.core.Tier;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Outcomes, goals and tiers: CATALOGUE.md "Outcomes, goals and tiers". */
final class OutcomeRules {
  private OutcomeRules() {}

  /** {@code sko.outcomes.defined}. */
  static final Rule OUTCOMES_DEFINED = new OutcomesDefined();

  /** {@code sko.outcomes.action-plans}. */
  static final Rule ACTION_PLANS = new ActionPlans();

  /** {@code sko.goals.rep-specific}. */
  static final Rule REP_SPECIFIC_GOALS = new RepSpecificGoals();

  /** {@code sko.goals.coaching-plan}. */
  static final Rule COACHING_PLAN = new CoachingPlans();

  /** {@code sko.goals.manager-commitment}. */
  static final Rule MANAGER_COMMITMENT = new ManagerCommitments();

  /** {@code sko.tiers.breakouts}. */
  static final Rule TIER_BREAKOUTS = new TierBreakouts();

  /** {@code sko.tiers.not-announced}. */
  static final Rule TIERS_NOT_ANNOUNCED = new TiersNotAnnounced();

  static void register(Registry r) {
    r.add(OUTCOMES_DEFINED).in(RECOMMENDED).in(CLASSIC).in(BEHAVIOR_CHANGE).in(ACCELERATION_SUMMIT);
    r.add(ACTION_PLANS).in(RECOMMENDED, Severity.INFO).in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(REP_SPECIFIC_GOALS)
        .in(RECOMMENDED, Severity.WARNING)
        .in(CLASSIC, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(COACHING_PLAN).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(MANAGER_COMMITMENT).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(TIER_BREAKOUTS).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(TIERS_NOT_ANNOUNCED)
        .in(RECOMMENDED, Severity.WARNING)
        .in(BEHAVIOR_CHANGE, Severity.ERROR)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
  }

  /**
   * The plan defines its most important outcomes, as many as {@code count} allows (2-3): none is an
   * ERROR, one or more than three a WARNING.
   */
  static final class OutcomesDefined extends CatalogRule {
    static final RuleOption<IntRange> COUNT =
        RuleOption.range(
            "count",
            IntRange.of(2, 3),
            1,
            100,
            "How many most important outcomes (big bets) to define (B2B_SKO_GUIDE: the 2-3 most"
                + " important outcomes; ACCELERATION_SUMMIT: 2-3 big bets)");

    OutcomesDefined() {
      super(
          "sko.outcomes.defined",
          "Two or three most important outcomes are defined",
          "B2B_SKO_GUIDE (define the 2-3 most important outcomes first), ACCELERATION_SUMMIT"
              + " (2-3 big bets)",
          "An agenda designed from its outcomes has a purpose; one designed from a list of"
              + " sessions fills time. Defining no outcome at all is an error. A single outcome"
              + " usually leaves the team's priorities unstated, and more than three dilute"
              + " focus: both warn.",
          Severity.WARNING,
          EnumSet.of(Severity.WARNING, Severity.ERROR),
          COUNT);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      IntRange range = findings.option(COUNT);
      int n = plan.outcomes().size();
      if (range.contains(n)) {
        return;
      }
      String expected = range.min() + " to " + range.max();
      String message;
      String remediation;
      Severity severity = Severity.WARNING;
      if (n == 0) {
        severity = Severity.ERROR;
        message =
            "The plan defines no outcome; define the "
                + expected
                + " most important outcomes before designing the agenda";
        remediation =
            "Write down the "
                + expected
                + " things that should be different after the event (for example a higher"
                + " competitive win rate or more Q1 pipeline), then design the agenda around them";
      } else if (n < range.min()) {
        message =
            "The plan defines "
                + n
                + (n == 1 ? " outcome" : " outcomes")
                + "; define the "
                + expected
                + " most important outcomes";
        remediation = "Add the next most important outcome, up to " + expected + " in all";
      } else {
        message =
            "The plan defines "
                + n
                + " outcomes; more than "
                + range.max()
                + " dilute the team's focus (aim for "
                + expected
                + ")";
        remediation =
            "Keep the "
                + range.max()
                + " outcomes that matter most and fold the others into them or drop them";
      }
      findings
          .finding(Location.of("outcomes"), message)
          .severity(severity)
          .evidence(n, range)
          .remediation(remediation)
          .report();
    }
  }

  /** Each outcome has weekly, monthly and quarterly actions. */
  static final class ActionPlans extends CatalogRule {
    ActionPlans() {
      super(
          "sko.outcomes.action-plans",
          "Each big bet has weekly, monthly and quarterly actions",
          "ACCELERATION_SUMMIT (clear action plans on a weekly, monthly and quarterly basis)",
          "A big bet turns into behaviour when everyone in the room knows what they do about it"
              + " each week, each month and each quarter. An outcome without actions at every"
              + " horizon stays a slogan.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<Outcome> outcomes = plan.outcomes();
      for (int i = 0; i < outcomes.size(); i++) {
        Outcome o = outcomes.get(i);
        List<String> missing = new ArrayList<>();
        if (o.weeklyActions().isEmpty()) {
          missing.add("weekly");
        }
        if (o.monthlyActions().isEmpty()) {
          missing.add("monthly");
        }
        if (o.quarterlyActions().isEmpty()) {
          missing.add("quarterly");
        }
        if (missing.isEmpty()) {
          continue;
        }
        String gaps = TierFocus.and(missing);
        findings
            .finding(
                Location.element("outcomes", i),
                "The outcome \""
                    + o.title()
                    + "\" has no "
                    + gaps
                    + " actions; each big bet needs weekly, monthly and quarterly actions")
            .evidence(3 - missing.size(), 3)
            .figure("missing", gaps)
            .remediation(
                "Write down what each rep and manager does about \""
                    + o.title()
                    + "\" every "
                    + TierFocus.and(
                        missing.stream()
                            .map(m -> m.replace("ly", ""))
                            .collect(Collectors.toList())))
            .report();
      }
    }
  }

  /**
   * Whether {@code rep} carries a personal number: everyone on the roster except managers and sales
   * leaders, who commit to coaching instead ({@code sko.goals.manager-commitment}).
   */
  static boolean carriesGoal(Rep rep) {
    return rep.role() != RepRole.MANAGER && rep.role() != RepRole.LEADER;
  }

  /**
   * Q1 goals are set per rep: every rep on the roster (managers and leaders excepted) has a Q1
   * goal. Without a roster the rule says so once at INFO (a note no profile raises).
   */
  static final class RepSpecificGoals extends CatalogRule {
    static final RuleOption<Double> PIPELINE_LIFT =
        RuleOption.percentage(
            "pipeline-lift",
            0.23,
            "Pipeline lift of reps with their own Q1 goals, cited in the finding"
                + " (BEHAVIOR_CHANGE_MODEL, Force Management 2026: 23% more pipeline)");
    static final RuleOption<Integer> PIPELINE_DAY =
        RuleOption.integer(
            "pipeline-day",
            60,
            1,
            365,
            "The day by which that lift is measured, cited in the finding (BEHAVIOR_CHANGE_MODEL,"
                + " Force Management 2026: by day 60)");

    RepSpecificGoals() {
      super(
          "sko.goals.rep-specific",
          "Q1 goals are set per rep, not per team",
          "BEHAVIOR_CHANGE_MODEL (Force Management 2026: rep-specific Q1 goals, 23% more"
              + " pipeline by day 60)",
          "A team goal belongs to nobody. Force Management found that reps who set their own Q1"
              + " goal at the kickoff close 23% more pipeline by day 60 and slip fewer close"
              + " dates. Every rep on the roster should leave with a Q1 goal of their own;"
              + " managers and sales leaders are not counted, they commit to coaching instead."
              + " Without a roster the rule says once, at INFO, that it cannot check (a note no profile raises).",
          Severity.WARNING,
          EnumSet.of(Severity.WARNING, Severity.INFO),
          PIPELINE_LIFT,
          PIPELINE_DAY);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      String evidence =
          "reps with their own Q1 goal close "
              + PIPELINE_LIFT.format(findings.option(PIPELINE_LIFT))
              + " more pipeline by day "
              + findings.option(PIPELINE_DAY);
      if (plan.roster().isEmpty()) {
        findings
            .finding(
                Location.of("roster"),
                "The plan has no roster, so the rule cannot check that every rep has a Q1 goal of"
                    + " their own ("
                    + evidence
                    + ")")
            .missingData()
            .figure("pipeline-lift", findings.option(PIPELINE_LIFT))
            .figure("pipeline-day", findings.option(PIPELINE_DAY))
            .remediation("Add the roster with each rep's Q1 goal")
            .report();
        return;
      }
      List<Rep> roster = plan.roster();
      for (int i = 0; i < roster.size(); i++) {
        Rep rep = roster.get(i);
        if (!carriesGoal(rep) || rep.q1Goal().isPresent()) {
          continue;
        }
        findings
            .finding(
                Location.element("roster", i),
                rep.name() + " has no Q1 goal of their own; " + evidence)
            .evidence(false, true)
            .figure("pipeline-lift", findings.option(PIPELINE_LIFT))
            .figure("pipeline-day", findings.option(PIPELINE_DAY))
            .remediation(
                "Have "
                    + rep.name()
                    + " set a personal Q1 goal with their manager at the event, not only a team"
                    + " goal")
            .report();
      }
    }
  }

  /**
   * Each rep (managers and leaders excepted) leaves with a written coaching plan agreed with their
   * manager. Without a roster the rule says so once at INFO.
   */
  static final class CoachingPlans extends CatalogRule {
    CoachingPlans() {
      super(
          "sko.goals.coaching-plan",
          "Each rep leaves with a written coaching plan agreed with their manager",
          "BEHAVIOR_CHANGE_MODEL (a written coaching plan with the manager: signed, dated, stored"
              + " in the CRM)",
          "What the manager does after the event decides whether anything changes. A coaching"
              + " plan written down and agreed at the event gives both the rep and the manager"
              + " something to hold each other to. Managers and sales leaders on the roster are"
              + " not counted. Without a roster the rule says once, at INFO, that it cannot"
              + " check (a note no profile raises).",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      if (plan.roster().isEmpty()) {
        findings
            .finding(
                Location.of("roster"),
                "The plan has no roster, so the rule cannot check that every rep has a written"
                    + " coaching plan agreed with their manager")
            .missingData()
            .remediation("Add the roster with each rep's coaching plan")
            .report();
        return;
      }
      List<Rep> roster = plan.roster();
      for (int i = 0; i < roster.size(); i++) {
        Rep rep = roster.get(i);
        if (!carriesGoal(rep)) {
          continue;
        }
        Optional<CoachingPlan> cp = rep.coachingPlan();
        String problem;
        if (cp.isEmpty()) {
          problem = "has no coaching plan";
        } else if (!cp.get().written() && !cp.get().agreedWithManager()) {
          problem = "has a coaching plan that is neither written down nor agreed with the manager";
        } else if (!cp.get().written()) {
          problem = "has a coaching plan that is not written down";
        } else if (!cp.get().agreedWithManager()) {
          problem = "has a coaching plan not agreed with the manager";
        } else {
          continue;
        }
        findings
            .finding(
                Location.element("roster", i),
                rep.name()
                    + " "
                    + problem
                    + "; each rep should leave with a written coaching plan agreed with their"
                    + " manager")
            .evidence(false, true)
            .remediation(
                "Have "
                    + rep.name()
                    + " and "
                    + rep.manager().orElse("their manager")
                    + " write and sign a coaching plan at the event and store it on the rep's CRM"
                    + " record")
            .report();
      }
    }
  }

  /**
   * Each manager commits in writing to a coaching cadence and a metric. The managers are the
   * distinct {@link Rep#manager()} values of the roster plus the roster's reps with role {@link
   * RepRole#MANAGER} (matched to a commitment by id or name). Without a roster, or when the roster
   * names no manager, the rule says so once at INFO.
   */
  static final class ManagerCommitments extends CatalogRule {
    ManagerCommitments() {
      super(
          "sko.goals.manager-commitment",
          "Each manager commits in writing to a coaching cadence and a metric",
          "BEHAVIOR_CHANGE_MODEL (close with a written manager commitment: a coaching cadence and"
              + " a metric for the next 30 days; Sandler 2026: weekly 1:1 coaching r=0.61)",
          "The highest predictor of attainment after a kickoff is how often managers coach, not"
              + " the content of the event. Closing with each manager's written commitment to a"
              + " cadence and a metric turns the event into a coaching plan. The managers are"
              + " those the roster's reps report to and the roster's own managers. Without a"
              + " roster, or when it names no manager, the rule says so once at INFO (a note no profile raises).",
          Severity.INFO);
    }

    /** A manager: the names a commitment may use, and where the plan names the manager. */
    private static final class Manager {
      final String display;
      final Set<String> keys;
      final int rosterIndex;
      final boolean named;

      Manager(String display, Set<String> keys, int rosterIndex, boolean named) {
        this.display = display;
        this.keys = keys;
        this.rosterIndex = rosterIndex;
        this.named = named;
      }

      /** The rep who is the manager, or the rep whose manager field names them. */
      Location location() {
        return named
            ? Location.of("roster[" + rosterIndex + "].manager")
            : Location.element("roster", rosterIndex);
      }
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<Rep> roster = plan.roster();
      if (roster.isEmpty()) {
        findings
            .finding(
                Location.of("roster"),
                "The plan has no roster, so the rule cannot tell who the managers are and check"
                    + " their written coaching commitments")
            .missingData()
            .figure("commitments", plan.managerCommitments().size())
            .remediation("Add the roster with each rep's manager")
            .report();
        return;
      }
      List<Manager> managers = managers(roster);
      if (managers.isEmpty()) {
        findings
            .finding(
                Location.of("roster"),
                "The roster names no manager, so the rule cannot check the managers' written"
                    + " coaching commitments")
            .missingData()
            .remediation("Give each rep's manager on the roster")
            .report();
        return;
      }
      for (Manager m : managers) {
        boolean any = false;
        boolean written = false;
        for (ManagerCommitment c : plan.managerCommitments()) {
          if (m.keys.contains(c.manager())) {
            any = true;
            written |= c.written();
          }
        }
        if (written) {
          continue;
        }
        findings
            .finding(
                m.location(),
                !any
                    ? m.display
                        + " has made no commitment to a coaching cadence and a metric; each"
                        + " manager should commit in writing"
                    : m.display
                        + "'s commitment to a coaching cadence and a metric is not in writing")
            .evidence(false, true)
            .remediation(
                "Close the event with "
                    + m.display
                    + " writing down: I will run this coaching cadence (for example a weekly"
                    + " 1:1) and track this metric for the next 30 days")
            .report();
      }
    }

    /** The roster's managers, in roster order: role MANAGER reps and named managers. */
    private static List<Manager> managers(List<Rep> roster) {
      Map<String, Manager> byKey = new LinkedHashMap<>();
      List<Manager> all = new ArrayList<>();
      for (int i = 0; i < roster.size(); i++) {
        Rep rep = roster.get(i);
        if (rep.role() == RepRole.MANAGER) {
          Manager m = new Manager(rep.name(), Set.of(rep.id(), rep.name()), i, false);
          all.add(m);
          m.keys.forEach(k -> byKey.putIfAbsent(k, m));
        }
      }
      for (int i = 0; i < roster.size(); i++) {
        Optional<String> named = roster.get(i).manager();
        if (named.isEmpty() || byKey.containsKey(named.get())) {
          continue;
        }
        Manager m = new Manager(named.get(), Set.of(named.get()), i, true);
        all.add(m);
        byKey.put(named.get(), m);
      }
      return all;
    }
  }

  /**
   * Breakouts exist for each performance tier (sessions whose audience is the tier), and cover the
   * tier's focus ({@link TierFocus}, option {@code focus}). When no session is for a tier at all,
   * one finding says so; otherwise one finding per tier without a breakout or without its focus.
   */
  static final class TierBreakouts extends CatalogRule {
    static final RuleOption<TierFocus> FOCUS =
        RuleOption.of(
            "focus",
            TierFocus.class,
            TierFocus.standard(),
            "Each tier's breakout focus (BEHAVIOR_CHANGE_MODEL: top tier advanced negotiation"
                + " and multi-threading; middle tier discovery depth and forecasting hygiene;"
                + " bottom tier fundamentals such as objection handling)",
            f -> true,
            "a TierFocus");

    TierBreakouts() {
      super(
          "sko.tiers.breakouts",
          "Each performance tier has breakouts with its own focus",
          "BEHAVIOR_CHANGE_MODEL (tier-specific breakouts: top negotiation and multi-threading;"
              + " middle discovery and forecasting; bottom fundamentals)",
          "Reps at different levels need different practice: the top third stretches on"
              + " negotiation and multi-threading, the middle third deepens discovery and"
              + " forecasting, the bottom third rebuilds fundamentals. A breakout counts for a"
              + " tier when its audience is that tier; its focus is met when the tier's sessions"
              + " cover the tier's topics. The focus is the option \"focus\".",
          Severity.INFO,
          FOCUS);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      TierFocus focus = findings.option(FOCUS);
      Map<Tier, List<LocatedSession>> byTier = new EnumMap<>(Tier.class);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (s.audience().kind() == AudienceKind.TIER) {
          byTier
              .computeIfAbsent(s.audience().tier().orElseThrow(), t -> new ArrayList<>())
              .add(located);
        }
      }
      if (byTier.isEmpty()) {
        findings
            .finding(
                Location.plan(),
                "No session is for a performance tier; each tier should have its own breakouts")
            .evidence(0, focus.tiers().size())
            .remediation(
                "Tier the reps by trailing six-month attainment and add a breakout for each tier: "
                    + describe(focus))
            .report();
        return;
      }
      for (Tier tier : focus.tiers()) {
        List<LocatedSession> sessions = byTier.getOrDefault(tier, List.of());
        String name = tier.name().toLowerCase(Locale.ROOT);
        if (sessions.isEmpty()) {
          findings
              .finding(
                  Location.plan(),
                  "No breakout is for the "
                      + name
                      + " tier; it should get breakouts on "
                      + focus.inWords(tier))
              .evidence(0, 1)
              .figure("tier", tier)
              .remediation("Add a breakout for the " + name + " tier on " + focus.inWords(tier))
              .report();
          continue;
        }
        Set<Topic> covered = EnumSet.noneOf(Topic.class);
        sessions.forEach(l -> covered.addAll(l.session().coveredTopics()));
        List<Set<Topic>> unmet = focus.unmet(tier, covered);
        if (unmet.isEmpty()) {
          continue;
        }
        String missing =
            TierFocus.and(unmet.stream().map(TierFocus::inWords).collect(Collectors.toList()));
        findings
            .finding(
                sessions.get(0).location(),
                "The "
                    + name
                    + " tier's breakouts do not cover "
                    + missing
                    + "; its focus is "
                    + focus.inWords(tier))
            .evidence(
                focus.requirements(tier).size() - unmet.size(), focus.requirements(tier).size())
            .figure("tier", tier)
            .figure("missing", missing)
            .remediation("Tag or add a breakout for the " + name + " tier on " + missing)
            .report();
      }
    }

    private static String describe(TierFocus focus) {
      List<String> parts = new ArrayList<>();
      for (Tier t : focus.tiers()) {
        parts.add(t.name().toLowerCase(Locale.ROOT) + ": " + focus.inWords(t));
      }
      return String.join("; ", parts);
    }
  }

  /** Tier assignments are not announced ({@link TierPolicy#announced()} is false). */
  static final class TiersNotAnnounced extends CatalogRule {
    TiersNotAnnounced() {
      super(
          "sko.tiers.not-announced",
          "Tier assignments are not announced",
          "BEHAVIOR_CHANGE_MODEL (do not announce tiers; use them for breakout assignment only)",
          "Tiers exist to put each rep in the right practice room. Announcing them labels the"
              + " bottom third in front of their peers, which costs more motivation than the"
              + " breakouts win. Silent when the plan does not tier its reps.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Optional<TierPolicy> policy = plan.tierPolicy();
      if (policy.isEmpty() || !policy.get().announced()) {
        return;
      }
      findings
          .finding(
              Location.of("tierPolicy"),
              "Tier assignments are announced to the reps; use tiers for breakout assignment"
                  + " only")
          .evidence(true, false)
          .remediation(
              "Keep tier assignments between managers and enablement; give each rep their"
                  + " breakout room without naming the tier")
          .report();
    }
  }
}
