package dev.sko.bench.peers;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;

/**
 * The three rules as custom sko rules: the peers' shared {@link Headline} logic, each rule written
 * with the public {@link Rule#builder(String)} as a company would write its own, run by the sko
 * engine. Next to {@link SkoPeer} (the catalogue's own three rules) it separates what the engine
 * costs from what the catalogue's richer rules cost: this peer does the same rule work as the
 * hand-written loop, Hibernate Validator and Easy Rules, and reports through the engine.
 */
public final class SkoHeadlinePeer {
  private final PlanValidator validator;

  /** A validator of the three {@link Headline} rules, at their default severities. */
  public SkoHeadlinePeer() {
    Rule teamSize =
        Rule.builder(Headline.TEAM_SIZE)
            .title("The event's length fits its headcount and format")
            .defaultSeverity(Severity.WARNING)
            .severities(Severity.WARNING, Severity.ERROR)
            .check((plan, review) -> Headline.teamSize(plan, sink(review)))
            .build();
    Rule lengthCap =
        Rule.builder(Headline.LENGTH_CAP)
            .title("Presentations stay within the talk-time cap")
            .defaultSeverity(Severity.WARNING)
            .check((plan, review) -> Headline.lengthCap(plan, sink(review)))
            .build();
    Rule planPresent =
        Rule.builder(Headline.PLAN_PRESENT)
            .title("A reinforcement plan with activities after the event exists")
            .defaultSeverity(Severity.ERROR)
            .check((plan, review) -> Headline.planPresent(plan, sink(review)))
            .build();
    validator =
        PlanValidator.builder()
            .ruleSet(RuleSet.of("headline-custom", teamSize, lengthCap, planPresent))
            .build();
  }

  /** The report for {@code plan}. */
  public ValidationReport validate(KickoffPlan plan) {
    return validator.validate(plan);
  }

  /** Reports {@link Headline}'s findings through the rule's context, each at its own severity. */
  private static Headline.Sink sink(RuleContext review) {
    return (id, severity, path, message) ->
        review
            .finding(path.isEmpty() ? Location.plan() : Location.of(path), message)
            .severity(severity)
            .report();
  }
}
