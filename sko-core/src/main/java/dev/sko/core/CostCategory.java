package dev.sko.core;

/**
 * The category of a cost item; lost selling time and rep salary time are soft costs, the rest hard.
 */
public enum CostCategory {
  /** Travel. */
  TRAVEL(true),
  /** Accommodation. */
  ACCOMMODATION(true),
  /** Venue and audio-visual. */
  VENUE_AV(true),
  /** Food and entertainment. */
  FOOD_ENTERTAINMENT(true),
  /** External speakers and trainers. */
  EXTERNAL_SPEAKERS(true),
  /** Production, video, signage, mobile app. */
  PRODUCTION(true),
  /** Anything else paid in cash. */
  OTHER_HARD(true),
  /** Quota time lost while reps are out of the field (B2B_SKO_GUIDE). */
  LOST_SELLING_TIME(false),
  /** Salary and benefits of the time reps spend at the event (ACCELERATION_SUMMIT). */
  REP_TIME(false);

  private final boolean hard;

  CostCategory(boolean hard) {
    this.hard = hard;
  }

  /** Whether this is a hard (cash) cost rather than a soft (time) cost. */
  public boolean isHard() {
    return hard;
  }
}
