package dev.sko.rules.catalog.planning;

import static dev.sko.rules.catalog.support.Plans.CALL_FOR_CONTENT;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanningData;
import dev.sko.core.RelativeDay;
import dev.sko.rules.IntRange;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;

/**
 * The call for content opens at least {@link #OPENS_BEFORE} days before the event and stays open
 * about {@link #OPEN_FOR} days: within {@link #OPEN_FOR_TOLERANCE} days either way.
 */
public final class CallForContent {
  private CallForContent() {}

  /** Option {@code opens-before-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> OPENS_BEFORE =
      RuleOption.integer(
          "opens-before-days",
          90,
          0,
          RelativeDay.MAX_OFFSET,
          "Days before the first event day by which the call for content opens (GITLAB_HANDBOOK:"
              + " no later than three months before)");

  /** Option {@code open-for-days}: its description gives the figure and its source. */
  public static final RuleOption<Integer> OPEN_FOR =
      RuleOption.integer(
          "open-for-days",
          21,
          1,
          RelativeDay.MAX_OFFSET,
          "Days the call for content stays open (GITLAB_HANDBOOK: 3 weeks)");

  /**
   * Option {@code open-for-tolerance-days}; its description says what it means and where its
   * default comes from.
   */
  public static final RuleOption<Integer> OPEN_FOR_TOLERANCE =
      RuleOption.integer(
          "open-for-tolerance-days",
          3,
          0,
          RelativeDay.MAX_OFFSET,
          "Days the call may stay open longer or shorter and still count as 'about' three weeks"
              + " (the library's reading of GITLAB_HANDBOOK, not a source figure)");

  /**
   * The rule {@code sko.planning.call-for-content}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.planning.call-for-content")
          .title("The call for content opens early enough and stays open long enough")
          .source(
              "GITLAB_HANDBOOK (call for content: no later than three months before, open 3 weeks)")
          .rationale(
              "Gathering breakout content through an open call, early, lets the team prioritise"
                  + " against the kickoff's theme and win executive agreement in time; three weeks"
                  + " gives contributors enough time without stalling the selection.")
          .defaultSeverity(Severity.WARNING)
          .option(OPENS_BEFORE)
          .option(OPEN_FOR)
          .option(OPEN_FOR_TOLERANCE)
          .check(CallForContent::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    int opensBefore = review.option(OPENS_BEFORE);
    int openFor = review.option(OPEN_FOR);
    int tolerance = review.option(OPEN_FOR_TOLERANCE);
    PlanningData planning = plan.planning().orElse(null);
    dev.sko.core.CallForContent call =
        planning == null ? null : planning.callForContent().orElse(null);
    if (call != null
        && call.opensOn().offset() <= -opensBefore
        && Math.max(1, openFor - tolerance) <= call.openForDays()
        && call.openForDays() <= openFor + tolerance) {
      return; // opens in time and stays open about long enough: decided without building days
    }
    RelativeDay latestOpening = RelativeDay.before(opensBefore);
    if (call == null) {
      review
          .finding(CALL_FOR_CONTENT, "The plan has no call for content for breakout sessions")
          .figure("opens-by", latestOpening)
          .remediation(
              "Open a call for content by day "
                  + latestOpening
                  + " ("
                  + opensBefore
                  + " days before the first event day, T+0) and keep it open for about "
                  + openFor
                  + " days")
          .report();
      return;
    }
    if (call.opensOn().isAfter(latestOpening)) {
      review
          .finding(
              CALL_FOR_CONTENT,
              "The call for content opens on day "
                  + call.opensOn()
                  + ", "
                  + -call.opensOn().offset()
                  + " days before the first event day; it should open at least "
                  + opensBefore
                  + " days before it, by day "
                  + latestOpening
                  + " ("
                  + EventClock.T_PLUS.legend()
                  + ")")
          .evidence(call.opensOn(), latestOpening)
          .remediation("Open the call for content by day " + latestOpening)
          .report();
    }
    IntRange about = IntRange.of(Math.max(1, openFor - tolerance), openFor + tolerance);
    if (!about.contains(call.openForDays())) {
      review
          .finding(
              CALL_FOR_CONTENT,
              "The call for content stays open "
                  + call.openForDays()
                  + " days; it should stay open about "
                  + openFor
                  + " days ("
                  + about.min()
                  + " to "
                  + about.max()
                  + ")")
          .evidence(call.openForDays(), openFor)
          .figure("allowed-days", about)
          .remediation("Keep the call for content open for " + openFor + " days")
          .report();
    }
  }
}
