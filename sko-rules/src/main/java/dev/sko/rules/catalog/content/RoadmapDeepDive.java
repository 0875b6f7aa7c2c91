package dev.sko.rules.catalog.content;

import static dev.sko.rules.catalog.support.Wording.minutes;
import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.Topic;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;

/**
 * No product or roadmap presentation of 60 minutes or more in the main room
 * (BEHAVIOR_CHANGE_MODEL's kill list: reps tune out at minute 12; record it async).
 */
public final class RoadmapDeepDive {
  private RoadmapDeepDive() {}

  /** Option {@code deep-dive-length}: its description gives the figure and its source. */
  public static final RuleOption<Duration> DEEP_DIVE =
      RuleOption.duration(
          "deep-dive-length",
          Duration.ofMinutes(60),
          "Length, talk plus Q&A, from which a product or roadmap presentation in the main room"
              + " is a deep-dive (BEHAVIOR_CHANGE_MODEL: hour-long roadmap deep-dives are on"
              + " the kill list)");

  /**
   * The rule {@code sko.content.roadmap-deep-dive}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.content.roadmap-deep-dive")
          .title("No hour-long product or roadmap deep-dive in the main room")
          .source(
              "BEHAVIOR_CHANGE_MODEL (kill list: hour-long roadmap deep-dives; reps tune out at"
                  + " minute 12)")
          .rationale(
              "An hour of roadmap in front of the whole room loses most reps within minutes and takes"
                  + " the time that practice needs. Product detail keeps: record it as short videos"
                  + " with quizzes for pre-work, and keep a short overview live. The slot counts as a"
                  + " whole, talk plus Q&A, since the whole room sits through it; breakout sessions"
                  + " for those who want the detail are fine.")
          .defaultSeverity(Severity.WARNING)
          .option(DEEP_DIVE)
          .check(RoadmapDeepDive::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration deepDive = review.option(DEEP_DIVE);
    PlanIndex facts = review.index();
    if (!facts.contentCovers(Topic.PRODUCT_ROADMAP)
        || facts.longest(SessionFormat.PRESENTATION).compareTo(deepDive) < 0) {
      return; // no roadmap content, or no presentation as long as a deep dive
    }
    for (int i = 0; i < facts.sessionCount(); i++) {
      Session s = facts.session(i);
      if (s.format() != SessionFormat.PRESENTATION
          || s.room() != RoomKind.MAIN_STAGE
          || !s.coveredTopics().contains(Topic.PRODUCT_ROADMAP)
          || s.length().compareTo(deepDive) < 0) {
        continue;
      }
      review
          .finding(
              facts.location(i),
              "The product/roadmap presentation "
                  + quoted(s)
                  + " runs "
                  + minutes(s.length())
                  + " in the main room; product deep-dives of "
                  + minutes(deepDive)
                  + " or more lose the room")
          .evidence(s.length(), deepDive)
          .remediation(
              "Record the detail of "
                  + quoted(s)
                  + " as short videos for pre-work and keep a short overview live, or move the"
                  + " deep-dive to an optional breakout")
          .report();
    }
  }
}
