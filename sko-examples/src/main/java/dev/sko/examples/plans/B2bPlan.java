package dev.sko.examples.plans;

import static dev.sko.examples.plans.Agenda.minutes;
import static dev.sko.examples.plans.Agenda.session;
import static dev.sko.examples.plans.Agenda.withModeratedQa;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
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
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.RoomKind;
import dev.sko.core.SessionKind;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The 30-person, two-day B2B kickoff of B2B_SKO_GUIDE, built for {@link
 * SamplePlans#b2bThirtyPerson()}: the guide's agenda (direction, year in review and recognition,
 * GTM and product updates, skills training, team bonding), its planning practices (two to three
 * outcomes first, at least 40% interactive, top performers teaching, a 30-day reinforcement
 * programme) and its cost model in INR, lost selling time included.
 */
final class B2bPlan {
  private B2bPlan() {}

  private static final String INR = "INR";

  /** One lakh: 100,000 (the guide quotes INR in lakh). */
  static final long LAKH = 100_000;

  /** The sample company's kickoff in Bengaluru. */
  static final String NAME = "FY27 India Sales Kick-off, Bengaluru";

  /** The first event day: a Tuesday. */
  static final LocalDate START = LocalDate.of(2027, 1, 19);

  /** B2B_SKO_GUIDE's example team: 30 sales reps. */
  static final int REPS = 30;

  /** B2B_SKO_GUIDE: a 2-day SKO suits teams of 10-30 people. */
  static final int EVENT_DAYS = 2;

  /** B2B_SKO_GUIDE: each rep carries a monthly quota of 30 lakh INR. */
  static final long MONTHLY_QUOTA_INR = 30 * LAKH;

  /** B2B_SKO_GUIDE: round-trip travel of 20,000-50,000 INR per person (here 35,000). */
  static final long TRAVEL_PER_PERSON_INR = 35_000;

  /** B2B_SKO_GUIDE: 2 nights of accommodation. */
  static final long NIGHTS = 2;

  /** B2B_SKO_GUIDE: accommodation at 8,000-15,000 INR a night (here 12,000). */
  static final long HOTEL_PER_NIGHT_INR = 12_000;

  /** B2B_SKO_GUIDE: venue and AV for 30-50 people, 2-5 lakh INR a day (here 3.5 lakh). */
  static final long VENUE_AV_PER_DAY_INR = 350_000;

  /** B2B_SKO_GUIDE: food and team events, 2,000-5,000 INR per person per day (here 3,500). */
  static final long FOOD_PER_PERSON_PER_DAY_INR = 3_500;

  /** B2B_SKO_GUIDE: a senior external sales trainer, 1-5 lakh INR a session (here 3 lakh). */
  static final long EXTERNAL_TRAINER_INR = 3 * LAKH;

  /** SKO_GUIDE: cap presentations at 30 minutes (the guide keeps presentations short). */
  private static final int TALK_MINUTES = 30;

  private static final int QA_MINUTES = 10;

  /** B2B_SKO_GUIDE: the 30-day follow-up programme ends with a check-in 30 days after. */
  static final RelativeDay CHECK_IN_DAY = RelativeDay.after(EVENT_DAYS - 1 + 30);

  /** The first day back in the field. */
  static final RelativeDay FIRST_DAY_BACK = RelativeDay.after(EVENT_DAYS);

  /** B2B_SKO_GUIDE: competitive win rate, one of the metrics most correlated with revenue. */
  static final Metric COMPETITIVE_WIN_RATE =
      Metric.of("Competitive win rate", MetricCategory.OUTCOME, "%", IndicatorType.LAG);

  private static final Presenter CEO = Presenter.of("Anil Kapoor", PresenterRole.EXECUTIVE);
  private static final Presenter CRO = Presenter.of("Meera Iyer", PresenterRole.EXECUTIVE);
  private static final Presenter PRODUCT = Presenter.of("Rahul Nair", PresenterRole.PRODUCT);
  private static final Presenter MARKETING = Presenter.of("Sneha Rao", PresenterRole.MARKETING);
  private static final Presenter TRAINER =
      Presenter.of("Vikram Sethi", PresenterRole.EXTERNAL_SPEAKER);
  private static final Presenter TOP_DISCOVERY =
      Presenter.of("Kavya Menon", PresenterRole.TOP_PERFORMER, "South");
  private static final Presenter TOP_COMPETITIVE =
      Presenter.of("Arjun Bhat", PresenterRole.TOP_PERFORMER, "West");
  private static final Presenter ENABLEMENT = Presenter.of("Farah Khan", PresenterRole.ENABLEMENT);

  static KickoffPlan build() {
    return KickoffPlan.builder()
        .name(NAME)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.HOTEL)
        .startDate(START)
        .headcount(REPS)
        .addDays(dayOne(), dayTwo())
        .outcomes(outcomes())
        .metricTargets(metricTargets())
        .reinforcement(reinforcement())
        .addRecognitionCategories(
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.MOST_DEALS_CLOSED,
            RecognitionCategory.BEST_CUSTOMER_REFERENCE,
            RecognitionCategory.MOST_IMPROVED)
        .budget(budget())
        .build();
  }

  /**
   * Day 1: the CEO's direction (connecting each rep's target to the mission), the year in review
   * with recognition in several categories, GTM strategy and product updates, the updated sales
   * materials, then hands-on workshops on the team's biggest gaps, one taught by a top performer.
   * Evening: structured social time.
   */
  private static AgendaDay dayOne() {
    return AgendaDay.builder()
        .label("Day 1: direction and skills")
        .addSessions(
            session("d1-checkin", "Registration", SessionKind.REGISTRATION, "08:30", 30).build(),
            withModeratedQa(
                    session(
                        "d1-direction",
                        "Where we are going, and why your target matters to it",
                        SessionKind.KEYNOTE,
                        "09:00",
                        TALK_MINUTES),
                    QA_MINUTES)
                .addPresenter(CEO)
                .addTopics(Topic.VISION_STRATEGY, Topic.TARGETS_QUOTAS)
                .build(),
            session(
                    "d1-year-in-review",
                    "Year in review: top quota attainment, most deals closed, best customer"
                        + " reference, most improved",
                    SessionKind.RECOGNITION,
                    "09:40",
                    30)
                .addPresenter(CRO)
                .build(),
            withModeratedQa(
                    session(
                        "d1-gtm-product",
                        "GTM for the year: priority segments, new products, pricing changes",
                        SessionKind.PRODUCT_UPDATE,
                        "10:10",
                        TALK_MINUTES),
                    QA_MINUTES)
                .addPresenters(CRO, PRODUCT)
                .addTopics(Topic.VISION_STRATEGY, Topic.COMPETITION)
                .build(),
            session("d1-break-am", "Break", SessionKind.BREAK, "10:50", 15).build(),
            withModeratedQa(
                    session(
                        "d1-materials",
                        "New battle cards, case studies and pitch deck, and why they changed",
                        SessionKind.PRESENTATION_TALK,
                        "11:05",
                        20),
                    QA_MINUTES)
                .addPresenter(MARKETING)
                .addTopics(Topic.MESSAGING_POSITIONING, Topic.COMPETITION)
                .build(),
            session("d1-lunch", "Lunch", SessionKind.MEAL, "11:35", 55).build(),
            session(
                    "d1-discovery-workshop",
                    "Discovery question quality: role plays with live coaching",
                    SessionKind.WORKSHOP,
                    "12:30",
                    120)
                .addPresenter(TRAINER)
                .addTopic(Topic.DISCOVERY)
                .recorded(true)
                .build(),
            session("d1-break-pm", "Break", SessionKind.BREAK, "14:30", 15).build(),
            session(
                    "d1-top-performer-discovery",
                    "How I structure discovery: a top performer's playbook, then practice",
                    SessionKind.WORKSHOP,
                    "14:45",
                    75)
                .addPresenter(TOP_DISCOVERY)
                .addTopic(Topic.DISCOVERY)
                .build(),
            session(
                    "d1-exec-communication",
                    "Executive communication: the three-minute business case",
                    SessionKind.ROLE_PLAY,
                    "16:00",
                    60)
                .addPresenter(TRAINER)
                .recorded(true)
                .build(),
            session(
                    "d1-team-activity",
                    "Team-building activity and team dinner",
                    SessionKind.SOCIAL_TIME,
                    "18:30",
                    150)
                .build())
        .build();
  }

  /**
   * Day 2: competitive handling taught by a top performer, demo role plays reviewed on recordings,
   * deal reviews in small groups, and the close, where every rep picks the skill they will apply in
   * their first week back.
   */
  private static AgendaDay dayTwo() {
    return AgendaDay.builder()
        .label("Day 2: practice")
        .addSessions(
            session(
                    "d2-competitive",
                    "Handling the competitive evaluation: how our best closer runs it",
                    SessionKind.WORKSHOP,
                    "09:00",
                    90)
                .addPresenter(TOP_COMPETITIVE)
                .addTopic(Topic.COMPETITION)
                .build(),
            session("d2-break-am", "Break", SessionKind.BREAK, "10:30", 15).build(),
            session(
                    "d2-demo",
                    "Demo effectiveness: role plays and recorded call reviews",
                    SessionKind.ROLE_PLAY,
                    "10:45",
                    75)
                .addPresenters(TRAINER, ENABLEMENT)
                .recorded(true)
                .build(),
            session("d2-lunch", "Lunch", SessionKind.MEAL, "12:00", 60).build(),
            session(
                    "d2-deal-reviews",
                    "Group problem-solving: deal reviews of live Q1 opportunities",
                    SessionKind.BREAKOUT,
                    "13:00",
                    90)
                .groupSize(6)
                .room(RoomKind.BREAKOUT)
                .addPresenter(ENABLEMENT)
                .addTopic(Topic.SKILLS_TRAINING)
                .addContentOwner(ENABLEMENT.name())
                .build(),
            session("d2-break-pm", "Break", SessionKind.BREAK, "14:30", 15).build(),
            session(
                    "d2-close",
                    "Close: the one skill each rep applies in the first week back",
                    SessionKind.GOAL_SETTING,
                    "14:45",
                    45)
                .addPresenters(CRO, ENABLEMENT)
                .build())
        .build();
  }

  /** The two or three outcomes defined before the agenda. */
  private static List<Outcome> outcomes() {
    return List.of(
        Outcome.builder()
            .title("Win more competitive evaluations")
            .metric(COMPETITIVE_WIN_RATE)
            .addWeeklyActions("Use the new battle card on every competitive deal")
            .addMonthlyActions("Review lost competitive deals in the team meeting")
            .build(),
        Outcome.builder()
            .title("Generate Q1 pipeline from sharper discovery")
            .metric(Metric.PIPELINE_CREATED)
            .addWeeklyActions("Share one quick win from the new discovery questions")
            .addMonthlyActions("Managers ask what has changed in how each rep sells")
            .build());
  }

  /**
   * Targets on the metrics B2B_SKO_GUIDE names as justifying the investment. The guide gives no
   * baselines; these are the sample company's (pipeline as an index of last Q1 = 100).
   */
  private static List<MetricTarget> metricTargets() {
    return List.of(
        MetricTarget.builder()
            .metric(COMPETITIVE_WIN_RATE)
            .baseline(24)
            .target(30)
            .owner("Head of Sales")
            .indicator(IndicatorType.LAG)
            .measurementDay(RelativeDay.after(90))
            .build(),
        MetricTarget.builder()
            .metric(Metric.PIPELINE_CREATED)
            .baseline(100)
            .target(115)
            .owner("Sales Ops")
            .indicator(IndicatorType.MID)
            .measurementDay(CHECK_IN_DAY)
            .build());
  }

  /**
   * B2B_SKO_GUIDE's 30-day follow-up programme: short recap videos of key sessions, a challenge to
   * apply one skill in the first week back, a Slack channel for quick wins, and the managers'
   * check-in at 30 days ("what has changed in how you are selling since the SKO?").
   */
  private static List<ReinforcementActivity> reinforcement() {
    return List.of(
        ReinforcementActivity.builder()
            .kind(ActivityKind.RECAP_VIDEO)
            .description("Short recap videos of the key sessions")
            .cadence(Cadence.WEEKLY)
            .firstDay(FIRST_DAY_BACK.plusDays(1))
            .lastDay(FIRST_DAY_BACK.plusDays(22))
            .length(minutes(10))
            .owner("Enablement")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.SKILL_CHALLENGE)
            .description("Apply one skill from the SKO in the first week back")
            .cadence(Cadence.DAILY)
            .firstDay(FIRST_DAY_BACK)
            .lastDay(FIRST_DAY_BACK.plusDays(6))
            .length(minutes(15))
            .owner("Enablement")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.QUICK_WINS_CHANNEL)
            .description("A Slack channel for quick wins from applying what was learnt")
            .cadence(Cadence.DAILY)
            .firstDay(FIRST_DAY_BACK)
            .lastDay(CHECK_IN_DAY)
            .length(minutes(5))
            .owner("Enablement")
            .build(),
        ReinforcementActivity.builder()
            .kind(ActivityKind.MANAGER_CHECK_IN)
            .description("What has changed in how you are selling since the SKO?")
            .firstDay(CHECK_IN_DAY)
            .length(minutes(30))
            .owner("Each manager")
            .build());
  }

  /**
   * B2B_SKO_GUIDE's cost model: travel and accommodation, venue and AV, food and team events, an
   * external trainer, and lost selling time, 30 reps x 30 lakh INR / 20 working days x 2 days = 90
   * lakh INR (the guide's 3-day example comes to 135 lakh).
   */
  private static Budget budget() {
    Money quota = inr(MONTHLY_QUOTA_INR);
    return Budget.builder(INR)
        .averageMonthlyQuota(quota)
        .addItems(
            CostItem.of(
                CostCategory.TRAVEL,
                "Round-trip travel, " + REPS + " people x " + TRAVEL_PER_PERSON_INR + " INR",
                inr(REPS * TRAVEL_PER_PERSON_INR)),
            CostItem.of(
                CostCategory.ACCOMMODATION,
                NIGHTS + " nights x " + HOTEL_PER_NIGHT_INR + " INR, " + REPS + " people",
                inr(REPS * NIGHTS * HOTEL_PER_NIGHT_INR)),
            CostItem.of(
                CostCategory.VENUE_AV,
                "City hotel conference room and AV, " + EVENT_DAYS + " days",
                inr(EVENT_DAYS * VENUE_AV_PER_DAY_INR)),
            CostItem.of(
                CostCategory.FOOD_ENTERTAINMENT,
                "Meals and team events, " + FOOD_PER_PERSON_PER_DAY_INR + " INR a person a day",
                inr(REPS * EVENT_DAYS * FOOD_PER_PERSON_PER_DAY_INR)),
            CostItem.of(
                CostCategory.EXTERNAL_SPEAKERS,
                "Senior external sales trainer",
                inr(EXTERNAL_TRAINER_INR)),
            CostItem.of(
                CostCategory.LOST_SELLING_TIME,
                "Lost selling time: "
                    + REPS
                    + " reps x 30 lakh INR / "
                    + Agenda.WORKING_DAYS_PER_MONTH
                    + " working days x "
                    + EVENT_DAYS
                    + " days",
                Agenda.lostSellingTime(quota.times(REPS), EVENT_DAYS)))
        .build();
  }

  private static Money inr(long amount) {
    return Money.of(amount, INR);
  }
}
