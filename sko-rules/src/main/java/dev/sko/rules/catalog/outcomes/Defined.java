package dev.sko.rules.catalog.outcomes;

import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;

/**
 * The plan defines its most important outcomes, as many as {@code count} allows (2-3): none is an
 * ERROR, one or more than three a WARNING.
 */
public final class Defined {
  private Defined() {}

  /** Option {@code count}: its description gives the figure and its source. */
  public static final RuleOption<IntRange> COUNT =
      RuleOption.range(
          "count",
          IntRange.of(2, 3),
          1,
          100,
          "How many most important outcomes (big bets) to define (B2B_SKO_GUIDE: the 2-3 most"
              + " important outcomes; ACCELERATION_SUMMIT: 2-3 big bets)");

  /**
   * The rule {@code sko.outcomes.defined}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.outcomes.defined")
          .title("Two or three most important outcomes are defined")
          .source(
              "B2B_SKO_GUIDE (define the 2-3 most important outcomes first), ACCELERATION_SUMMIT"
                  + " (2-3 big bets)")
          .rationale(
              "An agenda designed from its outcomes has a purpose; one designed from a list of"
                  + " sessions fills time. Defining no outcome at all is an error. A single outcome"
                  + " usually leaves the team's priorities unstated, and more than three dilute"
                  + " focus: both warn.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.ERROR)
          .option(COUNT)
          .check(Defined::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange range = review.option(COUNT);
    int n = plan.outcomes().size();
    if (range.contains(n)) {
      return;
    }
    String expected = range.min() + " to " + range.max();
    String message;
    String remediation;
    Severity severity = Severity.WARNING;
    if (n == 0) {
      severity = Severity.ERROR;
      message =
          "The plan defines no outcome; define the "
              + expected
              + " most important outcomes before designing the agenda";
      remediation =
          "Write down the "
              + expected
              + " things that should be different after the event (for example a higher"
              + " competitive win rate or more Q1 pipeline), then design the agenda around them";
    } else if (n < range.min()) {
      message =
          "The plan defines "
              + n
              + " "
              + plural(n, "outcome", "outcomes")
              + "; define the "
              + expected
              + " most important outcomes";
      remediation = "Add the next most important outcome, up to " + expected + " in all";
    } else {
      message =
          "The plan defines "
              + n
              + " outcomes; more than "
              + range.max()
              + " dilute the team's focus (aim for "
              + expected
              + ")";
      remediation =
          "Keep the "
              + range.max()
              + " outcomes that matter most and fold the others into them or drop them";
    }
    review
        .finding(Location.of("outcomes"), message)
        .severity(severity)
        .evidence(n, range)
        .remediation(remediation)
        .report();
  }
}
