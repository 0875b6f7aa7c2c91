package dev.sko.rules.catalog.antipattern;

import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.moneyShort;
import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;

/**
 * No motivational-speaker slot: no {@link SessionKind#MOTIVATIONAL_TALK} session, and no external
 * speaker presenting a motivational slot (a presentation covering {@link Topic#CULTURE}, the topic
 * motivational talks imply). An external trainer running a workshop is not a motivational slot.
 */
public final class MotivationalSpeaker {
  private MotivationalSpeaker() {}

  /** Option {@code sustained-lift}: its description gives the figure and its source. */
  public static final RuleOption<Double> SUSTAINED_LIFT =
      RuleOption.percentage(
          "sustained-lift",
          0.003,
          "Sustained lift from a motivational speaker, cited in the finding"
              + " (BEHAVIOR_CHANGE_MODEL, Pavilion 2026: 0.3%)");

  /** Option {@code cost-low}: its description gives the figure and its source. */
  public static final RuleOption<Money> COST_LOW =
      RuleOption.money(
          "cost-low",
          Money.of(25_000, "USD"),
          "Low end of a motivational speaker's fee, cited in the finding (BEHAVIOR_CHANGE_MODEL:"
              + " 25-75K)");

  /** Option {@code cost-high}: its description gives the figure and its source. */
  public static final RuleOption<Money> COST_HIGH =
      RuleOption.money(
          "cost-high",
          Money.of(75_000, "USD"),
          "High end of a motivational speaker's fee, cited in the finding"
              + " (BEHAVIOR_CHANGE_MODEL: 25-75K)");

  /**
   * The rule {@code sko.antipattern.motivational-speaker}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.antipattern.motivational-speaker")
          .title("No motivational-speaker slot")
          .source(
              "BEHAVIOR_CHANGE_MODEL (kill list; Pavilion 2026: 0.3% sustained lift; cost 25-75K)")
          .rationale(
              "A motivational speaker gives the room a temporary high and little else: the sustained"
                  + " lift Pavilion measured is 0.3%, for a fee of 25,000 to 75,000. The same money"
                  + " and time buy more as skill practice or manager coaching. A motivational talk,"
                  + " or an external speaker giving a presentation on culture, is reported; an"
                  + " external trainer running a workshop is not.")
          .defaultSeverity(Severity.INFO)
          .option(SUSTAINED_LIFT)
          .option(COST_LOW)
          .option(COST_HIGH)
          .check(MotivationalSpeaker::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    double lift = review.option(SUSTAINED_LIFT);
    Money low = review.option(COST_LOW);
    Money high = review.option(COST_HIGH);
    PlanIndex facts = review.index();
    if (!facts.hasAny(SessionKind.MOTIVATIONAL_TALK)
        && !facts.hasPresenter(SessionFormat.PRESENTATION, PresenterRole.EXTERNAL_SPEAKER)) {
      return; // no motivational talk and no outside speaker on stage: decided from the facts
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      boolean motivational =
          s.kind() == SessionKind.MOTIVATIONAL_TALK
              || (s.format() == SessionFormat.PRESENTATION
                  && s.hasPresenter(PresenterRole.EXTERNAL_SPEAKER)
                  && s.coveredTopics().contains(Topic.CULTURE));
      if (!motivational) {
        continue;
      }
      review
          .finding(
              facts.location(i),
              quoted(s)
                  + " is a motivational-speaker slot ("
                  + minutes(s.length())
                  + "); motivational talks show "
                  + SUSTAINED_LIFT.format(lift)
                  + " sustained lift (Pavilion 2026) and cost "
                  + moneyShort(low)
                  + " to "
                  + moneyShort(high))
          .actual(s.kind())
          .figure("sustained-lift", lift)
          .figure("cost-low", low)
          .figure("cost-high", high)
          .remediation(
              "Drop the motivational slot and give its "
                  + minutes(s.length())
                  + " to skill practice or peer war stories; spend the fee on manager coaching")
          .report();
    }
  }
}
