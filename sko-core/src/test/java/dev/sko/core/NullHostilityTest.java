package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.sko.core.testing.PublicApi;
import dev.sko.core.testing.SeedPlans;
import dev.sko.core.testing.TestPlans;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guava's {@link NullPointerTester} over every public type of {@code dev.sko.core}, found on the
 * class path: each public constructor, static factory and instance method throws a {@link
 * NullPointerException} at once when given a null where it takes no {@code @Nullable}, instead of
 * storing it or failing later. Builders are tested through instances of their public {@code
 * Builder} types, so every generated setter is covered; the generated {@code Immutable*} classes
 * are package private and reached only through them.
 */
class NullHostilityTest {
  static final KickoffPlan PLAN = SeedPlans.behaviorChange();
  static final Session SESSION = TestPlans.session("s1", SessionKind.WORKSHOP, 9, 0, 30);

  /** Samples of the public types whose instance methods take references. */
  static final Map<Class<?>, Object> SAMPLES = samples();

  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new LinkedHashMap<>();
    s.put(KickoffPlan.class, PLAN);
    s.put(Session.class, SESSION);
    s.put(Audience.class, Audience.region("EMEA"));
    s.put(Money.class, Money.of(10, "USD"));
    s.put(RelativeDay.class, RelativeDay.after(3));
    s.put(PhaseCalendar.class, PhaseCalendar.of(PLAN));
    s.put(TierAssignment.class, Tiering.assign(PLAN));
    s.put(BehaviorReview.class, MetricLift.review(PLAN, Map.of()));
    s.put(CostModel.class, CostModel.standard());
    s.put(PlanPath.class, PlanPath.parse("days[0].sessions"));
    s.put(SourcePosition.class, SourcePosition.of(3, 4));
    return s;
  }

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(KickoffPlan.class, PLAN)
        .setDefault(AgendaDay.class, PLAN.days().get(0))
        .setDefault(Session.class, SESSION)
        .setDefault(Money.class, Money.of(10, "USD"))
        .setDefault(Budget.class, Budget.builder("USD").build())
        .setDefault(Audience.class, Audience.everyone())
        .setDefault(Presenter.class, Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
        .setDefault(Rep.class, PLAN.roster().get(0))
        .setDefault(MetricTarget.class, PLAN.metricTargets().get(0))
        .setDefault(Metric.class, Metric.DIALS_PER_REP_PER_DAY)
        .setDefault(RelativeDay.class, RelativeDay.EVENT_START)
        .setDefault(LocalTime.class, LocalTime.of(9, 0))
        .setDefault(Duration.class, Duration.ofMinutes(30))
        .setDefault(String.class, "x");
  }

  static Stream<Class<?>> publicTypes() {
    return PublicApi.publicTypes("dev.sko.core").stream();
  }

  static Stream<Class<?>> typesWithInstanceMethodsTakingReferences() {
    return publicTypes()
        .filter(t -> !t.isInterface())
        .filter(PublicApi::takesReferencesOnInstances);
  }

  @Test
  void theClassPathScanFindsThePublicTypesAndLeavesOutTheGeneratedOnes() {
    List<Class<?>> types = PublicApi.publicTypes("dev.sko.core");

    assertThat(types).contains(KickoffPlan.class, KickoffPlan.Builder.class, Money.class);
    assertThat(types).noneMatch(t -> t.getSimpleName().startsWith("Immutable"));
    assertThat(types).allMatch(t -> Modifier.isPublic(t.getModifiers()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void staticFactoriesAndConstructorsRejectNull(Class<?> type) {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesWithInstanceMethodsTakingReferences")
  void instanceMethodsRejectNull(Class<?> type) throws ReflectiveOperationException {
    tester().testAllPublicInstanceMethods(sample(type));
  }

  /** A builder fresh from its public constructor, an enum's first constant, or a listed sample. */
  static Object sample(Class<?> type) throws ReflectiveOperationException {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.getSimpleName().equals("Builder")) {
      Constructor<?> constructor = type.getConstructor();
      return constructor.newInstance();
    }
    Object sample = SAMPLES.get(type);
    assertThat(sample)
        .as("a sample of %s for NullPointerTester; add one to SAMPLES", type.getName())
        .isNotNull();
    return Objects.requireNonNull(sample);
  }

  /** A public API with one nullable and one non-null parameter, to prove how the tester reads. */
  public static final class Nullability {
    private Nullability() {}

    /** Accepts a null {@code note}; rejects a null {@code name}. */
    public static String label(String name, @Nullable String note) {
      return name.trim() + (note == null ? "" : " (" + note + ")");
    }

    /** Accepts a null where it should not: the tester must fail on it. */
    @SuppressWarnings("NullAway")
    public static String lenient(String name) {
      return name == null ? "" : name;
    }
  }

  @Test
  void theTesterSkipsJSpecifyNullableParametersAndFailsOnLenientOnes() throws Exception {
    NullPointerTester tester = new NullPointerTester();

    tester.testMethod(null, Nullability.class.getMethod("label", String.class, String.class));
    assertThatThrownBy(
            () -> tester.testMethod(null, Nullability.class.getMethod("lenient", String.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("lenient");
  }
}
