package dev.sko.rules.catalog.reinforcement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.about;
import static dev.sko.rules.catalog.support.Activities.aboutMax;
import static dev.sko.rules.catalog.support.Activities.aboutMin;
import static dev.sko.rules.catalog.support.Activities.atLeastAsOften;
import static dev.sko.rules.catalog.support.Activities.followThrough;
import static dev.sko.rules.catalog.support.Activities.titled;
import static dev.sko.rules.catalog.support.Activities.within;
import static dev.sko.rules.catalog.support.Wording.and;
import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.words;

import dev.sko.core.ActivityKind;
import dev.sko.core.Cadence;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.FollowThrough;
import dev.sko.rules.catalog.support.Activities.Indexed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The coaching cadence of BEHAVIOR_CHANGE_MODEL: a weekly 1:1 of about 45 min, a bi-weekly call
 * review of about 60 min and a monthly territory review of about 60 min. "About" means within
 * {@link #TOLERANCE} of the figure either way (20% by default: 36 to 54 min for the 1:1, 48 to 72
 * min for the reviews). A cadence at least as frequent as asked counts. One finding per element
 * that is missing or does not match.
 */
public final class CoachingCadence {
  private CoachingCadence() {}

  /** Option {@code one-on-one-length}: its description gives the figure and its source. */
  public static final RuleOption<Duration> ONE_ON_ONE_LENGTH =
      RuleOption.duration(
          "one-on-one-length",
          Duration.ofMinutes(45),
          "Length of the weekly 1:1 (BEHAVIOR_CHANGE_MODEL: 45 min, 15 pipeline review plus 30"
              + " skill coaching on a recorded call)");

  /** Option {@code call-review-length}: its description gives the figure and its source. */
  public static final RuleOption<Duration> CALL_REVIEW_LENGTH =
      RuleOption.duration(
          "call-review-length",
          Duration.ofMinutes(60),
          "Length of the bi-weekly call review (BEHAVIOR_CHANGE_MODEL: 60 min, one won and one"
              + " lost call scored against a rubric)");

  /**
   * Option {@code territory-review-length}; its description says what it means and where its
   * default comes from.
   */
  public static final RuleOption<Duration> TERRITORY_REVIEW_LENGTH =
      RuleOption.duration(
          "territory-review-length",
          Duration.ofMinutes(60),
          "Length of the monthly territory and strategy review (BEHAVIOR_CHANGE_MODEL: 60 min)");

  /** Option {@code length-tolerance}: its description gives the figure and its source. */
  public static final RuleOption<Double> TOLERANCE =
      RuleOption.percentage(
          "length-tolerance",
          0.2,
          "How far a length may be from its figure either way and still count as 'about' it"
              + " (the library's reading of BEHAVIOR_CHANGE_MODEL's lengths, not a source figure)");

  private record Element(
      ActivityKind kind, Cadence cadence, RuleOption<Duration> length, String what) {}

  private static final List<Element> ELEMENTS =
      List.of(
          new Element(
              ActivityKind.ONE_ON_ONE_COACHING,
              Cadence.WEEKLY,
              ONE_ON_ONE_LENGTH,
              "weekly manager 1:1 (pipeline review plus skill coaching on a recorded call)"),
          new Element(
              ActivityKind.CALL_REVIEW,
              Cadence.BIWEEKLY,
              CALL_REVIEW_LENGTH,
              "bi-weekly call review (one won and one lost call scored against a rubric)"),
          new Element(
              ActivityKind.TERRITORY_REVIEW,
              Cadence.MONTHLY,
              TERRITORY_REVIEW_LENGTH,
              "monthly territory and strategy review"));

  /**
   * The rule {@code sko.reinforcement.coaching-cadence}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.reinforcement.coaching-cadence")
          .title("Managers coach at the model's cadence: 1:1s, call reviews and territory reviews")
          .source("BEHAVIOR_CHANGE_MODEL (coaching cadence: 45/60/60 min)")
          .rationale(
              "The behaviour-change model calls the manager coaching cadence the actual lever: a"
                  + " weekly 1:1 with skill coaching on a recorded call, a bi-weekly call review"
                  + " against a rubric, and a monthly territory review. Each element has a length"
                  + " that fits its agenda; much shorter drops a block, much longer rarely happens.")
          .defaultSeverity(Severity.INFO)
          .option(ONE_ON_ONE_LENGTH)
          .option(CALL_REVIEW_LENGTH)
          .option(TERRITORY_REVIEW_LENGTH)
          .option(TOLERANCE)
          .check(CoachingCadence::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    double tolerance = review.option(TOLERANCE);
    FollowThrough after = followThrough(review);
    List<ReinforcementActivity> all = plan.reinforcement();
    for (int k = 0; k < ELEMENTS.size(); k++) {
      Element e = ELEMENTS.get(k);
      Duration expected = review.option(e.length());
      long min = aboutMin(expected, tolerance);
      long max = aboutMax(expected, tolerance);
      int firstIndex = -1;
      boolean matched = false;
      for (int i = 0; i < all.size(); i++) {
        ReinforcementActivity a = all.get(i);
        if (a.kind() != e.kind() || !after.isAfterEvent(a)) {
          continue;
        }
        if (atLeastAsOften(a.cadence(), e.cadence()) && within(a.length(), min, max)) {
          matched = true;
          break;
        }
        if (firstIndex < 0) {
          firstIndex = i;
        }
      }
      if (matched) {
        continue;
      }
      Duration[] bounds = about(expected, tolerance);
      if (firstIndex < 0) {
        review
            .finding(
                REINFORCEMENT,
                "The reinforcement plan has no " + e.what() + " of about " + minutes(expected))
            .figure("expected-cadence", e.cadence())
            .figure("expected-length", expected)
            .remediation(
                "Add a "
                    + words(e.cadence())
                    + " "
                    + words(e.kind())
                    + " of about "
                    + minutes(expected)
                    + " for the weeks after the event")
            .report();
        continue;
      }
      report(review, e, new Indexed(firstIndex, all.get(firstIndex)), expected, bounds);
    }
  }

  private static void report(
      RuleContext review, Element e, Indexed found, Duration expected, Duration[] bounds) {
    ReinforcementActivity a = found.activity();
    boolean cadenceOff = !atLeastAsOften(a.cadence(), e.cadence());
    List<String> problems = new ArrayList<>();
    if (cadenceOff) {
      problems.add(
          "runs "
              + (a.cadence().isRecurring() ? words(a.cadence()) : "once")
              + " rather than "
              + words(e.cadence()));
    }
    if (!within(a.length(), bounds)) {
      problems.add(
          "lasts "
              + minutes(a.length())
              + " rather than about "
              + minutes(expected)
              + " ("
              + minutes(bounds[0])
              + " to "
              + minutes(bounds[1])
              + ")");
    }
    RuleContext.FindingBuilder f =
        review.finding(
            found.location(),
            "The "
                + titled(a)
                + " "
                + and(problems)
                + "; the cadence asks for a "
                + e.what()
                + " of about "
                + minutes(expected));
    if (cadenceOff) {
      f.evidence(a.cadence(), e.cadence()).figure("length", a.length());
    } else {
      f.evidence(a.length(), expected)
          .figure("min-length", bounds[0])
          .figure("max-length", bounds[1]);
    }
    f.remediation(
            "Schedule the "
                + titled(a)
                + " "
                + words(e.cadence())
                + " for about "
                + minutes(expected))
        .report();
  }
}
