package dev.sko.bench.peers;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The three rules as sko runs them: the catalogue's own rules in a rule set of only those three.
 */
public final class SkoPeer {
  private final PlanValidator validator;

  /** A validator of the catalogue's three headline rules, at their default severities. */
  public SkoPeer() {
    List<Rule> three = new ArrayList<>();
    for (Rule r : Catalog.rules()) {
      if (r.id().equals(Headline.TEAM_SIZE)
          || r.id().equals(Headline.LENGTH_CAP)
          || r.id().equals(Headline.PLAN_PRESENT)) {
        three.add(r);
      }
    }
    if (three.size() != 3) {
      throw new IllegalStateException("the catalogue lacks a headline rule: " + three);
    }
    validator = PlanValidator.builder().ruleSet(RuleSet.of("headline", three)).build();
  }

  /** The report for {@code plan}. */
  public ValidationReport validate(KickoffPlan plan) {
    return validator.validate(plan);
  }

  /** The report's findings as {@link Violation}s, in {@link Violation#ORDER}. */
  public static List<Violation> violations(ValidationReport report) {
    List<Violation> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(Violation.of(f));
    }
    out.sort(Violation.ORDER);
    return out;
  }
}
