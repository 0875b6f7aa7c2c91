package dev.sko.rules.catalog.duration;

import static dev.sko.rules.catalog.support.Plans.firstDayBeyond;
import static dev.sko.rules.catalog.support.Wording.halfDays;
import static dev.sko.rules.catalog.support.Wording.hyphenated;
import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.DurationGuidance;
import java.util.Optional;

/**
 * The event's length in days lies within the range {@link DurationGuidance} gives for its headcount
 * and format. Above the range is a WARNING, above a hard limit an ERROR; below the range is a
 * WARNING too, since the sources give a range ("2 days for 10-30 people"), not only a ceiling.
 */
public final class TeamSize {
  private TeamSize() {}

  /** Option {@code guidance}: its description gives the figure and its source. */
  public static final RuleOption<DurationGuidance> GUIDANCE =
      RuleOption.of(
          "guidance",
          DurationGuidance.class,
          DurationGuidance.standard(),
          "Days by headcount and format (SKO_GUIDE: 2-3 days, 1.5 under 20, 3-4 above 200;"
              + " B2B_SKO_GUIDE: 2 days for 10-30, 3 for 30-100, 4+ only at 500+, virtual half"
              + " or 1 day); behaviorChange uses DurationGuidance.behaviorChange()"
              + " (BEHAVIOR_CHANGE_MODEL: 2 days max)",
          g -> true,
          "a DurationGuidance");

  /**
   * The rule {@code sko.duration.team-size}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.duration.team-size")
          .title("The event's length fits its headcount and format")
          .source(
              "SKO_GUIDE (2-3 days; 1.5 under 20; 3-4 above 200), B2B_SKO_GUIDE (2 days for 10-30;"
                  + " 4+ only at 500+; virtual half or 1 day); behaviorChange: BEHAVIOR_CHANGE_MODEL"
                  + " (Bessemer: 2 days max)")
          .rationale(
              "Every extra day costs selling time and attention: day 3 of a slide-heavy kickoff gives"
                  + " diminishing returns, and more than 4 days is rarely justified below 500 people."
                  + " A team also needs enough time for strategy, practice and social time, so the"
                  + " guidance is a range: running longer than the range warns (an error above the"
                  + " hard limit), and running shorter than the range warns as well, since the"
                  + " sources advise that length for that team. The table is the option"
                  + " \"guidance\"; replace it with your own DurationGuidance.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.ERROR)
          .option(GUIDANCE)
          .check(TeamSize::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    DurationGuidance guidance = review.option(GUIDANCE);
    // The plan's own sum over its few days: this rule needs no other fact of the plan.
    int halfDays = plan.eventHalfDays();
    int headcount = plan.headcount();
    DurationGuidance.Row row = guidance.rowFor(plan.format(), headcount);
    if (halfDays <= row.maxHalfDays()
        && halfDays >= row.minHalfDays()
        && !guidance.exceedsHardLimit(halfDays, headcount)) {
      return; // within the guidance: no message is built
    }
    String event =
        "The "
            + hyphenated(plan.format())
            + " event runs "
            + halfDays(halfDays)
            + " for "
            + headcount
            + " "
            + plural(headcount, "person", "people");
    Optional<DurationGuidance.HardLimit> hard = guidance.exceededHardLimit(halfDays, headcount);
    if (hard.isPresent()) {
      DurationGuidance.HardLimit limit = hard.get();
      review
          .finding(
              firstDayBeyond(plan, limit.maxHalfDays()),
              event
                  + "; more than "
                  + halfDays(limit.maxHalfDays())
                  + " "
                  + limit.headcounts()
                  + " is not justified (guidance for "
                  + row.formatsInWords()
                  + ", "
                  + row.headcounts()
                  + ": "
                  + row.daysInWords()
                  + ")")
          .severity(Severity.ERROR)
          .evidence(halfDays / 2.0, limit.maxDays())
          .figure("min-days", row.minDays())
          .figure("max-days", row.maxDays())
          .remediation(cut(row))
          .report();
    } else if (halfDays > row.maxHalfDays()) {
      review
          .finding(
              firstDayBeyond(plan, row.maxHalfDays()),
              event + "; the guidance for " + describe(row) + " is " + row.daysInWords())
          .severity(Severity.WARNING)
          .evidence(halfDays / 2.0, row.maxDays())
          .figure("min-days", row.minDays())
          .figure("max-days", row.maxDays())
          .remediation(cut(row))
          .report();
    } else if (halfDays < row.minHalfDays()) {
      review
          .finding(
              Location.plan(),
              event
                  + "; the guidance for "
                  + describe(row)
                  + " is "
                  + row.daysInWords()
                  + ", so the agenda is likely too short for strategy, practice and social time")
          .severity(Severity.WARNING)
          .evidence(halfDays / 2.0, row.minDays())
          .figure("min-days", row.minDays())
          .figure("max-days", row.maxDays())
          .remediation(
              "Plan at least "
                  + halfDays(row.minHalfDays())
                  + ", or keep the shorter event on purpose (tightly focused content, pre-work"
                  + " for the rest) and waive this finding")
          .report();
    }
  }

  private static String describe(DurationGuidance.Row row) {
    return row.formatsInWords() + " events of " + row.headcounts();
  }

  private static String cut(DurationGuidance.Row row) {
    return "Cut the event to at most "
        + halfDays(row.maxHalfDays())
        + ": pre-record product and strategy content and keep live time for practice";
  }
}
