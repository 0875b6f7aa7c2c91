package dev.sko.testing;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.testing.SkoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Evidence;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.presentation.LengthCap;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkoAssertionsTest {
  private static final String CAP = LengthCap.RULE.id();
  private static final PlanValidator VALIDATOR =
      PlanValidator.builder().ruleSet(RuleSet.of("cap", LengthCap.RULE)).build();

  private static final KickoffPlan LONG_TALK =
      TestPlans.minimalBuilder()
          .days(List.of(AgendaDay.of(session("d1-ceo", SessionKind.KEYNOTE, 9, 0, 45))))
          .build();

  private static final ValidationReport REPORT = VALIDATOR.validate(LONG_TALK);
  private static final ValidationReport CLEAN = VALIDATOR.validate(TestPlans.minimal());

  @Test
  void findingsCanBeNarrowedToOneAndCheckedInDetail() {
    assertThat(REPORT)
        .hasFindingCount(Severity.WARNING, 1)
        .hasFinding(CAP)
        .atSession("d1-ceo")
        .hasSeverity(Severity.WARNING)
        .isAt(Location.of("days[0].sessions[0]"))
        .hasMessageContaining("runs 45 min")
        .hasRemediationContaining("Cut")
        .hasEvidence(Evidence.of(Duration.ofMinutes(45), Duration.ofMinutes(30)));
    assertThat(REPORT).hasFinding(CAP).single().hasSeverity(Severity.WARNING);
    assertThat(REPORT).hasFinding(CAP).at("days[0].sessions[0]").hasSeverity(Severity.WARNING);
    assertThat(CLEAN).hasNoFindings().doesNotHaveFinding(CAP);
  }

  @Test
  void aFindingAtOrAboveTheThresholdFailsWithTheReviewCheckPrints() {
    AssertionError review =
        catchThrowableOfType(AssertionError.class, () -> REPORT.check(Severity.WARNING));

    assertThat(REPORT).hasNoFindingsAtOrAbove(Severity.ERROR);
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingsAtOrAbove(Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessage(review.getMessage());
  }

  @Test
  void aMissingFindingQuotesTheReview() {
    assertThatThrownBy(() -> assertThat(CLEAN).hasFinding(CAP))
        .hasMessageStartingWith(
            "Expected plan \"Test kickoff\" to have a finding of rule " + CAP + " but it has none")
        .hasMessageContaining(CLEAN.toText());
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding(CAP).atSession("d2-cfo"))
        .hasMessageContaining("to have a finding at session \"d2-cfo\"")
        .hasMessageContaining("its findings are at [days[0].sessions[0]")
        .hasMessageContaining(REPORT.toText());
  }

  @Test
  void anUnwantedFindingQuotesTheReview() {
    assertThatThrownBy(() -> assertThat(REPORT).doesNotHaveFinding(CAP))
        .hasMessageStartingWith("Expected plan \"Test kickoff\" to have no finding of rule " + CAP)
        .hasMessageContaining(REPORT.toText());
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindings())
        .hasMessageContaining("has 1 finding at INFO");
    assertThatThrownBy(() -> assertThat(REPORT).hasFindingCount(Severity.ERROR, 1))
        .hasMessageContaining("to have 1 ERROR finding(s) but it has 0");
  }

  @Test
  void aFindingThatDiffersNamesWhatWasExpected() {
    var finding = REPORT.findings().get(0);

    assertThatThrownBy(() -> assertThat(finding).hasSeverity(Severity.ERROR))
        .hasMessageContaining(CAP + " @ days[0].sessions[0]")
        .hasMessageContaining("to have severity ERROR");
    assertThatThrownBy(() -> assertThat(finding).hasMessageContaining("60 min"))
        .hasMessageContaining("to have a message containing \"60 min\"");
    assertThatThrownBy(() -> assertThat(finding).isAt(Location.day(1)))
        .hasMessageContaining("to be at days[1]");
    assertThatThrownBy(() -> assertThat(finding).hasEvidence(Evidence.none()))
        .hasMessageContaining("but its evidence is actual PT45M, expected PT30M");
    assertThatThrownBy(() -> assertThat(finding).isWaived()).hasMessageContaining("to be waived");
    assertThatThrownBy(() -> assertThat(REPORT).hasWaivedFinding(CAP))
        .hasMessageContaining("to have a waived finding of rule " + CAP);
  }
}
