package dev.sko.json;

import dev.sko.core.KickoffPlan;

/**
 * A plan read from a plan file together with its {@link SourceMap}: where in the text each part of
 * the plan starts.
 *
 * @param plan the plan
 * @param sourceMap where each value of the plan starts in the text it was read from
 */
public record LocatedPlan(KickoffPlan plan, SourceMap sourceMap) {
  @Override
  public String toString() {
    return "LocatedPlan[" + plan.name() + ", " + sourceMap + "]";
  }
}
