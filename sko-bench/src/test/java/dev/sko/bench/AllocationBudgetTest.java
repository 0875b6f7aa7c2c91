package dev.sko.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.ThreadMXBean;
import dev.sko.core.KickoffPlan;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import dev.sko.rules.catalog.Profiles;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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

  // ---------------------------------------------------------------------------- per rule

  /**
   * Rules that still allocate on a clean plan beyond the fact sheet: rule id to the most bytes per
   * validation measured (in the interpreter, over every profile and clean input) and why. The test
   * fails when an entry's rule allocates more than its bytes, and when it no longer allocates at
   * all (the entry is stale: delete it), so this list can only shrink.
   */
  private static final Map<String, Allowance> ALLOWANCES =
      Map.ofEntries(
          optionals("sko.antipattern.destination-offsite", 32),
          optionals("sko.antipattern.vague-theme", 16),
          optionals("sko.cost.lost-selling-time", 16),
          optionals("sko.cost.per-rep", 32),
          optionals("sko.planning.call-for-content", 32),
          optionals("sko.planning.content-triage", 48),
          optionals("sko.planning.core-team", 16),
          optionals("sko.planning.phase-timeline", 48),
          optionals("sko.prework.rubric-calibration", 16),
          followThrough("sko.reinforcement.coaching-cadence"),
          followThrough("sko.reinforcement.daily-standups"),
          followThrough("sko.reinforcement.manager-coaching"),
          followThrough("sko.reinforcement.plan-present"),
          followThrough("sko.reinforcement.starts-promptly"),
          followThrough("sko.reinforcement.window"));

  /**
   * A part-C rule (issue 18) whose clean path reads a plan-level {@code Optional} getter ({@code
   * budget()}, {@code theme()}, {@code planning()}, an item's {@code length()}): 16 bytes each, as
   * the model hands them out.
   */
  private static Map.Entry<String, Allowance> optionals(String id, long bytes) {
    return Map.entry(
        id,
        new Allowance(
            bytes, "issue 18 part C: the model's Optional getters, 16 B each; measured " + bytes));
  }

  /**
   * A reinforcement rule: it shares the follow-through facts ({@code Activities.FollowThrough}, one
   * record per validation in the context's derived values, with that store itself, and the last
   * event day it is built from), which this test counts against the first rule that asks.
   */
  private static Map.Entry<String, Allowance> followThrough(String id) {
    return Map.entry(
        id,
        new Allowance(
            128,
            "issue 18 part C: the shared follow-through fact record and the validation's store of"
                + " derived values (RuleContext.derived); measured 128"));
  }

  /** Bytes per validation a rule may allocate beyond the fact sheet; see {@link #ALLOWANCES}. */
  private static final class Allowance {
    final long bytes;
    final String reason;

    Allowance(long bytes, String reason) {
      this.bytes = bytes;
      this.reason = reason;
    }
  }

  /**
   * The rule every measurement holds: it asks for the fact sheet and reports nothing. The baseline
   * validator holds it alone, the measured one holds it and the rule under test, so the engine's
   * own bytes and the shared facts cancel out and what is left is the rule's.
   */
  private static final Rule FACTS_ONLY =
      Rule.builder("acme.facts-only")
          .title("Builds the fact sheet and reports nothing")
          .check((plan, review) -> review.index())
          .build();

  private static final PlanValidator BASELINE = PlanValidator.builder().addRule(FACTS_ONLY).build();

  /** Calls before measuring: class loading, lambda bootstrap and the plan's lazy values. */
  private static final int WARM_UP = 3;

  /**
   * Calls measured. Few, so that the rule's check runs in the interpreter: the budget must not rely
   * on the JIT compiler's escape analysis. The counter is exact (it counts bytes, TLAB or not), so
   * no slack is needed.
   */
  private static final int MEASURED = 4;

  /** Measurements of a rule: the least is its figure (see {@link #beyondFacts}). */
  private static final int ATTEMPTS = 8;

  private static long bytes(PlanValidator validator, KickoffPlan plan) {
    for (int i = 0; i < WARM_UP; i++) {
      validator.validate(plan);
    }
    long id = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(id);
    for (int i = 0; i < MEASURED; i++) {
      validator.validate(plan);
    }
    long after = THREADS.getThreadAllocatedBytes(id);
    return (after - before) / MEASURED;
  }

  /**
   * Bytes per validation of {@code validator} beyond the baseline's, each measured between two
   * baseline runs that must agree: the engine and the fact sheet run thousands of times in this
   * test, and when the JIT compiler takes them over between runs the figures are not comparable.
   * Anything else the thread happens to allocate (class loading, the JIT compiler's bookkeeping)
   * only adds bytes, so the least of a few such measurements is the rule's figure; it stops at the
   * first that shows no allocation, or after two that agree.
   */
  private static long beyondFacts(PlanValidator validator, KickoffPlan plan) {
    long least = Long.MAX_VALUE;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long base = bytes(BASELINE, plan);
      long rule = bytes(validator, plan);
      if (bytes(BASELINE, plan) != base) {
        continue;
      }
      long beyond = rule - base;
      if (beyond <= 0 || beyond == least) {
        return beyond;
      }
      least = Math.min(least, beyond);
    }
    if (least == Long.MAX_VALUE) {
      throw new IllegalStateException("the baseline did not settle in " + ATTEMPTS + " attempts");
    }
    return least;
  }

  /** The clean inputs: the benchmark's clean plan, then the sample plans. */
  private static Map<String, KickoffPlan> inputs() {
    Map<String, KickoffPlan> plans = new LinkedHashMap<>();
    plans.put("BenchPlans.clean()", BenchPlans.clean());
    SamplePlans.all().forEach((name, plan) -> plans.put("sample " + name, plan));
    return plans;
  }

  /**
   * One test per rule of the catalogue: under every profile that has it, on every input it reports
   * nothing on, a validator holding the rule and a rule that only builds the fact sheet allocates
   * no more than one holding that second rule alone.
   */
  @TestFactory
  Stream<DynamicTest> no_rule_allocates_beyond_the_fact_sheet_on_a_clean_plan() {
    Map<String, KickoffPlan> plans = inputs();
    Map<String, List<RuleSet>> byRule = new LinkedHashMap<>();
    for (RuleSet profile : Profiles.all().values()) {
      for (Rule rule : profile.rules()) {
        List<String> others = new ArrayList<>(profile.ids());
        others.remove(rule.id());
        byRule
            .computeIfAbsent(rule.id(), id -> new ArrayList<>())
            .add(profile.without(others.toArray(new String[0])).named(profile.name()));
      }
    }
    assertThat(byRule.keySet()).containsAll(ALLOWANCES.keySet());
    return byRule.entrySet().stream()
        .map(
            e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue(), plans)));
  }

  private static void check(String id, List<RuleSet> sets, Map<String, KickoffPlan> plans) {
    long most = Long.MIN_VALUE;
    List<String> over = new ArrayList<>();
    for (RuleSet set : sets) {
      // The rule next to the facts-only one, so that a rule that never asks for the fact sheet
      // does not get its bytes as a free budget.
      PlanValidator validator = PlanValidator.builder().ruleSet(set).addRule(FACTS_ONLY).build();
      for (Map.Entry<String, KickoffPlan> input : plans.entrySet()) {
        if (!validator.validate(input.getValue()).findings().isEmpty()) {
          continue; // not a clean input for this rule
        }
        long beyond = beyondFacts(validator, input.getValue());
        most = Math.max(most, beyond);
        if (beyond > 0) {
          over.add(beyond + " B under " + set.name() + " on " + input.getKey());
        }
      }
    }
    Allowance allowance = ALLOWANCES.get(id);
    if (allowance == null) {
      assertThat(over)
          .as("bytes per validation that %s allocates beyond the fact sheet on clean plans", id)
          .isEmpty();
      return;
    }
    if (most <= 0) {
      fail(
          id
              + " no longer allocates beyond the fact sheet on a clean plan: delete its allowance ("
              + allowance.reason
              + ")");
    }
    assertThat(most)
        .as("%s allocates more than its allowance (%s): %s", id, allowance.reason, over)
        .isLessThanOrEqualTo(allowance.bytes);
  }
}
