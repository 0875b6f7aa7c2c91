package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.core.testing.SeedPlans;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * One validator running the whole catalogue, shared by {@value #THREADS} threads that validate
 * {@value #VALIDATIONS} plans between them, gives exactly the reports it gives on one thread: the
 * same findings (every field, evidence included) and the same count of rules run every time, and
 * the same text the first time each plan comes round. The plans are {@value #DISTINCT} distinct
 * ones, the seed plans and plans that {@link PlanArbitraries} generates from a fixed seed, handed
 * out in an interleaved order so that the threads validate different plans at the same time.
 */
class ConcurrentValidationTest {
  static final int THREADS = 8;
  static final int VALIDATIONS = 100_000;
  static final int DISTINCT = 500;
  static final long SEED = 20270112L;

  /** The seed plans, then generated ones, all distinct. */
  static List<KickoffPlan> plans() {
    LinkedHashSet<KickoffPlan> plans = new LinkedHashSet<>();
    plans.add(SeedPlans.behaviorChange());
    plans.add(SeedPlans.b2bThirtyPerson());
    plans.add(SeedPlans.enterpriseWithPartnerSummit());
    plans.add(TestPlans.minimal());
    RandomGenerator<KickoffPlan> generator = PlanArbitraries.plans().generator(1000);
    Random random = new Random(SEED);
    while (plans.size() < DISTINCT) {
      plans.add(generator.next(random).value());
    }
    return new ArrayList<>(plans);
  }

  /** A jqwik example, not a JUnit test: jqwik generators run only on a jqwik thread. */
  @Example
  void eightThreadsSharingOneValidatorGiveTheSingleThreadedReports() throws Exception {
    PlanValidator validator =
        PlanValidator.builder().ruleSet(RuleSet.of("catalogue", Catalog.rules())).build();
    List<KickoffPlan> plans = plans();
    List<ValidationReport> expected = new ArrayList<>();
    for (KickoffPlan plan : plans) {
      expected.add(validator.validate(plan));
    }
    assertThat(expected.stream().mapToInt(r -> r.findings().size()).sum())
        .as("the plans give the rules something to find")
        .isGreaterThan(DISTINCT);

    AtomicInteger next = new AtomicInteger();
    Queue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> done = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int validated = 0;
                  for (int i = next.getAndIncrement();
                      i < VALIDATIONS;
                      i = next.getAndIncrement()) {
                    // A stride coprime to DISTINCT: neighbouring validations take different plans.
                    int k = (int) ((i * 7919L) % DISTINCT);
                    ValidationReport report = validator.validate(plans.get(k));
                    ValidationReport single = expected.get(k);
                    boolean same =
                        report.findings().equals(single.findings())
                            && report.rulesRun() == single.rulesRun()
                            && (i >= DISTINCT || report.toText().equals(single.toText()));
                    if (!same) {
                      mismatches.add("validation " + i + " of plan " + k);
                    }
                    validated++;
                  }
                  return validated;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        int validated = f.get();
        assertThat(validated).as("every thread takes part").isPositive();
        total += validated;
      }
      assertThat(total).isEqualTo(VALIDATIONS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).isEmpty();
  }
}
