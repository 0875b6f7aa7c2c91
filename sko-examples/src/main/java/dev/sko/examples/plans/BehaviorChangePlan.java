package dev.sko.examples.plans;

import static dev.sko.examples.plans.Agenda.minutes;
import static dev.sko.examples.plans.Agenda.session;
import static dev.sko.examples.plans.Agenda.withModeratedQa;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CoachingPlan;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.EventFormat;
import dev.sko.core.IndicatorType;
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
import dev.sko.core.QuestionKind;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.StakeholderRole;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.Tier;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The behaviour-change kickoff of BEHAVIOR_CHANGE_MODEL, built for {@link
 * SamplePlans#behaviorChange()}: a two-day hub event inside four phases, from the gap survey at
 * T-28 to the governance read-out at T+32.
 *
 * <p>Days follow {@link RelativeDay}: T+0 and T+1 are the two event days, T+2 the first day back in
 * the field. The source's own labels (T-28, "day 30", "day 32") are used as they are.
 */
final class BehaviorChangePlan {
  private BehaviorChangePlan() {}

  private static final String USD = "USD";

  /** The sample company: the North America sales team meets at its Chicago hub. */
  static final String NAME = "FY27 Sales Kickoff, North America hub";

  /** A theme that names a number, so it is measurable (BEHAVIOR_CHANGE_MODEL kill list). */
  static final String THEME = "Six discovery calls a week, coached every week";

  /** The first event day: a Tuesday. */
  static final LocalDate START = LocalDate.of(2027, 1, 12);

  /** 30 reps, 4 front-line managers, the VP Sales, 3 enablement, 1 marketing, 1 product. */
  static final int HEADCOUNT = 40;

  /** SKO_GUIDE: cap presentations at 30 minutes. */
  static final int TALK_MINUTES = 30;

  /** Moderated questions after each talk; SKO_GUIDE's executive limit of 45 min holds with it. */
  static final int QA_MINUTES = 15;

  /** BEHAVIOR_CHANGE_MODEL: skill stations rotate every 45 minutes. */
  static final int STATION_ROTATION_MINUTES = 45;

  /**
   * BEHAVIOR_CHANGE_MODEL: three skill stations (objection handling, discovery, multi-threading).
   */
  static final int SKILL_STATIONS = 3;

  /** BEHAVIOR_CHANGE_MODEL: daily stand-ups of 15 minutes. */
  static final int STANDUP_MINUTES = 15;

  /** BEHAVIOR_CHANGE_MODEL: weekly 1:1 of 45 minutes (15 pipeline, 30 skill coaching). */
  static final int ONE_ON_ONE_MINUTES = 45;

  /** BEHAVIOR_CHANGE_MODEL: bi-weekly call review of 60 minutes. */
  static final int CALL_REVIEW_MINUTES = 60;

  /** BEHAVIOR_CHANGE_MODEL: monthly territory and strategy review of 60 minutes. */
  static final int TERRITORY_REVIEW_MINUTES = 60;

  /** BEHAVIOR_CHANGE_MODEL: enablement runs a 90-minute rubric norming session. */
  static final int RUBRIC_CALIBRATION_MINUTES = 90;

  /** BEHAVIOR_CHANGE_MODEL: a 5-question gap survey. */
  static final int GAP_SURVEY_QUESTIONS = 5;

  /** BEHAVIOR_CHANGE_MODEL: phase 1, diagnose, T-28 to T-14; the gap survey runs at T-28. */
  static final RelativeDay DIAGNOSE_START = RelativeDay.before(28);

  /** BEHAVIOR_CHANGE_MODEL: phase 2, design, T-14 to T-2. */
  static final RelativeDay DESIGN_START = RelativeDay.before(14);

  /** BEHAVIOR_CHANGE_MODEL: the design phase ends at T-2. */
  static final RelativeDay DESIGN_END = RelativeDay.before(2);

  /** BEHAVIOR_CHANGE_MODEL: phase 4, drive, from the first day back to T+30. */
  static final RelativeDay DRIVE_START = RelativeDay.after(2);

  /** BEHAVIOR_CHANGE_MODEL: the drive phase and the metric table end at day 30 (week 4). */
  static final RelativeDay DAY_30 = RelativeDay.after(30);

  /** BEHAVIOR_CHANGE_MODEL: the governance read-out at day 32. */
  static final RelativeDay DAY_32 = RelativeDay.after(32);

  /** BEHAVIOR_CHANGE_MODEL: daily stand-ups run for week 1 back (T+2 to T+8). */
  static final RelativeDay WEEK_1_END = RelativeDay.after(8);

  /** BEHAVIOR_CHANGE_MODEL: weekly 1:1s in weeks 2 to 4 (from T+9). */
  static final RelativeDay WEEK_2_START = RelativeDay.after(9);

  /** The end of Q1 for an event on 12 January: 31 March is T+78. */
  static final RelativeDay QUARTER_END = RelativeDay.after(78);

  /** The hub's cost figures (the sample company's quotes, in USD). */
  private static final long TRAVEL_PER_PERSON = 450;

  private static final long HOTEL_NIGHTS = 2;
  private static final long HOTEL_PER_NIGHT = 190;
  private static final long VENUE_PER_DAY = 5_500;
  private static final long FOOD_PER_PERSON_PER_DAY = 120;
  private static final long RECORDING_KIT = 3_500;

  private static final Presenter VP_SALES = Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE);
  private static final Presenter MARKETING = Presenter.of("Lena Fischer", PresenterRole.MARKETING);
  private static final Presenter PRODUCT = Presenter.of("Arjun Mehta", PresenterRole.PRODUCT);
  private static final Presenter ENABLEMENT_LEAD =
      Presenter.of("Chris Moreno", PresenterRole.ENABLEMENT);
  private static final Presenter ENABLEMENT_2 =
      Presenter.of("Ines Laurent", PresenterRole.ENABLEMENT);
  private static final Presenter ENABLEMENT_3 =
      Presenter.of("Kofi Mensah", PresenterRole.ENABLEMENT);

  static final String WEST = "West";
  static final String CENTRAL = "Central";
  static final String EAST = "East";
  static final String MAYA = "Maya Chen";
  static final String DANIEL = "Daniel Okafor";
  static final String PRIYA = "Priya Raman";
  static final String TOMAS = "Tomas Alvarez";

  static KickoffPlan build() {
    List<Rep> roster = roster();
    List<AgendaDay> days = List.of(dayOne(), dayTwo());
    return KickoffPlan.builder()
        .name(NAME)
        .theme(THEME)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.REGIONAL_HUB)
        .startDate(START)
        .headcount(HEADCOUNT)
        .days(days)
        .outcomes(outcomes())
        .roster(roster)
        .tierPolicy(TierPolicy.unannounced())
        .metricTargets(metricTargets())
        .reinforcement(reinforcement())
        .surveys(surveys())
        .prework(prework())
        .managerCommitments(managerCommitments())
        .budget(budget(roster, days.size()))
        .planning(planning())
        .build();
  }

  /**
   * Day 1 (T+0). Morning: org state, GTM strategy, product updates, each a 30-minute talk with
   * questions collected through a polling tool (Slido), not an open mic. Afternoon: the tier
   * breakouts, then Q1 goals and written coaching plans with the manager. Evening: team dinner.
   * There is no territory, quota and comp session: the model has none, and counts comp and
   * territory changes among what confounds the lift it measures.
   */
  private static AgendaDay dayOne() {
    return AgendaDay.builder()
        .label("Day 1: align and commit")
        .addSessions(
            session("d1-checkin", "Check-in and coffee", SessionKind.REGISTRATION, "08:30", 30)
                .build(),
            withModeratedQa(
                    session(
                        "d1-org-state",
                        "State of the org: where we are and where Q1 goes",
                        SessionKind.KEYNOTE,
                        "09:00",
                        TALK_MINUTES),
                    QA_MINUTES)
                .addPresenter(VP_SALES)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            withModeratedQa(
                    session(
                        "d1-gtm",
                        "GTM strategy: segments, ICP and the new messaging",
                        SessionKind.PRESENTATION_TALK,
                        "09:45",
                        TALK_MINUTES),
                    QA_MINUTES)
                .addPresenter(MARKETING)
                .addTopics(Topic.VISION_STRATEGY, Topic.MESSAGING_POSITIONING, Topic.COMPETITION)
                .build(),
            session("d1-break-am", "Break", SessionKind.BREAK, "10:30", 15).build(),
            withModeratedQa(
                    session(
                        "d1-product",
                        "Product updates for Q1 (the detail is in the pre-recorded videos)",
                        SessionKind.PRODUCT_UPDATE,
                        "10:45",
                        TALK_MINUTES),
                    QA_MINUTES)
                .addPresenter(PRODUCT)
                .build(),
            session("d1-lunch", "Lunch", SessionKind.MEAL, "11:30", 60).build(),
            tierBreakout(
                "d1-tier-top",
                "Advanced negotiation and multi-threading",
                Tier.TOP,
                ENABLEMENT_LEAD,
                Topic.NEGOTIATION,
                Topic.MULTI_THREADING),
            tierBreakout(
                "d1-tier-middle",
                "Discovery depth and forecasting hygiene",
                Tier.MIDDLE,
                ENABLEMENT_2,
                Topic.DISCOVERY,
                Topic.FORECASTING),
            tierBreakout(
                "d1-tier-bottom",
                "Fundamentals: objection handling and gap selling",
                Tier.BOTTOM,
                ENABLEMENT_3,
                Topic.FUNDAMENTALS,
                Topic.OBJECTION_HANDLING),
            session("d1-break-pm", "Break", SessionKind.BREAK, "14:45", 15).build(),
            session(
                    "d1-goals",
                    "Q1 goal, top 3 obstacles and a written coaching plan, rep by rep with the"
                        + " manager (signed, dated, stored in CRM)",
                    SessionKind.GOAL_SETTING,
                    "15:00",
                    90)
                .addPresenters(manager(MAYA), manager(DANIEL), manager(PRIYA), manager(TOMAS))
                .room(RoomKind.BREAKOUT)
                .addContentOwner(ENABLEMENT_LEAD.name())
                .build(),
            session("d1-dinner", "Team dinner", SessionKind.SOCIAL_TIME, "18:30", 120).build())
        .build();
  }

  /**
   * A tier breakout: tiers come from trailing six-month attainment and are used for room assignment
   * only, never announced (BEHAVIOR_CHANGE_MODEL).
   */
  private static Session tierBreakout(
      String id, String focus, Tier tier, Presenter facilitator, Topic first, Topic second) {
    return session(id, "Tier breakout: " + focus, SessionKind.WORKSHOP, "12:30", 135)
        .audience(Audience.tier(tier))
        .room(RoomKind.BREAKOUT)
        .addPresenter(facilitator)
        .addTopics(first, second)
        .addContentOwner(facilitator.name())
        .build();
  }

  /**
   * Day 2 (T+1). Morning: three skill stations on real calls from the staged libraries, groups
   * rotating every 45 minutes, every role play recorded for review. Afternoon: peer war stories
   * (peers, not executives: one won deal, one lost deal, what changed), then the close, where each
   * manager writes down the cadence they will run and the metric they will track for 30 days.
   */
  private static AgendaDay dayTwo() {
    return AgendaDay.builder()
        .label("Day 2: practise")
        .addSessions(
            session(
                    "d2-stations",
                    "Skill stations: objection handling, discovery, multi-threading",
                    SessionKind.SKILL_STATION,
                    "09:00",
                    SKILL_STATIONS * STATION_ROTATION_MINUTES)
                .rotationInterval(minutes(STATION_ROTATION_MINUTES))
                .groupSize(10)
                .recorded(true)
                .addTopics(Topic.OBJECTION_HANDLING, Topic.DISCOVERY, Topic.MULTI_THREADING)
                .addPresenters(ENABLEMENT_LEAD, ENABLEMENT_2, ENABLEMENT_3)
                .room(RoomKind.BREAKOUT)
                .addContentOwner(ENABLEMENT_LEAD.name())
                .build(),
            session("d2-break-am", "Break", SessionKind.BREAK, "11:15", 15).build(),
            session("d2-lunch", "Lunch", SessionKind.MEAL, "11:30", 60).build(),
            session(
                    "d2-war-stories",
                    "Peer war stories: one won deal, one lost deal, what changed",
                    SessionKind.PEER_WAR_STORIES,
                    "12:30",
                    90)
                .addPresenters(
                    Presenter.of("Drew Patel", PresenterRole.PEER_REP, CENTRAL),
                    Presenter.of("Marley Cooper", PresenterRole.PEER_REP, CENTRAL),
                    Presenter.of("Tatum Long", PresenterRole.PEER_REP, EAST))
                .build(),
            session("d2-break-pm", "Break", SessionKind.BREAK, "14:00", 15).build(),
            session(
                    "d2-commitments",
                    "Close: each manager writes down the coaching cadence they will run and the"
                        + " metric they will track for the next 30 days",
                    SessionKind.WRITTEN_COMMITMENTS,
                    "14:15",
                    45)
                .addPresenters(VP_SALES, ENABLEMENT_LEAD)
                .addTopic(Topic.TARGETS_QUOTAS)
                .build())
        .build();
  }

  private static Presenter manager(String name) {
    return Presenter.of(name, PresenterRole.MANAGER);
  }

  /** Two to three outcomes, each with weekly, monthly and quarterly actions and a metric. */
  private static List<Outcome> outcomes() {
    return List.of(
        Outcome.builder()
            .title("Every rep books six discovery calls a week by day 30")
            .metric(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK)
            .addWeeklyActions(
                "Reps book and log discovery calls; the count is read in the weekly 1:1")
            .addMonthlyActions("Territory review: which accounts feed next month's discovery")
            .addQuarterlyActions("Skill assessment of discovery on a recorded role play")
            .build(),
        Outcome.builder()
            .title("Managers coach every week: 1:1 completion from 60% to 95%")
            .metric(Metric.MANAGER_ONE_ON_ONE_COMPLETION_RATE)
            .addWeeklyActions(
                "Each manager runs the 45-minute 1:1: 15 min pipeline, 30 min skill coaching on a"
                    + " recorded call")
            .addMonthlyActions("The CRO audits 1:1 attendance and call-review counts")
            .addQuarterlyActions(
                "Manager, peer and enablement score a video role play for every rep")
            .build(),
        Outcome.builder()
            .title("Deals are multi-threaded: three contacts on every active deal")
            .metric(Metric.MULTI_THREADED_CONTACTS)
            .addWeeklyActions("Reps add one new contact to each active deal")
            .addMonthlyActions("Multi-thread maps are updated in the territory review")
            .addQuarterlyActions("RevOps reviews slipped close dates against multi-threading")
            .build());
  }

  /**
   * BEHAVIOR_CHANGE_MODEL's metric table ("Behavioral metrics to track", Bridge Group and Pavilion
   * 2026 medians): baseline before the kickoff, target at week 4, owner, lead/mid/lag, measured at
   * day 30. Pipeline created and slipped close dates are given as an index of their baseline (X and
   * Y = 100): 1.20X is 120 and 0.69Y is 69. Q1 attainment takes the prior Q1's 88% as its baseline
   * and asks 5 points more.
   */
  private static List<MetricTarget> metricTargets() {
    return List.of(
        target(Metric.DIALS_PER_REP_PER_DAY, 35, 42, "Each manager", IndicatorType.LEAD),
        target(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK, 4.7, 6.0, "Each rep", IndicatorType.LEAD),
        target(
            Metric.OBJECTION_HANDLING_SCORE,
            3,
            4,
            "Manager (scored on recorded calls)",
            IndicatorType.LEAD),
        target(Metric.COACHING_SESSIONS_PER_WEEK, 1, 3, "Each manager", IndicatorType.LEAD),
        target(Metric.MULTI_THREADED_CONTACTS, 1.8, 3.0, "Each rep", IndicatorType.LEAD),
        target(Metric.PIPELINE_CREATED, 100, 120, "Sales Ops", IndicatorType.MID),
        target(Metric.SLIPPED_CLOSE_DATES, 100, 69, "RevOps", IndicatorType.MID),
        target(Metric.Q1_ATTAINMENT, 88, 93, "VP Sales", IndicatorType.LAG),
        target(Metric.MANAGER_ONE_ON_ONE_COMPLETION_RATE, 60, 95, "CRO", IndicatorType.LEAD));
  }

  private static MetricTarget target(
      Metric metric, double baseline, double target, String owner, IndicatorType indicator) {
    return MetricTarget.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .owner(owner)
        .indicator(indicator)
        .measurementDay(DAY_30)
        .build();
  }

  /**
   * The drive phase and the coaching cadence: daily stand-ups in week 1, weekly 1:1s and manager
   * check-ins in weeks 2 to 4, bi-weekly call reviews, the monthly territory review, the quarterly
   * skill assessment, the behaviour review at day 30 and the governance read-out at day 32.
   */
  private static List<ReinforcementActivity> reinforcement() {
    return List.of(
        ReinforcementActivity.builder()
            .kind(ActivityKind.DAILY_STANDUP)
            .description("One new activity, one small win, one blocker; posted in a shared channel")
            .cadence(Cadence.DAILY)
            .firstDay(DRIVE_START)
            .lastDay(WEEK_1_END)
            .length(minutes(STANDUP_MINUTES))
            .owner("Each manager")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.ONE_ON_ONE_COACHING)
            .description(
                "Pipeline review (15 min) and skill coaching on a recorded call (30 min); no"
                    + " skipping for QBR weeks")
            .cadence(Cadence.WEEKLY)
            .firstDay(WEEK_2_START)
            .lastDay(DAY_30)
            .length(minutes(ONE_ON_ONE_MINUTES))
            .owner("Each manager")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.CALL_REVIEW)
            .description(
                "The rep brings a won and a lost call; the manager scores discovery,"
                    + " multi-threading, objection handling, next step and value; both agree one"
                    + " behaviour to change")
            .cadence(Cadence.BIWEEKLY)
            .firstDay(WEEK_2_START)
            .lastDay(DAY_30)
            .length(minutes(CALL_REVIEW_MINUTES))
            .owner("Each manager")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.MANAGER_CHECK_IN)
            .description(
                "Are the written coaching plans happening? Audit calendar invites, call-review"
                    + " counts and 1:1 attendance")
            .cadence(Cadence.WEEKLY)
            .firstDay(WEEK_2_START)
            .lastDay(DAY_30)
            .length(minutes(30))
            .owner("VP Sales and enablement")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.TERRITORY_REVIEW)
            .description("Account plans, multi-thread maps, competitive intel; not a pipeline call")
            .cadence(Cadence.MONTHLY)
            .firstDay(RelativeDay.after(23))
            .lastDay(QUARTER_END)
            .length(minutes(TERRITORY_REVIEW_MINUTES))
            .owner("Each manager")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.BEHAVIOR_REVIEW)
            .description(
                "Week-4 review: activity metrics against the pre-kickoff baseline (20%+ dials and"
                    + " meetings, 15%+ pipeline created)")
            .firstDay(DAY_30)
            .length(minutes(90))
            .owner("RevOps")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.GOVERNANCE_REVIEW)
            .description(
                "Read the metric deltas and decide which interventions stick and which stop before"
                    + " Q2; decisions go into the ROI ledger")
            .firstDay(DAY_32)
            .length(minutes(60))
            .owner("VP Sales")
            .addParticipants(
                StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT)
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.SKILL_ASSESSMENT)
            .description(
                "Video role play scored by manager, peer and enablement; the bottom quartile moves"
                    + " to a plan, the top quartile to the promotion track")
            .cadence(Cadence.QUARTERLY)
            .firstDay(QUARTER_END)
            .lastDay(QUARTER_END.plusDays(3 * Cadence.QUARTERLY.intervalDays()))
            .length(minutes(60))
            .owner("Enablement")
            .build());
  }

  /**
   * The 5-question gap survey four weeks before (1-5 Likert), and the anonymous, eNPS-style survey
   * right after with its three free-text questions.
   */
  private static List<Survey> surveys() {
    return List.of(
        Survey.builder()
            .kind(SurveyKind.PRE_EVENT_GAP)
            .day(DIAGNOSE_START)
            .addQuestions(
                SurveyQuestion.of("Which selling skill holds you back most?", QuestionKind.LIKERT),
                SurveyQuestion.of("How much friction do your tools cause?", QuestionKind.LIKERT),
                SurveyQuestion.of("How well does your territory fit you?", QuestionKind.LIKERT),
                SurveyQuestion.of("How well covered is your Q1 pipeline?", QuestionKind.LIKERT),
                SurveyQuestion.of("How confident are you in your quota?", QuestionKind.LIKERT))
            .build(),
        Survey.builder()
            .kind(SurveyKind.POST_EVENT)
            .day(DRIVE_START)
            .anonymous(true)
            .addQuestions(
                SurveyQuestion.of(
                    "How likely are you to recommend this kickoff to a colleague?",
                    QuestionKind.NPS),
                SurveyQuestion.of("What changed in how you sell?", QuestionKind.FREE_TEXT),
                SurveyQuestion.of("What is still broken?", QuestionKind.FREE_TEXT),
                SurveyQuestion.of("Name one thing we should kill.", QuestionKind.FREE_TEXT))
            .build());
  }

  /**
   * The pre-kickoff work: managers take on coaching tasks, the behaviour contract is published,
   * managers calibrate the rubric in a 90-minute norming session, and the recorded content,
   * pre-reads and tiered call libraries are ready before the event.
   */
  private static List<PreworkItem> prework() {
    return List.of(
        PreworkItem.builder()
            .kind(PreworkKind.MANAGER_PREP)
            .title("Managers take on coaching tasks as delivery partners, not spectators")
            .dueDay(DESIGN_START)
            .audience(PreworkAudience.MANAGERS)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.BEHAVIOR_CONTRACT)
            .title("The 30-day post-kickoff behaviour contract template, published in advance")
            .dueDay(DESIGN_START)
            .audience(PreworkAudience.REPS)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.RUBRIC_CALIBRATION)
            .title("Rubric norming: a 4/5 in the West means a 4/5 in the East")
            .dueDay(RelativeDay.before(7))
            .length(minutes(RUBRIC_CALIBRATION_MINUTES))
            .audience(PreworkAudience.MANAGERS)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.RECORDED_CONTENT)
            .title("Product and strategy videos (15-20 min each) with embedded quizzes")
            .dueDay(DESIGN_END)
            .audience(PreworkAudience.REPS)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.PRE_READ)
            .title("Async pre-read: the GTM strategy and the Q1 plan")
            .dueDay(DESIGN_END)
            .audience(PreworkAudience.EVERYONE)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.CALL_LIBRARY)
            .title("Call libraries staged by tier for the day-2 skill stations")
            .dueDay(DESIGN_END)
            .audience(PreworkAudience.EVERYONE)
            .build());
  }

  /** Each manager's written commitment: a weekly coaching cadence and one metric for 30 days. */
  private static List<ManagerCommitment> managerCommitments() {
    return List.of(
        commitment(MAYA, Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK),
        commitment(DANIEL, Metric.OBJECTION_HANDLING_SCORE),
        commitment(PRIYA, Metric.MULTI_THREADED_CONTACTS),
        commitment(TOMAS, Metric.DIALS_PER_REP_PER_DAY));
  }

  private static ManagerCommitment commitment(String manager, Metric metric) {
    return ManagerCommitment.builder()
        .manager(manager)
        .coachingCadence(Cadence.WEEKLY)
        .metric(metric)
        .build();
  }

  /**
   * The hub's hard costs and the lost selling time of the reps on the roster: their monthly quotas
   * over 20 working days, times the event's days (B2B_SKO_GUIDE's formula).
   */
  private static Budget budget(List<Rep> roster, int eventDays) {
    Money lost = Agenda.lostSellingTime(Agenda.totalMonthlyQuota(roster, USD), eventDays);
    return Budget.builder(USD)
        .addItems(
            CostItem.of(
                CostCategory.TRAVEL,
                "Regional travel to the hub (drive or short flight), "
                    + HEADCOUNT
                    + " people x "
                    + TRAVEL_PER_PERSON
                    + " USD",
                usd(HEADCOUNT * TRAVEL_PER_PERSON)),
            CostItem.of(
                CostCategory.ACCOMMODATION,
                HOTEL_NIGHTS + " hotel nights at " + HOTEL_PER_NIGHT + " USD",
                usd(HEADCOUNT * HOTEL_NIGHTS * HOTEL_PER_NIGHT)),
            CostItem.of(
                CostCategory.VENUE_AV,
                "Hub main room and three breakout rooms, " + eventDays + " days",
                usd(eventDays * VENUE_PER_DAY)),
            CostItem.of(
                CostCategory.FOOD_ENTERTAINMENT,
                "Meals and the team dinner, " + FOOD_PER_PERSON_PER_DAY + " USD a person a day",
                usd(FOOD_PER_PERSON_PER_DAY * HEADCOUNT * eventDays)),
            CostItem.of(
                CostCategory.PRODUCTION,
                "Recording kit for the skill stations",
                usd(RECORDING_KIT)),
            CostItem.of(
                CostCategory.LOST_SELLING_TIME,
                "Lost selling time: the roster's monthly quotas / "
                    + Agenda.WORKING_DAYS_PER_MONTH
                    + " working days x "
                    + eventDays
                    + " days",
                lost))
        .build();
  }

  private static Money usd(long amount) {
    return Money.of(amount, USD);
  }

  /** The four phases on the T-28 to T+30 clock. */
  private static PlanningData planning() {
    return PlanningData.builder()
        .addMilestones(
            PhaseMilestone.of(Phase.DIAGNOSE, DIAGNOSE_START, DESIGN_START),
            PhaseMilestone.of(Phase.DESIGN, DESIGN_START, DESIGN_END),
            PhaseMilestone.of(Phase.DELIVER, RelativeDay.EVENT_START, RelativeDay.after(1)),
            PhaseMilestone.of(Phase.DRIVE, DRIVE_START, DAY_30))
        .build();
  }

  /**
   * The 30 reps: monthly quota, trailing six-month attainment (the tiers are its thirds), the rep's
   * own Q1 goal and written coaching plan on the tier's focus.
   */
  static List<Rep> roster() {
    return List.of(
        // West, Maya Chen
        rep(
            "NA-01",
            "Avery Brooks",
            WEST,
            MAYA,
            95_000,
            1.42,
            "Close two expansions at tier-1 healthcare accounts, USD 320K",
            "Negotiation: hold price and terms through procurement"),
        rep(
            "NA-02",
            "Jordan Ellis",
            WEST,
            MAYA,
            85_000,
            1.02,
            "Book six discovery calls a week and build USD 800K of Q1 pipeline",
            "Discovery depth: three levels of why before the demo"),
        rep(
            "NA-03",
            "Sam Whitaker",
            WEST,
            MAYA,
            75_000,
            0.71,
            "Run four first meetings a week from outbound into mid-market retail",
            "Objection handling: the price and timing objections"),
        rep(
            "NA-04",
            "Riley Nguyen",
            WEST,
            MAYA,
            90_000,
            1.27,
            "Multi-thread every deal above USD 100K to three contacts; close USD 290K",
            "Multi-threading: reach the economic buyer by stage 2"),
        rep(
            "NA-05",
            "Casey Romero",
            WEST,
            MAYA,
            80_000,
            0.93,
            "Keep the Q1 commit forecast within 10%; close USD 240K",
            "Forecasting hygiene: next steps and close dates backed by the buyer"),
        rep(
            "NA-06",
            "Morgan Price",
            WEST,
            MAYA,
            75_000,
            0.64,
            "Make 42 dials a day and book five discovery calls a week",
            "Fundamentals: gap selling on the first call"),
        rep(
            "NA-07",
            "Taylor Kim",
            WEST,
            MAYA,
            85_000,
            1.15,
            "Close the two largest open renewals with expansion, USD 260K",
            "Negotiation: trade, never give, on discount"),
        rep(
            "NA-08",
            "Jamie Foster",
            WEST,
            MAYA,
            80_000,
            0.88,
            "Move five stalled stage-2 deals to a mutual close plan",
            "Discovery: quantify the cost of inaction"),
        // Central, Daniel Okafor
        rep(
            "NA-09",
            "Alex Turner",
            CENTRAL,
            DANIEL,
            100_000,
            1.33,
            "Land one new enterprise logo in manufacturing, USD 350K",
            "Multi-threading: map the buying committee"),
        rep(
            "NA-10",
            "Drew Patel",
            CENTRAL,
            DANIEL,
            85_000,
            0.97,
            "Build USD 900K of Q1 pipeline in logistics",
            "Discovery: run the pain funnel down to business impact"),
        rep(
            "NA-11",
            "Quinn Murphy",
            CENTRAL,
            DANIEL,
            70_000,
            0.58,
            "Hold five discovery calls a week and move two to stage 2",
            "Objection handling: 'we already have a tool'"),
        rep(
            "NA-12",
            "Reese Coleman",
            CENTRAL,
            DANIEL,
            90_000,
            1.19,
            "Close USD 300K with no slipped close date",
            "Negotiation: mutual close plans signed at stage 3"),
        rep(
            "NA-13",
            "Skyler Ward",
            CENTRAL,
            DANIEL,
            80_000,
            0.90,
            "Raise stage-2 to stage-3 conversion from 35% to 45%",
            "Forecasting hygiene: exit criteria for each stage"),
        rep(
            "NA-14",
            "Parker Hughes",
            CENTRAL,
            DANIEL,
            75_000,
            0.77,
            "Book six discovery calls a week from the partner-sourced list",
            "Fundamentals: opening the call and setting the agenda"),
        rep(
            "NA-15",
            "Rowan Bennett",
            CENTRAL,
            DANIEL,
            85_000,
            1.05,
            "Add a second and third contact to eight open deals",
            "Discovery: confirm the decision process on the first call"),
        // Central, Priya Raman
        rep(
            "NA-16",
            "Emerson Diaz",
            CENTRAL,
            PRIYA,
            95_000,
            1.38,
            "Close USD 330K across three multi-product deals",
            "Negotiation: packaging multi-product proposals"),
        rep(
            "NA-17",
            "Finley Scott",
            CENTRAL,
            PRIYA,
            80_000,
            0.84,
            "Book five discovery calls a week from 40 target accounts",
            "Objection handling: 'we are happy with the incumbent'"),
        rep(
            "NA-18",
            "Hayden Reed",
            CENTRAL,
            PRIYA,
            70_000,
            0.69,
            "Make 40 dials a day and book five meetings a week",
            "Objection handling: the 'send me information' brush-off"),
        rep(
            "NA-19",
            "Kendall Ross",
            CENTRAL,
            PRIYA,
            90_000,
            1.11,
            "Multi-thread the top five accounts to the CFO; close USD 280K",
            "Multi-threading: the finance conversation"),
        rep(
            "NA-20",
            "Logan Perry",
            CENTRAL,
            PRIYA,
            80_000,
            0.95,
            "Keep forecast commits within 10% every week of Q1",
            "Forecasting hygiene: evidence for every commit"),
        rep(
            "NA-21",
            "Marley Cooper",
            CENTRAL,
            PRIYA,
            75_000,
            0.80,
            "Turn inbound follow-up into three new opportunities a month",
            "Fundamentals: a dated next step on every call"),
        rep(
            "NA-22",
            "Oakley Bell",
            CENTRAL,
            PRIYA,
            85_000,
            1.00,
            "Close USD 255K with two new case studies in hand",
            "Discovery: tie the case study to the buyer's metric"),
        // East, Tomas Alvarez
        rep(
            "NA-23",
            "Peyton Howard",
            EAST,
            TOMAS,
            100_000,
            1.29,
            "Close USD 340K from the financial-services pipeline",
            "Negotiation: security review and legal in parallel"),
        rep(
            "NA-24",
            "River Jenkins",
            EAST,
            TOMAS,
            85_000,
            0.91,
            "Build USD 850K of pipeline and book six discovery calls a week",
            "Discovery: draft the business case with the champion"),
        rep(
            "NA-25",
            "Sage Powell",
            EAST,
            TOMAS,
            75_000,
            0.62,
            "Book five discovery calls a week in the public-sector list",
            "Objection handling: budget-cycle objections"),
        rep(
            "NA-26",
            "Tatum Long",
            EAST,
            TOMAS,
            90_000,
            1.21,
            "Expand three accounts to a second business unit, USD 270K",
            "Multi-threading: an executive sponsor in each unit"),
        rep(
            "NA-27",
            "Blake Hayes",
            EAST,
            TOMAS,
            80_000,
            0.99,
            "No slipped close dates on committed Q1 deals",
            "Forecasting hygiene: close dates confirmed with the buyer"),
        rep(
            "NA-28",
            "Cameron Ford",
            EAST,
            TOMAS,
            75_000,
            0.74,
            "Make 42 dials a day with a follow-up sequence on every no-show",
            "Fundamentals: gap selling on the first call"),
        rep(
            "NA-29",
            "Dakota Gray",
            EAST,
            TOMAS,
            95_000,
            1.12,
            "Win two competitive displacements, USD 300K",
            "Negotiation: defend value against a discounting competitor"),
        rep(
            "NA-30",
            "Ellis Warren",
            EAST,
            TOMAS,
            75_000,
            0.83,
            "Run four first meetings a week from outbound into healthcare",
            "Objection handling: 'not a priority this quarter'"));
  }

  private static Rep rep(
      String id,
      String name,
      String region,
      String manager,
      long monthlyQuotaUsd,
      double trailingAttainment,
      String q1Goal,
      String coachingFocus) {
    return Rep.builder()
        .id(id)
        .name(name)
        .region(region)
        .manager(manager)
        .monthlyQuota(Money.of(monthlyQuotaUsd, USD))
        .trailingAttainment(trailingAttainment)
        .q1Goal(q1Goal)
        .coachingPlan(CoachingPlan.of(coachingFocus))
        .build();
  }
}
