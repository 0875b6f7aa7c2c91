package dev.sko.rules;

import dev.sko.core.KickoffPlan;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values derived from one plan in one validation, by key: what {@link RuleContext#derived} and
 * {@link PlanIndex#derived} share, so that a rule which needs one derived value (the follow-through
 * facts, a cost summary) does not build the whole {@link PlanIndex} to store it. Keys and values
 * alternate in one array; a validation holds a handful.
 */
final class Derived {
  private static final Object[] NOTHING = new Object[0];
  private final KickoffPlan plan;
  private Object[] entries = NOTHING;
  private int count;

  Derived(KickoffPlan plan) {
    this.plan = plan;
  }

  <T> T get(Object key, Class<T> type, Function<? super KickoffPlan, ? extends T> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(compute, "compute");
    Object[] d = entries;
    for (int i = 0; i < count; i++) {
      if (key.equals(d[2 * i])) {
        return type.cast(d[2 * i + 1]);
      }
    }
    T value = compute.apply(plan);
    if (2 * count == d.length) {
      d = Arrays.copyOf(d, Math.max(8, d.length * 2));
    }
    d[2 * count] = key;
    d[2 * count + 1] = value;
    count++;
    entries = d;
    return value;
  }
}
