package dev.sko.bench.cold;

import dev.sko.bench.BenchPlans;
import dev.sko.bench.peers.SkoPeer;
import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;

/**
 * Builds the headline-findings plan and validates it once with sko: the three headline rules by
 * default, the whole recommended profile with the argument {@code recommended}.
 */
public final class SkoOnce {
  private SkoOnce() {}

  /** Validates once and prints the counts. */
  public static void main(String[] args) {
    KickoffPlan plan = BenchPlans.headlineFindings();
    ValidationReport report =
        args.length > 0 && args[0].equals("recommended")
            ? PlanValidator.builder().ruleSet(Profiles.recommended()).build().validate(plan)
            : new SkoPeer().validate(plan);
    System.out.println(report);
  }
}
