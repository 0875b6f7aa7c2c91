package dev.sko.testing;

import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Evidence;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.catalog.presentation.LengthCap;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RuleTesterTest {
  private static final RuleTester CAP = RuleTester.of(LengthCap.RULE);

  /** A 20-minute keynote, a 45-minute product update and a 50-minute keynote. */
  private static final KickoffPlan TALKS =
      TestPlans.minimalBuilder()
          .days(
              java.util.List.of(
                  AgendaDay.of(
                      session("short", SessionKind.KEYNOTE, 9, 0, 20),
                      session("update", SessionKind.PRODUCT_UPDATE, 9, 30, 45),
                      session("long", SessionKind.KEYNOTE, 10, 30, 50))))
          .build();

  private static final Location UPDATE = Location.of("days[0].sessions[1]");
  private static final Location LONG = Location.of("days[0].sessions[2]");

  @Test
  void passesWhenTheRuleReportsExactlyTheExpectedFindingsInAnyOrder() {
    CAP.expectFindings(
        TALKS,
        ExpectedFinding.of(Severity.WARNING, LONG),
        ExpectedFinding.of(Severity.WARNING, UPDATE)
            .withEvidence(Evidence.of(Duration.ofMinutes(45), Duration.ofMinutes(30)))
            .withMessageContaining("Session update"));
  }

  @Test
  void aMismatchShowsTheExpectedAndTheReportedFindingsSideBySide() {
    assertThatThrownBy(
            () ->
                CAP.expectFindings(
                    TALKS,
                    ExpectedFinding.of(Severity.WARNING, UPDATE),
                    ExpectedFinding.of(Severity.ERROR, "days[0].sessions[0]")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith(
            "Rule sko.presentation.length-cap on plan \"Test kickoff\": 1 expected finding(s) not"
                + " reported, 1 reported finding(s) not expected")
        .hasMessageContaining("    expected                      | reported\n")
        .hasMessageContaining(
            "    WARNING @ days[0].sessions[1] | WARNING @ days[0].sessions[1] (update \"Session"
                + " update\") evidence actual PT45M, expected PT30M: \"Session update\" runs 45 min")
        .hasMessageContaining("  - ERROR @ days[0].sessions[0]   | (not reported)\n")
        .hasMessageContaining(
            "  + (not expected)                | WARNING @ days[0].sessions[2] (long \"Session"
                + " long\") evidence actual PT50M");
  }

  @Test
  void theFailureCarriesBothListsForAnIdesDiff() {
    AssertionFailedError e =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> CAP.expectFindings(TALKS, ExpectedFinding.of(Severity.WARNING, LONG)));

    assertThat(e.getExpected().getStringRepresentation())
        .isEqualTo("WARNING @ days[0].sessions[2]\n");
    assertThat(e.getActual().getStringRepresentation())
        .contains("days[0].sessions[1]")
        .contains("days[0].sessions[2]");
  }

  @Test
  void anExpectationOfEvidenceOrMessageMustHoldToo() {
    assertThatThrownBy(
            () ->
                CAP.expectFindings(
                    TALKS,
                    ExpectedFinding.of(Severity.WARNING, LONG).withMessageContaining("45 min"),
                    ExpectedFinding.of(Severity.WARNING, UPDATE)))
        .hasMessageContaining("- WARNING @ days[0].sessions[2] message contains \"45 min\"");
  }

  @Test
  void expectNoFindingsListsWhatTheRuleReported() {
    CAP.expectNoFindings(TestPlans.minimal());

    assertThatThrownBy(() -> CAP.expectNoFindings(TALKS))
        .hasMessageContaining("0 expected finding(s) not reported, 2 reported finding(s) not")
        .hasMessageContaining("+ (not expected)");
  }

  @Test
  void aRuleSetsConfigurationApplies() {
    // behaviorChange raises the cap to 60 minutes: neither talk is over it.
    RuleTester.of(Profiles.behaviorChange(), LengthCap.RULE.id()).expectNoFindings(TALKS);
    assertThat(RuleTester.of(Profiles.recommended(), LengthCap.RULE.id()).findings(TALKS))
        .hasSize(2);
  }

  @Test
  void aMissingRuleIsNamed() {
    assertThatThrownBy(() -> RuleTester.of(Profiles.recommended(), "acme.nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no rule acme.nope");
  }

  @Test
  void anOptionOverridesTheDefault() {
    CAP.withOption(LengthCap.CAP, Duration.ofMinutes(45))
        .expectFindings(
            TALKS,
            ExpectedFinding.of(Severity.WARNING, LONG)
                .withEvidence(Evidence.of(Duration.ofMinutes(50), Duration.ofMinutes(45))));
  }

  @Test
  void anOptionOutOfRangeIsRejectedNamingIt() {
    assertThatThrownBy(() -> CAP.withOption(LengthCap.CAP, Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap")
        .hasMessageContaining(LengthCap.RULE.id());
  }

  @Test
  void aRuleThatThrowsFailsTheTestWithWhatItThrew() {
    IllegalStateException boom = new IllegalStateException("boom");
    Rule throwing =
        Rule.builder("acme.throws")
            .title("Throws")
            .check(
                (plan, review) -> {
                  throw boom;
                })
            .build();

    assertThatThrownBy(() -> RuleTester.of(throwing).expectNoFindings(TestPlans.minimal()))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Rule acme.throws threw on plan \"Test kickoff\": java.lang.IllegalStateException:"
                + " boom")
        .hasCause(boom);
  }

  @Test
  void aRuleThatReportsDifferentlyWhenRunAgainFails() {
    AtomicInteger runs = new AtomicInteger();
    Rule flaky =
        Rule.builder("acme.flaky")
            .title("Flaky")
            .check(
                (plan, review) -> {
                  if (runs.incrementAndGet() % 2 == 0) {
                    review.report(Location.plan(), "second time");
                  }
                })
            .build();

    assertThatThrownBy(() -> RuleTester.of(flaky).findings(TestPlans.minimal()))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("Rule acme.flaky is not deterministic");
  }
}
