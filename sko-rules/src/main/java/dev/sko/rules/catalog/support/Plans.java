package dev.sko.rules.catalog.support;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.rules.Location;

/**
 * Locations and questions about the plan that more than one rule asks: the call for content, the
 * metric table, the event days, the roster.
 */
public final class Plans {
  private Plans() {}

  /** The call for content of the planning process. */
  public static final Location CALL_FOR_CONTENT = Location.of("planning.callForContent");

  /** The metric table as a whole. */
  public static final Location METRIC_TARGETS = Location.of("metricTargets");

  /** The location of metric target {@code index}. */
  public static Location metricTarget(int index) {
    return Location.element("metricTargets", index);
  }

  /** The first day at which the event's cumulative length passes {@code halfDays}. */
  public static Location firstDayBeyond(KickoffPlan plan, int halfDays) {
    int sum = 0;
    for (int d = 0; d < plan.days().size(); d++) {
      sum += plan.days().get(d).length().halfDays();
      if (sum > halfDays) {
        return Location.day(d);
      }
    }
    return Location.plan();
  }

  /**
   * Whether {@code rep} carries a personal number: everyone on the roster except managers and sales
   * leaders, who commit to coaching instead ({@code sko.goals.manager-commitment}).
   */
  public static boolean carriesGoal(Rep rep) {
    return rep.role() != RepRole.MANAGER && rep.role() != RepRole.LEADER;
  }
}
