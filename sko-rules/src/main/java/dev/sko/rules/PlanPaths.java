package dev.sko.rules;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.CallForContent;
import dev.sko.core.CoachingPlan;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CostItem;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PreworkItem;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.Rep;
import dev.sko.core.Session;
import dev.sko.core.Survey;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.TierPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@link Location} paths against a plan through an explicit map from each field name to
 * the model's accessor: no reflection on plan data. The field names are the model's accessor names,
 * which are also the property names of the plan's JSON form, so a path names the same value in
 * both.
 *
 * <p>A field that the plan leaves out (no budget; no planning data, so no core team either) is
 * still a place in the plan: rules point at it to say what is missing. An index is only within the
 * plan when the list holds that element. A name the model does not have, an index on a field that
 * is not a list, or a field of a list (rather than of one of its elements) is outside the plan.
 */
final class PlanPaths {
  private PlanPaths() {}

  /** One segment of a path: a field name and an optional index. */
  private static final Pattern SEGMENT =
      Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(?:\\[(0|[1-9]\\d*)])?");

  /** Where a path led: within the plan or not, and the value there (null when nothing is). */
  static final class Resolved {
    static final Resolved OUTSIDE = new Resolved(false, null);

    final boolean within;
    final @Nullable Object value;

    Resolved(boolean within, @Nullable Object value) {
      this.within = within;
      this.value = value;
    }
  }

  /** A model type: the fields a path may name on it. A value without fields is a leaf. */
  private static final class Node {
    final Map<String, Field> fields;

    Node(Map<String, Field> fields) {
      this.fields = Collections.unmodifiableMap(fields);
    }
  }

  /**
   * A field: how to read it from its owner, whether it is a list (whose elements an index names),
   * and the node of its value (or of each element).
   */
  private static final class Field {
    final Function<Object, @Nullable Object> read;
    final boolean list;
    final Node node;

    Field(Function<Object, @Nullable Object> read, boolean list, Node node) {
      this.read = read;
      this.list = list;
      this.node = node;
    }
  }

  /** Collects the fields of one node, in the model's order. */
  private static final class NodeBuilder<T> {
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** A single value, possibly an {@code Optional} (empty counts as left out). */
    NodeBuilder<T> one(String name, Function<T, ?> read) {
      return one(name, read, LEAF);
    }

    /** A single value with fields of its own. */
    NodeBuilder<T> one(String name, Function<T, ?> read, Node node) {
      fields.put(name, new Field(owner -> unwrap(read.apply(cast(owner))), false, node));
      return this;
    }

    /** A list of leaves. */
    NodeBuilder<T> list(String name, Function<T, ? extends List<?>> read) {
      return list(name, read, LEAF);
    }

    /**
     * A set of enum constants, whose index counts in the constants' declared order, the order in
     * which the plan's JSON form writes them.
     */
    NodeBuilder<T> constants(String name, Function<T, ? extends Set<? extends Enum<?>>> read) {
      fields.put(name, new Field(owner -> read.apply(cast(owner)), true, LEAF));
      return this;
    }

    /** A list whose elements have fields of their own. */
    NodeBuilder<T> list(String name, Function<T, ? extends List<?>> read, Node node) {
      fields.put(name, new Field(owner -> read.apply(cast(owner)), true, node));
      return this;
    }

    /**
     * The owner as the type this node describes. A node's fields are only ever applied to values of
     * that type: the plan at the root, and below it what its parent field read.
     */
    @SuppressWarnings("unchecked")
    private T cast(Object owner) {
      return (T) owner;
    }

    Node build() {
      return new Node(fields);
    }
  }

  private static <T> NodeBuilder<T> node() {
    return new NodeBuilder<>();
  }

  /** {@code Optional} and its primitive cousins as the value or null. */
  private static @Nullable Object unwrap(@Nullable Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt i = (OptionalInt) value;
      return i.isPresent() ? Integer.valueOf(i.getAsInt()) : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble d = (OptionalDouble) value;
      return d.isPresent() ? Double.valueOf(d.getAsDouble()) : null;
    }
    return value;
  }

  /** The elements of a list, or of a set of enum constants in their declared order. */
  private static List<?> elements(Object listOrSet) {
    if (listOrSet instanceof List) {
      return (List<?>) listOrSet;
    }
    List<Enum<?>> sorted = new ArrayList<>();
    for (Object constant : (Set<?>) listOrSet) {
      sorted.add((Enum<?>) constant);
    }
    sorted.sort(Comparator.comparingInt(Enum::ordinal));
    return sorted;
  }

  private static final Node LEAF = new Node(Map.of());

  private static final Node MONEY =
      PlanPaths.<Money>node().one("amount", Money::amount).one("currency", Money::currency).build();

  private static final Node METRIC =
      PlanPaths.<Metric>node()
          .one("name", Metric::name)
          .one("category", Metric::category)
          .one("unit", Metric::unit)
          .one("indicator", Metric::indicator)
          .one("direction", Metric::direction)
          .build();

  private static final Node PRESENTER =
      PlanPaths.<Presenter>node()
          .one("name", Presenter::name)
          .one("role", Presenter::role)
          .one("region", Presenter::region)
          .build();

  private static final Node AUDIENCE =
      PlanPaths.<Audience>node()
          .one("kind", Audience::kind)
          .one("tier", Audience::tier)
          .one("role", Audience::role)
          .one("name", Audience::name)
          .build();

  private static final Node SESSION =
      PlanPaths.<Session>node()
          .one("id", Session::id)
          .one("title", Session::title)
          .one("kind", Session::kind)
          .one("start", Session::start)
          .one("talkTime", Session::talkTime)
          .one("qaTime", Session::qaTime)
          .one("qaStyle", Session::qaStyle)
          .list("presenters", Session::presenters, PRESENTER)
          .one("audience", Session::audience, AUDIENCE)
          .one("room", Session::room)
          .one("recorded", Session::recorded)
          .one("groupSize", Session::groupSize)
          .one("rotationInterval", Session::rotationInterval)
          .constants("customerMix", Session::customerMix)
          .constants("topics", Session::topics)
          .list("contentOwners", Session::contentOwners)
          .build();

  private static final Node DAY =
      PlanPaths.<AgendaDay>node()
          .one("length", AgendaDay::length)
          .one("label", AgendaDay::label)
          .list("sessions", AgendaDay::sessions, SESSION)
          .build();

  private static final Node OUTCOME =
      PlanPaths.<Outcome>node()
          .one("title", Outcome::title)
          .one("metric", Outcome::metric, METRIC)
          .list("weeklyActions", Outcome::weeklyActions)
          .list("monthlyActions", Outcome::monthlyActions)
          .list("quarterlyActions", Outcome::quarterlyActions)
          .build();

  private static final Node COACHING_PLAN =
      PlanPaths.<CoachingPlan>node()
          .one("focus", CoachingPlan::focus)
          .one("written", CoachingPlan::written)
          .one("agreedWithManager", CoachingPlan::agreedWithManager)
          .build();

  private static final Node REP =
      PlanPaths.<Rep>node()
          .one("id", Rep::id)
          .one("name", Rep::name)
          .one("role", Rep::role)
          .one("region", Rep::region)
          .one("manager", Rep::manager)
          .one("monthlyQuota", Rep::monthlyQuota, MONEY)
          .one("trailingAttainment", Rep::trailingAttainment)
          .one("q1Goal", Rep::q1Goal)
          .one("coachingPlan", Rep::coachingPlan, COACHING_PLAN)
          .build();

  private static final Node TIER_POLICY =
      PlanPaths.<TierPolicy>node()
          .one("announced", TierPolicy::announced)
          .one("lookbackMonths", TierPolicy::lookbackMonths)
          .build();

  private static final Node METRIC_TARGET =
      PlanPaths.<MetricTarget>node()
          .one("metric", MetricTarget::metric, METRIC)
          .one("baseline", MetricTarget::baseline)
          .one("target", MetricTarget::target)
          .one("direction", MetricTarget::direction)
          .one("owner", MetricTarget::owner)
          .one("indicator", MetricTarget::indicator)
          .one("measurementDay", MetricTarget::measurementDay)
          .build();

  private static final Node REINFORCEMENT =
      PlanPaths.<ReinforcementActivity>node()
          .one("kind", ReinforcementActivity::kind)
          .one("description", ReinforcementActivity::description)
          .one("cadence", ReinforcementActivity::cadence)
          .one("firstDay", ReinforcementActivity::firstDay)
          .one("lastDay", ReinforcementActivity::lastDay)
          .one("length", ReinforcementActivity::length)
          .one("owner", ReinforcementActivity::owner)
          .constants("participants", ReinforcementActivity::participants)
          .one("managerFollowUp", ReinforcementActivity::managerFollowUp)
          .build();

  private static final Node SURVEY_QUESTION =
      PlanPaths.<SurveyQuestion>node()
          .one("text", SurveyQuestion::text)
          .one("kind", SurveyQuestion::kind)
          .build();

  private static final Node SURVEY =
      PlanPaths.<Survey>node()
          .one("kind", Survey::kind)
          .one("day", Survey::day)
          .one("anonymous", Survey::anonymous)
          .list("questions", Survey::questions, SURVEY_QUESTION)
          .build();

  private static final Node PREWORK =
      PlanPaths.<PreworkItem>node()
          .one("kind", PreworkItem::kind)
          .one("title", PreworkItem::title)
          .one("dueDay", PreworkItem::dueDay)
          .one("length", PreworkItem::length)
          .one("audience", PreworkItem::audience)
          .build();

  private static final Node MANAGER_COMMITMENT =
      PlanPaths.<ManagerCommitment>node()
          .one("manager", ManagerCommitment::manager)
          .one("coachingCadence", ManagerCommitment::coachingCadence)
          .one("metric", ManagerCommitment::metric, METRIC)
          .one("written", ManagerCommitment::written)
          .build();

  private static final Node COST_ITEM =
      PlanPaths.<CostItem>node()
          .one("category", CostItem::category)
          .one("description", CostItem::description)
          .one("amount", CostItem::amount, MONEY)
          .build();

  private static final Node BUDGET =
      PlanPaths.<Budget>node()
          .one("currency", Budget::currency)
          .list("items", Budget::items, COST_ITEM)
          .one("averageMonthlyQuota", Budget::averageMonthlyQuota, MONEY)
          .build();

  private static final Node CORE_TEAM_MEMBER =
      PlanPaths.<CoreTeamMember>node()
          .one("name", CoreTeamMember::name)
          .one("role", CoreTeamMember::role)
          .build();

  private static final Node SUBMISSION =
      PlanPaths.<ContentSubmission>node()
          .one("title", ContentSubmission::title)
          .one("type", ContentSubmission::type)
          .one("state", ContentSubmission::state)
          .build();

  private static final Node CALL_FOR_CONTENT =
      PlanPaths.<CallForContent>node()
          .one("opensOn", CallForContent::opensOn)
          .one("openForDays", CallForContent::openForDays)
          .list("submissions", CallForContent::submissions, SUBMISSION)
          .build();

  private static final Node MILESTONE =
      PlanPaths.<PhaseMilestone>node()
          .one("phase", PhaseMilestone::phase)
          .one("start", PhaseMilestone::start)
          .one("end", PhaseMilestone::end)
          .build();

  private static final Node PLANNING =
      PlanPaths.<PlanningData>node()
          .list("coreTeam", PlanningData::coreTeam, CORE_TEAM_MEMBER)
          .one("callForContent", PlanningData::callForContent, CALL_FOR_CONTENT)
          .list("milestones", PlanningData::milestones, MILESTONE)
          .one("statusDate", PlanningData::statusDate)
          .build();

  private static final Node PLAN =
      PlanPaths.<KickoffPlan>node()
          .one("name", KickoffPlan::name)
          .one("theme", KickoffPlan::theme)
          .one("format", KickoffPlan::format)
          .one("venue", KickoffPlan::venue)
          .one("startDate", KickoffPlan::startDate)
          .one("headcount", KickoffPlan::headcount)
          .list("days", KickoffPlan::days, DAY)
          .list("outcomes", KickoffPlan::outcomes, OUTCOME)
          .list("roster", KickoffPlan::roster, REP)
          .one("tierPolicy", KickoffPlan::tierPolicy, TIER_POLICY)
          .list("metricTargets", KickoffPlan::metricTargets, METRIC_TARGET)
          .list("reinforcement", KickoffPlan::reinforcement, REINFORCEMENT)
          .list("surveys", KickoffPlan::surveys, SURVEY)
          .list("prework", KickoffPlan::prework, PREWORK)
          .list("managerCommitments", KickoffPlan::managerCommitments, MANAGER_COMMITMENT)
          .constants("recognitionCategories", KickoffPlan::recognitionCategories)
          .one("budget", KickoffPlan::budget, BUDGET)
          .one("planning", KickoffPlan::planning, PLANNING)
          .build();

  /** Follows {@code path} (a valid {@link Location} path; empty for the plan) from {@code plan}. */
  static Resolved resolve(String path, KickoffPlan plan) {
    if (path.isEmpty()) {
      return new Resolved(true, plan);
    }
    Node node = PLAN;
    @Nullable Object value = plan;
    for (String segment : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        return Resolved.OUTSIDE;
      }
      Field field = node.fields.get(m.group(1));
      if (field == null) {
        return Resolved.OUTSIDE;
      }
      value = value == null ? null : field.read.apply(value);
      String index = m.group(2);
      if (index != null) {
        if (!field.list || value == null) {
          return Resolved.OUTSIDE;
        }
        List<?> list = elements(value);
        // Location allows indexes of any length; anything past int range is past every list.
        if (index.length() > 9 || Integer.parseInt(index) >= list.size()) {
          return Resolved.OUTSIDE;
        }
        value = list.get(Integer.parseInt(index));
        node = field.node;
      } else {
        // A list without an index has no fields; its elements do.
        node = field.list ? LEAF : field.node;
      }
    }
    return new Resolved(true, value);
  }
}
