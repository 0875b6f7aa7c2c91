package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.PublicApi;
import dev.sko.core.testing.SeedPlans;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every collection a value of {@code dev.sko.core} hands out is unmodifiable: a rule, a report
 * writer or an app that holds a shared plan cannot change it through a getter. The test walks the
 * object graph of the seed plans and of every value computed from them, calls each public
 * no-argument instance method that returns a {@link Collection} or {@link Map} (including inside an
 * {@link Optional}), and tries to clear what it returns. A mutable collection is reported even when
 * it is empty (an empty {@code EnumSet} clears without complaint, an unmodifiable one refuses).
 *
 * <p>It also fails when a public type that has such a getter was never reached from the seeds, so a
 * value type added tomorrow is either covered or named here.
 */
class UnmodifiableGettersTest {

  private static final String PACKAGE = "dev.sko.core";

  /** A bound on the walk, so a getter that computes ever new values fails the test, not the JVM. */
  private static final int MAX_VALUES = 50_000;

  @Test
  void every_collection_a_getter_returns_is_unmodifiable() {
    Walk walk = new Walk();
    for (KickoffPlan plan :
        List.of(
            SeedPlans.behaviorChange(),
            SeedPlans.b2bThirtyPerson(),
            SeedPlans.enterpriseWithPartnerSummit())) {
      walk.visit(plan);
      walk.visit(PhaseCalendar.of(plan));
      walk.visit(Tiering.assign(plan));
      walk.visit(MetricLift.review(plan, Map.of()));
      walk.visit(CostModel.standard().summarize(plan));
    }
    walk.visit(CostModel.standard());
    walk.visit(PlanPath.parse("days[0].sessions[1].talkTime"));
    walk.run();

    assertThat(walk.mutable).as("getters that hand out a modifiable collection").isEmpty();
    assertThat(walk.uncovered())
        .as(
            "public types of %s with collection getters that no seed plan reaches: extend the"
                + " seeds or this walk",
            PACKAGE)
        .isEmpty();
    assertThat(walk.checkedGetters).as("getters checked").isGreaterThan(20);
  }

  /** A breadth-first walk over values of the package, recording what it finds. */
  private static final class Walk {
    final Deque<Object> queue = new ArrayDeque<>();

    /** By equality: getters that compute a value (a calendar, a next day) return fresh copies. */
    final Set<Object> seen = new HashSet<>();

    final Set<Class<?>> reached = new LinkedHashSet<>();
    final Set<String> mutable = new TreeSet<>();
    int checkedGetters;

    void visit(Object value) {
      if (isOfPackage(value.getClass()) && seen.add(value)) {
        if (seen.size() > MAX_VALUES) {
          throw new AssertionError("the walk reached more than " + MAX_VALUES + " values");
        }
        queue.add(value);
      }
    }

    void run() {
      while (!queue.isEmpty()) {
        Object value = queue.poll();
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
          reached.add(type);
        }
        for (Method getter : getters(publicTypeOf(value.getClass()))) {
          Object result = call(getter, value);
          if (result instanceof Optional<?> optional) {
            result = optional.orElse(null);
          }
          if (result instanceof Collection<?> collection) {
            checkedGetters++;
            tryToClear(getter, collection::clear);
            collection.forEach(this::visitElement);
          } else if (result instanceof Map<?, ?> map) {
            checkedGetters++;
            List<Object> contents = new ArrayList<>(map.keySet());
            contents.addAll(map.values());
            tryToClear(getter, map::clear);
            contents.forEach(this::visitElement);
          } else if (result != null) {
            visitElement(result);
          }
        }
      }
    }

    private void visitElement(Object element) {
      if (element instanceof Collection<?> nested) {
        nested.forEach(this::visitElement);
      } else {
        visit(element);
      }
    }

    private void tryToClear(Method getter, Runnable clear) {
      try {
        clear.run();
        mutable.add(getter.getDeclaringClass().getSimpleName() + "." + getter.getName() + "()");
      } catch (UnsupportedOperationException expected) {
        // unmodifiable, as it must be
      }
    }

    Set<String> uncovered() {
      Set<String> missing = new TreeSet<>();
      for (Class<?> type : PublicApi.publicTypes(PACKAGE)) {
        if (!type.isInterface()
            && hasCollectionGetter(type)
            && reached.stream().noneMatch(type::isAssignableFrom)) {
          missing.add(type.getName());
        }
      }
      return missing;
    }

    private static boolean hasCollectionGetter(Class<?> type) {
      return getters(type).stream()
          .anyMatch(
              m ->
                  Collection.class.isAssignableFrom(m.getReturnType())
                      || Map.class.isAssignableFrom(m.getReturnType()));
    }

    /** The nearest public class of {@code type}'s line: generated classes are package private. */
    private static Class<?> publicTypeOf(Class<?> type) {
      Class<?> t = type;
      while (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        t = t.getSuperclass();
      }
      return t;
    }

    private static List<Method> getters(Class<?> type) {
      List<Method> getters = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0
            && m.getReturnType() != void.class
            && isOfPackage(m.getDeclaringClass())
            && Modifier.isPublic(m.getDeclaringClass().getModifiers())
            && !m.getName().equals("builder")) {
          getters.add(m);
        }
      }
      getters.sort((a, b) -> a.getName().compareTo(b.getName()));
      return getters;
    }

    private static Object call(Method getter, Object target) {
      try {
        return getter.invoke(target);
      } catch (IllegalAccessException e) {
        throw new AssertionError(getter + " is not accessible", e);
      } catch (InvocationTargetException e) {
        throw new AssertionError(getter + " threw on a seed value", e.getCause());
      }
    }

    private static boolean isOfPackage(Class<?> type) {
      return type.getPackageName().equals(PACKAGE);
    }
  }
}
