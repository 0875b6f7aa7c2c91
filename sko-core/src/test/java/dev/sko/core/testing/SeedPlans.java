package dev.sko.core.testing;

import static dev.sko.core.SessionKind.BREAK;
import static dev.sko.core.SessionKind.BREAKOUT;
import static dev.sko.core.SessionKind.CUSTOMER_STORY;
import static dev.sko.core.SessionKind.DEAL_CLINIC;
import static dev.sko.core.SessionKind.GOAL_SETTING;
import static dev.sko.core.SessionKind.KEYNOTE;
import static dev.sko.core.SessionKind.MEAL;
import static dev.sko.core.SessionKind.MOTIVATIONAL_TALK;
import static dev.sko.core.SessionKind.PANEL;
import static dev.sko.core.SessionKind.PEER_WAR_STORIES;
import static dev.sko.core.SessionKind.PRESENTATION_TALK;
import static dev.sko.core.SessionKind.PRODUCT_UPDATE;
import static dev.sko.core.SessionKind.RECOGNITION;
import static dev.sko.core.SessionKind.REGISTRATION;
import static dev.sko.core.SessionKind.ROLE_PLAY;
import static dev.sko.core.SessionKind.SKILL_STATION;
import static dev.sko.core.SessionKind.SOCIAL_TIME;
import static dev.sko.core.SessionKind.TEAM_GAME;
import static dev.sko.core.SessionKind.TERRITORY_QUOTA_COMP;
import static dev.sko.core.SessionKind.WORKSHOP;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CallForContent;
import dev.sko.core.CoachingPlan;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.DayLength;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Phase;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.QaStyle;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.StakeholderRole;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.Tier;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The three seed plans of issue 2, written with the builders as a planner would write them. Each
 * follows one source closely; figures the source gives are named constants that cite it, and the
 * few details it leaves open (names, times of day, amounts within its ranges) are marked as
 * choices.
 *
 * <ul>
 *   <li>{@link #behaviorChange()}: BEHAVIOR_CHANGE_MODEL's two-day event, day by day, with its four
 *       phases, tiers, coaching cadence and metric table;
 *   <li>{@link #b2bThirtyPerson()}: a 30-person B2B SKO in India as B2B_SKO_GUIDE lays it out,
 *       costed in INR with lost selling time;
 *   <li>{@link #enterpriseWithPartnerSummit()}: a 250-person enterprise SKO with a partner summit,
 *       planned the GITLAB_HANDBOOK way (core team, call for content, role-based and
 *       choose-your-own-adventure breakouts).
 * </ul>
 */
public final class SeedPlans {
  private SeedPlans() {}

  // =====================================================================================
  // BEHAVIOR_CHANGE_MODEL
  // =====================================================================================

  /** BEHAVIOR_CHANGE_MODEL: "THE EVENT (2 days, max)". */
  public static final int BEHAVIOR_CHANGE_EVENT_DAYS = 2;

  /** BEHAVIOR_CHANGE_MODEL: Day 1 AM topics run "1 hour max per topic". */
  public static final Duration MAX_MAIN_ROOM_TOPIC = Duration.ofHours(1);

  /** BEHAVIOR_CHANGE_MODEL: Day 2 skill stations "rotate every 45 min". */
  public static final Duration SKILL_STATION_ROTATION = Duration.ofMinutes(45);

  /**
   * BEHAVIOR_CHANGE_MODEL: three skill stations (objection handling, discovery, multi-threading).
   */
  public static final int SKILL_STATIONS = 3;

  /** BEHAVIOR_CHANGE_MODEL: the rep gap survey goes out four weeks before, at T-28. */
  public static final RelativeDay GAP_SURVEY_DAY = RelativeDay.before(28);

  /** BEHAVIOR_CHANGE_MODEL: "measure behavioral change 30 days out". */
  public static final RelativeDay MEASUREMENT_DAY = RelativeDay.after(30);

  /** BEHAVIOR_CHANGE_MODEL: "governance read-out at day 32". */
  public static final RelativeDay GOVERNANCE_DAY = RelativeDay.after(32);

  /** Choice: the team of the seed, twelve reps, three managers and an enablement lead. */
  public static final int BEHAVIOR_CHANGE_HEADCOUNT = 16;

  private static final Presenter CRO = Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE);
  private static final Presenter VP_PRODUCT = Presenter.of("Omar Haddad", PresenterRole.PRODUCT);
  private static final Presenter ENABLEMENT_LEAD =
      Presenter.of("Priya Nair", PresenterRole.ENABLEMENT);
  private static final List<String> MANAGERS = List.of("Maya Patel", "Luis Ortega", "Grace Chen");

  /**
   * BEHAVIOR_CHANGE_MODEL's plan: a two-day hub event for a team of twelve reps whose tiers come
   * from trailing six-month attainment and are never announced.
   *
   * <p>Day 1 AM: org state, GTM strategy and product updates, at most an hour per topic with
   * moderated (Slido) Q&amp;A, never open mic. Day 1 PM: one breakout per tier in which reps set
   * their Q1 goal, top three obstacles and a written coaching plan with their manager. Day 2 AM:
   * three recorded skill stations rotating every 45 minutes. Day 2 PM: peer war stories, then each
   * manager's written commitment to a coaching cadence and a metric for 30 days. Around it: the gap
   * survey at T-28, pre-work, the four phases, the coaching cadence, stand-ups in week 1, the
   * behaviour review at day 30 and the governance read-out at day 32, and the metric table.
   */
  public static KickoffPlan behaviorChange() {
    AgendaDay day1 =
        AgendaDay.builder()
            .label("Align and commit")
            .addSessions(
                session("d1-org", "09:00", 45, KEYNOTE, "Org state: where we are")
                    .qaTime(minutes(15))
                    .qaStyle(QaStyle.MODERATED)
                    .addPresenter(CRO)
                    .addTopic(Topic.VISION_STRATEGY)
                    .build(),
                session("d1-gtm", "10:00", 45, PRESENTATION_TALK, "GTM strategy for the year")
                    .qaTime(minutes(15))
                    .qaStyle(QaStyle.MODERATED)
                    .addPresenter(CRO)
                    .addTopics(Topic.VISION_STRATEGY, Topic.MESSAGING_POSITIONING)
                    .build(),
                session("d1-break", "11:00", 15, BREAK, "Break").build(),
                session("d1-product", "11:15", 45, PRODUCT_UPDATE, "Product updates")
                    .qaTime(minutes(15))
                    .qaStyle(QaStyle.MODERATED)
                    .addPresenter(VP_PRODUCT)
                    .build(),
                session("d1-lunch", "12:15", 60, MEAL, "Lunch").build(),
                tierBreakout(Tier.TOP, Topic.NEGOTIATION, Topic.MULTI_THREADING),
                tierBreakout(Tier.MIDDLE, Topic.DISCOVERY, Topic.FORECASTING),
                tierBreakout(Tier.BOTTOM, Topic.FUNDAMENTALS, Topic.OBJECTION_HANDLING),
                session("d1-close", "15:45", 15, BREAK, "Close of day 1").build())
            .build();

    AgendaDay day2 =
        AgendaDay.builder()
            .label("Practise and commit")
            .addSessions(
                session(
                        "d2-stations",
                        "09:00",
                        (int) SKILL_STATION_ROTATION.toMinutes() * SKILL_STATIONS,
                        SKILL_STATION,
                        "Skill stations: objection handling, discovery, multi-threading")
                    .rotationInterval(SKILL_STATION_ROTATION)
                    .recorded(true)
                    .room(RoomKind.BREAKOUT)
                    .groupSize(4)
                    .addPresenter(ENABLEMENT_LEAD)
                    .addTopics(Topic.OBJECTION_HANDLING, Topic.DISCOVERY, Topic.MULTI_THREADING)
                    .build(),
                session("d2-break", "11:15", 15, BREAK, "Break").build(),
                session("d2-lunch", "11:30", 60, MEAL, "Lunch").build(),
                session(
                        "d2-war-stories",
                        "12:30",
                        90,
                        PEER_WAR_STORIES,
                        "Peer war stories: one won deal, one lost deal, what changed")
                    .addPresenter(Presenter.of("Sam Okafor", PresenterRole.PEER_REP))
                    .addPresenter(Presenter.of("Lena Vogel", PresenterRole.PEER_REP))
                    .addPresenter(Presenter.of("Ravi Menon", PresenterRole.TOP_PERFORMER))
                    .build(),
                session(
                        "d2-commitments",
                        "14:00",
                        45,
                        GOAL_SETTING,
                        "Manager commitments: a coaching cadence and a metric for 30 days")
                    .addPresenters(
                        MANAGERS.stream()
                            .map(m -> Presenter.of(m, PresenterRole.MANAGER))
                            .toArray(Presenter[]::new))
                    .build())
            .build();

    return KickoffPlan.builder()
        .name("FY27 Kickoff: behaviour change")
        .format(EventFormat.IN_PERSON)
        // "No exceptions for global travel; do hub events instead."
        .venue(VenueKind.REGIONAL_HUB)
        .startDate(LocalDate.of(2027, 1, 12))
        .headcount(BEHAVIOR_CHANGE_HEADCOUNT)
        .addDays(day1, day2)
        .addOutcome(
            Outcome.builder()
                .title("Every rep works a rep-specific Q1 goal with their manager")
                .metric(Metric.Q1_ATTAINMENT)
                .addWeeklyAction("45-minute 1:1: pipeline review and coaching on a recorded call")
                .addMonthlyAction("Territory and strategy review")
                .addQuarterlyAction("Skill assessment scored by manager, peer and enablement")
                .build())
        .addOutcome(
            Outcome.builder()
                .title("Lift leading activity 20% over baseline by week 4")
                .metric(Metric.DIALS_PER_REP_PER_DAY)
                .addWeeklyAction("Manager check-in on the written coaching plans")
                .addMonthlyAction("Activity metrics against the pre-kickoff baseline")
                .addQuarterlyAction("Decide which interventions stick before Q2")
                .build())
        .roster(behaviorChangeRoster())
        .tierPolicy(TierPolicy.unannounced())
        .metricTargets(behaviorChangeMetricTable())
        .reinforcement(behaviorChangeDrivePhase())
        .addSurvey(
            Survey.builder()
                .kind(SurveyKind.PRE_EVENT_GAP)
                .day(GAP_SURVEY_DAY)
                .addQuestion(SurveyQuestion.of("Where are your skill gaps?", QuestionKind.LIKERT))
                .addQuestion(
                    SurveyQuestion.of("How much does tooling slow you?", QuestionKind.LIKERT))
                .addQuestion(
                    SurveyQuestion.of("How well does your territory work?", QuestionKind.LIKERT))
                .addQuestion(
                    SurveyQuestion.of("How is your pipeline coverage?", QuestionKind.LIKERT))
                .addQuestion(
                    SurveyQuestion.of("How confident are you in your quota?", QuestionKind.LIKERT))
                .build())
        .addSurvey(
            Survey.builder()
                .kind(SurveyKind.POST_EVENT)
                .day(RelativeDay.after(2))
                .anonymous(true)
                .addQuestion(
                    SurveyQuestion.of("How likely are you to recommend it?", QuestionKind.NPS))
                .addQuestion(SurveyQuestion.of("What changed?", QuestionKind.FREE_TEXT))
                .addQuestion(SurveyQuestion.of("What is still broken?", QuestionKind.FREE_TEXT))
                .addQuestion(SurveyQuestion.of("One thing we should kill?", QuestionKind.FREE_TEXT))
                .build())
        .addPrework(
            PreworkItem.builder()
                .kind(PreworkKind.MANAGER_PREP)
                .title("Coaching tasks assigned to each manager")
                .dueDay(RelativeDay.before(14))
                .audience(PreworkAudience.MANAGERS)
                .build(),
            PreworkItem.builder()
                .kind(PreworkKind.RUBRIC_CALIBRATION)
                .title("Rubric norming session")
                .dueDay(RelativeDay.before(7))
                .length(minutes(90))
                .audience(PreworkAudience.MANAGERS)
                .build(),
            PreworkItem.builder()
                .kind(PreworkKind.CALL_LIBRARY)
                .title("Call libraries staged by tier")
                .dueDay(RelativeDay.before(3))
                .audience(PreworkAudience.MANAGERS)
                .build(),
            PreworkItem.builder()
                .kind(PreworkKind.RECORDED_CONTENT)
                .title("Product and strategy videos with embedded quizzes")
                .dueDay(RelativeDay.before(2))
                .length(minutes(20))
                .build(),
            PreworkItem.builder()
                .kind(PreworkKind.BEHAVIOR_CONTRACT)
                .title("The 30-day behaviour contract template")
                .dueDay(RelativeDay.before(2))
                .build())
        .managerCommitments(
            List.of(
                commitment(MANAGERS.get(0), Metric.COACHING_SESSIONS_PER_WEEK),
                commitment(MANAGERS.get(1), Metric.DIALS_PER_REP_PER_DAY),
                commitment(MANAGERS.get(2), Metric.OBJECTION_HANDLING_SCORE)))
        .planning(
            PlanningData.builder()
                .addMilestone(
                    PhaseMilestone.of(
                        Phase.DIAGNOSE, RelativeDay.before(28), RelativeDay.before(14)))
                .addMilestone(
                    PhaseMilestone.of(Phase.DESIGN, RelativeDay.before(14), RelativeDay.before(2)))
                .addMilestone(
                    PhaseMilestone.of(Phase.DELIVER, RelativeDay.EVENT_START, RelativeDay.after(2)))
                .addMilestone(PhaseMilestone.of(Phase.DRIVE, RelativeDay.after(2), MEASUREMENT_DAY))
                .build())
        .build();
  }

  private static Session tierBreakout(Tier tier, Topic... focus) {
    String name = tier.name().toLowerCase(java.util.Locale.ROOT);
    return session(
            "d1-tier-" + name,
            "13:15",
            150,
            GOAL_SETTING,
            "Tier breakout: Q1 goal, top three obstacles, written coaching plan")
        .audience(Audience.tier(tier))
        .room(RoomKind.BREAKOUT)
        .addPresenter(ENABLEMENT_LEAD)
        .addTopics(focus)
        .build();
  }

  private static List<Rep> behaviorChangeRoster() {
    // Trailing six-month attainment, four reps per third.
    double[] attainment = {1.32, 1.18, 1.10, 1.05, 0.98, 0.94, 0.90, 0.86, 0.78, 0.71, 0.64, 0.55};
    String[] names = {
      "Ava Brooks", "Ben Carter", "Chloe Diaz", "Dev Shah", "Emma Fox", "Finn Gallagher",
      "Gia Romano", "Hugo Lind", "Isla Moreau", "Jonas Berg", "Kira Sato", "Leo Martins"
    };
    List<Rep> reps = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String manager = MANAGERS.get(i % MANAGERS.size());
      reps.add(
          Rep.builder()
              .id("r" + (i + 1))
              .name(names[i])
              .role(RepRole.ACCOUNT_EXECUTIVE)
              .region(i % 2 == 0 ? "West" : "EMEA")
              .manager(manager)
              .trailingAttainment(attainment[i])
              .q1Goal("Six qualified opportunities by week 8")
              .coachingPlan(CoachingPlan.of("Discovery depth on recorded calls"))
              .build());
    }
    return reps;
  }

  /** BEHAVIOR_CHANGE_MODEL's metric table, measured at day 30. */
  private static List<MetricTarget> behaviorChangeMetricTable() {
    return List.of(
        target(Metric.DIALS_PER_REP_PER_DAY, 35, 42, "Each manager"),
        target(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK, 4.7, 6.0, "Each rep"),
        target(Metric.OBJECTION_HANDLING_SCORE, 3, 4, "Manager (Gong-scored)"),
        target(Metric.COACHING_SESSIONS_PER_WEEK, 1, 3, "Each manager"),
        target(Metric.MULTI_THREADED_CONTACTS, 1.8, 3.0, "Each rep"),
        // "baseline X -> 1.20X": as a ratio of the baseline.
        target(Metric.PIPELINE_CREATED, 1.0, 1.20, "Sales Ops"),
        // "baseline Y -> 0.69Y (-31%)": fewer is better.
        target(Metric.SLIPPED_CLOSE_DATES, 1.0, 0.69, "RevOps"),
        // "+5pts" against the prior Q1.
        target(Metric.Q1_ATTAINMENT, 0, 5, "VP Sales"),
        target(Metric.MANAGER_ONE_ON_ONE_COMPLETION_RATE, 60, 95, "CRO"));
  }

  private static MetricTarget target(Metric metric, double baseline, double target, String owner) {
    return MetricTarget.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .owner(owner)
        .measurementDay(MEASUREMENT_DAY)
        .build();
  }

  /** BEHAVIOR_CHANGE_MODEL's phase 4 (drive, T+2 to T+30) and coaching cadence. */
  private static List<ReinforcementActivity> behaviorChangeDrivePhase() {
    return List.of(
        activity(ActivityKind.DAILY_STANDUP, Cadence.DAILY, 2, 8, 15, "Each manager"),
        activity(ActivityKind.ONE_ON_ONE_COACHING, Cadence.WEEKLY, 9, 30, 45, "Each manager"),
        activity(ActivityKind.CALL_REVIEW, Cadence.BIWEEKLY, 9, 30, 60, "Each manager"),
        activity(ActivityKind.TERRITORY_REVIEW, Cadence.MONTHLY, 16, 30, 60, "Each manager"),
        activity(ActivityKind.MANAGER_CHECK_IN, Cadence.WEEKLY, 7, 28, 30, "Enablement"),
        activity(ActivityKind.BEHAVIOR_REVIEW, Cadence.ONCE, 30, 30, 60, "Enablement"),
        ReinforcementActivity.builder()
            .kind(ActivityKind.GOVERNANCE_REVIEW)
            .firstDay(GOVERNANCE_DAY)
            .length(minutes(60))
            .owner("VP Sales")
            .addParticipants(
                StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT)
            .build(),
        activity(ActivityKind.SKILL_ASSESSMENT, Cadence.QUARTERLY, 90, 90, 60, "Enablement"));
  }

  private static ManagerCommitment commitment(String manager, Metric metric) {
    return ManagerCommitment.builder()
        .manager(manager)
        .coachingCadence(Cadence.WEEKLY)
        .metric(metric)
        .build();
  }

  // =====================================================================================
  // B2B_SKO_GUIDE
  // =====================================================================================

  /** B2B_SKO_GUIDE: the worked example is "a 30-person sales team". */
  public static final int B2B_HEADCOUNT = 30;

  /** B2B_SKO_GUIDE: "2-day SKO: appropriate for teams of 10-30 people". */
  public static final int B2B_EVENT_DAYS = 2;

  /** B2B_SKO_GUIDE: "each with a monthly quota of 30 lakh INR". */
  public static final Money B2B_MONTHLY_QUOTA = Money.of(3_000_000, "INR");

  /** B2B_SKO_GUIDE: "/ 20 working days". */
  public static final int WORKING_DAYS_PER_MONTH = 20;

  /** Choice within B2B_SKO_GUIDE's "20,000-50,000 INR per person" round trip. */
  public static final Money B2B_TRAVEL_PER_PERSON = Money.of(35_000, "INR");

  /** B2B_SKO_GUIDE: "2 nights of accommodation". */
  public static final int B2B_NIGHTS = 2;

  /** Choice within B2B_SKO_GUIDE's "8,000-15,000 INR per night". */
  public static final Money B2B_HOTEL_PER_NIGHT = Money.of(11_500, "INR");

  /** Choice within B2B_SKO_GUIDE's "2-5 lakh INR per day" for venue and AV. */
  public static final Money B2B_VENUE_PER_DAY = Money.of(350_000, "INR");

  /** Choice within B2B_SKO_GUIDE's "2,000-5,000 INR per person per day" for food. */
  public static final Money B2B_FOOD_PER_PERSON_DAY = Money.of(3_500, "INR");

  /** Choice within B2B_SKO_GUIDE's "1-5 lakh INR" for an external trainer. */
  public static final Money B2B_TRAINER = Money.of(300_000, "INR");

  /**
   * A 30-person B2B SKO as B2B_SKO_GUIDE lays it out: two days at a city hotel, two outcomes with
   * weekly, monthly and quarterly actions, strategy from the CEO and CRO, recognition across
   * several categories, most of the time in workshops and role plays, top performers teaching,
   * structured social time, a 30-day reinforcement programme, and a budget in INR that prices lost
   * selling time (reps x monthly quota / 20 working days x days).
   */
  public static KickoffPlan b2bThirtyPerson() {
    Presenter ceo = Presenter.of("Arjun Mehta", PresenterRole.EXECUTIVE);
    Presenter cro = Presenter.of("Neha Kapoor", PresenterRole.EXECUTIVE);
    Presenter trainer = Presenter.of("Vikram Rao", PresenterRole.EXTERNAL_SPEAKER);
    Presenter productLead = Presenter.of("Sara Iyer", PresenterRole.PRODUCT);

    AgendaDay day1 =
        AgendaDay.of(
            session("d1-ceo", "09:00", 30, KEYNOTE, "Where we are going, and why sales matters")
                .qaTime(minutes(10))
                .qaStyle(QaStyle.MODERATED)
                .addPresenter(ceo)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            session("d1-recognition", "09:40", 40, RECOGNITION, "Year in review and recognition")
                .addPresenter(cro)
                .build(),
            session("d1-break-1", "10:20", 20, BREAK, "Break").build(),
            session("d1-gtm", "10:40", 30, PRESENTATION_TALK, "GTM, pricing and competition")
                .qaTime(minutes(10))
                .qaStyle(QaStyle.MODERATED)
                .addPresenter(cro)
                .addTopics(Topic.MESSAGING_POSITIONING, Topic.COMPETITION)
                .build(),
            session("d1-product", "11:20", 30, PRODUCT_UPDATE, "New products and sales materials")
                .addPresenter(productLead)
                .addTopic(Topic.MESSAGING_POSITIONING)
                .build(),
            session("d1-top-performers", "11:50", 40, PEER_WAR_STORIES, "How I run discovery")
                .addPresenter(Presenter.of("Kavya Reddy", PresenterRole.TOP_PERFORMER))
                .addPresenter(Presenter.of("Rohan Das", PresenterRole.TOP_PERFORMER))
                .addTopic(Topic.DISCOVERY)
                .build(),
            session("d1-lunch", "12:30", 60, MEAL, "Lunch").build(),
            session("d1-discovery", "13:30", 90, WORKSHOP, "Discovery question quality")
                .addPresenter(trainer)
                .addTopic(Topic.DISCOVERY)
                .build(),
            session("d1-break-2", "15:00", 15, BREAK, "Break").build(),
            session("d1-competitive", "15:15", 90, ROLE_PLAY, "Competitive handling role plays")
                .recorded(true)
                .groupSize(3)
                .addTopics(Topic.COMPETITION, Topic.OBJECTION_HANDLING)
                .build(),
            session("d1-targets", "16:45", 45, TERRITORY_QUOTA_COMP, "Targets and territories")
                .addPresenter(cro)
                .build(),
            session("d1-dinner", "19:00", 150, SOCIAL_TIME, "Team dinner").build());

    AgendaDay day2 =
        AgendaDay.of(
            session("d2-exec-comms", "09:00", 75, WORKSHOP, "Executive communication")
                .addPresenter(trainer)
                .build(),
            session("d2-break-1", "10:15", 15, BREAK, "Break").build(),
            session("d2-demo", "10:30", 90, ROLE_PLAY, "Demo effectiveness role plays")
                .recorded(true)
                .groupSize(3)
                .build(),
            session("d2-lunch", "12:00", 60, MEAL, "Lunch").build(),
            session("d2-call-reviews", "13:00", 75, DEAL_CLINIC, "Recorded calls, live coaching")
                .groupSize(6)
                .room(RoomKind.BREAKOUT)
                .addPresenter(Presenter.of("Team managers", PresenterRole.MANAGER))
                .build(),
            session("d2-break-2", "14:15", 15, BREAK, "Break").build(),
            session("d2-team", "14:30", 60, TEAM_GAME, "Team-building challenge").build(),
            session("d2-goals", "15:30", 45, GOAL_SETTING, "What I will do differently from Monday")
                .build(),
            session("d2-close", "16:15", 15, KEYNOTE, "Close").addPresenter(cro).build());

    List<Rep> roster = new ArrayList<>();
    for (int i = 1; i <= B2B_HEADCOUNT; i++) {
      roster.add(
          Rep.builder()
              .id(String.format(java.util.Locale.ROOT, "ae-%02d", i))
              .name("Account executive " + i)
              .region(i <= 15 ? "North" : "South")
              .monthlyQuota(B2B_MONTHLY_QUOTA)
              .build());
    }

    Money travel = B2B_TRAVEL_PER_PERSON.times(B2B_HEADCOUNT);
    Money hotel = B2B_HOTEL_PER_NIGHT.times((long) B2B_HEADCOUNT * B2B_NIGHTS);
    Money venue = B2B_VENUE_PER_DAY.times(B2B_EVENT_DAYS);
    Money food = B2B_FOOD_PER_PERSON_DAY.times((long) B2B_HEADCOUNT * B2B_EVENT_DAYS);
    Money lostSellingTime =
        B2B_MONTHLY_QUOTA
            .times(B2B_HEADCOUNT)
            .dividedBy(WORKING_DAYS_PER_MONTH)
            .times(B2B_EVENT_DAYS);

    return KickoffPlan.builder()
        .name("FY27 India Sales Kick-off")
        .theme("Win the competitive deal")
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.HOTEL)
        .startDate(LocalDate.of(2027, 4, 6))
        .headcount(B2B_HEADCOUNT)
        .addDays(day1, day2)
        .addOutcome(
            Outcome.builder()
                .title("Raise the competitive win rate")
                .addWeeklyAction("Review one competitive deal in the team meeting")
                .addMonthlyAction("Refresh battle cards from lost deals")
                .addQuarterlyAction("Win/loss review with product marketing")
                .build())
        .addOutcome(
            Outcome.builder()
                .title("Generate Q1 pipeline")
                .metric(Metric.PIPELINE_CREATED)
                .addWeeklyAction("Two prospecting blocks a week")
                .addMonthlyAction("Pipeline review with the manager")
                .addQuarterlyAction("Refresh the territory plan")
                .build())
        .roster(roster)
        .addRecognitionCategories(
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.MOST_DEALS_CLOSED,
            RecognitionCategory.BEST_CUSTOMER_REFERENCE,
            RecognitionCategory.MOST_IMPROVED)
        .addReinforcement(
            activity(ActivityKind.RECAP_VIDEO, Cadence.ONCE, 3, 3, 10, "Enablement"),
            activity(ActivityKind.SKILL_CHALLENGE, Cadence.DAILY, 2, 8, 15, "Each rep"),
            activity(ActivityKind.QUICK_WINS_CHANNEL, Cadence.DAILY, 2, 30, 5, "Sales ops"),
            ReinforcementActivity.builder()
                .kind(ActivityKind.MANAGER_CHECK_IN)
                .description("What has changed in how you are selling since the SKO?")
                .firstDay(RelativeDay.after(30))
                .length(minutes(30))
                .owner("Each manager")
                .build())
        .addSurvey(
            Survey.builder()
                .kind(SurveyKind.POST_EVENT)
                .day(RelativeDay.after(2))
                .anonymous(true)
                .addQuestion(SurveyQuestion.of("How useful was each session?", QuestionKind.LIKERT))
                .addQuestion(SurveyQuestion.of("What will you use first?", QuestionKind.FREE_TEXT))
                .build())
        .budget(
            Budget.builder("INR")
                .addItem(CostItem.of(CostCategory.TRAVEL, "Round-trip travel", travel))
                .addItem(CostItem.of(CostCategory.ACCOMMODATION, "Two hotel nights", hotel))
                .addItem(CostItem.of(CostCategory.VENUE_AV, "Conference room and AV", venue))
                .addItem(CostItem.of(CostCategory.FOOD_ENTERTAINMENT, "Meals and dinner", food))
                .addItem(CostItem.of(CostCategory.EXTERNAL_SPEAKERS, "Sales trainer", B2B_TRAINER))
                .addItem(
                    CostItem.of(
                        CostCategory.LOST_SELLING_TIME,
                        "30 reps x 30 lakh / 20 working days x 2 days",
                        lostSellingTime))
                .averageMonthlyQuota(B2B_MONTHLY_QUOTA)
                .build())
        .build();
  }

  // =====================================================================================
  // GITLAB_HANDBOOK
  // =====================================================================================

  /** Choice: the enterprise seed's size, which puts it in the 3-4 day range. */
  public static final int ENTERPRISE_HEADCOUNT = 250;

  /** GITLAB_HANDBOOK: the call for content begins "no later than three months before SKO". */
  public static final RelativeDay CALL_FOR_CONTENT_OPENS = RelativeDay.before(91);

  /** GITLAB_HANDBOOK: "Call for Content stays open for 3 weeks". */
  public static final int CALL_FOR_CONTENT_OPEN_DAYS = 21;

  /** GITLAB_HANDBOOK's segment areas, one role-based breakout track each. */
  public static final List<RepRole> BREAKOUT_ROLES =
      List.of(
          RepRole.ACCOUNT_EXECUTIVE,
          RepRole.SALES_ENGINEER,
          RepRole.CUSTOMER_SUCCESS,
          RepRole.CHANNEL);

  /** The group the partner summit is for. */
  public static final Audience PARTNERS = Audience.group("partners");

  /**
   * A 250-person enterprise SKO planned the GITLAB_HANDBOOK way: a mainstage day (keynotes,
   * customer and partner speakers, a motivational speaker, comp overview), a day of role-based
   * breakouts in three rounds, a day with the choose-your-own-adventure final breakout and the
   * awards, then a half-day Partner Summit. Its planning data holds the core team (accountable
   * enablement leader, executive sponsor, logistics, content and communications DRIs) and a call
   * for content opened three months out for three weeks, with submissions in triage, accepted and
   * deferred.
   */
  public static KickoffPlan enterpriseWithPartnerSummit() {
    Presenter cro = Presenter.of("Jordan Blake", PresenterRole.EXECUTIVE);
    Presenter cpo = Presenter.of("Mei Tanaka", PresenterRole.PRODUCT);

    AgendaDay mainstage =
        AgendaDay.builder()
            .label("Mainstage")
            .addSessions(
                session("m-registration", "08:00", 60, REGISTRATION, "Registration").build(),
                session("m-cro", "09:00", 30, KEYNOTE, "CRO keynote: the year ahead")
                    .addPresenter(cro)
                    .addTopics(Topic.VISION_STRATEGY, Topic.TARGETS_QUOTAS)
                    .recorded(true)
                    .build(),
                session("m-product", "09:30", 30, PRODUCT_UPDATE, "Product keynote")
                    .addPresenter(cpo)
                    .recorded(true)
                    .build(),
                session("m-break-1", "10:00", 30, BREAK, "Break").build(),
                session("m-customer", "10:30", 30, CUSTOMER_STORY, "Customer speaker")
                    .addPresenter(Presenter.of("A customer CIO", PresenterRole.CUSTOMER))
                    .addCustomerMix(CustomerSentiment.PROMOTER)
                    .build(),
                session("m-partner", "11:00", 30, PANEL, "Partner speaker panel")
                    .addPresenter(Presenter.of("Alliance partner", PresenterRole.PARTNER))
                    .addPresenter(Presenter.of("Channel partner", PresenterRole.PARTNER))
                    .build(),
                session("m-messaging", "11:30", 30, PRESENTATION_TALK, "Messaging for the year")
                    .addPresenter(Presenter.of("Portfolio marketing", PresenterRole.MARKETING))
                    .addTopic(Topic.MESSAGING_POSITIONING)
                    .build(),
                session("m-lunch", "12:00", 60, MEAL, "Lunch").build(),
                session("m-motivation", "13:00", 45, MOTIVATIONAL_TALK, "Motivational speaker")
                    .addPresenter(Presenter.of("Guest speaker", PresenterRole.EXTERNAL_SPEAKER))
                    .build(),
                session("m-break-2", "13:45", 15, BREAK, "Break").build(),
                session("m-comp", "14:00", 45, TERRITORY_QUOTA_COMP, "Comp overview")
                    .addPresenter(cro)
                    .build(),
                session("m-bof", "14:45", 60, BREAKOUT, "Birds of a feather")
                    .room(RoomKind.BREAKOUT)
                    .build(),
                session("m-reception", "16:00", 120, SOCIAL_TIME, "Welcome reception").build())
            .build();

    AgendaDay.Builder roleBased = AgendaDay.builder().label("Role-based breakouts");
    String[][] rounds = {{"r1", "09:00"}, {"r2", "10:45"}, {"r3", "13:15"}};
    for (String[] round : rounds) {
      for (RepRole role : BREAKOUT_ROLES) {
        roleBased.addSession(roleBreakout(round[0], round[1], role));
      }
    }
    roleBased.addSession(session("b-lunch", "12:15", 60, MEAL, "Lunch").build());
    roleBased.addSession(session("b-wrap", "15:00", 30, GOAL_SETTING, "Segment goals").build());

    AgendaDay awards =
        AgendaDay.builder()
            .label("Choose your own adventure and awards")
            .addSessions(
                adventure("a-cyoa-1", "Deep dive: the new platform features"),
                adventure("a-cyoa-2", "Project management for sellers"),
                adventure("a-cyoa-3", "Negotiating multi-year renewals"),
                session("a-break", "10:00", 15, BREAK, "Break").build(),
                session("a-clinics", "10:15", 90, DEAL_CLINIC, "Deal clinics")
                    .groupSize(8)
                    .room(RoomKind.BREAKOUT)
                    .build(),
                session("a-lunch", "11:45", 60, MEAL, "Lunch").build(),
                session("a-awards", "13:00", 60, RECOGNITION, "Awards and President's Club")
                    .addPresenter(cro)
                    .build(),
                session("a-close", "14:00", 30, KEYNOTE, "Closing keynote")
                    .addPresenter(cro)
                    .build())
            .build();

    AgendaDay partnerSummit =
        AgendaDay.builder()
            .label("Partner Summit")
            .length(DayLength.HALF)
            .addSessions(
                session("p-keynote", "09:00", 30, KEYNOTE, "Partner Summit keynote")
                    .audience(PARTNERS)
                    .addPresenter(cro)
                    .build(),
                session("p-program", "09:30", 45, PRESENTATION_TALK, "Partner program")
                    .audience(PARTNERS)
                    .addPresenter(Presenter.of("Channel programs", PresenterRole.MARKETING))
                    .build(),
                session("p-break", "10:15", 15, BREAK, "Break").audience(PARTNERS).build(),
                session("p-joint-selling", "10:30", 90, WORKSHOP, "Joint selling workshop")
                    .audience(PARTNERS)
                    .build())
            .build();

    return KickoffPlan.builder()
        .name("Enterprise SKO FY28")
        .theme("One platform, one team")
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.CONFERENCE_CENTER)
        .startDate(LocalDate.of(2027, 2, 8))
        .headcount(ENTERPRISE_HEADCOUNT)
        .addDays(mainstage, roleBased.build(), awards, partnerSummit)
        .addOutcome(
            Outcome.builder()
                .title("Every seller can run the platform pitch")
                .addWeeklyAction("Deal review using the new messaging")
                .addMonthlyAction("Fast-follow webcast from the content backlog")
                .addQuarterlyAction("Certification on the platform pitch")
                .build())
        .addOutcome(
            Outcome.builder()
                .title("Grow partner-sourced pipeline")
                .metric(Metric.PIPELINE_CREATED)
                .addWeeklyAction("Joint account mapping with one partner")
                .addMonthlyAction("Partner pipeline review")
                .addQuarterlyAction("Partner business review")
                .build())
        .addRecognitionCategories(
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.TEAM_ACHIEVEMENT,
            RecognitionCategory.COMPANY_VALUES)
        .addReinforcement(
            activity(ActivityKind.DEAL_REVIEW, Cadence.WEEKLY, 7, 35, 30, "Each manager"),
            ReinforcementActivity.builder()
                .kind(ActivityKind.ALL_HANDS_CALL)
                .description("Fast-follow webcasts from deferred call-for-content submissions")
                .cadence(Cadence.MONTHLY)
                .firstDay(RelativeDay.after(14))
                .lastDay(RelativeDay.after(90))
                .length(minutes(60))
                .owner("Field Enablement")
                .build())
        .addSurvey(
            Survey.builder()
                .kind(SurveyKind.POST_EVENT)
                .day(RelativeDay.after(4))
                .anonymous(true)
                .addQuestion(SurveyQuestion.of("How would you rate SKO?", QuestionKind.NPS))
                .addQuestion(
                    SurveyQuestion.of("Which breakout helped most?", QuestionKind.MULTIPLE_CHOICE))
                .addQuestion(SurveyQuestion.of("What should we change?", QuestionKind.FREE_TEXT))
                .build())
        .planning(
            PlanningData.builder()
                .addCoreTeam(
                    CoreTeamMember.of("Field Enablement leader", CoreTeamRole.ACCOUNTABLE_OWNER),
                    CoreTeamMember.of("VP, Field Ops", CoreTeamRole.EXECUTIVE_SPONSOR),
                    CoreTeamMember.of("Event Support & Logistics DRI", CoreTeamRole.LOGISTICS_DRI),
                    CoreTeamMember.of("Content DRI", CoreTeamRole.CONTENT_DRI),
                    CoreTeamMember.of("Communications DRI", CoreTeamRole.COMMUNICATIONS_DRI),
                    CoreTeamMember.of("Brand", CoreTeamRole.SUPPORTING),
                    CoreTeamMember.of("Channel Programs", CoreTeamRole.SUPPORTING))
                .callForContent(
                    CallForContent.builder()
                        .opensOn(CALL_FOR_CONTENT_OPENS)
                        .openForDays(CALL_FOR_CONTENT_OPEN_DAYS)
                        .addSubmissions(
                            accepted("Enterprise discovery", SubmissionType.ROLE_BASED),
                            accepted("SE demo craft", SubmissionType.ROLE_BASED),
                            accepted("Renewals playbook", SubmissionType.ROLE_BASED),
                            accepted("Channel deal registration", SubmissionType.ROLE_BASED),
                            accepted(
                                "Platform deep dive", SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
                            accepted(
                                "Project management", SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
                            accepted(
                                "Multi-year renewals", SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
                            ContentSubmission.of(
                                "DIB in sales",
                                SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE,
                                SubmissionState.DEFERRED),
                            ContentSubmission.of(
                                "Forecasting tools",
                                SubmissionType.ROLE_BASED,
                                SubmissionState.DEFERRED))
                        .build())
                .statusDate(LocalDate.of(2027, 2, 8).minusDays(45))
                .build())
        .build();
  }

  private static Session roleBreakout(String round, String start, RepRole role) {
    String name = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return session("b-" + round + "-" + name, start, 90, BREAKOUT, "Role-based breakout")
        .audience(Audience.role(role))
        .room(RoomKind.BREAKOUT)
        .addTopic(Topic.SKILLS_TRAINING)
        .build();
  }

  private static Session adventure(String id, String title) {
    return session(id, "09:00", 60, BREAKOUT, "Choose your own adventure: " + title)
        .room(RoomKind.BREAKOUT)
        .build();
  }

  private static ContentSubmission accepted(String title, SubmissionType type) {
    return ContentSubmission.of(title, type, SubmissionState.ACCEPTED);
  }

  // =====================================================================================
  // Helpers shared by the three seeds
  // =====================================================================================

  private static Session.Builder session(
      String id, String start, int minutes, SessionKind kind, String title) {
    return Session.builder()
        .id(id)
        .title(title)
        .kind(kind)
        .start(LocalTime.parse(start))
        .talkTime(minutes(minutes));
  }

  private static ReinforcementActivity activity(
      ActivityKind kind, Cadence cadence, int firstDay, int lastDay, int minutes, String owner) {
    return ReinforcementActivity.builder()
        .kind(kind)
        .cadence(cadence)
        .firstDay(RelativeDay.after(firstDay))
        .lastDay(RelativeDay.after(lastDay))
        .length(minutes(minutes))
        .owner(owner)
        .build();
  }

  private static Duration minutes(int minutes) {
    return Duration.ofMinutes(minutes);
  }
}
