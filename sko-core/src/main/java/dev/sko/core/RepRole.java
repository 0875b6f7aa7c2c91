package dev.sko.core;

/** The role of a member of the sales team. */
public enum RepRole {
  /** Account executive. */
  ACCOUNT_EXECUTIVE,
  /** Sales or business development rep. */
  SALES_DEVELOPMENT,
  /** Sales or solutions engineer. */
  SALES_ENGINEER,
  /** Account manager. */
  ACCOUNT_MANAGER,
  /** Customer success manager. */
  CUSTOMER_SUCCESS,
  /** Channel or partner manager. */
  CHANNEL,
  /** Front-line sales manager. */
  MANAGER,
  /** Sales leader (director, VP). */
  LEADER;

  /**
   * Whether people in this role carry a quota unless the plan says otherwise: every selling role
   * does; a {@link #MANAGER} or {@link #LEADER} does only with a quota of their own.
   */
  public boolean carriesQuota() {
    return this != MANAGER && this != LEADER;
  }
}
