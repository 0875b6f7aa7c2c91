package dev.sko.core;

/** The kind of session a call-for-content submission proposes (GITLAB_HANDBOOK). */
public enum SubmissionType {
  /** A role-based breakout. */
  ROLE_BASED,
  /** A "choose your own adventure" breakout. */
  CHOOSE_YOUR_OWN_ADVENTURE,
  /** A main-stage session. */
  MAINSTAGE
}
