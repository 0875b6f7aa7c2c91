package dev.sko.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import dev.sko.json.PlanJsonException.Kind;
import dev.sko.json.SourceMap.Position;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one plan object from a streaming parser, type by type, with explicit code for every
 * property: no reflection on plan data. It records where each value starts and turns every problem
 * into a {@link PlanJsonException} with the plan path, line and column.
 */
final class PlanReader {
  // The lexical forms the format accepts; the JSON Schema uses the same patterns.
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?");
  static final Pattern DURATION =
      Pattern.compile(
          "P(?=[0-9]|T[0-9])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?");
  static final Pattern RELATIVE_DAY = Pattern.compile("T[+-][0-9]{1,4}");
  static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** {@code Session.talkTime must …}: the field a model invariant names, to point at it. */
  private static final Pattern INVARIANT_FIELD =
      Pattern.compile("^[A-Z][A-Za-z]*\\.([a-z][A-Za-z0-9]*)(\\[[0-9]+])?");

  private static final int MAX_QUOTED = 60;

  private final JsonParser p;
  private final Map<String, Position> positions = new LinkedHashMap<>();

  /**
   * The path of what the reader is reading: a property's path while its value is read, the object's
   * or array's path between members. A parser error is reported here.
   */
  private String current = "";

  /**
   * The last property name the innermost object being read has handed out; when the parser fails on
   * a newer name's value (it reads a number right after its name), the error is that property's.
   */
  private @Nullable String lastName;

  PlanReader(JsonParser p) {
    this.p = p;
  }

  /** The positions recorded so far. */
  SourceMap sourceMap() {
    return new SourceMap(positions);
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  /** Reads a whole document holding one plan object and nothing else. */
  LocatedPlan document() throws PlanJsonException, IOException {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw error(
            Kind.SYNTAX,
            "",
            position(p.currentLocation()),
            "the document is empty; expected a plan object");
      }
      KickoffPlan plan = plan("");
      current = "";
      JsonToken after = p.nextToken();
      if (after != null) {
        throw error(
            Kind.SYNTAX,
            "",
            here(),
            "unexpected " + describe(after) + " after the plan object; a document holds one plan");
      }
      return new LocatedPlan(plan, sourceMap());
    } catch (JsonProcessingException e) {
      throw fromJackson(e);
    }
  }

  /**
   * Turns a parser error into the one exception type, at the path the reader was reading and where
   * the parser stopped: for malformed JSON at or just after the offending character, for a limit
   * just after the string, number or name that is too long, or the bracket that nests too deep.
   */
  PlanJsonException fromJackson(JsonProcessingException e) {
    String path = current;
    JsonStreamContext context = p.getParsingContext();
    String name = context.inObject() ? context.getCurrentName() : null;
    if (name != null && !name.equals(lastName)) {
      path = join(current, name); // the parser failed on the value of a name not yet handed out
    }
    JsonLocation loc = e.getLocation();
    Position at = position(loc == null || loc.getLineNr() < 1 ? p.currentLocation() : loc);
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      at = position(p.currentLocation());
      return new PlanJsonException(Kind.LIMIT, path, at.line(), at.column(), limit(original), e);
    }
    return new PlanJsonException(Kind.SYNTAX, path, at.line(), at.column(), syntax(original), e);
  }

  private static String limit(String original) {
    String lower = original.toLowerCase(java.util.Locale.ROOT);
    String which;
    if (lower.contains("nesting depth")) {
      which = "nests deeper than PlanJson.MAX_NESTING_DEPTH (" + PlanJson.MAX_NESTING_DEPTH + ")";
    } else if (lower.contains("document length")) {
      which =
          "is longer than PlanJson.MAX_DOCUMENT_LENGTH ("
              + PlanJson.MAX_DOCUMENT_LENGTH
              + " characters)";
    } else if (lower.contains("name length")) {
      which =
          "has a property name longer than PlanJson.MAX_NAME_LENGTH ("
              + PlanJson.MAX_NAME_LENGTH
              + ")";
    } else if (lower.contains("number value length")) {
      which =
          "has a number longer than PlanJson.MAX_NUMBER_LENGTH ("
              + PlanJson.MAX_NUMBER_LENGTH
              + " characters)";
    } else if (lower.contains("string value length")) {
      which =
          "has a string longer than PlanJson.MAX_STRING_LENGTH ("
              + PlanJson.MAX_STRING_LENGTH
              + " characters)";
    } else {
      which = "exceeds a reading limit";
    }
    return "the document " + which + ": " + original;
  }

  private static String syntax(String original) {
    // Jackson's messages sometimes end in a hint about its own API; keep the first sentence.
    int cut = original.indexOf("\n");
    return "malformed JSON: " + (cut < 0 ? original : original.substring(0, cut));
  }

  // ---------------------------------------------------------------------------------------------
  // The plan, type by type. Each starts on the object's START_OBJECT token.

  private static final Spec PLAN =
      new Spec(
          "KickoffPlan",
          "formatVersion",
          "*name",
          "theme",
          "*format",
          "*venue",
          "*startDate",
          "*headcount",
          "*days",
          "outcomes",
          "roster",
          "tierPolicy",
          "metricTargets",
          "reinforcement",
          "surveys",
          "prework",
          "managerCommitments",
          "recognitionCategories",
          "budget",
          "planning");

  /** Reads a plan object at {@code path}; the current token must be its start. */
  KickoffPlan plan(String path) throws PlanJsonException, IOException {
    KickoffPlan.Builder b = KickoffPlan.builder();
    Position start = here();
    positions.putIfAbsent(path, start);
    Set<String> seen =
        object(
            path,
            PLAN,
            (name, at) -> {
              switch (name) {
                case "formatVersion":
                  formatVersion(at);
                  break;
                case "name":
                  b.name(text(at));
                  break;
                case "theme":
                  b.theme(text(at));
                  break;
                case "format":
                  b.format(constant(at, EventFormat.class));
                  break;
                case "venue":
                  b.venue(constant(at, VenueKind.class));
                  break;
                case "startDate":
                  b.startDate(date(at));
                  break;
                case "headcount":
                  b.headcount(integer(at));
                  break;
                case "days":
                  b.days(list(at, this::day));
                  break;
                case "outcomes":
                  b.outcomes(list(at, this::outcome));
                  break;
                case "roster":
                  b.roster(list(at, this::rep));
                  break;
                case "tierPolicy":
                  b.tierPolicy(tierPolicy(at));
                  break;
                case "metricTargets":
                  b.metricTargets(list(at, this::metricTarget));
                  break;
                case "reinforcement":
                  b.reinforcement(list(at, this::activity));
                  break;
                case "surveys":
                  b.surveys(list(at, this::survey));
                  break;
                case "prework":
                  b.prework(list(at, this::prework));
                  break;
                case "managerCommitments":
                  b.managerCommitments(list(at, this::commitment));
                  break;
                case "recognitionCategories":
                  b.recognitionCategories(constants(at, RecognitionCategory.class));
                  break;
                case "budget":
                  b.budget(budget(at));
                  break;
                case "planning":
                  b.planning(planning(at));
                  break;
                default:
                  throw unhandled(name);
              }
            });
    if (!seen.contains("formatVersion")) {
      throw error(
          Kind.VERSION,
          path,
          start,
          "missing \"formatVersion\"; this reader reads formatVersion " + PlanJson.FORMAT_VERSION);
    }
    return build(path, start, b::build);
  }

  private void formatVersion(String at) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != PlanJson.FORMAT_VERSION) {
      throw error(
          Kind.VERSION,
          at,
          here(),
          "unsupported formatVersion "
              + shown(t)
              + "; this reader reads formatVersion "
              + PlanJson.FORMAT_VERSION);
    }
  }

  private static final Spec DAY = new Spec("AgendaDay", "length", "label", "sessions");

  private AgendaDay day(String path) throws PlanJsonException, IOException {
    AgendaDay.Builder b = AgendaDay.builder();
    Position start = here();
    object(
        path,
        DAY,
        (name, at) -> {
          switch (name) {
            case "length":
              b.length(constant(at, DayLength.class));
              break;
            case "label":
              b.label(text(at));
              break;
            case "sessions":
              b.sessions(list(at, this::session));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec SESSION =
      new Spec(
          "Session",
          "*id",
          "*title",
          "*kind",
          "*start",
          "*talkTime",
          "qaTime",
          "qaStyle",
          "presenters",
          "audience",
          "room",
          "recorded",
          "groupSize",
          "rotationInterval",
          "customerMix",
          "topics",
          "contentOwners");

  private Session session(String path) throws PlanJsonException, IOException {
    Session.Builder b = Session.builder();
    Position start = here();
    object(
        path,
        SESSION,
        (name, at) -> {
          switch (name) {
            case "id":
              b.id(text(at));
              break;
            case "title":
              b.title(text(at));
              break;
            case "kind":
              b.kind(constant(at, SessionKind.class));
              break;
            case "start":
              b.start(time(at));
              break;
            case "talkTime":
              b.talkTime(duration(at));
              break;
            case "qaTime":
              b.qaTime(duration(at));
              break;
            case "qaStyle":
              b.qaStyle(constant(at, QaStyle.class));
              break;
            case "presenters":
              b.presenters(list(at, this::presenter));
              break;
            case "audience":
              b.audience(audience(at));
              break;
            case "room":
              b.room(constant(at, RoomKind.class));
              break;
            case "recorded":
              b.recorded(bool(at));
              break;
            case "groupSize":
              b.groupSize(integer(at));
              break;
            case "rotationInterval":
              b.rotationInterval(duration(at));
              break;
            case "customerMix":
              b.customerMix(constants(at, CustomerSentiment.class));
              break;
            case "topics":
              b.topics(constants(at, Topic.class));
              break;
            case "contentOwners":
              b.contentOwners(texts(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec PRESENTER = new Spec("Presenter", "*name", "*role", "region");

  private Presenter presenter(String path) throws PlanJsonException, IOException {
    Presenter.Builder b = Presenter.builder();
    Position start = here();
    object(
        path,
        PRESENTER,
        (name, at) -> {
          switch (name) {
            case "name":
              b.name(text(at));
              break;
            case "role":
              b.role(constant(at, PresenterRole.class));
              break;
            case "region":
              b.region(text(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec AUDIENCE = new Spec("Audience", "*kind", "tier", "role", "name");

  /**
   * An audience is built through its factories, one per kind; each kind takes exactly the property
   * it names, and a property the kind does not take is an error rather than silently dropped.
   */
  private Audience audience(String path) throws PlanJsonException, IOException {
    Position start = here();
    AudienceKind[] kind = new AudienceKind[1];
    Tier[] tier = new Tier[1];
    RepRole[] role = new RepRole[1];
    String[] group = new String[1];
    object(
        path,
        AUDIENCE,
        (name, at) -> {
          switch (name) {
            case "kind":
              kind[0] = constant(at, AudienceKind.class);
              break;
            case "tier":
              tier[0] = constant(at, Tier.class);
              break;
            case "role":
              role[0] = constant(at, RepRole.class);
              break;
            case "name":
              group[0] = text(at);
              break;
            default:
              throw unhandled(name);
          }
        });
    AudienceKind k = kind[0];
    if (k == null) {
      throw unhandled("kind");
    }
    audienceProperty(path, start, "tier", tier[0] != null, k == AudienceKind.TIER, "a TIER");
    audienceProperty(path, start, "role", role[0] != null, k == AudienceKind.ROLE, "a ROLE");
    boolean named = k == AudienceKind.REGION || k == AudienceKind.GROUP;
    audienceProperty(path, start, "name", group[0] != null, named, "a REGION or GROUP");
    Tier t = tier[0];
    RepRole r = role[0];
    String n = group[0];
    switch (k) {
      case TIER:
        return build(path, start, () -> Audience.tier(requireNonNull(t)));
      case ROLE:
        return build(path, start, () -> Audience.role(requireNonNull(r)));
      case REGION:
        return build(path, start, () -> Audience.region(requireNonNull(n)));
      case GROUP:
        return build(path, start, () -> Audience.group(requireNonNull(n)));
      default:
        return Audience.everyone();
    }
  }

  private void audienceProperty(
      String path, Position start, String property, boolean present, boolean wanted, String kinds)
      throws PlanJsonException {
    if (present == wanted) {
      return;
    }
    String at = join(path, property);
    throw error(
        Kind.INVARIANT,
        present ? at : path,
        present ? positionOf(at, start) : start,
        "Audience."
            + property
            + " must be set exactly for "
            + kinds
            + " audience, but it is "
            + (present ? "set" : "missing"),
        null);
  }

  private static final Spec OUTCOME =
      new Spec(
          "Outcome", "*title", "metric", "weeklyActions", "monthlyActions", "quarterlyActions");

  private Outcome outcome(String path) throws PlanJsonException, IOException {
    Outcome.Builder b = Outcome.builder();
    Position start = here();
    object(
        path,
        OUTCOME,
        (name, at) -> {
          switch (name) {
            case "title":
              b.title(text(at));
              break;
            case "metric":
              b.metric(metric(at));
              break;
            case "weeklyActions":
              b.weeklyActions(texts(at));
              break;
            case "monthlyActions":
              b.monthlyActions(texts(at));
              break;
            case "quarterlyActions":
              b.quarterlyActions(texts(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec METRIC =
      new Spec("Metric", "*name", "*category", "*unit", "*indicator", "direction");

  private Metric metric(String path) throws PlanJsonException, IOException {
    Metric.Builder b = Metric.builder();
    Position start = here();
    object(
        path,
        METRIC,
        (name, at) -> {
          switch (name) {
            case "name":
              b.name(text(at));
              break;
            case "category":
              b.category(constant(at, MetricCategory.class));
              break;
            case "unit":
              b.unit(text(at));
              break;
            case "indicator":
              b.indicator(constant(at, IndicatorType.class));
              break;
            case "direction":
              b.direction(constant(at, Direction.class));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec REP =
      new Spec(
          "Rep",
          "*id",
          "*name",
          "role",
          "region",
          "manager",
          "monthlyQuota",
          "trailingAttainment",
          "q1Goal",
          "coachingPlan");

  private Rep rep(String path) throws PlanJsonException, IOException {
    Rep.Builder b = Rep.builder();
    Position start = here();
    object(
        path,
        REP,
        (name, at) -> {
          switch (name) {
            case "id":
              b.id(text(at));
              break;
            case "name":
              b.name(text(at));
              break;
            case "role":
              b.role(constant(at, RepRole.class));
              break;
            case "region":
              b.region(text(at));
              break;
            case "manager":
              b.manager(text(at));
              break;
            case "monthlyQuota":
              b.monthlyQuota(money(at));
              break;
            case "trailingAttainment":
              b.trailingAttainment(number(at));
              break;
            case "q1Goal":
              b.q1Goal(text(at));
              break;
            case "coachingPlan":
              b.coachingPlan(coachingPlan(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec COACHING_PLAN =
      new Spec("CoachingPlan", "*focus", "written", "agreedWithManager");

  private CoachingPlan coachingPlan(String path) throws PlanJsonException, IOException {
    CoachingPlan.Builder b = CoachingPlan.builder();
    Position start = here();
    object(
        path,
        COACHING_PLAN,
        (name, at) -> {
          switch (name) {
            case "focus":
              b.focus(text(at));
              break;
            case "written":
              b.written(bool(at));
              break;
            case "agreedWithManager":
              b.agreedWithManager(bool(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec TIER_POLICY = new Spec("TierPolicy", "announced", "lookbackMonths");

  private TierPolicy tierPolicy(String path) throws PlanJsonException, IOException {
    TierPolicy.Builder b = TierPolicy.builder();
    Position start = here();
    object(
        path,
        TIER_POLICY,
        (name, at) -> {
          switch (name) {
            case "announced":
              b.announced(bool(at));
              break;
            case "lookbackMonths":
              b.lookbackMonths(integer(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec METRIC_TARGET =
      new Spec(
          "MetricTarget",
          "*metric",
          "*baseline",
          "*target",
          "direction",
          "owner",
          "indicator",
          "measurementDay");

  private MetricTarget metricTarget(String path) throws PlanJsonException, IOException {
    MetricTarget.Builder b = MetricTarget.builder();
    Position start = here();
    object(
        path,
        METRIC_TARGET,
        (name, at) -> {
          switch (name) {
            case "metric":
              b.metric(metric(at));
              break;
            case "baseline":
              b.baseline(number(at));
              break;
            case "target":
              b.target(number(at));
              break;
            case "direction":
              b.direction(constant(at, Direction.class));
              break;
            case "owner":
              b.owner(text(at));
              break;
            case "indicator":
              b.indicator(constant(at, IndicatorType.class));
              break;
            case "measurementDay":
              b.measurementDay(relativeDay(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec ACTIVITY =
      new Spec(
          "ReinforcementActivity",
          "*kind",
          "description",
          "cadence",
          "*firstDay",
          "lastDay",
          "*length",
          "owner",
          "participants",
          "managerFollowUp");

  private ReinforcementActivity activity(String path) throws PlanJsonException, IOException {
    ReinforcementActivity.Builder b = ReinforcementActivity.builder();
    Position start = here();
    object(
        path,
        ACTIVITY,
        (name, at) -> {
          switch (name) {
            case "kind":
              b.kind(constant(at, ActivityKind.class));
              break;
            case "description":
              b.description(text(at));
              break;
            case "cadence":
              b.cadence(constant(at, Cadence.class));
              break;
            case "firstDay":
              b.firstDay(relativeDay(at));
              break;
            case "lastDay":
              b.lastDay(relativeDay(at));
              break;
            case "length":
              b.length(duration(at));
              break;
            case "owner":
              b.owner(text(at));
              break;
            case "participants":
              b.participants(constants(at, StakeholderRole.class));
              break;
            case "managerFollowUp":
              b.managerFollowUp(bool(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec SURVEY = new Spec("Survey", "*kind", "*day", "anonymous", "questions");

  private Survey survey(String path) throws PlanJsonException, IOException {
    Survey.Builder b = Survey.builder();
    Position start = here();
    object(
        path,
        SURVEY,
        (name, at) -> {
          switch (name) {
            case "kind":
              b.kind(constant(at, SurveyKind.class));
              break;
            case "day":
              b.day(relativeDay(at));
              break;
            case "anonymous":
              b.anonymous(bool(at));
              break;
            case "questions":
              b.questions(list(at, this::question));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec QUESTION = new Spec("SurveyQuestion", "*text", "*kind");

  private SurveyQuestion question(String path) throws PlanJsonException, IOException {
    SurveyQuestion.Builder b = SurveyQuestion.builder();
    Position start = here();
    object(
        path,
        QUESTION,
        (name, at) -> {
          switch (name) {
            case "text":
              b.text(text(at));
              break;
            case "kind":
              b.kind(constant(at, QuestionKind.class));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec PREWORK =
      new Spec("PreworkItem", "*kind", "*title", "*dueDay", "length", "audience");

  private PreworkItem prework(String path) throws PlanJsonException, IOException {
    PreworkItem.Builder b = PreworkItem.builder();
    Position start = here();
    object(
        path,
        PREWORK,
        (name, at) -> {
          switch (name) {
            case "kind":
              b.kind(constant(at, PreworkKind.class));
              break;
            case "title":
              b.title(text(at));
              break;
            case "dueDay":
              b.dueDay(relativeDay(at));
              break;
            case "length":
              b.length(duration(at));
              break;
            case "audience":
              b.audience(constant(at, PreworkAudience.class));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec COMMITMENT =
      new Spec("ManagerCommitment", "*manager", "*coachingCadence", "*metric", "written");

  private ManagerCommitment commitment(String path) throws PlanJsonException, IOException {
    ManagerCommitment.Builder b = ManagerCommitment.builder();
    Position start = here();
    object(
        path,
        COMMITMENT,
        (name, at) -> {
          switch (name) {
            case "manager":
              b.manager(text(at));
              break;
            case "coachingCadence":
              b.coachingCadence(constant(at, Cadence.class));
              break;
            case "metric":
              b.metric(metric(at));
              break;
            case "written":
              b.written(bool(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec BUDGET =
      new Spec("Budget", "*currency", "items", "averageMonthlyQuota");

  private Budget budget(String path) throws PlanJsonException, IOException {
    Budget.Builder b = Budget.builder();
    Position start = here();
    object(
        path,
        BUDGET,
        (name, at) -> {
          switch (name) {
            case "currency":
              b.currency(currency(at));
              break;
            case "items":
              b.items(list(at, this::costItem));
              break;
            case "averageMonthlyQuota":
              b.averageMonthlyQuota(money(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec COST_ITEM =
      new Spec("CostItem", "*category", "*description", "*amount");

  private CostItem costItem(String path) throws PlanJsonException, IOException {
    CostItem.Builder b = CostItem.builder();
    Position start = here();
    object(
        path,
        COST_ITEM,
        (name, at) -> {
          switch (name) {
            case "category":
              b.category(constant(at, CostCategory.class));
              break;
            case "description":
              b.description(text(at));
              break;
            case "amount":
              b.amount(money(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec MONEY = new Spec("Money", "*amount", "*currency");

  private Money money(String path) throws PlanJsonException, IOException {
    Position start = here();
    BigDecimal[] amount = new BigDecimal[1];
    Currency[] currency = new Currency[1];
    object(
        path,
        MONEY,
        (name, at) -> {
          switch (name) {
            case "amount":
              amount[0] = amount(at);
              break;
            case "currency":
              currency[0] = currency(at);
              break;
            default:
              throw unhandled(name);
          }
        });
    BigDecimal a = requireNonNull(amount[0]);
    Currency c = requireNonNull(currency[0]);
    return build(path, start, () -> Money.of(a, c));
  }

  private static final Spec PLANNING =
      new Spec("PlanningData", "coreTeam", "callForContent", "milestones", "statusDate");

  private PlanningData planning(String path) throws PlanJsonException, IOException {
    PlanningData.Builder b = PlanningData.builder();
    Position start = here();
    object(
        path,
        PLANNING,
        (name, at) -> {
          switch (name) {
            case "coreTeam":
              b.coreTeam(list(at, this::coreTeamMember));
              break;
            case "callForContent":
              b.callForContent(callForContent(at));
              break;
            case "milestones":
              b.milestones(list(at, this::milestone));
              break;
            case "statusDate":
              b.statusDate(date(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec CORE_TEAM_MEMBER = new Spec("CoreTeamMember", "*name", "*role");

  private CoreTeamMember coreTeamMember(String path) throws PlanJsonException, IOException {
    CoreTeamMember.Builder b = CoreTeamMember.builder();
    Position start = here();
    object(
        path,
        CORE_TEAM_MEMBER,
        (name, at) -> {
          switch (name) {
            case "name":
              b.name(text(at));
              break;
            case "role":
              b.role(constant(at, CoreTeamRole.class));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec CALL_FOR_CONTENT =
      new Spec("CallForContent", "*opensOn", "*openForDays", "submissions");

  private CallForContent callForContent(String path) throws PlanJsonException, IOException {
    CallForContent.Builder b = CallForContent.builder();
    Position start = here();
    object(
        path,
        CALL_FOR_CONTENT,
        (name, at) -> {
          switch (name) {
            case "opensOn":
              b.opensOn(relativeDay(at));
              break;
            case "openForDays":
              b.openForDays(integer(at));
              break;
            case "submissions":
              b.submissions(list(at, this::submission));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec SUBMISSION = new Spec("ContentSubmission", "*title", "*type", "state");

  private ContentSubmission submission(String path) throws PlanJsonException, IOException {
    ContentSubmission.Builder b = ContentSubmission.builder();
    Position start = here();
    object(
        path,
        SUBMISSION,
        (name, at) -> {
          switch (name) {
            case "title":
              b.title(text(at));
              break;
            case "type":
              b.type(constant(at, SubmissionType.class));
              break;
            case "state":
              b.state(constant(at, SubmissionState.class));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  private static final Spec MILESTONE = new Spec("PhaseMilestone", "*phase", "*start", "*end");

  private PhaseMilestone milestone(String path) throws PlanJsonException, IOException {
    PhaseMilestone.Builder b = PhaseMilestone.builder();
    Position start = here();
    object(
        path,
        MILESTONE,
        (name, at) -> {
          switch (name) {
            case "phase":
              b.phase(constant(at, Phase.class));
              break;
            case "start":
              b.start(relativeDay(at));
              break;
            case "end":
              b.end(relativeDay(at));
              break;
            default:
              throw unhandled(name);
          }
        });
    return build(path, start, b::build);
  }

  // ---------------------------------------------------------------------------------------------
  // Objects and lists

  /** The properties one kind of object takes, in canonical order; {@code *} marks required ones. */
  static final class Spec {
    final String type;
    final Set<String> names = new LinkedHashSet<>();
    final List<String> required = new ArrayList<>();

    Spec(String type, String... properties) {
      this.type = type;
      for (String property : properties) {
        String name = property.startsWith("*") ? property.substring(1) : property;
        names.add(name);
        if (property.startsWith("*")) {
          required.add(name);
        }
      }
    }
  }

  @FunctionalInterface
  interface PropertyReader {
    /** Reads the value of property {@code name} at {@code path}; the value is the current token. */
    void read(String name, String path) throws PlanJsonException, IOException;
  }

  @FunctionalInterface
  interface ElementReader<T> {
    /** Reads the element at {@code path}; the element is the current token. */
    T read(String path) throws PlanJsonException, IOException;
  }

  /**
   * Reads an object of {@code spec} whose START_OBJECT is the current token, handing each property
   * to {@code reader}; fails on unknown, duplicate and missing required properties.
   *
   * @return the names of the properties the object gave
   */
  private Set<String> object(String path, Spec spec, PropertyReader reader)
      throws PlanJsonException, IOException {
    expect(JsonToken.START_OBJECT, path, "an object (" + spec.type + ")");
    Position start = here();
    Set<String> seen = new HashSet<>();
    current = path;
    lastName = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      lastName = name;
      String at = join(path, name);
      Position namePosition = here();
      if (!spec.names.contains(name)) {
        throw error(
            Kind.UNKNOWN_PROPERTY,
            at,
            namePosition,
            "unknown property "
                + quote(name)
                + " in "
                + spec.type
                + "; its properties are "
                + String.join(", ", spec.names));
      }
      if (!seen.add(name)) {
        throw error(
            Kind.DUPLICATE_PROPERTY,
            at,
            namePosition,
            "property " + quote(name) + " is given twice in one " + spec.type);
      }
      current = at;
      p.nextToken();
      record(at);
      reader.read(name, at);
      current = path;
      lastName = name;
    }
    for (String name : spec.required) {
      if (!seen.contains(name)) {
        throw error(
            Kind.MISSING_PROPERTY,
            path,
            start,
            "missing required property " + quote(name) + " in " + spec.type);
      }
    }
    return seen;
  }

  /** Reads an array whose START_ARRAY is the current token, element by element. */
  private <T> List<T> list(String path, ElementReader<T> element)
      throws PlanJsonException, IOException {
    expect(JsonToken.START_ARRAY, path, "an array");
    List<T> out = new ArrayList<>();
    int i = 0;
    current = path;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + i + "]";
      current = at;
      record(at);
      out.add(element.read(at));
      current = path;
      i++;
    }
    return out;
  }

  private List<String> texts(String path) throws PlanJsonException, IOException {
    return list(path, this::text);
  }

  /** An array of enum constants without repeats, in the order given. */
  private <E extends Enum<E>> Set<E> constants(String path, Class<E> type)
      throws PlanJsonException, IOException {
    Set<E> set = EnumSet.noneOf(type);
    expect(JsonToken.START_ARRAY, path, "an array of " + type.getSimpleName() + " names");
    int i = 0;
    current = path;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = path + "[" + i + "]";
      current = at;
      record(at);
      E value = constant(at, type);
      if (!set.add(value)) {
        throw error(
            Kind.INVALID_VALUE,
            at,
            here(),
            value + " is listed twice; " + path + " is a set",
            null);
      }
      current = path;
      i++;
    }
    return set;
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  private String text(String path) throws PlanJsonException, IOException {
    expect(JsonToken.VALUE_STRING, path, "a string");
    String text = p.getText();
    if (text.length() > PlanJson.MAX_STRING_LENGTH) {
      throw error(
          Kind.LIMIT,
          path,
          here(),
          "the string has "
              + text.length()
              + " characters, more than PlanJson.MAX_STRING_LENGTH ("
              + PlanJson.MAX_STRING_LENGTH
              + ")");
    }
    return text;
  }

  private int integer(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(
          Kind.WRONG_TYPE, path, here(), "expected a whole number, but found " + shown(t), null);
    }
    expect(JsonToken.VALUE_NUMBER_INT, path, "a whole number");
    checkNumberLength(path);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          shown(t) + " is out of range; expected a whole number from -2147483648 to 2147483647",
          null);
    }
    return p.getIntValue();
  }

  private double number(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      expect(JsonToken.VALUE_NUMBER_FLOAT, path, "a number");
    }
    checkNumberLength(path);
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          shown(t) + " is too large for a double-precision number",
          null);
    }
    return value;
  }

  /** The exact check; Jackson's own counts digits in ways that differ between integers and not. */
  private void checkNumberLength(String path) throws PlanJsonException, IOException {
    int length = p.getTextLength();
    if (length > PlanJson.MAX_NUMBER_LENGTH) {
      throw error(
          Kind.LIMIT,
          path,
          here(),
          "the number has "
              + length
              + " characters, more than PlanJson.MAX_NUMBER_LENGTH ("
              + PlanJson.MAX_NUMBER_LENGTH
              + ")");
    }
  }

  private boolean bool(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw error(Kind.WRONG_TYPE, path, here(), "expected true or false, but found " + shown(t));
  }

  private <E extends Enum<E>> E constant(String path, Class<E> type)
      throws PlanJsonException, IOException {
    String name = text(path);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw error(
        Kind.INVALID_VALUE,
        path,
        here(),
        "unknown value "
            + quote(name)
            + " for "
            + type.getSimpleName()
            + "; expected one of "
            + String.join(", ", names),
        null);
  }

  private String lexical(String path, Pattern pattern, String what)
      throws PlanJsonException, IOException {
    String text = text(path);
    if (!pattern.matcher(text).matches()) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          "expected " + what + ", but found " + quote(text),
          null);
    }
    return text;
  }

  private LocalDate date(String path) throws PlanJsonException, IOException {
    String text = lexical(path, DATE, "an ISO-8601 date such as \"2027-01-12\"");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(Kind.INVALID_VALUE, path, here(), "no such date " + quote(text), e);
    }
  }

  private LocalTime time(String path) throws PlanJsonException, IOException {
    String text = lexical(path, TIME, "an ISO-8601 local time such as \"09:00\"");
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw error(Kind.INVALID_VALUE, path, here(), "no such time of day " + quote(text), e);
    }
  }

  private Duration duration(String path) throws PlanJsonException, IOException {
    String text =
        lexical(
            path, DURATION, "a non-negative ISO-8601 duration such as \"PT45M\" or \"PT1H30M\"");
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw error(
          Kind.INVALID_VALUE, path, here(), "the duration " + quote(text) + " is too long", e);
    }
  }

  private RelativeDay relativeDay(String path) throws PlanJsonException, IOException {
    String text =
        lexical(path, RELATIVE_DAY, "a day relative to the event such as \"T-28\" or \"T+30\"");
    try {
      return RelativeDay.parse(text);
    } catch (IllegalArgumentException e) {
      throw error(Kind.INVALID_VALUE, path, here(), String.valueOf(e.getMessage()), e);
    }
  }

  private BigDecimal amount(String path) throws PlanJsonException, IOException {
    return new BigDecimal(
        lexical(path, AMOUNT, "a non-negative decimal string such as \"1982.00\""));
  }

  private Currency currency(String path) throws PlanJsonException, IOException {
    String code = lexical(path, CURRENCY, "an ISO 4217 currency code such as \"USD\"");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw error(Kind.INVALID_VALUE, path, here(), "unknown ISO 4217 currency " + quote(code), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private void expect(JsonToken wanted, String path, String what)
      throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != wanted) {
      throw error(
          Kind.WRONG_TYPE,
          path,
          here(),
          "expected "
              + what
              + ", but found "
              + shown(t)
              + (t == JsonToken.VALUE_NULL ? " (leave an absent property out instead)" : ""));
    }
  }

  /** Runs a builder, turning the model's invariant failures into errors at the right place. */
  private <T> T build(String path, Position start, Supplier<T> builder) throws PlanJsonException {
    try {
      return builder.get();
    } catch (RuntimeException e) {
      // The model's checks throw IllegalArgumentException (and IllegalStateException for a missing
      // attribute); anything else a hostile value provokes is reported the same way, with cause.
      String message = String.valueOf(e.getMessage());
      String at = path;
      Matcher m = INVARIANT_FIELD.matcher(message);
      if (m.find()) {
        String field = join(path, m.group(1));
        String indexed = m.group(2) == null ? field : field + m.group(2);
        if (positions.containsKey(indexed)) {
          at = indexed;
        } else if (positions.containsKey(field)) {
          at = field;
        }
      }
      throw error(Kind.INVARIANT, at, positionOf(at, start), message, e);
    }
  }

  private void record(String path) {
    positions.put(path, here());
  }

  private Position positionOf(String path, Position fallback) {
    Position known = positions.get(path);
    return known == null ? fallback : known;
  }

  /** Where the current token starts. */
  private Position here() {
    return position(p.currentTokenLocation());
  }

  private static Position position(JsonLocation loc) {
    return Position.of(Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static PlanJsonException error(Kind kind, String path, Position at, String reason) {
    return error(kind, path, at, reason, null);
  }

  private static PlanJsonException error(
      Kind kind, String path, Position at, String reason, @Nullable Throwable cause) {
    return new PlanJsonException(kind, path, at.line(), at.column(), reason, cause);
  }

  /** A token as the reader saw it: {@code a string "x"}, {@code the number 30.5}, {@code null}. */
  private String shown(@Nullable JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case VALUE_STRING:
        return "the string " + quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + truncate(p.getText());
      default:
        return describe(t);
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /** {@code "text"} with control characters escaped, cut to a readable length. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    String shown = truncate(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a required property was not read");
    }
    return value;
  }

  private static IllegalStateException unhandled(String name) {
    return new IllegalStateException("PlanReader does not handle the property " + name);
  }
}
