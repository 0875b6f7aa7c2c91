package dev.sko.core.shape;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
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
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shape of every type of the plan, field by field in canonical order: the one list of the
 * model's fields that the plan file readers and writers, the plan file schema and {@code Location}
 * path resolution all work from. Adding a field to a value type means adding its line here.
 */
public final class PlanShapes {
  private PlanShapes() {}

  /** Money: an exact amount and its currency, built with {@link Money#of(BigDecimal, Currency)}. */
  public static final Shape<Money> MONEY =
      Shape.of(Money.class, MoneyParts::new, MoneyParts::build)
          .required("amount", Type.DECIMAL, Money::amount, (m, v) -> m.amount = v)
          .required("currency", Type.CURRENCY, Money::currency, (m, v) -> m.currency = v)
          .build();

  /** Money has a factory, not a builder: its two parts are collected here. */
  private static final class MoneyParts {
    @Nullable BigDecimal amount;
    @Nullable Currency currency;

    Money build() {
      return Money.of(
          Objects.requireNonNull(amount, "Money.amount"),
          Objects.requireNonNull(currency, "Money.currency"));
    }
  }

  /** A metric. */
  public static final Shape<Metric> METRIC =
      Shape.of(Metric.class, Metric::builder, Metric.Builder::build)
          .required("name", Type.TEXT, Metric::name, Metric.Builder::name)
          .required(
              "category", Type.of(MetricCategory.class), Metric::category, Metric.Builder::category)
          .required("unit", Type.TEXT, Metric::unit, Metric.Builder::unit)
          .optional(
              "unitType", Type.of(MetricUnit.class), Metric::unitType, Metric.Builder::unitType)
          .required(
              "indicator",
              Type.of(IndicatorType.class),
              Metric::indicator,
              Metric.Builder::indicator)
          .defaulted(
              "direction", Type.of(Direction.class), Metric::direction, Metric.Builder::direction)
          .build();

  /** A presenter. */
  public static final Shape<Presenter> PRESENTER =
      Shape.of(Presenter.class, Presenter::builder, Presenter.Builder::build)
          .required("name", Type.TEXT, Presenter::name, Presenter.Builder::name)
          .required("role", Type.of(PresenterRole.class), Presenter::role, Presenter.Builder::role)
          .optional("region", Type.TEXT, Presenter::region, Presenter.Builder::region)
          .build();

  /** An audience. */
  public static final Shape<Audience> AUDIENCE =
      Shape.of(Audience.class, Audience::builder, Audience.Builder::build)
          .required("kind", Type.of(AudienceKind.class), Audience::kind, Audience.Builder::kind)
          .optional("tier", Type.of(Tier.class), Audience::tier, Audience.Builder::tier)
          .when("kind", AudienceKind.TIER)
          .optional("role", Type.of(RepRole.class), Audience::role, Audience.Builder::role)
          .when("kind", AudienceKind.ROLE)
          .optional("name", Type.TEXT, Audience::name, Audience.Builder::name)
          .when("kind", AudienceKind.REGION, AudienceKind.GROUP)
          .build();

  /** A session. */
  public static final Shape<Session> SESSION =
      Shape.of(Session.class, Session::builder, Session.Builder::build)
          .required("id", Type.TEXT, Session::id, Session.Builder::id)
          .required("title", Type.TEXT, Session::title, Session.Builder::title)
          .required("kind", Type.of(SessionKind.class), Session::kind, Session.Builder::kind)
          .required("start", Type.TIME, Session::start, Session.Builder::start)
          .required("talkTime", Type.DURATION, Session::talkTime, Session.Builder::talkTime)
          .defaulted("qaTime", Type.DURATION, Session::qaTime, Session.Builder::qaTime)
          .defaulted("qaStyle", Type.of(QaStyle.class), Session::qaStyle, Session.Builder::qaStyle)
          .list("presenters", Type.of(PRESENTER), Session::presenters, Session.Builder::presenters)
          .defaulted("audience", Type.of(AUDIENCE), Session::audience, Session.Builder::audience)
          .defaulted("room", Type.of(RoomKind.class), Session::room, Session.Builder::room)
          .defaulted("recorded", Type.BOOLEAN, Session::recorded, Session.Builder::recorded)
          .optionalInt(
              "groupSize", Type.INTEGER.atLeast(1), Session::groupSize, Session.Builder::groupSize)
          .optional(
              "rotationInterval",
              Type.DURATION,
              Session::rotationInterval,
              Session.Builder::rotationInterval)
          .set(
              "customerMix",
              CustomerSentiment.class,
              Session::customerMix,
              Session.Builder::customerMix)
          .set("topics", Topic.class, Session::topics, Session.Builder::topics)
          .list("contentOwners", Type.TEXT, Session::contentOwners, Session.Builder::contentOwners)
          .build();

  /** An agenda day. */
  public static final Shape<AgendaDay> DAY =
      Shape.of(AgendaDay.class, AgendaDay::builder, AgendaDay.Builder::build)
          .defaulted(
              "length", Type.of(DayLength.class), AgendaDay::length, AgendaDay.Builder::length)
          .optional("label", Type.TEXT, AgendaDay::label, AgendaDay.Builder::label)
          .list("sessions", Type.of(SESSION), AgendaDay::sessions, AgendaDay.Builder::sessions)
          .build();

  /** An outcome. */
  public static final Shape<Outcome> OUTCOME =
      Shape.of(Outcome.class, Outcome::builder, Outcome.Builder::build)
          .required("title", Type.TEXT, Outcome::title, Outcome.Builder::title)
          .optional("metric", Type.of(METRIC), Outcome::metric, Outcome.Builder::metric)
          .list("weeklyActions", Type.TEXT, Outcome::weeklyActions, Outcome.Builder::weeklyActions)
          .list(
              "monthlyActions", Type.TEXT, Outcome::monthlyActions, Outcome.Builder::monthlyActions)
          .list(
              "quarterlyActions",
              Type.TEXT,
              Outcome::quarterlyActions,
              Outcome.Builder::quarterlyActions)
          .build();

  /** A rep's coaching plan. */
  public static final Shape<CoachingPlan> COACHING_PLAN =
      Shape.of(CoachingPlan.class, CoachingPlan::builder, CoachingPlan.Builder::build)
          .required("focus", Type.TEXT, CoachingPlan::focus, CoachingPlan.Builder::focus)
          .defaulted("written", Type.BOOLEAN, CoachingPlan::written, CoachingPlan.Builder::written)
          .defaulted(
              "agreedWithManager",
              Type.BOOLEAN,
              CoachingPlan::agreedWithManager,
              CoachingPlan.Builder::agreedWithManager)
          .build();

  /** A rep. */
  public static final Shape<Rep> REP =
      Shape.of(Rep.class, Rep::builder, Rep.Builder::build)
          .required("id", Type.TEXT, Rep::id, Rep.Builder::id)
          .required("name", Type.TEXT, Rep::name, Rep.Builder::name)
          .defaulted("role", Type.of(RepRole.class), Rep::role, Rep.Builder::role)
          .optional("region", Type.TEXT, Rep::region, Rep.Builder::region)
          .optional("manager", Type.TEXT, Rep::manager, Rep.Builder::manager)
          .optional("monthlyQuota", Type.of(MONEY), Rep::monthlyQuota, Rep.Builder::monthlyQuota)
          .optional("annualQuota", Type.of(MONEY), Rep::annualQuota, Rep.Builder::annualQuota)
          .optionalNumber(
              "trailingAttainment",
              Type.NUMBER.atLeast(0),
              Rep::trailingAttainment,
              Rep.Builder::trailingAttainment)
          .optional("q1Goal", Type.TEXT, Rep::q1Goal, Rep.Builder::q1Goal)
          .list("obstacles", Type.TEXT, Rep::obstacles, Rep.Builder::obstacles)
          .optional(
              "coachingPlan", Type.of(COACHING_PLAN), Rep::coachingPlan, Rep.Builder::coachingPlan)
          .build();

  /** The tier policy. */
  public static final Shape<TierPolicy> TIER_POLICY =
      Shape.of(TierPolicy.class, TierPolicy::builder, TierPolicy.Builder::build)
          .defaulted(
              "announced", Type.BOOLEAN, TierPolicy::announced, TierPolicy.Builder::announced)
          .defaulted(
              "lookbackMonths",
              Type.INTEGER.atLeast(1),
              TierPolicy::lookbackMonths,
              TierPolicy.Builder::lookbackMonths)
          .build();

  /** A metric target. */
  public static final Shape<MetricTarget> METRIC_TARGET =
      Shape.of(MetricTarget.class, MetricTarget::builder, MetricTarget.Builder::build)
          .required("metric", Type.of(METRIC), MetricTarget::metric, MetricTarget.Builder::metric)
          .required("baseline", Type.NUMBER, MetricTarget::baseline, MetricTarget.Builder::baseline)
          .required("target", Type.NUMBER, MetricTarget::target, MetricTarget.Builder::target)
          .defaulted(
              "direction",
              Type.of(Direction.class),
              MetricTarget::direction,
              MetricTarget.Builder::direction)
          .optional("owner", Type.TEXT, MetricTarget::owner, MetricTarget.Builder::owner)
          .optional(
              "indicator",
              Type.of(IndicatorType.class),
              MetricTarget::indicator,
              MetricTarget.Builder::indicator)
          .optional(
              "measurementDay",
              Type.RELATIVE_DAY,
              MetricTarget::measurementDay,
              MetricTarget.Builder::measurementDay)
          .build();

  /** A reinforcement activity. */
  public static final Shape<ReinforcementActivity> REINFORCEMENT =
      Shape.of(
              ReinforcementActivity.class,
              ReinforcementActivity::builder,
              ReinforcementActivity.Builder::build)
          .required(
              "kind",
              Type.of(ActivityKind.class),
              ReinforcementActivity::kind,
              ReinforcementActivity.Builder::kind)
          .optional(
              "description",
              Type.TEXT,
              ReinforcementActivity::description,
              ReinforcementActivity.Builder::description)
          .defaulted(
              "cadence",
              Type.of(Cadence.class),
              ReinforcementActivity::cadence,
              ReinforcementActivity.Builder::cadence)
          .required(
              "firstDay",
              Type.RELATIVE_DAY,
              ReinforcementActivity::firstDay,
              ReinforcementActivity.Builder::firstDay)
          .defaulted(
              "lastDay",
              Type.RELATIVE_DAY,
              ReinforcementActivity::lastDay,
              ReinforcementActivity.Builder::lastDay)
          .required(
              "length",
              Type.DURATION,
              ReinforcementActivity::length,
              ReinforcementActivity.Builder::length)
          .optional(
              "owner",
              Type.TEXT,
              ReinforcementActivity::owner,
              ReinforcementActivity.Builder::owner)
          .set(
              "participants",
              StakeholderRole.class,
              ReinforcementActivity::participants,
              ReinforcementActivity.Builder::participants)
          .defaulted(
              "managerFollowUp",
              Type.BOOLEAN,
              ReinforcementActivity::managerFollowUp,
              ReinforcementActivity.Builder::managerFollowUp)
          .build();

  /** A survey question. */
  public static final Shape<SurveyQuestion> SURVEY_QUESTION =
      Shape.of(SurveyQuestion.class, SurveyQuestion::builder, SurveyQuestion.Builder::build)
          .required("text", Type.TEXT, SurveyQuestion::text, SurveyQuestion.Builder::text)
          .required(
              "kind",
              Type.of(QuestionKind.class),
              SurveyQuestion::kind,
              SurveyQuestion.Builder::kind)
          .build();

  /** A survey. */
  public static final Shape<Survey> SURVEY =
      Shape.of(Survey.class, Survey::builder, Survey.Builder::build)
          .required("kind", Type.of(SurveyKind.class), Survey::kind, Survey.Builder::kind)
          .required("day", Type.RELATIVE_DAY, Survey::day, Survey.Builder::day)
          .defaulted("anonymous", Type.BOOLEAN, Survey::anonymous, Survey.Builder::anonymous)
          .list("questions", Type.of(SURVEY_QUESTION), Survey::questions, Survey.Builder::questions)
          .build();

  /** A pre-work item. */
  public static final Shape<PreworkItem> PREWORK =
      Shape.of(PreworkItem.class, PreworkItem::builder, PreworkItem.Builder::build)
          .required(
              "kind", Type.of(PreworkKind.class), PreworkItem::kind, PreworkItem.Builder::kind)
          .required("title", Type.TEXT, PreworkItem::title, PreworkItem.Builder::title)
          .required("dueDay", Type.RELATIVE_DAY, PreworkItem::dueDay, PreworkItem.Builder::dueDay)
          .optional("length", Type.DURATION, PreworkItem::length, PreworkItem.Builder::length)
          .defaulted(
              "audience",
              Type.of(PreworkAudience.class),
              PreworkItem::audience,
              PreworkItem.Builder::audience)
          .build();

  /** A manager's commitment. */
  public static final Shape<ManagerCommitment> MANAGER_COMMITMENT =
      Shape.of(
              ManagerCommitment.class, ManagerCommitment::builder, ManagerCommitment.Builder::build)
          .required(
              "manager", Type.TEXT, ManagerCommitment::manager, ManagerCommitment.Builder::manager)
          .required(
              "coachingCadence",
              Type.of(Cadence.class),
              ManagerCommitment::coachingCadence,
              ManagerCommitment.Builder::coachingCadence)
          .required(
              "metric",
              Type.of(METRIC),
              ManagerCommitment::metric,
              ManagerCommitment.Builder::metric)
          .defaulted(
              "written",
              Type.BOOLEAN,
              ManagerCommitment::written,
              ManagerCommitment.Builder::written)
          .build();

  /** A cost item. */
  public static final Shape<CostItem> COST_ITEM =
      Shape.of(CostItem.class, CostItem::builder, CostItem.Builder::build)
          .required(
              "category",
              Type.of(CostCategory.class),
              CostItem::category,
              CostItem.Builder::category)
          .required("description", Type.TEXT, CostItem::description, CostItem.Builder::description)
          .required("amount", Type.of(MONEY), CostItem::amount, CostItem.Builder::amount)
          .build();

  /** The budget. */
  public static final Shape<Budget> BUDGET =
      Shape.of(Budget.class, Budget::builder, Budget.Builder::build)
          .required("currency", Type.CURRENCY, Budget::currency, Budget.Builder::currency)
          .list("items", Type.of(COST_ITEM), Budget::items, Budget.Builder::items)
          .optional(
              "averageMonthlyQuota",
              Type.of(MONEY),
              Budget::averageMonthlyQuota,
              Budget.Builder::averageMonthlyQuota)
          .optional(
              "averageAnnualQuota",
              Type.of(MONEY),
              Budget::averageAnnualQuota,
              Budget.Builder::averageAnnualQuota)
          .optional(
              "averageAnnualSalaryCost",
              Type.of(MONEY),
              Budget::averageAnnualSalaryCost,
              Budget.Builder::averageAnnualSalaryCost)
          .build();

  /** A member of the core planning team. */
  public static final Shape<CoreTeamMember> CORE_TEAM_MEMBER =
      Shape.of(CoreTeamMember.class, CoreTeamMember::builder, CoreTeamMember.Builder::build)
          .required("name", Type.TEXT, CoreTeamMember::name, CoreTeamMember.Builder::name)
          .required(
              "role",
              Type.of(CoreTeamRole.class),
              CoreTeamMember::role,
              CoreTeamMember.Builder::role)
          .build();

  /** A content submission. */
  public static final Shape<ContentSubmission> SUBMISSION =
      Shape.of(
              ContentSubmission.class, ContentSubmission::builder, ContentSubmission.Builder::build)
          .required("title", Type.TEXT, ContentSubmission::title, ContentSubmission.Builder::title)
          .required(
              "type",
              Type.of(SubmissionType.class),
              ContentSubmission::type,
              ContentSubmission.Builder::type)
          .defaulted(
              "state",
              Type.of(SubmissionState.class),
              ContentSubmission::state,
              ContentSubmission.Builder::state)
          .build();

  /** The call for content. */
  public static final Shape<CallForContent> CALL_FOR_CONTENT =
      Shape.of(CallForContent.class, CallForContent::builder, CallForContent.Builder::build)
          .required(
              "opensOn",
              Type.RELATIVE_DAY,
              CallForContent::opensOn,
              CallForContent.Builder::opensOn)
          .required(
              "openForDays",
              Type.INTEGER.atLeast(1),
              CallForContent::openForDays,
              CallForContent.Builder::openForDays)
          .list(
              "submissions",
              Type.of(SUBMISSION),
              CallForContent::submissions,
              CallForContent.Builder::submissions)
          .build();

  /** A phase milestone. */
  public static final Shape<PhaseMilestone> MILESTONE =
      Shape.of(PhaseMilestone.class, PhaseMilestone::builder, PhaseMilestone.Builder::build)
          .required(
              "phase", Type.of(Phase.class), PhaseMilestone::phase, PhaseMilestone.Builder::phase)
          .required(
              "start", Type.RELATIVE_DAY, PhaseMilestone::start, PhaseMilestone.Builder::start)
          .required("end", Type.RELATIVE_DAY, PhaseMilestone::end, PhaseMilestone.Builder::end)
          .build();

  /** The planning data. */
  public static final Shape<PlanningData> PLANNING =
      Shape.of(PlanningData.class, PlanningData::builder, PlanningData.Builder::build)
          .list(
              "coreTeam",
              Type.of(CORE_TEAM_MEMBER),
              PlanningData::coreTeam,
              PlanningData.Builder::coreTeam)
          .optional(
              "callForContent",
              Type.of(CALL_FOR_CONTENT),
              PlanningData::callForContent,
              PlanningData.Builder::callForContent)
          .list(
              "milestones",
              Type.of(MILESTONE),
              PlanningData::milestones,
              PlanningData.Builder::milestones)
          .optional(
              "statusDate", Type.DATE, PlanningData::statusDate, PlanningData.Builder::statusDate)
          .build();

  /** The plan. */
  public static final Shape<KickoffPlan> PLAN =
      Shape.of(KickoffPlan.class, KickoffPlan::builder, KickoffPlan.Builder::build)
          .required("name", Type.TEXT, KickoffPlan::name, KickoffPlan.Builder::name)
          .optional("theme", Type.TEXT, KickoffPlan::theme, KickoffPlan.Builder::theme)
          .required(
              "format",
              Type.of(EventFormat.class),
              KickoffPlan::format,
              KickoffPlan.Builder::format)
          .required(
              "venue", Type.of(VenueKind.class), KickoffPlan::venue, KickoffPlan.Builder::venue)
          .required("startDate", Type.DATE, KickoffPlan::startDate, KickoffPlan.Builder::startDate)
          .required(
              "headcount",
              Type.INTEGER.atLeast(1),
              KickoffPlan::headcount,
              KickoffPlan.Builder::headcount)
          .requiredList("days", Type.of(DAY), KickoffPlan::days, KickoffPlan.Builder::days)
          .list("outcomes", Type.of(OUTCOME), KickoffPlan::outcomes, KickoffPlan.Builder::outcomes)
          .list("roster", Type.of(REP), KickoffPlan::roster, KickoffPlan.Builder::roster)
          .optional(
              "tierPolicy",
              Type.of(TIER_POLICY),
              KickoffPlan::tierPolicy,
              KickoffPlan.Builder::tierPolicy)
          .list(
              "metricTargets",
              Type.of(METRIC_TARGET),
              KickoffPlan::metricTargets,
              KickoffPlan.Builder::metricTargets)
          .list(
              "reinforcement",
              Type.of(REINFORCEMENT),
              KickoffPlan::reinforcement,
              KickoffPlan.Builder::reinforcement)
          .list("surveys", Type.of(SURVEY), KickoffPlan::surveys, KickoffPlan.Builder::surveys)
          .list("prework", Type.of(PREWORK), KickoffPlan::prework, KickoffPlan.Builder::prework)
          .list(
              "managerCommitments",
              Type.of(MANAGER_COMMITMENT),
              KickoffPlan::managerCommitments,
              KickoffPlan.Builder::managerCommitments)
          .set(
              "recognitionCategories",
              RecognitionCategory.class,
              KickoffPlan::recognitionCategories,
              KickoffPlan.Builder::recognitionCategories)
          .optional("budget", Type.of(BUDGET), KickoffPlan::budget, KickoffPlan.Builder::budget)
          .optional(
              "planning", Type.of(PLANNING), KickoffPlan::planning, KickoffPlan.Builder::planning)
          .build();

  /** Every shape, the plan's first, then as they are reached from it, each once. */
  public static List<Shape<?>> all() {
    return List.of(
        PLAN,
        DAY,
        SESSION,
        PRESENTER,
        AUDIENCE,
        OUTCOME,
        METRIC,
        REP,
        COACHING_PLAN,
        TIER_POLICY,
        METRIC_TARGET,
        REINFORCEMENT,
        SURVEY,
        SURVEY_QUESTION,
        PREWORK,
        MANAGER_COMMITMENT,
        BUDGET,
        COST_ITEM,
        MONEY,
        PLANNING,
        CORE_TEAM_MEMBER,
        CALL_FOR_CONTENT,
        SUBMISSION,
        MILESTONE);
  }
}
