package dev.sko.bench.peers;

import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.BasicRule;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The three rules in Easy Rules 4.1: each a rule whose condition looks at the plan fact and whose
 * action adds the findings to the findings fact, fired by the default engine.
 */
public final class EasyRulesPeer {
  private static final String PLAN = "plan";
  private static final String FINDINGS = "findings";

  private final Rules rules = new Rules(new TeamSize(), new LengthCap(), new PlanPresent());
  private final RulesEngine engine = new DefaultRulesEngine();

  /** An engine with the three rules registered. */
  public EasyRulesPeer() {}

  /** The findings for {@code plan}, in {@link Violation#ORDER}. */
  public List<Violation> validate(KickoffPlan plan) {
    List<Violation> found = new ArrayList<>(4);
    Facts facts = new Facts();
    facts.put(PLAN, plan);
    facts.put(FINDINGS, found);
    engine.fire(rules, facts);
    found.sort(Violation.ORDER);
    return found;
  }

  private static KickoffPlan plan(Facts facts) {
    return facts.get(PLAN);
  }

  private static Headline.Sink sink(Facts facts) {
    List<Violation> found = facts.get(FINDINGS);
    return (id, severity, path, message) -> found.add(new Violation(id, severity, path, message));
  }

  private static final class TeamSize extends BasicRule {
    TeamSize() {
      super(Headline.TEAM_SIZE, "The event's length fits its headcount and format", 1);
    }

    @Override
    public boolean evaluate(Facts facts) {
      return Headline.teamSizeOff(plan(facts));
    }

    @Override
    public void execute(Facts facts) {
      Headline.teamSize(plan(facts), sink(facts));
    }
  }

  private static final class LengthCap extends BasicRule {
    LengthCap() {
      super(Headline.LENGTH_CAP, "Presentations stay within the talk-time cap", 2);
    }

    @Override
    public boolean evaluate(Facts facts) {
      return Headline.anyOverCap(plan(facts));
    }

    @Override
    public void execute(Facts facts) {
      Headline.lengthCap(plan(facts), sink(facts));
    }
  }

  private static final class PlanPresent extends BasicRule {
    PlanPresent() {
      super(
          Headline.PLAN_PRESENT, "A reinforcement plan with activities after the event exists", 3);
    }

    @Override
    public boolean evaluate(Facts facts) {
      return Headline.noFollowThrough(plan(facts));
    }

    @Override
    public void execute(Facts facts) {
      Headline.planPresent(plan(facts), sink(facts));
    }
  }
}
