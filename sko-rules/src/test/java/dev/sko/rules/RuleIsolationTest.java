package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.SeedPlans;
import dev.sko.rules.catalog.Profiles;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failing rule beside the whole recommended catalogue, on the seed plans: what it throws becomes
 * one ERROR finding under its id naming the throwable, and every other rule's findings are exactly
 * those of a validator without the failing rule. What describes the JVM or the thread ({@link
 * OutOfMemoryError} and the other {@link VirtualMachineError}s but {@link StackOverflowError}, and
 * {@link ThreadDeath}) propagates instead.
 */
class RuleIsolationTest {
  private static final PlanValidator WITHOUT =
      PlanValidator.builder().ruleSet(Profiles.recommended()).build();

  static List<KickoffPlan> plans() {
    return List.of(
        SeedPlans.behaviorChange(),
        SeedPlans.b2bThirtyPerson(),
        SeedPlans.enterpriseWithPartnerSummit());
  }

  /** Throws {@code t} whatever its type, as code compiled against other signatures can. */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /**
   * Recurses until the stack overflows; the condition keeps Error Prone from calling it infinite.
   */
  private static int recurse(int depth) {
    return depth < 0 ? 0 : recurse(depth + 1) + 1;
  }

  /** A checked throwable that is neither an {@link Exception} nor an {@link Error}. */
  private static final class OddThrowable extends Throwable {
    private static final long serialVersionUID = 1L;

    OddThrowable() {
      super("neither exception nor error");
    }
  }

  /** A rule that fails on every plan by running {@code body}. */
  private static Rule failing(Runnable body) {
    return Rule.builder("acme.failing").title("Fails").check((plan, f) -> body.run()).build();
  }

  static Stream<Arguments> isolated() {
    return Stream.of(
        Arguments.of(
            "a runtime exception",
            failing(
                () -> {
                  throw new IllegalStateException("no agenda index");
                }),
            "java.lang.IllegalStateException: no agenda index"),
        Arguments.of(
            "a checked exception thrown sneakily",
            failing(
                () -> {
                  throw sneaky(new IOException("disk full"));
                }),
            "java.io.IOException: disk full"),
        Arguments.of(
            "a checked throwable that is no exception",
            failing(
                () -> {
                  throw sneaky(new OddThrowable());
                }),
            "OddThrowable: neither exception nor error"),
        Arguments.of(
            "a stack overflow from deep recursion",
            failing(() -> recurse(0)),
            "java.lang.StackOverflowError"),
        Arguments.of(
            "an assertion error",
            failing(
                () -> {
                  throw new AssertionError("invariant broken");
                }),
            "java.lang.AssertionError: invariant broken"),
        Arguments.of(
            "a missing class of a rule pack",
            failing(
                () -> {
                  throw new NoClassDefFoundError("com/acme/Gone");
                }),
            "java.lang.NoClassDefFoundError: com/acme/Gone"),
        Arguments.of(
            "a failed static initializer",
            failing(
                () -> {
                  throw new ExceptionInInitializerError(new ArithmeticException("/ by zero"));
                }),
            "java.lang.ExceptionInInitializerError"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("isolated")
  void theFailureIsOneErrorFindingAndEveryOtherFindingIsIntact(
      String what, Rule failing, String named) {
    PlanValidator with =
        PlanValidator.builder().ruleSet(Profiles.recommended()).addRule(failing).build();

    for (KickoffPlan plan : plans()) {
      ValidationReport report = with.validate(plan);

      assertThat(report.findings(failing.id()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message())
                    .startsWith("Rule acme.failing failed with ")
                    .contains(named);
                assertThat(f.isWaived()).isFalse();
              });
      List<Finding> others =
          report.findings().stream().filter(f -> !f.ruleId().equals(failing.id())).toList();
      ValidationReport alone = WITHOUT.validate(plan);
      assertThat(others).isNotEmpty().isEqualTo(alone.findings());
      assertThat(report.rulesRun()).isEqualTo(alone.rulesRun() + 1);
    }
  }

  static Stream<Arguments> propagated() {
    return Stream.of(
        Arguments.of(new OutOfMemoryError("test")),
        Arguments.of(new InternalError("jvm")),
        Arguments.of(new UnknownError("jvm")),
        Arguments.of(new ThreadDeath()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("propagated")
  void errorsOfTheJvmOrTheThreadPropagate(Error error) {
    PlanValidator with =
        PlanValidator.builder()
            .ruleSet(Profiles.recommended())
            .addRule(
                failing(
                    () -> {
                      throw error;
                    }))
            .build();

    assertThatThrownBy(() -> with.validate(SeedPlans.behaviorChange())).isSameAs(error);
  }
}
