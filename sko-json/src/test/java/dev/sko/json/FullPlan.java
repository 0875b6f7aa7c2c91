package dev.sko.json;

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
import dev.sko.core.Direction;
import dev.sko.core.EventFormat;
import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricCategory;
import dev.sko.core.MetricTarget;
import dev.sko.core.MetricUnit;
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

/**
 * A plan that sets every property of the format at least once, most of them to a value other than
 * the default, so the round trip and the schema see the whole format. Its canonical JSON is the
 * golden file {@code full-plan.json}.
 */
final class FullPlan {
  private FullPlan() {}

  static KickoffPlan plan() {
    Session keynote =
        Session.builder()
            .id("d1-ceo")
            .title("FY27: where we are going — «ünïcode» too")
            .kind(SessionKind.KEYNOTE)
            .start(LocalTime.of(9, 0))
            .talkTime(Duration.ofMinutes(30))
            .qaTime(Duration.ofMinutes(10))
            .qaStyle(QaStyle.MODERATED)
            .addPresenter(Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
            .addPresenter(Presenter.of("Sam Ortiz", PresenterRole.CUSTOMER, "EMEA"))
            .recorded(true)
            .addTopics(Topic.VISION_STRATEGY, Topic.COMPETITION)
            .addCustomerMix(CustomerSentiment.DETRACTOR, CustomerSentiment.PROMOTER)
            .addContentOwner("Dana Reyes")
            .build();
    Session clinic =
        Session.builder()
            .id("d1-clinic")
            .title("Deal clinic, top tier")
            .kind(SessionKind.DEAL_CLINIC)
            .start(LocalTime.of(10, 0))
            .talkTime(Duration.ofMinutes(90))
            .audience(Audience.tier(Tier.TOP))
            .room(RoomKind.BREAKOUT)
            .groupSize(6)
            .build();
    Session stations =
        Session.builder()
            .id("d1-stations")
            .title("Skill stations")
            .kind(SessionKind.SKILL_STATION)
            .start(LocalTime.of(13, 0))
            .talkTime(Duration.ofMinutes(120))
            .rotationInterval(Duration.ofMinutes(20))
            .audience(Audience.role(RepRole.SALES_DEVELOPMENT))
            .build();
    Session emea =
        Session.builder()
            .id("d2-emea")
            .title("EMEA territories")
            .kind(SessionKind.TERRITORY_QUOTA_COMP)
            .start(LocalTime.of(9, 0))
            .talkTime(Duration.ofMinutes(45))
            .audience(Audience.region("EMEA"))
            .build();
    Session partners =
        Session.builder()
            .id("d2-partners")
            .title("Partner summit")
            .kind(SessionKind.PANEL)
            .start(LocalTime.of(9, 0))
            .talkTime(Duration.ofMinutes(60))
            .qaTime(Duration.ofMinutes(15))
            .qaStyle(QaStyle.OPEN_MIC)
            .audience(Audience.group("partners"))
            .build();
    Metric dials = Metric.DIALS_PER_REP_PER_DAY;
    Metric custom =
        Metric.builder()
            .name("Late renewals")
            .category(MetricCategory.OUTCOME)
            .unit("renewals")
            .unitType(MetricUnit.COUNT)
            .indicator(IndicatorType.LAG)
            .direction(Direction.DECREASE)
            .build();
    return KickoffPlan.builder()
        .name("FY27 Sales Kickoff \"Full\"")
        .theme("Win the room\nthen the quarter")
        .format(EventFormat.HYBRID)
        .venue(VenueKind.CONFERENCE_CENTER)
        .startDate(LocalDate.of(2027, 1, 12))
        .headcount(40)
        .addDay(
            AgendaDay.builder().label("Main day").addSessions(keynote, clinic, stations).build())
        .addDay(
            AgendaDay.builder()
                .length(DayLength.HALF)
                .label("Partner Summit")
                .addSessions(emea, partners)
                .build())
        .addDay(AgendaDay.builder().length(DayLength.HALF).build())
        .addOutcome(
            Outcome.builder()
                .title("More pipeline from multi-threaded deals")
                .metric(Metric.PIPELINE_CREATED)
                .addWeeklyAction("Add one contact to every open deal")
                .addMonthlyAction("Review multi-threading in 1:1s")
                .addQuarterlyAction("Report pipeline created against baseline")
                .build())
        .addOutcome(Outcome.builder().title("Fewer late renewals").build())
        .addRoster(
            Rep.builder()
                .id("r1")
                .name("Avery Kim")
                .role(RepRole.ACCOUNT_MANAGER)
                .region("EMEA")
                .manager("m1")
                .monthlyQuota(Money.of("250000.00", "USD"))
                .trailingAttainment(0.92)
                .q1Goal("Close the Globex expansion")
                .coachingPlan(
                    CoachingPlan.builder()
                        .focus("Discovery depth")
                        .written(false)
                        .agreedWithManager(false)
                        .build())
                .build())
        .addRoster(
            Rep.builder()
                .id("r2")
                .name("Jo Lee")
                .annualQuota(Money.of("3000000", "USD"))
                .trailingAttainment(1.0)
                .addObstacles("Procurement cycles", "Champion left", "Pricing")
                .coachingPlan(CoachingPlan.of("Negotiation"))
                .build())
        .tierPolicy(TierPolicy.builder().announced(true).lookbackMonths(12).build())
        .addMetricTarget(
            MetricTarget.builder()
                .metric(dials)
                .baseline(35)
                .target(42.5)
                .owner("Each manager")
                .measurementDay(RelativeDay.after(30))
                .build())
        .addMetricTarget(
            MetricTarget.builder()
                .metric(custom)
                .baseline(1.0E-4)
                .target(0)
                .direction(Direction.INCREASE)
                .indicator(IndicatorType.MID)
                .build())
        .addReinforcement(
            ReinforcementActivity.builder()
                .kind(ActivityKind.ONE_ON_ONE_COACHING)
                .description("Weekly 1:1 with a recorded call")
                .cadence(Cadence.WEEKLY)
                .firstDay(RelativeDay.after(9))
                .lastDay(RelativeDay.after(30))
                .length(Duration.ofMinutes(45))
                .owner("Each manager")
                .managerFollowUp(false)
                .build())
        .addReinforcement(
            ReinforcementActivity.builder()
                .kind(ActivityKind.GOVERNANCE_REVIEW)
                .firstDay(RelativeDay.after(30))
                .length(Duration.ofHours(1))
                .addParticipants(StakeholderRole.REVOPS, StakeholderRole.SALES_LEADER)
                .managerFollowUp(true)
                .build())
        .addSurvey(
            Survey.builder()
                .kind(SurveyKind.PRE_EVENT_GAP)
                .day(RelativeDay.before(28))
                .anonymous(true)
                .addQuestion(SurveyQuestion.of("Where do you lose deals?", QuestionKind.FREE_TEXT))
                .addQuestion(SurveyQuestion.of("How ready are you?", QuestionKind.LIKERT))
                .build())
        .addSurvey(Survey.builder().kind(SurveyKind.POST_EVENT).day(RelativeDay.after(3)).build())
        .addPrework(
            PreworkItem.builder()
                .kind(PreworkKind.RUBRIC_CALIBRATION)
                .title("Rubric norming")
                .dueDay(RelativeDay.before(7))
                .length(Duration.ofMinutes(90))
                .audience(PreworkAudience.MANAGERS)
                .build())
        .addPrework(
            PreworkItem.builder()
                .kind(PreworkKind.WIN_STRATEGY)
                .title("Bring one live deal")
                .dueDay(RelativeDay.before(2))
                .build())
        .addManagerCommitment(
            ManagerCommitment.builder()
                .manager("m1")
                .coachingCadence(Cadence.WEEKLY)
                .metric(Metric.COACHING_SESSIONS_PER_WEEK)
                .written(false)
                .build())
        .addRecognitionCategories(
            RecognitionCategory.TEAM_ACHIEVEMENT, RecognitionCategory.MOST_IMPROVED)
        .budget(
            Budget.builder("USD")
                .addItem(
                    CostItem.of(CostCategory.VENUE_AV, "Hall and AV", Money.of("1982.00", "USD")))
                .addItem(
                    CostItem.of(
                        CostCategory.LOST_SELLING_TIME, "Two days away", Money.of(12000, "USD")))
                .averageMonthlyQuota(Money.of("250000.5", "USD"))
                .averageAnnualSalaryCost(Money.of("180000", "USD"))
                .build())
        .planning(
            PlanningData.builder()
                .addCoreTeam(CoreTeamMember.of("Pat Doe", CoreTeamRole.ACCOUNTABLE_OWNER))
                .callForContent(
                    CallForContent.builder()
                        .opensOn(RelativeDay.before(90))
                        .openForDays(21)
                        .addSubmission(
                            ContentSubmission.of(
                                "Selling to finance",
                                SubmissionType.ROLE_BASED,
                                SubmissionState.ACCEPTED))
                        .addSubmission(
                            ContentSubmission.builder()
                                .title("Demo jam")
                                .type(SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE)
                                .build())
                        .build())
                .addMilestone(
                    PhaseMilestone.of(
                        Phase.DIAGNOSE, RelativeDay.before(28), RelativeDay.before(14)))
                .addMilestone(
                    PhaseMilestone.of(Phase.DRIVE, RelativeDay.after(3), RelativeDay.after(30)))
                .statusDate(LocalDate.of(2026, 11, 2))
                .build())
        .build();
  }
}
