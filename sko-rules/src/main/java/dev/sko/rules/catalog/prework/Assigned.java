package dev.sko.rules.catalog.prework;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.RelativeDay;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Pre-work is assigned: at least one win strategy, roadmap preview, pre-read or recorded content
 * due before the first event day.
 */
public final class Assigned {
  private Assigned() {}

  /** The kinds of pre-work that prepare reps for the event's content. */
  public static final Set<PreworkKind> KINDS =
      EnumSet.of(
          PreworkKind.WIN_STRATEGY,
          PreworkKind.ROADMAP_PREVIEW,
          PreworkKind.PRE_READ,
          PreworkKind.RECORDED_CONTENT);

  /**
   * The rule {@code sko.prework.assigned}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.prework.assigned")
          .title("Pre-work is assigned before the event")
          .source(
              "ACCELERATION_SUMMIT (pre-work: win strategies, roadmap previews, strategy review),"
                  + " BEHAVIOR_CHANGE_MODEL (pre-recorded content with quizzes, async pre-reads)")
          .rationale(
              "The first time reps see the strategy or the roadmap should not be in the room: with"
                  + " win strategies, roadmap previews, pre-reads or recorded content done"
                  + " beforehand, live time goes to discussion and practice. Counts pre-work of those"
                  + " kinds due before the first event day.")
          .defaultSeverity(Severity.WARNING)
          .check(Assigned::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<PreworkItem> prework = plan.prework();
    int firstLate = -1;
    for (int i = 0; i < prework.size(); i++) {
      PreworkItem item = prework.get(i);
      if (!KINDS.contains(item.kind())) {
        continue;
      }
      if (item.dueDay().isBefore(RelativeDay.EVENT_START)) {
        return;
      }
      if (firstLate < 0) {
        firstLate = i;
      }
    }
    if (firstLate >= 0) {
      PreworkItem late = prework.get(firstLate);
      review
          .finding(
              Location.element("prework", firstLate),
              "The pre-work \""
                  + late.title()
                  + "\" is due "
                  + late.dueDay()
                  + ", once the event has begun; pre-work should be done before "
                  + RelativeDay.EVENT_START
                  + " ("
                  + EventClock.T_PLUS.legend()
                  + ")")
          .evidence(late.dueDay(), RelativeDay.EVENT_START.plusDays(-1))
          .remediation(
              "Make \"" + late.title() + "\" due before the first event day, for example T-2")
          .report();
      return;
    }
    review
        .finding(
            Location.of("prework"),
            "No pre-work is assigned: no win strategy, roadmap preview, pre-read or recorded"
                + " content is due before the event")
        .evidence(0, 1)
        .remediation(
            "Assign pre-work: win strategies for one or two live accounts, a recorded roadmap"
                + " preview with a short quiz, and a pre-read of the sales strategy")
        .report();
  }
}
