package dev.sko.core;

/** Who a presenter is, relative to the sales team. */
public enum PresenterRole {
  /** A company executive (CEO, CRO, VP). */
  EXECUTIVE,
  /** Product management or engineering. */
  PRODUCT,
  /** Marketing. */
  MARKETING,
  /** Sales or revenue enablement. */
  ENABLEMENT,
  /** A peer rep from the field. */
  PEER_REP,
  /** A top-performing rep (an "A-player"). */
  TOP_PERFORMER,
  /** A front-line sales manager. */
  MANAGER,
  /** A customer. */
  CUSTOMER,
  /** A partner. */
  PARTNER,
  /** An external speaker or trainer (including motivational speakers). */
  EXTERNAL_SPEAKER;

  /** Whether this presenter is a peer from the field (a peer rep or a top performer). */
  public boolean isPeer() {
    return this == PEER_REP || this == TOP_PERFORMER;
  }
}
