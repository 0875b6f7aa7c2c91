package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.Budget;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.PresenterRole;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Anti-patterns (BEHAVIOR_CHANGE_MODEL's kill list) and recognition: CATALOGUE.md "Anti-patterns
 * (the behaviour-change kill list) and recognition". The kill list's {@code
 * sko.antipattern.lms-without-follow-up} lives with the reinforcement rules.
 */
final class AntipatternRules {
  private AntipatternRules() {}

  /** {@code sko.antipattern.motivational-speaker}. */
  static final Rule MOTIVATIONAL_SPEAKER = new MotivationalSpeaker();

  /** {@code sko.antipattern.competitive-games}. */
  static final Rule COMPETITIVE_GAMES = new CompetitiveGames();

  /** {@code sko.antipattern.awards-on-stage}. */
  static final Rule AWARDS_ON_STAGE = new AwardsOnStage();

  /** {@code sko.antipattern.vague-theme}. */
  static final Rule VAGUE_THEME = new VagueTheme();

  /** {@code sko.antipattern.destination-offsite}. */
  static final Rule DESTINATION_OFFSITE = new DestinationOffsite();

  /** {@code sko.recognition.categories}. */
  static final Rule RECOGNITION_CATEGORIES = new RecognitionCategories();

  static void register(Registry r) {
    r.add(MOTIVATIONAL_SPEAKER)
        .in(RECOMMENDED, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
    r.add(COMPETITIVE_GAMES).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(AWARDS_ON_STAGE).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(VAGUE_THEME).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(DESTINATION_OFFSITE).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(RECOGNITION_CATEGORIES)
        .in(RECOMMENDED, Severity.INFO)
        .in(CLASSIC, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.INFO);
  }

  /**
   * No motivational-speaker slot: no {@link SessionKind#MOTIVATIONAL_TALK} session, and no external
   * speaker presenting a motivational slot (a presentation covering {@link Topic#CULTURE}, the
   * topic motivational talks imply). An external trainer running a workshop is not a motivational
   * slot.
   */
  static final class MotivationalSpeaker extends CatalogRule {
    static final RuleOption<Double> SUSTAINED_LIFT =
        RuleOption.percentage(
            "sustained-lift",
            0.003,
            "Sustained lift from a motivational speaker, cited in the finding"
                + " (BEHAVIOR_CHANGE_MODEL, Pavilion 2026: 0.3%)");
    static final RuleOption<Money> COST_LOW =
        RuleOption.money(
            "cost-low",
            Money.of(25_000, "USD"),
            "Low end of a motivational speaker's fee, cited in the finding (BEHAVIOR_CHANGE_MODEL:"
                + " 25-75K)");
    static final RuleOption<Money> COST_HIGH =
        RuleOption.money(
            "cost-high",
            Money.of(75_000, "USD"),
            "High end of a motivational speaker's fee, cited in the finding"
                + " (BEHAVIOR_CHANGE_MODEL: 25-75K)");

    MotivationalSpeaker() {
      super(
          "sko.antipattern.motivational-speaker",
          "No motivational-speaker slot",
          "BEHAVIOR_CHANGE_MODEL (kill list; Pavilion 2026: 0.3% sustained lift; cost 25-75K)",
          "A motivational speaker gives the room a temporary high and little else: the sustained"
              + " lift Pavilion measured is 0.3%, for a fee of 25,000 to 75,000. The same money"
              + " and time buy more as skill practice or manager coaching. A motivational talk,"
              + " or an external speaker giving a presentation on culture, is reported; an"
              + " external trainer running a workshop is not.",
          Severity.INFO,
          SUSTAINED_LIFT,
          COST_LOW,
          COST_HIGH);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      double lift = findings.option(SUSTAINED_LIFT);
      Money low = findings.option(COST_LOW);
      Money high = findings.option(COST_HIGH);
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        boolean motivational =
            s.kind() == SessionKind.MOTIVATIONAL_TALK
                || (s.format() == SessionFormat.PRESENTATION
                    && s.hasPresenter(PresenterRole.EXTERNAL_SPEAKER)
                    && s.coveredTopics().contains(Topic.CULTURE));
        if (!motivational) {
          continue;
        }
        findings
            .finding(
                located.location(),
                "\""
                    + s.title()
                    + "\" is a motivational-speaker slot ("
                    + minutes(s)
                    + "); motivational talks show "
                    + SUSTAINED_LIFT.format(lift)
                    + " sustained lift and cost "
                    + amount(low)
                    + " to "
                    + amount(high))
            .actual(s.kind())
            .figure("sustained-lift", lift)
            .figure("cost-low", low)
            .figure("cost-high", high)
            .remediation(
                "Drop the motivational slot and give its "
                    + minutes(s)
                    + " to skill practice or peer war stories; spend the fee on manager coaching")
            .report();
      }
    }
  }

  /** No competitive team games ({@link SessionKind#TEAM_GAME}). */
  static final class CompetitiveGames extends CatalogRule {
    CompetitiveGames() {
      super(
          "sko.antipattern.competitive-games",
          "No competitive team games",
          "BEHAVIOR_CHANGE_MODEL (kill list: competitive team games)",
          "Competitive games build resentment among the bottom third of the team rather than"
              + " culture: the people who most need the kickoff lose in front of their peers."
              + " Structured social time without a scoreboard builds the same relationships.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions(SessionKind.TEAM_GAME)) {
        Session s = located.session();
        findings
            .finding(
                located.location(),
                "\""
                    + s.title()
                    + "\" is a competitive team game; games with winners and losers breed"
                    + " resentment in the bottom third of the team")
            .actual(s.kind())
            .remediation(
                "Replace the game with structured social time without a scoreboard, such as a"
                    + " team dinner or a shared activity")
            .report();
      }
    }
  }

  /** No top-performer awards during the event ({@link SessionKind#RECOGNITION} sessions). */
  static final class AwardsOnStage extends CatalogRule {
    AwardsOnStage() {
      super(
          "sko.antipattern.awards-on-stage",
          "No top-performer awards during the event",
          "BEHAVIOR_CHANGE_MODEL (kill list: top performer awards during the event; do them at a"
              + " QBR)",
          "Awards on stage celebrate the few and demoralise the roughly 80% who did not win,"
              + " at the very event meant to lift them. BEHAVIOR_CHANGE_MODEL moves awards to a"
              + " quarterly business review. Other profiles follow the classic guides, which"
              + " celebrate top performers at the kickoff.",
          Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions(SessionKind.RECOGNITION)) {
        Session s = located.session();
        findings
            .finding(
                located.location(),
                "\""
                    + s.title()
                    + "\" hands out awards during the event; on-stage awards demoralise the"
                    + " reps who did not win")
            .actual(s.kind())
            .remediation(
                "Move the awards to a quarterly business review and give the slot to practice or"
                    + " peer war stories")
            .report();
      }
    }
  }

  /**
   * A theme is backed by at least one measurable outcome: an outcome with a metric, or a metric
   * target. Silent when the plan has no theme.
   */
  static final class VagueTheme extends CatalogRule {
    VagueTheme() {
      super(
          "sko.antipattern.vague-theme",
          "A theme is backed by a measurable outcome",
          "BEHAVIOR_CHANGE_MODEL (kill list: vague themes, not actionable, not measurable)",
          "A slogan such as \"go for greatness\" is neither actionable nor measurable. A theme"
              + " earns its place when at least one outcome has a metric, or the plan sets a"
              + " metric target, so the theme points at something the team can move.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Optional<String> theme = plan.theme();
      if (theme.isEmpty()) {
        return;
      }
      if (!plan.metricTargets().isEmpty()) {
        return;
      }
      for (Outcome o : plan.outcomes()) {
        if (o.metric().isPresent()) {
          return;
        }
      }
      findings
          .finding(
              Location.of("theme"),
              "The theme \""
                  + theme.get()
                  + "\" is not backed by a measurable outcome: no outcome has a metric and no"
                  + " metric target is set")
          .evidence(0, 1)
          .figure("theme", theme.get())
          .remediation(
              "Tie the theme to one of the event's outcomes with a metric (for example"
                  + " discovery calls booked per week, from baseline to target), or drop it")
          .report();
    }
  }

  /**
   * No destination or resort off-site of {@code resort-days} days or more, nor hard cost per rep
   * above {@code max-hard-cost-per-rep}. The hard cost per rep is the budget's hard cost divided by
   * the headcount; it is checked only when the plan has a budget. A budget in another currency than
   * the limit cannot be compared: the rule says so at INFO and never converts.
   */
  static final class DestinationOffsite extends CatalogRule {
    static final RuleOption<Integer> RESORT_DAYS =
        RuleOption.integer(
            "resort-days",
            3,
            1,
            30,
            "Event days from which a destination or resort off-site is on the kill list"
                + " (BEHAVIOR_CHANGE_MODEL: multi-day off-sites in Vegas/Cabo; Bessemer 2026: 3+"
                + " day events correlate with worse Q1 attainment)");
    static final RuleOption<Money> MAX_HARD_COST_PER_REP =
        RuleOption.money(
            "max-hard-cost-per-rep",
            Money.of(4_000, "USD"),
            "Highest hard cost per attendee (BEHAVIOR_CHANGE_MODEL, Bessemer 2026: off-sites at"
                + " 4-7K per rep all-in show no measurable Q1 ROI; the limit is the low end)");

    DestinationOffsite() {
      super(
          "sko.antipattern.destination-offsite",
          "No multi-day destination off-site, no hard cost above the per-rep limit",
          "BEHAVIOR_CHANGE_MODEL (kill list: multi-day off-sites in Vegas/Cabo; Bessemer 2026:"
              + " 4-7K per rep all-in, no measurable Q1 ROI)",
          "A multi-day resort off-site costs 4,000 to 7,000 per rep all-in and shows no"
              + " measurable Q1 return; the money buys more as coaching. The rule reports a"
              + " destination resort for 3 days or more, and a hard cost per attendee (the"
              + " budget's hard cost over the headcount) above the limit. The cost is checked only"
              + " when the plan has a budget; a budget in another currency than the limit is not"
              + " converted, the rule says at INFO that it cannot compare them (a note no profile raises).",
          Severity.INFO,
          RESORT_DAYS,
          MAX_HARD_COST_PER_REP);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      int resortDays = findings.option(RESORT_DAYS);
      if (plan.venue() == VenueKind.DESTINATION_RESORT && plan.eventHalfDays() >= resortDays * 2) {
        findings
            .finding(
                Location.of("venue"),
                "The event runs "
                    + DurationGuidance.days(plan.eventHalfDays())
                    + " at a destination resort; a resort off-site of "
                    + resortDays
                    + " days or more costs far more than it returns")
            .evidence(plan.eventDays(), resortDays)
            .remediation(
                "Hold the event in an office, a city hotel or regional hubs, and keep it to"
                    + " fewer than "
                    + resortDays
                    + " days")
            .report();
      }
      plan.budget().ifPresent(b -> checkCost(plan, b, findings));
    }

    private static void checkCost(KickoffPlan plan, Budget budget, RuleContext findings) {
      Money limit = findings.option(MAX_HARD_COST_PER_REP);
      if (budget.currency().equals(limit.currency())
          && budget
                  .hardCost()
                  .amount()
                  .compareTo(limit.amount().multiply(BigDecimal.valueOf(plan.headcount())))
              <= 0) {
        // Within the limit: hard cost <= limit x headcount, decided without the 34-digit division
        // the per-attendee figure needs; that figure is computed only for a finding.
        return;
      }
      Money perRep = budget.hardCost().dividedBy(plan.headcount());
      if (!perRep.currency().equals(limit.currency())) {
        findings
            .finding(
                Location.of("budget"),
                "The hard cost per attendee is "
                    + amount(perRep.rounded())
                    + ", in another currency than the limit of "
                    + amount(limit)
                    + "; the rule does not convert currencies, so it cannot compare them")
            .missingData()
            .figure("hard-cost-per-rep", perRep.rounded())
            .figure("limit", limit)
            .remediation(
                "Set the rule's option max-hard-cost-per-rep to a limit in "
                    + perRep.currency().getCurrencyCode())
            .report();
        return;
      }
      if (perRep.compareTo(limit) <= 0) {
        return;
      }
      findings
          .finding(
              Location.of("budget"),
              "The hard cost per attendee is "
                  + amount(perRep.rounded())
                  + " ("
                  + amount(budget.hardCost())
                  + " for "
                  + plan.headcount()
                  + " people); the limit is "
                  + amount(limit))
          .evidence(perRep.rounded(), limit)
          .figure("hard-cost", budget.hardCost())
          .figure("headcount", plan.headcount())
          .remediation(
              "Cut hard costs by about "
                  + amount(
                      Money.of(
                              budget
                                  .hardCost()
                                  .amount()
                                  .subtract(
                                      limit
                                          .amount()
                                          .multiply(BigDecimal.valueOf(plan.headcount()))),
                              limit.currency())
                          .rounded())
                  + ": a closer venue, fewer nights, regional hubs instead of global travel")
          .report();
    }
  }

  /**
   * Recognition honours at least {@code min-categories} categories, not only top revenue. Checked
   * only when the plan has recognition: a {@link SessionKind#RECOGNITION} session or recognition
   * categories.
   */
  static final class RecognitionCategories extends CatalogRule {
    static final RuleOption<Integer> MIN_CATEGORIES =
        RuleOption.integer(
            "min-categories",
            2,
            1,
            RecognitionCategory.values().length,
            "Fewest recognition categories (B2B_SKO_GUIDE: top performers across multiple"
                + " categories, not just the top revenue earner)");

    RecognitionCategories() {
      super(
          "sko.recognition.categories",
          "Recognition honours several categories, not only top revenue",
          "B2B_SKO_GUIDE (recognise top performers across multiple categories)",
          "Recognising only the top revenue earner tells everyone else their work does not"
              + " count. Several categories (quota attainment, deals closed, best customer"
              + " reference, most improved) recognise more of the behaviours the company wants."
              + " Checked only when the plan has recognition: a recognition session or"
              + " recognition categories.",
          Severity.INFO,
          MIN_CATEGORIES);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      List<LocatedSession> sessions = findings.index().sessions(SessionKind.RECOGNITION);
      Set<RecognitionCategory> categories = plan.recognitionCategories();
      if (sessions.isEmpty() && categories.isEmpty()) {
        return;
      }
      int min = findings.option(MIN_CATEGORIES);
      boolean onlyRevenue = categories.equals(EnumSet.of(RecognitionCategory.TOP_REVENUE));
      if (categories.size() >= min && !onlyRevenue) {
        return;
      }
      Location where =
          sessions.isEmpty() ? Location.of("recognitionCategories") : sessions.get(0).location();
      String actual =
          categories.isEmpty()
              ? "names no category"
              : "honours "
                  + (onlyRevenue ? "only " : "")
                  + categories.stream()
                      .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                      .collect(Collectors.joining(", "));
      findings
          .finding(
              where,
              "Recognition "
                  + actual
                  + "; it should honour at least "
                  + min
                  + " categories, not only top revenue")
          .evidence(categories.size(), min)
          .remediation(
              "Add categories such as top quota attainment, most deals closed, best customer"
                  + " reference and most improved")
          .report();
    }
  }

  private static String minutes(Session s) {
    return s.length().toMinutes() + " min";
  }

  /**
   * {@code 25,000 USD} or {@code 4,000.01 USD}: grouped digits, rounded to the currency's minor
   * unit, without decimals when the amount is whole.
   */
  static String amount(Money m) {
    BigDecimal value = m.rounded().amount();
    if (value.stripTrailingZeros().scale() <= 0) {
      value = value.setScale(0, RoundingMode.UNNECESSARY);
    }
    return String.format(Locale.ROOT, "%,." + value.scale() + "f", value)
        + " "
        + m.currency().getCurrencyCode();
  }
}
