package dev.sko.bench;

import dev.sko.rules.PlanValidator;
import dev.sko.rules.catalog.Profiles;

/** The validators the benchmarks share. */
public final class BenchValidators {
  private BenchValidators() {}

  /** {@code Profiles.recommended()} as it is. */
  public static PlanValidator recommended() {
    return PlanValidator.builder().ruleSet(Profiles.recommended()).build();
  }

  /**
   * {@code Profiles.recommended()} without its two computed insights, the cost per rep ({@code
   * sko.cost.per-rep} with {@code report-figures} off: it still warns above the limit) and the
   * break-even attainment ({@code sko.roi.break-even}, disabled), which the profile reports as INFO
   * for every plan with a budget. With it {@link BenchPlans#clean()} has no finding at all, which
   * is what the "allocates at most 1 KB when clean" target is about.
   */
  public static PlanValidator recommendedWithoutInsights() {
    return PlanValidator.builder()
        .ruleSet(Profiles.recommended())
        .option("sko.cost.per-rep", "report-figures", false)
        .disable("sko.roi.break-even")
        .build();
  }
}
