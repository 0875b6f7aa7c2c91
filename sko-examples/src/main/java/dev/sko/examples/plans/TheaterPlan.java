package dev.sko.examples.plans;

import static dev.sko.examples.plans.Agenda.minutes;
import static dev.sko.examples.plans.Agenda.session;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.DayLength;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.SessionKind;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.LocalDate;

/**
 * The "kickoff as theater" that BEHAVIOR_CHANGE_MODEL opens with ("CEO speech, product demo, happy
 * hour"), built for {@link SamplePlans#theater()} so that it breaks as many rules as it can: three
 * and a half days at a destination resort, a 60-minute CEO keynote without questions, a
 * motivational speaker, an hour-and-a-half roadmap deep-dive in the main room, an open-mic CEO
 * Q&amp;A, competitive team games, an awards night on stage, announced tiers, a vague theme with no
 * measurable outcome, almost no practice, no pre-work or surveys, no metric targets, an LMS course
 * assigned afterwards without manager follow-up as the only "reinforcement", and 6,000 USD per head
 * in hard costs with no selling time counted.
 */
final class TheaterPlan {
  private TheaterPlan() {}

  private static final String USD = "USD";

  /** The sample company's off-site. */
  static final String NAME = "FY27 Sales Kickoff at the Resort";

  /** BEHAVIOR_CHANGE_MODEL's example of a vague theme: "go for greatness". */
  static final String THEME = "Go for greatness";

  /** The first event day: a Monday. */
  static final LocalDate START = LocalDate.of(2027, 1, 11);

  /** Attendees. */
  static final int HEADCOUNT = 80;

  /**
   * Hard cost per head: above the 4,000 USD per rep that {@code
   * sko.antipattern.destination-offsite} and {@code sko.cost.per-rep} take as their limit, the low
   * end of the "4-7K/rep all-in" that BEHAVIOR_CHANGE_MODEL quotes from Bessemer 2026 for
   * Vegas/Cabo off-sites. (The source states a range, not a limit; the 6,000 is hard cost alone,
   * before the selling time an all-in figure adds.)
   */
  static final long HARD_COST_PER_HEAD_USD = 6_000;

  /** The reps' average monthly quota (the sample company's), for the lost selling time. */
  static final long AVERAGE_MONTHLY_QUOTA_USD = 100_000;

  /** BEHAVIOR_CHANGE_MODEL: motivational speakers cost 25-75K (here 50K). */
  static final long MOTIVATIONAL_SPEAKER_FEE_USD = 50_000;

  private static final Presenter CEO = Presenter.of("Victor Hale", PresenterRole.EXECUTIVE);
  private static final Presenter CFO = Presenter.of("Linda Park", PresenterRole.EXECUTIVE);
  private static final Presenter CRO = Presenter.of("Greg Dalton", PresenterRole.EXECUTIVE);
  private static final Presenter PRODUCT = Presenter.of("Nina Volkova", PresenterRole.PRODUCT);
  private static final Presenter MARKETING = Presenter.of("Paul Jensen", PresenterRole.MARKETING);
  private static final Presenter SPEAKER =
      Presenter.of("Max Summit, motivational speaker", PresenterRole.EXTERNAL_SPEAKER);

  static KickoffPlan build() {
    return KickoffPlan.builder()
        .name(NAME)
        .theme(THEME)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.DESTINATION_RESORT)
        .startDate(START)
        .headcount(HEADCOUNT)
        .addDays(dayOne(), dayTwo(), dayThree(), dayFour())
        .tierPolicy(TierPolicy.builder().announced(true).build())
        .addReinforcement(lmsCourses())
        .addRecognitionCategories(RecognitionCategory.TOP_REVENUE)
        .budget(budget())
        .build();
  }

  /** Day 1: the CEO speaks for an hour, then the roadmap for an hour and a half, then the games. */
  private static AgendaDay dayOne() {
    return AgendaDay.builder()
        .label("Day 1: Go for greatness")
        .addSessions(
            session("d1-keynote", "Go for greatness", SessionKind.KEYNOTE, "09:00", 60)
                .addPresenter(CEO)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            session("d1-break-am", "Break", SessionKind.BREAK, "10:00", 15).build(),
            session(
                    "d1-roadmap",
                    "The complete product roadmap, feature by feature",
                    SessionKind.ROADMAP,
                    "10:15",
                    90)
                .addPresenter(PRODUCT)
                .build(),
            session("d1-lunch", "Lunch by the pool", SessionKind.MEAL, "11:45", 75).build(),
            session(
                    "d1-finance",
                    "FY26 results and FY27 revenue targets",
                    SessionKind.PRESENTATION_TALK,
                    "13:00",
                    45)
                .addPresenter(CFO)
                .addTopic(Topic.TARGETS_QUOTAS)
                .build(),
            session(
                    "d1-brand",
                    "Our new brand and messaging",
                    SessionKind.PRESENTATION_TALK,
                    "14:00",
                    60)
                .addPresenter(MARKETING)
                .addTopic(Topic.MESSAGING_POSITIONING)
                .build(),
            session(
                    "d1-games",
                    "Team scavenger hunt: regions compete for the trophy",
                    SessionKind.TEAM_GAME,
                    "15:15",
                    120)
                .build(),
            session("d1-party", "Welcome party", SessionKind.SOCIAL_TIME, "19:00", 240).build())
        .build();
  }

  /** Day 2: the motivational speaker, product demos, and the CEO's open-mic Q&amp;A. */
  private static AgendaDay dayTwo() {
    return AgendaDay.builder()
        .label("Day 2: Believe")
        .addSessions(
            session(
                    "d2-motivational",
                    "Climbing your Everest",
                    SessionKind.MOTIVATIONAL_TALK,
                    "09:30",
                    75)
                .addPresenter(SPEAKER)
                .build(),
            session("d2-break-am", "Break", SessionKind.BREAK, "10:45", 15).build(),
            session("d2-demos", "Product demo showcase", SessionKind.PRODUCT_UPDATE, "11:00", 60)
                .addPresenter(PRODUCT)
                .build(),
            session("d2-lunch", "Lunch", SessionKind.MEAL, "12:00", 75).build(),
            session("d2-ceo-qa", "Ask the CEO anything", SessionKind.QA, "13:15", 60)
                .qaStyle(QaStyle.OPEN_MIC)
                .addPresenter(CEO)
                .build(),
            session(
                    "d2-golf",
                    "Golf and beach volleyball tournament",
                    SessionKind.TEAM_GAME,
                    "14:30",
                    180)
                .build())
        .build();
  }

  /** Day 3: leadership and regional updates; in the evening the awards night on stage. */
  private static AgendaDay dayThree() {
    return AgendaDay.builder()
        .label("Day 3: Win")
        .addSessions(
            session(
                    "d3-sales-leadership",
                    "How we will crush FY27",
                    SessionKind.KEYNOTE,
                    "09:30",
                    60)
                .addPresenter(CRO)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            session("d3-break-am", "Break", SessionKind.BREAK, "10:30", 15).build(),
            session(
                    "d3-regions",
                    "Regional updates from each VP",
                    SessionKind.PRESENTATION_TALK,
                    "10:45",
                    75)
                .addPresenter(CRO)
                .build(),
            session(
                    "d3-awards",
                    "Awards night: the top revenue earners on stage",
                    SessionKind.RECOGNITION,
                    "19:00",
                    150)
                .addPresenter(CEO)
                .build())
        .build();
  }

  /** Day 4, a half day: the CEO's closing keynote and departures. */
  private static AgendaDay dayFour() {
    return AgendaDay.builder()
        .length(DayLength.HALF)
        .label("Day 4: Go for greatness")
        .addSessions(
            session("d4-close", "Go out and be great", SessionKind.KEYNOTE, "09:30", 45)
                .addPresenter(CEO)
                .build(),
            session("d4-departures", "Departures", SessionKind.TRAVEL, "11:00", 120).build())
        .build();
  }

  /** Generic courses assigned after the event, with no manager following up. */
  private static ReinforcementActivity lmsCourses() {
    return ReinforcementActivity.builder()
        .kind(ActivityKind.LMS_COURSE)
        .description("Generic selling-skills course bundle in the LMS")
        .firstDay(RelativeDay.after(17))
        .lastDay(RelativeDay.after(24))
        .length(minutes(120))
        .managerFollowUp(false)
        .build();
  }

  /** 6,000 USD per head in hard costs, and no lost selling time counted. */
  private static Budget budget() {
    return Budget.builder(USD)
        .averageMonthlyQuota(usd(AVERAGE_MONTHLY_QUOTA_USD))
        .addItems(
            CostItem.of(CostCategory.TRAVEL, "Flights to the resort, 80 x 1,800 USD", usd(144_000)),
            CostItem.of(CostCategory.ACCOMMODATION, "4 nights x 450 USD, 80 people", usd(144_000)),
            CostItem.of(CostCategory.VENUE_AV, "Ballroom, stage and AV", usd(70_000)),
            CostItem.of(
                CostCategory.FOOD_ENTERTAINMENT,
                "Meals, welcome party, golf and awards night",
                usd(52_000)),
            CostItem.of(
                CostCategory.EXTERNAL_SPEAKERS,
                "Motivational speaker",
                usd(MOTIVATIONAL_SPEAKER_FEE_USD)),
            CostItem.of(CostCategory.PRODUCTION, "Stage production and trophies", usd(20_000)))
        .build();
  }

  private static Money usd(long amount) {
    return Money.of(amount, USD);
  }
}
