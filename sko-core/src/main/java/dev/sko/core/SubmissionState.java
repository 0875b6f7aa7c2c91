package dev.sko.core;

/** Where a call-for-content submission stands (GITLAB_HANDBOOK). */
public enum SubmissionState {
  /** Not yet decided. */
  TRIAGE,
  /** Chosen for the event. */
  ACCEPTED,
  /** Moved to the enablement backlog. */
  DEFERRED
}
