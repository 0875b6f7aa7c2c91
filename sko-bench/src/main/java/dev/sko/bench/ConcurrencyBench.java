package dev.sko.bench;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4: one validator (recommended profile) shared by every thread, validating the typical
 * plan; run with {@code -t 1} and {@code -t 2} and compare the throughputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConcurrencyBench {
  private final PlanValidator validator = BenchValidators.recommended();
  private final KickoffPlan plan = BenchPlans.typical();

  /** One validation on the shared validator. */
  @Benchmark
  public ValidationReport sharedValidator() {
    return validator.validate(plan);
  }
}
