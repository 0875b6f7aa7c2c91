package dev.sko.bench;

import dev.sko.bench.peers.SkoPeer;
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
 * Benchmark 6: a new plan every operation, so no value the plan computes lazily (its session list,
 * a session's length, the budget's sums) nor anything an engine might keep per plan instance helps
 * the validation. {@link #build()} only builds the plan ({@link BenchPlans#fresh(KickoffPlan)}, a
 * deep copy of the template through the builders); {@link #recommended()} and {@link #headline()}
 * build it and validate it, so a validation's cost on a fresh plan is the difference.
 *
 * <ul>
 *   <li>{@code clean}: {@link BenchPlans#clean()}; {@link #recommended()} validates it under {@link
 *       BenchValidators#recommendedWithoutInsights()} (no finding, as {@link FullCatalogueBench}'s
 *       {@code clean}), {@link #headline()} with the catalogue's three headline rules (no finding,
 *       as {@link PeersBench}'s {@code clean});
 *   <li>{@code typical}: {@link BenchPlans#typical()}; {@link #recommended()} under {@code
 *       Profiles.recommended()} (four findings, as {@link FullCatalogueBench}'s {@code typical}),
 *       {@link #headline()} with the three rules (one finding: the talk over the cap).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FreshPlanBench {
  /** Which plan; see the class comment. */
  @Param({"clean", "typical"})
  public String plan = "clean";

  private KickoffPlan template = BenchPlans.clean();
  private PlanValidator recommended = BenchValidators.recommendedWithoutInsights();
  private final SkoPeer headline = new SkoPeer();

  /** Builds the template and the validator once per trial. */
  @Setup
  public void setUp() {
    switch (plan) {
      case "clean" -> {
        template = BenchPlans.clean();
        recommended = BenchValidators.recommendedWithoutInsights();
      }
      case "typical" -> {
        template = BenchPlans.typical();
        recommended = BenchValidators.recommended();
      }
      default -> throw new IllegalArgumentException("unknown plan " + plan);
    }
  }

  /** Builds a new plan: the part of the other two benchmarks that is not validation. */
  @Benchmark
  public KickoffPlan build() {
    return BenchPlans.fresh(template);
  }

  /** Builds a new plan and validates it with the recommended profile. */
  @Benchmark
  public ValidationReport recommended() {
    return recommended.validate(BenchPlans.fresh(template));
  }

  /** Builds a new plan and validates it with the catalogue's three headline rules. */
  @Benchmark
  public ValidationReport headline() {
    return headline.validate(BenchPlans.fresh(template));
  }
}
