package dev.sko.bench;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 1: the full recommended profile on the realistic plan (2 days, 30 sessions, 48 reps, 12
 * reinforcement activities, 9 metric targets). Run with {@code -prof gc} for the bytes per
 * validation ({@code gc.alloc.rate.norm}).
 *
 * <ul>
 *   <li>{@code clean}: {@link BenchPlans#clean()} under {@link
 *       BenchValidators#recommendedWithoutInsights()}: no finding at all;
 *   <li>{@code insights}: {@link BenchPlans#clean()} under {@code Profiles.recommended()} as it is:
 *       no WARNING or ERROR, the two INFO cost insights;
 *   <li>{@code typical}: {@link BenchPlans#typical()} under {@code Profiles.recommended()}: one
 *       ERROR, one WARNING and the two insights.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FullCatalogueBench {
  /** Which plan under which validator; see the class comment. */
  @Param({"clean", "insights", "typical"})
  public String variant = "clean";

  private PlanValidator validator = BenchValidators.recommended();
  private KickoffPlan plan = BenchPlans.clean();

  /** Builds the validator and the plan once per trial. */
  @Setup
  public void setUp() {
    switch (variant) {
      case "clean" -> {
        validator = BenchValidators.recommendedWithoutInsights();
        plan = BenchPlans.clean();
      }
      case "insights" -> {
        validator = BenchValidators.recommended();
        plan = BenchPlans.clean();
      }
      case "typical" -> {
        validator = BenchValidators.recommended();
        plan = BenchPlans.typical();
      }
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    }
  }

  /** One validation. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(plan);
  }
}
