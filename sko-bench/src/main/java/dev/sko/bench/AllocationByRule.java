package dev.sko.bench;

import com.sun.management.ThreadMXBean;
import dev.sko.core.KickoffPlan;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import dev.sko.rules.catalog.Profiles;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes allocated per validation by each rule of the profile alone, and by the engine with no rule
 * at all, for a variant of the full-catalogue benchmark: where its bytes go. Run as {@code java -cp
 * target/benchmarks.jar dev.sko.bench.AllocationByRule [clean|insights|typical]} (the variants of
 * {@link FullCatalogueBench}: {@code clean} is the clean plan under the profile without its two
 * cost insights); the figures are measured after warm-up, as JMH's {@code gc.alloc.rate.norm} is.
 */
public final class AllocationByRule {
  private AllocationByRule() {}

  private static final int WARMUP = 20_000;
  private static final int MEASURED = 20_000;

  /** Prints one line per rule, largest first. */
  public static void main(String[] args) {
    String variant = args.length > 0 ? args[0] : "clean";
    KickoffPlan plan = variant.equals("typical") ? BenchPlans.typical() : BenchPlans.clean();
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    RuleSet recommended =
        variant.equals("clean")
            ? Profiles.recommended()
                .without("sko.roi.break-even")
                .withOption("sko.cost.per-rep", "report-figures", false)
            : Profiles.recommended();
    List<String> lines = new ArrayList<>();
    List<long[]> sizes = new ArrayList<>();
    String[] all = recommended.ids().toArray(new String[0]);
    measure(threads, "(engine, no rule)", recommended.without(all), plan, lines, sizes);
    measure(threads, "(whole profile: " + variant + ")", recommended, plan, lines, sizes);
    measure(
        threads,
        "(the three headline rules)",
        recommended.without(
            recommended.ids().stream()
                .filter(
                    id ->
                        !id.equals("sko.duration.team-size")
                            && !id.equals("sko.presentation.length-cap")
                            && !id.equals("sko.reinforcement.plan-present"))
                .toArray(String[]::new)),
        plan,
        lines,
        sizes);
    for (Rule rule : recommended.rules()) {
      List<String> others = new ArrayList<>(recommended.ids());
      others.remove(rule.id());
      measure(
          threads,
          rule.id(),
          recommended.without(others.toArray(new String[0])),
          plan,
          lines,
          sizes);
    }
    Integer[] order = new Integer[lines.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(sizes.get(b)[0], sizes.get(a)[0]));
    for (int i : order) {
      System.out.println(lines.get(i));
    }
  }

  private static void measure(
      ThreadMXBean threads,
      String name,
      RuleSet rules,
      KickoffPlan plan,
      List<String> lines,
      List<long[]> sizes) {
    PlanValidator validator = PlanValidator.builder().ruleSet(rules).build();
    long sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += validator.validate(plan).findings().size();
    }
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < MEASURED; i++) {
      sink += validator.validate(plan).findings().size();
    }
    long bytes = (threads.getThreadAllocatedBytes(id) - before) / MEASURED;
    int findings = (int) (sink / (WARMUP + MEASURED));
    sizes.add(new long[] {bytes});
    lines.add(String.format(Locale.ROOT, "%8d B/op  %2d findings  %s", bytes, findings, name));
  }
}
