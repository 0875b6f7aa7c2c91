package dev.sko.json;

import dev.sko.core.KickoffPlan;

/**
 * A plan read from JSON together with its {@link SourceMap}: where in the text each part of the
 * plan starts.
 */
public final class LocatedPlan {
  private final KickoffPlan plan;
  private final SourceMap sourceMap;

  LocatedPlan(KickoffPlan plan, SourceMap sourceMap) {
    this.plan = plan;
    this.sourceMap = sourceMap;
  }

  /** The plan. */
  public KickoffPlan plan() {
    return plan;
  }

  /** Where each value of the plan starts in the text it was read from. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public String toString() {
    return "LocatedPlan[" + plan.name() + ", " + sourceMap + "]";
  }
}
