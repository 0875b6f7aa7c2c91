package dev.sko.core;

/**
 * What a session covers; the core content areas that SKO_GUIDE and B2B_SKO_GUIDE name, plus the
 * skills of BEHAVIOR_CHANGE_MODEL's tier breakouts.
 */
public enum Topic {
  /** Company vision, strategy and go-to-market direction. */
  VISION_STRATEGY,
  /** Targets, quotas, territories and compensation. */
  TARGETS_QUOTAS,
  /** Products, features, pricing and roadmap. */
  PRODUCT_ROADMAP,
  /** Messaging, positioning, ICP and battle cards. */
  MESSAGING_POSITIONING,
  /** Hands-on sales skills training. */
  SKILLS_TRAINING,
  /** Competitive landscape and handling. */
  COMPETITION,
  /** Advanced negotiation (top tier). */
  NEGOTIATION,
  /** Multi-threading deals (top tier). */
  MULTI_THREADING,
  /** Discovery depth (middle tier). */
  DISCOVERY,
  /** Forecasting hygiene (middle tier). */
  FORECASTING,
  /** Fundamentals: objection handling, gap selling (bottom tier). */
  FUNDAMENTALS,
  /** Objection handling. */
  OBJECTION_HANDLING,
  /** Customer voice and results. */
  CUSTOMER_VOICE,
  /** Recognition of the prior year. */
  RECOGNITION,
  /** Culture and team building. */
  CULTURE
}
