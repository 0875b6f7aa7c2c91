package dev.sko.core;

/** A category of recognition (B2B_SKO_GUIDE: several categories, not only top revenue). */
public enum RecognitionCategory {
  /** Top revenue. */
  TOP_REVENUE,
  /** Top quota attainment. */
  TOP_QUOTA_ATTAINMENT,
  /** Most deals closed. */
  MOST_DEALS_CLOSED,
  /** Best customer reference generated. */
  BEST_CUSTOMER_REFERENCE,
  /** Most improved. */
  MOST_IMPROVED,
  /** Team achievement. */
  TEAM_ACHIEVEMENT,
  /** Behaviour that embodies the company values. */
  COMPANY_VALUES
}
