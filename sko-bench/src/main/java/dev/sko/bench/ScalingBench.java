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
 * Benchmark 3: the recommended profile on plans of 10 to 10,000 sessions ({@link
 * BenchPlans#scaled(int)}). {@code summarize.py} reports the marginal cost per added session, the
 * difference in time between a size and the next smaller one divided by the difference in sessions;
 * the sizes come in pairs (50 and 100, 5,000 and 10,000) so that the marginal cost at 100 and at
 * 10,000 is measured close to each, not averaged from 10 sessions up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScalingBench {
  /** Sessions in the plan. */
  @Param({"10", "50", "100", "1000", "5000", "10000"})
  public int sessions = 10;

  private final PlanValidator validator = BenchValidators.recommended();
  private KickoffPlan plan = BenchPlans.scaled(10);

  /** Builds the plan. */
  @Setup
  public void setUp() {
    plan = BenchPlans.scaled(sessions);
  }

  /** One validation. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(plan);
  }
}
