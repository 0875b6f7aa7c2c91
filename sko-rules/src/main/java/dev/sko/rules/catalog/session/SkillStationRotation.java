package dev.sko.rules.catalog.session;

import static dev.sko.rules.catalog.support.Wording.minutes;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.util.Optional;

/**
 * Skill stations rotate at least every {@code max-interval} (BEHAVIOR_CHANGE_MODEL: every 45 min):
 * a station's rotation interval is at most that, or, without a rotation interval, the station
 * session itself is no longer than that.
 */
public final class SkillStationRotation {
  private SkillStationRotation() {}

  /** Option {@code max-interval}: its description gives the figure and its source. */
  public static final RuleOption<Duration> MAX_INTERVAL =
      RuleOption.duration(
          "max-interval",
          Duration.ofMinutes(45),
          "Longest time at one skill station before groups rotate (BEHAVIOR_CHANGE_MODEL:"
              + " rotate every 45 min)");

  /**
   * The rule {@code sko.session.skill-station-rotation}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.skill-station-rotation")
          .title("Skill stations rotate within the maximum interval")
          .source("BEHAVIOR_CHANGE_MODEL (skill stations rotate every 45 min)")
          .rationale(
              "Skill stations keep practice focused: each group drills one skill, then moves on"
                  + " while attention is still high. A station session either states its rotation"
                  + " interval, which must be at most the limit, or is itself no longer than one"
                  + " rotation.")
          .defaultSeverity(Severity.INFO)
          .option(MAX_INTERVAL)
          .check(SkillStationRotation::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    Duration max = review.option(MAX_INTERVAL);
    PlanIndex facts = review.index();
    for (int i = facts.first(SessionKind.SKILL_STATION); i >= 0; i = facts.next(i)) {
      Session s = facts.session(i);
      Duration rotation = s.rotationIntervalOrZero(); // zero: none given (a given one is positive)
      if ((rotation.isZero() ? s.length() : rotation).compareTo(max) <= 0) {
        continue; // the clean case, decided without the Optional
      }
      Optional<Duration> interval = s.rotationInterval();
      if (interval.isPresent()) {
        if (interval.get().compareTo(max) <= 0) {
          continue;
        }
        review
            .finding(
                facts.location(i),
                "The skill stations \""
                    + s.title()
                    + "\" rotate every "
                    + minutes(interval.get())
                    + "; groups should rotate at least every "
                    + minutes(max))
            .evidence(interval.get(), max)
            .remediation("Rotate groups every " + minutes(max) + " or sooner")
            .report();
      } else if (s.length().compareTo(max) > 0) {
        review
            .finding(
                facts.location(i),
                "The skill station \""
                    + s.title()
                    + "\" runs "
                    + minutes(s.length())
                    + " without a rotation; groups should rotate at least every "
                    + minutes(max))
            .evidence(s.length(), max)
            .remediation(
                "Set a rotation interval of at most "
                    + minutes(max)
                    + ", or split the session into stations of "
                    + minutes(max)
                    + " each")
            .report();
      }
    }
  }
}
