package dev.sko.core;

/** A role in the planning core team (GITLAB_HANDBOOK). */
public enum CoreTeamRole {
  /** The accountable owner (the field enablement leader). */
  ACCOUNTABLE_OWNER,
  /** The executive sponsor. */
  EXECUTIVE_SPONSOR,
  /** The event support and logistics DRI. */
  LOGISTICS_DRI,
  /** The content DRI. */
  CONTENT_DRI,
  /** The communications DRI. */
  COMMUNICATIONS_DRI,
  /** A supporting team member. */
  SUPPORTING
}
