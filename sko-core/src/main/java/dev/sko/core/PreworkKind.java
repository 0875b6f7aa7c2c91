package dev.sko.core;

/** Work assigned before the event. */
public enum PreworkKind {
  /** Win strategies for selected accounts (ACCELERATION_SUMMIT). */
  WIN_STRATEGY,
  /** A preview of the product roadmap. */
  ROADMAP_PREVIEW,
  /** A pre-read on company and sales strategy. */
  PRE_READ,
  /** Pre-recorded product or strategy content with quizzes. */
  RECORDED_CONTENT,
  /** The post-event behaviour contract template, published in advance. */
  BEHAVIOR_CONTRACT,
  /** Managers calibrate scoring rubrics in a norming session. */
  RUBRIC_CALIBRATION,
  /** Managers prepare their coaching tasks. */
  MANAGER_PREP,
  /** Call libraries staged by tier for skill stations. */
  CALL_LIBRARY
}
