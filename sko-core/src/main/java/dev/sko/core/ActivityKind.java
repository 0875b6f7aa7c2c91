package dev.sko.core;

/** What a reinforcement activity after the event is. */
public enum ActivityKind {
  /** Daily stand-up: one new activity, one small win, one blocker (BEHAVIOR_CHANGE_MODEL). */
  DAILY_STANDUP(false),
  /** Weekly manager 1:1 with pipeline review and skill coaching on a recorded call. */
  ONE_ON_ONE_COACHING(true),
  /**
   * Call review: the rep brings a won and a lost call, the manager scores them against a rubric.
   */
  CALL_REVIEW(true),
  /** Monthly territory and strategy review. */
  TERRITORY_REVIEW(true),
  /** Quarterly skill assessment. */
  SKILL_ASSESSMENT(true),
  /** Manager check-in on whether coaching plans are happening. */
  MANAGER_CHECK_IN(true),
  /** Deal reviews using the new messaging. */
  DEAL_REVIEW(true),
  /** Short recap videos of key sessions. */
  RECAP_VIDEO(false),
  /** A challenge to apply a skill in the first week back. */
  SKILL_CHALLENGE(false),
  /** A channel for sharing quick wins. */
  QUICK_WINS_CHANNEL(false),
  /** Competitive quiz refreshers. */
  QUIZ_REFRESHER(false),
  /** Courses assigned in a learning management system. */
  LMS_COURSE(false),
  /**
   * Live training or enablement sessions after the event that carry its themes on
   * (ACCELERATION_SUMMIT: "training/enablement sessions"; GITLAB_HANDBOOK: fast-follow enablement
   * after SKO).
   */
  LIVE_ENABLEMENT(false),
  /** Monthly all-hands call. */
  ALL_HANDS_CALL(false),
  /** Behaviour review: metrics measured against the pre-event baseline. */
  BEHAVIOR_REVIEW(false),
  /** Governance read-out: sales leader, RevOps and enablement decide what continues. */
  GOVERNANCE_REVIEW(false);

  private final boolean managerCoaching;

  ActivityKind(boolean managerCoaching) {
    this.managerCoaching = managerCoaching;
  }

  /** Whether this activity is coaching led by the rep's manager. */
  public boolean isManagerCoaching() {
    return managerCoaching;
  }
}
