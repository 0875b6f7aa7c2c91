package dev.sko.core;

import static dev.sko.core.SessionFormat.INTERACTIVE;
import static dev.sko.core.SessionFormat.LOGISTICS;
import static dev.sko.core.SessionFormat.PRESENTATION;
import static dev.sko.core.SessionFormat.SOCIAL;

import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Set;

/**
 * What a session is. Each kind maps to one {@link SessionFormat} (the agenda mix is computed from
 * it) and may imply topics it covers (a roadmap session covers {@link Topic#PRODUCT_ROADMAP}).
 */
public enum SessionKind {
  /** A keynote address. */
  KEYNOTE(PRESENTATION),
  /** A presentation. */
  PRESENTATION_TALK(PRESENTATION),
  /** A product update. */
  PRODUCT_UPDATE(PRESENTATION, Topic.PRODUCT_ROADMAP),
  /** A product roadmap session. */
  ROADMAP(PRESENTATION, Topic.PRODUCT_ROADMAP),
  /** A panel discussion. */
  PANEL(PRESENTATION),
  /** A customer telling their story. */
  CUSTOMER_STORY(PRESENTATION, Topic.CUSTOMER_VOICE),
  /** A motivational talk by an external speaker. */
  MOTIVATIONAL_TALK(PRESENTATION, Topic.CULTURE),
  /** A leadership question-and-answer session. */
  QA(INTERACTIVE),
  /** A skills workshop. */
  WORKSHOP(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** A role play. */
  ROLE_PLAY(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** A skill station in a rotation. */
  SKILL_STATION(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** A deal clinic: reps bring live opportunities to a facilitated group (ACCELERATION_SUMMIT). */
  DEAL_CLINIC(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** A win/loss review of real deals. */
  WIN_LOSS_REVIEW(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** Peers tell one won and one lost deal (BEHAVIOR_CHANGE_MODEL). */
  PEER_WAR_STORIES(INTERACTIVE, Topic.SKILLS_TRAINING),
  /** An interactive session with customers: questions on the good, bad and ugly. */
  CUSTOMER_INTERACTION(INTERACTIVE, Topic.CUSTOMER_VOICE),
  /** A breakout. */
  BREAKOUT(INTERACTIVE),
  /** Reps set goals and coaching plans with their managers. */
  GOAL_SETTING(INTERACTIVE, Topic.TARGETS_QUOTAS),
  /**
   * The close of the event in writing: each manager commits to a coaching cadence and a metric for
   * the next 30 days (BEHAVIOR_CHANGE_MODEL: "Close with written manager commitment").
   */
  WRITTEN_COMMITMENTS(INTERACTIVE),
  /** Territories, quotas and compensation plans delivered and reviewed. */
  TERRITORY_QUOTA_COMP(INTERACTIVE, Topic.TARGETS_QUOTAS),
  /** Recognition and awards. */
  RECOGNITION(SOCIAL, Topic.RECOGNITION),
  /** A competitive team game. */
  TEAM_GAME(SOCIAL, Topic.CULTURE),
  /** Structured social time: dinner, activity. */
  SOCIAL_TIME(SOCIAL, Topic.CULTURE),
  /** A meal. */
  MEAL(LOGISTICS),
  /** A break. */
  BREAK(LOGISTICS),
  /** Travel. */
  TRAVEL(LOGISTICS),
  /** Registration and check-in. */
  REGISTRATION(LOGISTICS);

  private final SessionFormat format;
  private final Set<Topic> impliedTopics;

  SessionKind(SessionFormat format, Topic... impliedTopics) {
    this.format = format;
    this.impliedTopics = Sets.immutableEnumSet(Arrays.asList(impliedTopics));
  }

  /** The format this kind counts as. */
  public SessionFormat format() {
    return format;
  }

  /** Topics every session of this kind covers, whatever else it is tagged with. */
  public Set<Topic> impliedTopics() {
    return impliedTopics;
  }

  /** Whether sessions of this kind involve customers directly. */
  public boolean isCustomerSession() {
    return this == CUSTOMER_STORY || this == CUSTOMER_INTERACTION || this == PANEL;
  }
}
