package dev.sko.rules.catalog.agenda;

import static dev.sko.rules.catalog.support.Wording.percentDown;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionFormat;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of content time (presentation plus interactive; breaks, meals, travel and social time
 * excluded) in interactive formats: a WARNING below {@code warn-below}, an ERROR below {@code
 * error-below}. Silent when the agenda has no content time at all.
 */
public final class InteractiveShare {
  private InteractiveShare() {}

  /** Option {@code warn-below}: its description gives the figure and its source. */
  public static final RuleOption<Double> WARN_BELOW =
      RuleOption.percentage(
          "warn-below",
          0.40,
          "Interactive share of content time below which the rule warns (B2B_SKO_GUIDE: at"
              + " least 40% interactive; SKO_GUIDE: 30-40% practice; classic: 30%)");

  /** Option {@code error-below}: its description gives the figure and its source. */
  public static final RuleOption<Double> ERROR_BELOW =
      RuleOption.percentage(
          "error-below",
          0.30,
          "Interactive share of content time below which the rule reports an error (SKO_GUIDE:"
              + " at least 30-40% practice, so below 30% is clearly short; classic: 0, no"
              + " error)");

  /** Classic: SKO_GUIDE's lower end, 30%, as the warning threshold. */
  public static final double CLASSIC_WARN_BELOW = 0.30;

  /** Classic: no error threshold (a share is never below 0). */
  public static final double CLASSIC_ERROR_BELOW = 0.0;

  /**
   * The rule {@code sko.agenda.interactive-share}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.interactive-share")
          .title("Enough content time is interactive")
          .source("SKO_GUIDE (30-40% practice), B2B_SKO_GUIDE (at least 40% interactive)")
          .rationale(
              "The unique value of bringing the team together is practice: workshops, role plays,"
                  + " deal reviews. Presentations can be delivered asynchronously. The share is"
                  + " measured over content time only (presentations and interactive sessions);"
                  + " breaks, meals, travel and social time do not count either way. Parallel"
                  + " sessions each count their full length.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.ERROR)
          .option(WARN_BELOW)
          .option(ERROR_BELOW)
          .check(InteractiveShare::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex index = review.index();
    long content = index.contentMinutes();
    if (content == 0) {
      return;
    }
    long interactive = index.minutes(SessionFormat.INTERACTIVE);
    double share = (double) interactive / content;
    double warnBelow = review.option(WARN_BELOW);
    double errorBelow = review.option(ERROR_BELOW);
    Severity severity;
    double expected;
    if (share < errorBelow) {
      severity = Severity.ERROR;
      expected = errorBelow;
    } else if (share < warnBelow) {
      severity = Severity.WARNING;
      expected = warnBelow;
    } else {
      return;
    }
    long needed =
        BigDecimal.valueOf(Math.max(warnBelow, errorBelow))
            .multiply(BigDecimal.valueOf(content))
            .subtract(BigDecimal.valueOf(interactive))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    review
        .finding(
            Location.plan(),
            "Interactive formats take "
                + percentDown(share)
                + " of content time ("
                + interactive
                + " of "
                + content
                + " min); "
                + (severity == Severity.ERROR
                    ? "below " + WARN_BELOW.format(errorBelow) + " the kickoff is mostly slides; "
                    : "")
                + "aim for at least "
                + WARN_BELOW.format(warnBelow))
        .severity(severity)
        .evidence(share, expected)
        .figure("interactive-minutes", interactive)
        .figure("content-minutes", content)
        .remediation(
            "Turn about "
                + needed
                + " more minutes of presentation into workshops, role plays, skill stations or"
                + " deal clinics; move the rest of the slides to pre-work")
        .report();
  }
}
