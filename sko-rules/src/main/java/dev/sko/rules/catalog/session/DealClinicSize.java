package dev.sko.rules.catalog.session;

import static dev.sko.rules.catalog.support.Wording.plural;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.IntRange;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;

/**
 * Each deal clinic's groups hold {@code group-size} reps (ACCELERATION_SUMMIT: 5 to 10). A clinic
 * that does not say its group size gets a finding too, naming the missing group size: the size is a
 * design decision of the clinic, so the planner should state it rather than have the rule guess.
 */
public final class DealClinicSize {
  private DealClinicSize() {}

  /** Option {@code group-size}: its description gives the figure and its source. */
  public static final RuleOption<IntRange> GROUP_SIZE =
      RuleOption.range(
          "group-size",
          IntRange.of(5, 10),
          1,
          1000,
          "Reps per deal clinic group (ACCELERATION_SUMMIT: groups of 5-10 reps)");

  /**
   * The rule {@code sko.session.deal-clinic-size}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.deal-clinic-size")
          .title("Deal clinic groups hold a number of reps within the group size")
          .source("ACCELERATION_SUMMIT (deal clinics in groups of 5-10 reps)")
          .rationale(
              "In a deal clinic reps bring one or two live opportunities and work through them"
                  + " together. Below five reps the group lacks perspectives; above ten not every"
                  + " rep's deal gets time. A clinic without a group size is reported as well,"
                  + " since the rule cannot tell whether its groups work.")
          .defaultSeverity(Severity.WARNING)
          .option(GROUP_SIZE)
          .check(DealClinicSize::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange range = review.option(GROUP_SIZE);
    PlanIndex facts = review.index();
    for (int i = facts.first(SessionKind.DEAL_CLINIC); i >= 0; i = facts.next(i)) {
      Session s = facts.session(i);
      int given = s.groupSizeOrZero(); // 0: none given (a group size is at least 1)
      if (given > 0 && range.contains(given)) {
        continue; // the clean case, decided without the OptionalInt
      }
      if (s.groupSize().isEmpty()) {
        review
            .finding(
                facts.location(i),
                "The deal clinic \""
                    + s.title()
                    + "\" does not say how many reps each group holds; groups should hold "
                    + range.min()
                    + " to "
                    + range.max()
                    + " reps")
            .figure("group-size-range", range)
            .remediation(
                "Set the clinic's group size: split the reps into groups of "
                    + range.min()
                    + " to "
                    + range.max())
            .report();
        continue;
      }
      int size = s.groupSize().getAsInt();
      if (range.contains(size)) {
        continue;
      }
      boolean tooSmall = size < range.min();
      review
          .finding(
              facts.location(i),
              "The deal clinic \""
                  + s.title()
                  + "\" works in groups of "
                  + size
                  + " "
                  + plural(size, "rep", "reps")
                  + "; groups should hold "
                  + range.min()
                  + " to "
                  + range.max()
                  + " reps")
          .evidence(size, range)
          .remediation(
              tooSmall
                  ? "Merge groups so each holds at least " + range.min() + " reps"
                  : "Split the groups so each holds at most "
                      + range.max()
                      + " reps and every rep's deal gets time")
          .report();
    }
  }
}
