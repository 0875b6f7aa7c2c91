package dev.sko.examples.plans;

import static dev.sko.examples.plans.Agenda.minutes;
import static dev.sko.examples.plans.Agenda.session;
import static dev.sko.examples.plans.Agenda.withModeratedQa;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.CostModel;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.DayLength;
import dev.sko.core.EventFormat;
import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Metric;
import dev.sko.core.MetricCategory;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SBI's Acceleration Summit (ACCELERATION_SUMMIT), built for {@link
 * SamplePlans#accelerationSummit()}: three big bets with weekly, monthly and quarterly action
 * plans, pre-work so that nothing is seen for the first time in the room, experiential sessions in
 * place of keynotes (win/loss reviews, deal clinics, customer interactions), polls and quizzes,
 * territories, quotas and comp plans delivered before reps leave, and reinforcement through 1:1
 * coaching and monthly all-hands calls. 120 people over two and a half days, at the source's hard
 * cost per rep.
 */
final class AccelerationSummitPlan {
  private AccelerationSummitPlan() {}

  private static final String USD = "USD";

  /** The sample company's summit. */
  static final String NAME = "FY27 Acceleration Summit";

  /** The first event day: a Tuesday. */
  static final LocalDate START = LocalDate.of(2027, 1, 26);

  /** Attendees: about 100 quota-carrying reps, their managers and leaders. */
  static final int HEADCOUNT = 120;

  /** ACCELERATION_SUMMIT (SBI survey): companies spend 1,982 USD per rep in hard costs. */
  static final Money HARD_COST_PER_REP = CostModel.BENCHMARK_HARD_COST_PER_REP;

  /** ACCELERATION_SUMMIT: with salary and benefits, the cost per rep reaches 5,281 USD. */
  static final Money LOADED_COST_PER_REP = CostModel.BENCHMARK_LOADED_COST_PER_REP;

  /** The reps' average monthly quota (the sample company's), for the break-even figure. */
  static final long AVERAGE_MONTHLY_QUOTA_USD = 90_000;

  /** ACCELERATION_SUMMIT: the loaded figure prices 2.4 days of rep time. */
  static final BigDecimal SOURCE_REP_DAYS = new BigDecimal("2.4");

  /**
   * A rep's salary and benefits for a year, as ACCELERATION_SUMMIT's figures imply: (5,281 - 1,982)
   * USD for 2.4 days is 1,374.58 USD a working day, times 12 months of 20 working days: 329,900
   * USD.
   */
  static final Money ANNUAL_SALARY_COST =
      Money.of(
          LOADED_COST_PER_REP
              .amount()
              .subtract(HARD_COST_PER_REP.amount())
              .multiply(BigDecimal.valueOf(12L * CostModel.DEFAULT_WORKING_DAYS_PER_MONTH))
              .divide(SOURCE_REP_DAYS),
          "USD");

  /** ACCELERATION_SUMMIT: deal clinics break into groups of 5-10 reps (here 8). */
  static final int CLINIC_GROUP_SIZE = 8;

  /** ACCELERATION_SUMMIT: win/loss reviews summarise 2 wins and 1 loss. */
  static final String WIN_LOSS_MIX = "two wins and one loss";

  /** The regions whose reps meet in deal clinics, each led by A-players from other regions. */
  static final List<String> REGIONS = List.of("NA West", "NA East", "EMEA", "APAC");

  /** One top-performing rep (an "A-player") per region, who leads clinics in other regions. */
  private static final Map<String, String> A_PLAYERS =
      Map.of(
          "NA West", "Chloe Martin",
          "NA East", "Devin Brooks",
          "EMEA", "Lars Eriksen",
          "APAC", "Priya Sharma");

  /** End of Q1 for an event on 26 January: 31 March is T+64. */
  static final RelativeDay END_OF_Q1 = RelativeDay.after(64);

  private static final Presenter CEO = Presenter.of("Helen Park", PresenterRole.EXECUTIVE);
  private static final Presenter CRO = Presenter.of("Marcus Webb", PresenterRole.EXECUTIVE);
  private static final Presenter PRODUCT = Presenter.of("Yuki Tanaka", PresenterRole.PRODUCT);
  private static final Presenter MARKETING = Presenter.of("Sofia Marin", PresenterRole.MARKETING);
  private static final Presenter ENABLEMENT =
      Presenter.of("Grace Holloway", PresenterRole.ENABLEMENT);
  private static final Presenter FIELD_FACILITATOR =
      Presenter.of("Omar Haddad", PresenterRole.MANAGER, "NA East");

  static KickoffPlan build() {
    return KickoffPlan.builder()
        .name(NAME)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.CONFERENCE_CENTER)
        .startDate(START)
        .headcount(HEADCOUNT)
        .addDays(dayOne(), dayTwo(), dayThree())
        .outcomes(bigBets())
        .metricTargets(metricTargets())
        .prework(prework())
        .reinforcement(reinforcement())
        .addSurveys(realTimeFeedback())
        .addRecognitionCategories(
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.TEAM_ACHIEVEMENT,
            RecognitionCategory.MOST_IMPROVED)
        .budget(budget())
        .build();
  }

  /**
   * Day 1: the big bets and everyone's action plan for them, then experiential sessions: win/loss
   * reviews told by the deal teams, customers (promoters, neutrals and detractors) on the good, the
   * bad and the ugly, and collaborative product and messaging sessions with live polls.
   */
  private static AgendaDay dayOne() {
    return AgendaDay.builder()
        .label("Day 1: the big bets")
        .addSessions(
            session("d1-checkin", "Registration", SessionKind.REGISTRATION, "08:00", 60).build(),
            withModeratedQa(
                    session(
                        "d1-big-bets",
                        "FY27's three big bets (questions and live polls through the event app)",
                        SessionKind.KEYNOTE,
                        "09:00",
                        30),
                    15)
                .addPresenters(CEO, CRO)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            session(
                    "d1-action-plans",
                    "Big-bet action planning: what each of us does weekly, monthly, quarterly",
                    SessionKind.WORKSHOP,
                    "09:45",
                    75)
                .addPresenter(ENABLEMENT)
                .addTopic(Topic.TARGETS_QUOTAS)
                .build(),
            session("d1-break-am", "Break", SessionKind.BREAK, "11:00", 15).build(),
            session(
                    "d1-win-loss",
                    "Win/loss reviews: " + WIN_LOSS_MIX + ", told by the deal teams",
                    SessionKind.WIN_LOSS_REVIEW,
                    "11:15",
                    90)
                .addPresenters(
                    ENABLEMENT,
                    Presenter.of("Lucia Gomez", PresenterRole.PEER_REP, "EMEA"),
                    Presenter.of("Ben Adeyemi", PresenterRole.PEER_REP, "NA West"),
                    Presenter.of("Hana Sato", PresenterRole.PEER_REP, "APAC"))
                .build(),
            session("d1-lunch", "Lunch", SessionKind.MEAL, "12:45", 60).build(),
            session(
                    "d1-customers",
                    "Customer interaction: the good, the bad and the ugly",
                    SessionKind.CUSTOMER_INTERACTION,
                    "13:45",
                    75)
                .addPresenters(
                    FIELD_FACILITATOR,
                    Presenter.of("Lena Ortiz, a promoter", PresenterRole.CUSTOMER),
                    Presenter.of("Raj Malhotra, neutral", PresenterRole.CUSTOMER),
                    Presenter.of("Tom Becker, a detractor", PresenterRole.CUSTOMER))
                .addCustomerMix(
                    CustomerSentiment.PROMOTER,
                    CustomerSentiment.NEUTRAL,
                    CustomerSentiment.DETRACTOR)
                .build(),
            session("d1-break-pm", "Break", SessionKind.BREAK, "15:00", 15).build(),
            session(
                    "d1-roadmap-feedback",
                    "The roadmap you previewed: what the field needs from product (live polls)",
                    SessionKind.WORKSHOP,
                    "15:15",
                    60)
                .addPresenter(PRODUCT)
                .addTopic(Topic.PRODUCT_ROADMAP)
                .build(),
            session(
                    "d1-messaging-lab",
                    "Messaging lab: pitching the big bets, with quizzes",
                    SessionKind.WORKSHOP,
                    "16:15",
                    60)
                .addPresenter(MARKETING)
                .addTopic(Topic.MESSAGING_POSITIONING)
                .build(),
            session("d1-dinner", "Summit dinner", SessionKind.SOCIAL_TIME, "19:00", 150).build())
        .build();
  }

  /**
   * Day 2: a short sales-strategy talk, then deal clinics by region (groups of 8 reps working on
   * the win strategies they brought, each group led by an A-player from another region), role-based
   * breakouts on the big-bet plays, role plays, and recognition of last year's top performers.
   */
  private static AgendaDay dayTwo() {
    return AgendaDay.builder()
        .label("Day 2: deals and skills")
        .addSessions(
            withModeratedQa(
                    session(
                        "d2-sales-strategy",
                        "Sales strategy: how the big bets change coverage and segments",
                        SessionKind.PRESENTATION_TALK,
                        "08:30",
                        25),
                    10)
                .addPresenter(CRO)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            dealClinic("d2-clinic-na-west", "NA West", "NA East", "EMEA", "APAC"),
            dealClinic("d2-clinic-na-east", "NA East", "NA West", "EMEA", "APAC"),
            dealClinic("d2-clinic-emea", "EMEA", "NA West", "NA East", "APAC"),
            dealClinic("d2-clinic-apac", "APAC", "NA West", "NA East", "EMEA"),
            session("d2-break-am", "Break", SessionKind.BREAK, "11:15", 15).build(),
            session("d2-lunch", "Lunch", SessionKind.MEAL, "11:30", 60).build(),
            roleBreakout("d2-plays-ae", RepRole.ACCOUNT_EXECUTIVE, "Account executives"),
            roleBreakout("d2-plays-se", RepRole.SALES_ENGINEER, "Sales engineers"),
            roleBreakout("d2-plays-csm", RepRole.CUSTOMER_SUCCESS, "Customer success"),
            session("d2-break-pm", "Break", SessionKind.BREAK, "14:00", 15).build(),
            session(
                    "d2-role-plays",
                    "Selling the big bets: role plays on the new talk track",
                    SessionKind.ROLE_PLAY,
                    "14:15",
                    90)
                .addPresenter(ENABLEMENT)
                .recorded(true)
                .build(),
            session(
                    "d2-recognition",
                    "Last year's top performers",
                    SessionKind.RECOGNITION,
                    "16:00",
                    30)
                .addPresenter(CRO)
                .build())
        .build();
  }

  /**
   * A deal clinic for one region's reps, in groups of {@link #CLINIC_GROUP_SIZE}, each group led by
   * an A-player rep from another region: learning from a peer is safe, and a different region gives
   * emotional distance from the deal.
   */
  private static Session dealClinic(String id, String region, String... facilitatorRegions) {
    Session.Builder clinic =
        session(
                id,
                "Deal clinic, " + region + ": win strategies for your live opportunities",
                SessionKind.DEAL_CLINIC,
                "09:15",
                120)
            .audience(Audience.region(region))
            .groupSize(CLINIC_GROUP_SIZE)
            .room(RoomKind.BREAKOUT)
            .addContentOwner(ENABLEMENT.name());
    for (String from : facilitatorRegions) {
      String aPlayer = Objects.requireNonNull(A_PLAYERS.get(from), "no A-player for " + from);
      clinic.addPresenter(Presenter.of(aPlayer, PresenterRole.TOP_PERFORMER, from));
    }
    return clinic.build();
  }

  private static Session roleBreakout(String id, RepRole role, String who) {
    return session(id, who + ": plays for the big bets", SessionKind.WORKSHOP, "12:30", 90)
        .audience(Audience.role(role))
        .room(RoomKind.BREAKOUT)
        .addPresenter(ENABLEMENT)
        .addContentOwner(ENABLEMENT.name())
        .build();
  }

  /**
   * Day 3, a half day: territories, quotas and comp plans delivered and reviewed with every rep
   * before they leave, and the close on each rep's actions for the big bets.
   */
  private static AgendaDay dayThree() {
    return AgendaDay.builder()
        .length(DayLength.HALF)
        .label("Day 3: before you leave")
        .addSessions(
            session(
                    "d3-territory-quota-comp",
                    "Your territory, quota and comp plan, delivered and reviewed with your manager",
                    SessionKind.TERRITORY_QUOTA_COMP,
                    "08:30",
                    120)
                .addPresenter(Presenter.of("Front-line managers", PresenterRole.MANAGER))
                .room(RoomKind.BREAKOUT)
                .addContentOwner("Revenue operations")
                .build(),
            session("d3-break", "Break", SessionKind.BREAK, "10:30", 15).build(),
            session(
                    "d3-close",
                    "Close: your weekly, monthly and quarterly actions for each big bet",
                    SessionKind.GOAL_SETTING,
                    "10:45",
                    45)
                .addPresenter(CRO)
                .build())
        .build();
  }

  private static final Metric NEW_HEALTHCARE_LOGOS =
      Metric.of(
          "New mid-market healthcare logos per quarter",
          MetricCategory.OUTCOME,
          "logos",
          IndicatorType.LAG);
  private static final Metric HEALTHCARE_MEETINGS =
      Metric.of(
          "Qualified healthcare meetings per rep per week",
          MetricCategory.ACTIVITY,
          "meetings",
          IndicatorType.LEAD);
  private static final Metric ANALYTICS_ATTACH_RATE =
      Metric.of("Analytics add-on attach rate", MetricCategory.OUTCOME, "%", IndicatorType.LAG);
  private static final Metric NET_REVENUE_RETENTION =
      Metric.of("Net revenue retention", MetricCategory.OUTCOME, "%", IndicatorType.LAG);

  /** The 2-3 big bets, each with what everyone does weekly, monthly and quarterly. */
  private static List<Outcome> bigBets() {
    return List.of(
        Outcome.builder()
            .title("Win the mid-market healthcare segment")
            .metric(NEW_HEALTHCARE_LOGOS)
            .addWeeklyActions("Every AE books two qualified healthcare meetings")
            .addMonthlyActions("Managers review the healthcare pipeline in the monthly all-hands")
            .addQuarterlyActions("Leadership rebalances healthcare territories on the results")
            .build(),
        Outcome.builder()
            .title("Attach the analytics add-on to new deals")
            .metric(ANALYTICS_ATTACH_RATE)
            .addWeeklyActions("Position analytics in every stage-2 call")
            .addMonthlyActions("SEs run a win/loss review of analytics attaches")
            .addQuarterlyActions("Product adjusts packaging on the field's feedback")
            .build(),
        Outcome.builder()
            .title("Grow the installed base")
            .metric(NET_REVENUE_RETENTION)
            .addWeeklyActions("CSMs log one expansion signal per account")
            .addMonthlyActions("Account managers and CSMs run joint account plans")
            .addQuarterlyActions("Executive business reviews with the top 50 accounts")
            .build());
  }

  /** The sample company's baselines and targets for the big bets, read at the end of Q1. */
  private static List<MetricTarget> metricTargets() {
    return List.of(
        target(NEW_HEALTHCARE_LOGOS, 6, 10, "VP Sales, NA"),
        target(HEALTHCARE_MEETINGS, 1.5, 2, "Each manager"),
        target(ANALYTICS_ATTACH_RATE, 12, 30, "Head of Solutions Engineering"),
        target(NET_REVENUE_RETENTION, 106, 115, "VP Customer Success"));
  }

  private static MetricTarget target(Metric metric, double baseline, double target, String owner) {
    return MetricTarget.builder()
        .metric(metric)
        .baseline(baseline)
        .target(target)
        .owner(owner)
        .indicator(metric.indicator())
        .measurementDay(END_OF_Q1)
        .build();
  }

  /**
   * ACCELERATION_SUMMIT's pre-work: win strategies for select accounts (brought to the deal
   * clinics), a roadmap preview, and a review of the company and sales strategy.
   */
  private static List<PreworkItem> prework() {
    return List.of(
        PreworkItem.builder()
            .kind(PreworkKind.WIN_STRATEGY)
            .title("Win strategies for one or two active opportunities")
            .dueDay(RelativeDay.before(3))
            .audience(PreworkAudience.REPS)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.ROADMAP_PREVIEW)
            .title("Product roadmap preview")
            .dueDay(RelativeDay.before(7))
            .audience(PreworkAudience.EVERYONE)
            .build(),
        PreworkItem.builder()
            .kind(PreworkKind.PRE_READ)
            .title("Company and sales strategy review")
            .dueDay(RelativeDay.before(7))
            .audience(PreworkAudience.EVERYONE)
            .build());
  }

  /**
   * ACCELERATION_SUMMIT's reinforcement: the big-bet narrative carried into every 1:1 coaching
   * conversation, every monthly all-hands call and the training/enablement sessions after the
   * summit.
   */
  private static List<ReinforcementActivity> reinforcement() {
    return List.of(
        ReinforcementActivity.builder()
            .kind(ActivityKind.ONE_ON_ONE_COACHING)
            .description("The big bets and each rep's actions in every 1:1")
            .cadence(Cadence.WEEKLY)
            .firstDay(RelativeDay.after(7))
            .lastDay(END_OF_Q1)
            .length(minutes(45))
            .owner("Each manager")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.ALL_HANDS_CALL)
            .description("Monthly all-hands: progress on each big bet")
            .cadence(Cadence.MONTHLY)
            .firstDay(RelativeDay.after(30))
            .lastDay(END_OF_Q1.plusDays(3 * Cadence.QUARTERLY.intervalDays()))
            .length(minutes(60))
            .owner("CRO")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.LIVE_ENABLEMENT)
            .description("Live enablement sessions on each big bet's plays")
            .cadence(Cadence.BIWEEKLY)
            .firstDay(RelativeDay.after(14))
            .lastDay(END_OF_Q1)
            .length(minutes(60))
            .owner("Enablement")
            .build());
  }

  /** Real-time feedback gathered through the event app on the last day. */
  private static Survey realTimeFeedback() {
    return Survey.builder()
        .kind(SurveyKind.POST_EVENT)
        .day(RelativeDay.after(2))
        .addQuestions(
            SurveyQuestion.of("Which big bet is clearest to you?", QuestionKind.MULTIPLE_CHOICE),
            SurveyQuestion.of("What will you do differently next week?", QuestionKind.FREE_TEXT))
        .build();
  }

  /**
   * Hard costs at ACCELERATION_SUMMIT's 1,982 USD per rep, and the reps' time priced from its
   * loaded figure: (5,281 - 1,982) USD for 2.4 days, scaled to this summit's 2.5 days.
   */
  private static Budget budget() {
    BigDecimal summitDays = new BigDecimal("2.5");
    Money repTimePerRep =
        Money.of(
            LOADED_COST_PER_REP.amount().subtract(HARD_COST_PER_REP.amount()),
            LOADED_COST_PER_REP.currency());
    Money repTime = repTimePerRep.times(HEADCOUNT).times(summitDays).dividedBy(SOURCE_REP_DAYS);
    return Budget.builder(USD)
        .averageMonthlyQuota(usd(AVERAGE_MONTHLY_QUOTA_USD))
        .averageAnnualSalaryCost(ANNUAL_SALARY_COST)
        .addItems(
            CostItem.of(CostCategory.TRAVEL, "Flights, 120 people x 750 USD", usd(90_000)),
            CostItem.of(CostCategory.ACCOMMODATION, "2 nights x 210 USD, 120 people", usd(50_400)),
            CostItem.of(
                CostCategory.VENUE_AV, "Conference centre, main hall and 4 rooms", usd(42_000)),
            CostItem.of(
                CostCategory.FOOD_ENTERTAINMENT, "Meals and the summit dinner", usd(34_200)),
            CostItem.of(
                CostCategory.PRODUCTION,
                "Event app for polls and quizzes, video of the sessions",
                usd(16_000)),
            CostItem.of(CostCategory.OTHER_HARD, "Customer guests' travel and gifts", usd(5_240)),
            CostItem.of(
                CostCategory.REP_TIME, "Salary and benefits of 2.5 days of rep time", repTime))
        .build();
  }

  private static Money usd(long amount) {
    return Money.of(amount, USD);
  }
}
