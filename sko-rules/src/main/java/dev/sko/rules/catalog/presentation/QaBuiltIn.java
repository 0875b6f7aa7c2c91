package dev.sko.rules.catalog.presentation;

import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;

/**
 * A presentation of {@link #FROM} (20 minutes) or more has Q&amp;A time (SKO_GUIDE: "build in
 * Q&amp;A"; the 20 minutes are the library's threshold, not a source's).
 */
public final class QaBuiltIn {
  private QaBuiltIn() {}

  /** Option {@code min-talk-time}: its description gives the figure and its source. */
  public static final RuleOption<Duration> FROM =
      RuleOption.duration(
          "min-talk-time",
          Duration.ofMinutes(20),
          "Talk time from which a presentation needs Q&A time. SKO_GUIDE says to cap"
              + " presentations and build in Q&A but names no length from which that applies; 20"
              + " min is this library's threshold, which spares short updates");

  /**
   * The rule {@code sko.presentation.qa-built-in}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.presentation.qa-built-in")
          .title("Presentations of at least the minimum talk time have Q&A time")
          .source("SKO_GUIDE (cap presentations at 30 minutes and build in Q&A)")
          .rationale(
              "Questions turn a talk into a conversation and show the speaker what did not land."
                  + " SKO_GUIDE says to build Q&A into presentations; it gives no length from which"
                  + " it applies, so the 20-minute threshold is this library's: a short update can"
                  + " do without, but a longer presentation should keep time for questions on the"
                  + " agenda rather than hope to finish early.")
          .defaultSeverity(Severity.WARNING)
          .option(FROM)
          .check(QaBuiltIn::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration from = review.option(FROM);
    PlanIndex facts = review.index();
    if (facts.longestTalkWithoutQa(SessionFormat.PRESENTATION).compareTo(from) < 0) {
      return; // every presentation of that length has Q&A time: decided from the facts
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      if (s.format() != SessionFormat.PRESENTATION
          || s.talkTime().compareTo(from) < 0
          || !s.qaTime().isZero()) {
        continue;
      }
      review
          .finding(
              facts.location(i),
              quoted(s)
                  + " runs "
                  + minutes(s.talkTime())
                  + " of talk with no Q&A time; presentations of "
                  + minutes(from)
                  + " or more should build in Q&A")
          .actual(s.qaTime())
          .figure("talk-time", s.talkTime())
          .figure("min-talk-time", from)
          .remediation(
              "Add Q&A time to " + quoted(s) + ", for example 10 minutes of moderated questions")
          .report();
    }
  }
}
