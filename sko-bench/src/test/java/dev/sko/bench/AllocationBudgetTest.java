package dev.sko.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Allocation budgets of the clean path, measured with the thread's allocation counter. The budgets
 * hold even in the interpreter, before the JIT compiler removes any allocation, so they are upper
 * bounds that do not depend on warm-up; JMH's {@code gc.alloc.rate.norm} reports the compiled
 * figures (see BENCHMARKS.md).
 */
class AllocationBudgetTest {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long bytesPerValidation(PlanValidator validator, KickoffPlan plan) {
    for (int i = 0; i < 2_000; i++) {
      validator.validate(plan);
    }
    long id = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(id);
    int n = 2_000;
    for (int i = 0; i < n; i++) {
      validator.validate(plan);
    }
    return (THREADS.getThreadAllocatedBytes(id) - before) / n;
  }

  @Test
  void the_engine_allocates_next_to_nothing_for_a_clean_plan() {
    PlanValidator noRules = PlanValidator.builder().ruleSet(RuleSet.empty("none")).build();

    // The report, the run and one context: about 100 bytes. Before the engine kept one context per
    // validation and built the plan index on demand, this was 6.5 KB for the benchmark plan.
    assertThat(bytesPerValidation(noRules, BenchPlans.clean())).isLessThan(512);
  }
}
