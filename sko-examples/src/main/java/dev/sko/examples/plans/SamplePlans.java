package dev.sko.examples.plans;

import dev.sko.core.KickoffPlan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Five sample kickoff plans, each faithful to one source document, built with the public builders
 * of {@code dev.sko.core}. The walkthrough validates them under every profile and prints a review
 * of each; tests and apps can use them as realistic input.
 *
 * <pre>{@code
 * KickoffPlan plan = SamplePlans.behaviorChange();
 * ValidationReport report =
 *     PlanValidator.builder().ruleSet(Profiles.behaviorChange()).build().validate(plan);
 * }</pre>
 *
 * <p>Each method builds its plan afresh; plans are immutable values, so two calls return equal
 * plans. Days relative to the event follow {@link dev.sko.core.RelativeDay}: {@code T+0} is the
 * first event day, and for a two-day event {@code T+2} is the first day back in the field.
 */
public final class SamplePlans {
  private SamplePlans() {}

  /** The key of {@link #behaviorChange()} in {@link #all()}. */
  public static final String BEHAVIOR_CHANGE = "behavior-change";

  /** The key of {@link #b2bThirtyPerson()} in {@link #all()}. */
  public static final String B2B_30 = "b2b-30";

  /** The key of {@link #accelerationSummit()} in {@link #all()}. */
  public static final String ACCELERATION_SUMMIT = "acceleration-summit";

  /** The key of {@link #enterpriseGitLabStyle()} in {@link #all()}. */
  public static final String ENTERPRISE_250 = "enterprise-250";

  /** The key of {@link #theater()} in {@link #all()}. */
  public static final String THEATER = "theater";

  /**
   * BEHAVIOR_CHANGE_MODEL's behaviour-change kickoff: a two-day event at a regional hub (hub events
   * instead of global travel) inside four phases from T-28 to T+30.
   *
   * <ul>
   *   <li>Diagnose (T-28 to T-14): the 5-question gap survey (1-5 Likert) at T-28; managers take on
   *       coaching tasks; tiers by trailing six-month attainment, never announced.
   *   <li>Design (T-14 to T-2): the behaviour contract published, a 90-minute rubric calibration
   *       for managers, recorded product and strategy videos, pre-reads, call libraries by tier.
   *   <li>Deliver, day 1: org state, GTM strategy and product updates, each a 30-minute talk with
   *       moderated (polling-tool) questions, not an open mic; tier breakouts (top: negotiation and
   *       multi-threading; middle: discovery and forecasting; bottom: objection handling and gap
   *       selling); Q1 goals, top obstacles and written coaching plans with the manager; team
   *       dinner.
   *   <li>Deliver, day 2: three recorded skill stations rotating every 45 minutes; peer war stories
   *       (one won and one lost deal); the close with each manager's written commitment to a
   *       cadence and a metric.
   *   <li>Drive (T+2 to T+30): daily 15-minute stand-ups in week 1, weekly 45-minute 1:1s and
   *       manager check-ins in weeks 2-4, bi-weekly 60-minute call reviews, the monthly territory
   *       review, the behaviour review at day 30, the governance read-out (sales leader, RevOps,
   *       enablement) at day 32, then the quarterly skill assessment; the anonymous rep feedback
   *       survey with three free-text questions at T+2, the first day back.
   * </ul>
   *
   * <p>It carries a roster of 30 reps (quota, trailing attainment, their own Q1 goal and written
   * coaching plan), three outcomes with weekly, monthly and quarterly actions, the source's
   * nine-row metric table measured at day 30, and a USD budget whose lost selling time is priced
   * from the roster's quotas. There are no awards (the source moves them to a QBR), no motivational
   * speaker and no team games, and the theme names a number.
   *
   * <p>Nothing is added to the source: like the model, the event has no territory, quota and comp
   * session (the model counts comp and territory changes among the confounders of the lift).
   */
  public static KickoffPlan behaviorChange() {
    return BehaviorChangePlan.build();
  }

  /**
   * B2B_SKO_GUIDE's 30-person B2B kickoff: two days in person at a city hotel in India (the guide:
   * 2 days for teams of 10-30), two outcomes defined first, at least 40% interactive (workshops,
   * role plays, deal reviews), top performers teaching discovery and competitive handling,
   * recognition in four categories (top attainment, most deals, best customer reference, most
   * improved), structured social time, and the 30-day reinforcement programme (recap videos, a
   * first-week skill challenge, a quick-wins channel, the managers' 30-day check-in).
   *
   * <p>The budget follows the guide's INR cost model: travel and accommodation, venue and AV at 3.5
   * lakh a day, food at 3,500 INR a person a day, an external trainer, and lost selling time for 30
   * reps at 30 lakh INR monthly quota over 20 working days for 2 days (90 lakh INR).
   */
  public static KickoffPlan b2bThirtyPerson() {
    return B2bPlan.build();
  }

  /**
   * ACCELERATION_SUMMIT's Acceleration Summit: 120 people over two and a half days with three big
   * bets, each with weekly, monthly and quarterly actions; pre-work (win strategies, a roadmap
   * preview, a strategy review); experiential sessions in place of keynotes: win/loss reviews of
   * two wins and one loss, deal clinics by region in groups of 8 led by A-players from other
   * regions, and a customer session with promoters, neutrals and detractors; polls and quizzes;
   * territories, quotas and comp plans delivered and reviewed before reps leave; reinforcement
   * through weekly 1:1 coaching and monthly all-hands calls. Hard costs come to the source's 1,982
   * USD per head, and the reps' time is priced from its 5,281 USD loaded figure.
   */
  public static KickoffPlan accelerationSummit() {
    return AccelerationSummitPlan.build();
  }

  /**
   * GITLAB_HANDBOOK's way of planning a large kickoff, for 250 people: three days (mainstage
   * keynotes with customer and partner speakers; role-based breakouts in breakout rooms; a final
   * choose-your-own-adventure breakout, the comp overview and awards) plus a Partner Summit day
   * whose sessions are for partners. The planning data holds the core team (the accountable
   * field-enablement leader, the VP Field Operations as executive sponsor, logistics, content and
   * communications DRIs) and the call for content, opened at T-100 for 21 days, with role-based and
   * choose-your-own-adventure submissions accepted, deferred or still in triage. A post-event
   * survey and post-event content sharing follow.
   */
  public static KickoffPlan enterpriseGitLabStyle() {
    return EnterprisePlan.build();
  }

  /**
   * The kickoff as theater that BEHAVIOR_CHANGE_MODEL warns against, built to break most rules: 3.5
   * days at a destination resort for 80 people at 6,000 USD a head, a 60-minute CEO keynote without
   * questions, a motivational speaker, competitive team games, an awards night for top revenue
   * only, a 90-minute roadmap deep-dive in the main room, an open-mic CEO Q&amp;A, the theme "Go
   * for greatness" with no measurable outcome, interactive time far below 30%, announced tiers, no
   * pre-work, surveys, metric targets or coaching, lost selling time not counted, and an LMS course
   * assigned afterwards without manager follow-up.
   */
  public static KickoffPlan theater() {
    return TheaterPlan.build();
  }

  /**
   * Every sample plan by its short, stable key, in this order: {@value #BEHAVIOR_CHANGE}, {@value
   * #B2B_30}, {@value #ACCELERATION_SUMMIT}, {@value #ENTERPRISE_250}, {@value #THEATER}. The map
   * is unmodifiable and iterates in that order.
   */
  public static Map<String, KickoffPlan> all() {
    Map<String, KickoffPlan> plans = new LinkedHashMap<>();
    plans.put(BEHAVIOR_CHANGE, behaviorChange());
    plans.put(B2B_30, b2bThirtyPerson());
    plans.put(ACCELERATION_SUMMIT, accelerationSummit());
    plans.put(ENTERPRISE_250, enterpriseGitLabStyle());
    plans.put(THEATER, theater());
    return Collections.unmodifiableMap(plans);
  }
}
