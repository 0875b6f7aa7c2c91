package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.NullPointerTester;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Session;
import dev.sko.core.SourcePosition;
import dev.sko.core.testing.PublicApi;
import dev.sko.core.testing.SeedPlans;
import dev.sko.rules.catalog.DurationGuidance;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.catalog.TierFocus;
import dev.sko.rules.report.HtmlReportWriter;
import dev.sko.rules.report.LocationResolver;
import dev.sko.rules.report.ReportedPlan;
import dev.sko.rules.report.SarifReportWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guava's {@link NullPointerTester} over every public type of the engine ({@code dev.sko.rules}),
 * the catalogue's API ({@code dev.sko.rules.catalog}) and the report writers ({@code
 * dev.sko.rules.report}), found on the class path: each public constructor, static factory and
 * instance method throws a {@link NullPointerException} at once when given a null where it takes no
 * {@code @Nullable}. Interfaces ({@link Rule}, {@link RuleCheck}, {@link ValidationListener},
 * {@link RuleProvider}, {@link LocationResolver}) are implemented by callers and called by the
 * library with non-null arguments, so only their static methods are tested.
 */
class NullHostilityTest {
  static final KickoffPlan PLAN = SeedPlans.behaviorChange();
  static final Rule RULE = TestRules.reporting("acme.rule", Severity.WARNING, "budget");
  static final PlanValidator VALIDATOR =
      PlanValidator.builder().ruleSet(Profiles.recommended()).build();
  static final ValidationReport REPORT = VALIDATOR.validate(PLAN);

  /** A context and a finding builder, as a rule sees them during a validation. */
  private static Map<Class<?>, Object> capturedDuringValidation() {
    AtomicReference<RuleContext> context = new AtomicReference<>();
    Rule capturing =
        Rule.builder("acme.capture")
            .title("Captures its context")
            .check((p, c) -> context.set(c))
            .build();
    PlanValidator.builder().addRule(capturing).build().validate(PLAN);
    RuleContext c = Objects.requireNonNull(context.get());
    return Map.of(
        RuleContext.class, c, RuleContext.FindingBuilder.class, c.finding(Location.plan(), "x"));
  }

  static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new LinkedHashMap<>(capturedDuringValidation());
    PlanIndex index = PlanIndex.of(PLAN);
    s.put(PlanValidator.class, VALIDATOR);
    s.put(PlanValidator.Builder.class, PlanValidator.builder());
    s.put(ValidationReport.class, REPORT);
    s.put(Finding.class, REPORT.findings().get(0));
    s.put(Location.class, Location.day(0));
    s.put(Evidence.class, Evidence.of(3, 2));
    s.put(Waiver.class, Waiver.of("acme.rule", "accepted"));
    s.put(RuleSet.class, Profiles.recommended());
    s.put(RuleSet.Builder.class, RuleSet.builder("acme"));
    s.put(RuleOption.class, RuleOption.integer("max", 3, 1, 9, "Most"));
    s.put(RuleBuilder.class, Rule.builder("acme.built"));
    s.put(IntRange.class, IntRange.of(1, 3));
    s.put(PlanIndex.class, index);
    s.put(PlanIndex.LocatedSession.class, index.sessions().get(0));
    s.put(ReportedPlan.class, ReportedPlan.of(REPORT));
    s.put(SourcePosition.class, SourcePosition.of(1, 1));
    s.put(SarifReportWriter.class, SarifReportWriter.builder().build());
    s.put(
        dev.sko.rules.report.JsonReportWriter.class,
        dev.sko.rules.report.JsonReportWriter.create());
    s.put(
        dev.sko.rules.report.TextReportWriter.class,
        dev.sko.rules.report.TextReportWriter.create());
    s.put(
        dev.sko.rules.report.ReportWriters.class,
        dev.sko.rules.report.ReportWriters.builder().build());
    s.put(
        dev.sko.rules.report.ReportWriters.Builder.class,
        dev.sko.rules.report.ReportWriters.builder());
    s.put(Baseline.class, Baseline.of(List.of(REPORT)));
    s.put(Baseline.Entry.class, Baseline.Entry.of("P", "acme.rule", "plan", "m"));
    s.put(Baseline.Comparison.class, Baseline.empty().compare(REPORT));
    s.put(SarifReportWriter.Builder.class, SarifReportWriter.builder());
    s.put(HtmlReportWriter.class, HtmlReportWriter.of(Profiles.recommended()));
    s.put(DurationGuidance.class, DurationGuidance.standard());
    s.put(DurationGuidance.Builder.class, DurationGuidance.builder());
    s.put(
        DurationGuidance.Row.class, DurationGuidance.standard().rowFor(EventFormat.IN_PERSON, 30));
    s.put(TierFocus.class, TierFocus.standard());
    s.put(TierFocus.Builder.class, TierFocus.builder());
    return s;
  }

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(KickoffPlan.class, PLAN)
        .setDefault(Session.class, PLAN.sessions().get(0))
        .setDefault(Money.class, Money.of(10, "USD"))
        .setDefault(Rule.class, RULE)
        .setDefault(RuleSet.class, RuleSet.of("acme", RULE))
        .setDefault(RuleOption.class, RuleOption.integer("max", 3, 1, 9, "Most"))
        .setDefault(Location.class, Location.plan())
        .setDefault(IntRange.class, IntRange.of(1, 3))
        .setDefault(Finding.class, REPORT.findings().get(0))
        .setDefault(Waiver.class, Waiver.of("acme.rule", "accepted"))
        .setDefault(ValidationReport.class, REPORT)
        .setDefault(PlanValidator.class, VALIDATOR)
        .setDefault(ReportedPlan.class, ReportedPlan.of(REPORT))
        .setDefault(Baseline.class, Baseline.empty())
        .setDefault(PlanIndex.class, PlanIndex.of(PLAN))
        .setDefault(Baseline.Comparison.class, Baseline.empty().compare(REPORT))
        .setDefault(LocationResolver.class, location -> Optional.empty())
        .setDefault(Path.class, Path.of("target", "null-hostility", "rules.md"))
        .setDefault(String.class, "acme.rule");
  }

  static Stream<Class<?>> publicTypes() {
    return Stream.of("dev.sko.rules", "dev.sko.rules.catalog", "dev.sko.rules.report")
        .flatMap(p -> PublicApi.publicTypes(p).stream());
  }

  static Stream<Class<?>> typesWithInstanceMethodsTakingReferences() {
    return publicTypes()
        .filter(t -> !t.isInterface())
        // Exceptions: Throwable's own methods take null by contract (initCause(null)).
        .filter(t -> !Throwable.class.isAssignableFrom(t))
        .filter(PublicApi::takesReferencesOnInstances);
  }

  @Test
  void theScanFindsTheEngineTheCatalogueAndTheReportWriters() {
    assertThat(publicTypes())
        .contains(PlanValidator.class, Profiles.class, SarifReportWriter.class)
        .noneMatch(t -> t.getSimpleName().startsWith("Immutable"))
        .allMatch(t -> Modifier.isPublic(t.getModifiers()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void staticFactoriesAndConstructorsRejectNull(Class<?> type) throws NoSuchMethodException {
    NullPointerTester tester = tester();
    // Its enum type parameter has no default the tester can make; see the test below.
    tester.ignore(
        RuleOption.class.getMethod(
            "enumeration", String.class, Class.class, Enum.class, String.class));
    tester.testAllPublicStaticMethods(type);
    tester.testAllPublicConstructors(type);
  }

  @Test
  void anEnumerationOptionRejectsEachNull() {
    assertThatNullPointerException()
        .isThrownBy(() -> RuleOption.enumeration(nul(), Severity.class, Severity.INFO, "Level"));
    assertThatNullPointerException()
        .isThrownBy(() -> RuleOption.enumeration("level", nul(), Severity.INFO, "Level"));
    assertThatNullPointerException()
        .isThrownBy(() -> RuleOption.enumeration("level", Severity.class, nul(), "Level"));
    assertThatNullPointerException()
        .isThrownBy(() -> RuleOption.enumeration("level", Severity.class, Severity.INFO, nul()));
  }

  /** A null that the compiler's null checks let through, as callers without them would pass. */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nul() {
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesWithInstanceMethodsTakingReferences")
  void instanceMethodsRejectNull(Class<?> type) throws ReflectiveOperationException {
    tester().testAllPublicInstanceMethods(sample(type));
  }

  /** An enum's first constant, a builder fresh from its public constructor, or a listed sample. */
  static Object sample(Class<?> type) throws ReflectiveOperationException {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Object sample = samples().get(type);
    if (sample == null && type.getSimpleName().equals("Builder")) {
      Optional<Constructor<?>> constructor =
          Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == 0).findFirst();
      if (constructor.isPresent()) {
        return constructor.get().newInstance();
      }
    }
    assertThat(sample)
        .as("a sample of %s for NullPointerTester; add one to samples()", type.getName())
        .isNotNull();
    return Objects.requireNonNull(sample);
  }
}
