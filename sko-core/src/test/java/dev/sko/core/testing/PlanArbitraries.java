package dev.sko.core.testing;

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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries that generate <em>valid</em> values of the domain model, for properties in
 * every module (they reach it through the sko-core test jar).
 *
 * <p>Every arbitrary keeps the invariants that {@code build()} checks: ids are unique in their
 * scope, sessions end by midnight, the roster is no larger than the headcount, a Q&amp;A style is
 * set whenever there is Q&amp;A time, a budget holds one currency, a virtual event meets on a
 * virtual platform and no other event does, activities and phases do not end before they start.
 * Optional parts are sometimes absent and lists sometimes empty. Sizes stay modest (at most {@value
 * #MAX_DAYS} days, {@value #MAX_SESSIONS_PER_DAY} sessions a day, {@value #MAX_ROSTER} reps) so
 * that properties run fast.
 *
 * <pre>{@code
 * @Property
 * void myRuleNeverThrows(@ForAll("plans") KickoffPlan plan) { ... }
 *
 * @Provide
 * Arbitrary<KickoffPlan> plans() {
 *   return PlanArbitraries.plans();
 * }
 * }</pre>
 *
 * <p>The builders are created inside each combination, so every generated value (and every value
 * tried while shrinking) is built from a fresh builder.
 */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /** The most agenda days a generated plan has. */
  public static final int MAX_DAYS = 4;

  /** The most sessions a generated day has. */
  public static final int MAX_SESSIONS_PER_DAY = 12;

  /** The most reps a generated roster has. */
  public static final int MAX_ROSTER = 40;

  /** The largest generated headcount. */
  public static final int MAX_HEADCOUNT = 300;

  /** The ISO codes generated budgets and quotas use; JPY has no minor unit. */
  public static final List<String> CURRENCY_CODES = List.of("USD", "EUR", "GBP", "INR", "JPY");

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final LocalDate FIRST_START = LocalDate.of(2025, 1, 1);
  private static final int START_DATE_SPAN_DAYS = 6 * 365;

  // ---------------------------------------------------------------- plans

  /** Valid plans of any currency. */
  public static Arbitrary<KickoffPlan> plans() {
    return currencies().flatMap(PlanArbitraries::plans);
  }

  /**
   * Valid plans whose budget and rep quotas (where present) are all in {@code currency}, so that
   * cost computations never mix currencies.
   */
  public static Arbitrary<KickoffPlan> plans(Currency currency) {
    Arbitrary<Consumer<KickoffPlan.Builder>> headcountAndRoster =
        Arbitraries.integers()
            .between(1, MAX_HEADCOUNT)
            .flatMap(
                headcount ->
                    roster(Math.min(headcount, MAX_ROSTER), currency)
                        .map(reps -> b -> b.headcount(headcount).roster(reps)));
    return build(
        KickoffPlan::builder,
        KickoffPlan.Builder::build,
        set(names(), KickoffPlan.Builder::name),
        maybe(names(), KickoffPlan.Builder::theme),
        formatsAndVenues(),
        set(startDates(), KickoffPlan.Builder::startDate),
        set(agendas(), KickoffPlan.Builder::days),
        headcountAndRoster,
        set(outcomes().list().ofMaxSize(3), KickoffPlan.Builder::outcomes),
        maybe(tierPolicies(), KickoffPlan.Builder::tierPolicy),
        set(
            metricTargets().list().ofMaxSize(6).uniqueElements(t -> t.metric().name()),
            KickoffPlan.Builder::metricTargets),
        set(reinforcement().list().ofMaxSize(8), KickoffPlan.Builder::reinforcement),
        set(surveys().list().ofMaxSize(3), KickoffPlan.Builder::surveys),
        set(prework().list().ofMaxSize(4), KickoffPlan.Builder::prework),
        set(managerCommitments().list().ofMaxSize(4), KickoffPlan.Builder::managerCommitments),
        set(
            Arbitraries.subsetOf(RecognitionCategory.values()),
            KickoffPlan.Builder::recognitionCategories),
        maybe(budgets(currency), KickoffPlan.Builder::budget),
        maybe(planningData(), KickoffPlan.Builder::planning));
  }

  /** The event format and a venue that fits it: VIRTUAL meets on a virtual platform, no other. */
  private static Arbitrary<Consumer<KickoffPlan.Builder>> formatsAndVenues() {
    Arbitrary<VenueKind> places =
        Arbitraries.of(VenueKind.class).filter(v -> v != VenueKind.VIRTUAL_PLATFORM);
    return Arbitraries.of(EventFormat.class)
        .flatMap(
            format ->
                format == EventFormat.VIRTUAL
                    ? Arbitraries.just(VenueKind.VIRTUAL_PLATFORM)
                        .map(v -> formatAndVenue(format, v))
                    : places.map(v -> formatAndVenue(format, v)));
  }

  private static Consumer<KickoffPlan.Builder> formatAndVenue(EventFormat format, VenueKind venue) {
    return b -> b.format(format).venue(venue);
  }

  /** First event days between 2025 and 2030. */
  public static Arbitrary<LocalDate> startDates() {
    return Arbitraries.integers().between(0, START_DATE_SPAN_DAYS).map(FIRST_START::plusDays);
  }

  // ---------------------------------------------------------------- agenda

  /**
   * Agendas of 1 to {@value #MAX_DAYS} days whose session ids ({@code d1-s1}, {@code d2-s3} …) are
   * unique across the plan.
   */
  public static Arbitrary<List<AgendaDay>> agendas() {
    return Arbitraries.integers()
        .between(1, MAX_DAYS)
        .flatMap(
            n -> {
              List<Arbitrary<AgendaDay>> days = new ArrayList<>();
              for (int d = 1; d <= n; d++) {
                days.add(days("d" + d));
              }
              return Combinators.combine(days).as(List::copyOf);
            });
  }

  /** One full or half day with up to {@value #MAX_SESSIONS_PER_DAY} sessions {@code s1, s2 …}. */
  public static Arbitrary<AgendaDay> days() {
    return days("");
  }

  /**
   * One full or half day, sometimes labelled, with up to {@value #MAX_SESSIONS_PER_DAY} sessions
   * whose ids start with {@code idPrefix}. Sessions follow each other with gaps of 0 to 30 minutes
   * from a first start between 06:00 and 10:00; about one in six runs in parallel with the one
   * before (a breakout track); a session that would pass midnight is left out.
   */
  public static Arbitrary<AgendaDay> days(String idPrefix) {
    Arbitrary<Session> shapes = sessionShapes();
    Arbitrary<Slot> slots =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(0, 30).map(gap -> new Slot(gap, false))),
            Tuple.of(1, Arbitraries.just(new Slot(0, true))));
    return Combinators.combine(
            Arbitraries.of(DayLength.class),
            names().optional(0.3),
            Arbitraries.integers().between(6 * 60, 10 * 60),
            Combinators.combine(shapes, slots)
                .as(Placed::new)
                .list()
                .ofMaxSize(MAX_SESSIONS_PER_DAY))
        .as(
            (length, label, firstStart, placed) -> {
              AgendaDay.Builder day = AgendaDay.builder().length(length);
              label.ifPresent(day::label);
              String prefix = idPrefix.isEmpty() ? "s" : idPrefix + "-s";
              int next = firstStart;
              int previousStart = firstStart;
              for (int i = 0; i < placed.size(); i++) {
                Placed p = placed.get(i);
                int start = p.slot().parallel() ? previousStart : next;
                int end = start + minutes(p.session());
                if (end > MINUTES_PER_DAY) {
                  break;
                }
                day.addSession(withIdAndStart(p.session(), prefix + (i + 1), start));
                previousStart = start;
                next = Math.max(next, end) + p.slot().gap();
              }
              return day.build();
            });
  }

  private record Slot(int gap, boolean parallel) {}

  private record Placed(Session session, Slot slot) {}

  /** Any valid session: any start, any length that still ends by midnight. */
  public static Arbitrary<Session> sessions() {
    return sessionShapes()
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, MINUTES_PER_DAY - minutes(s))
                    .map(start -> withIdAndStart(s, s.id(), start)));
  }

  /** Sessions starting at midnight; {@link #days} and {@link #sessions} place them. */
  private static Arbitrary<Session> sessionShapes() {
    Arbitrary<Consumer<Session.Builder>> qa =
        Arbitraries.frequencyOf(
            // No Q&A, style left at its default NONE.
            Tuple.of(3, Arbitraries.just(b -> {})),
            // Q&A time with a style, as the invariant demands.
            Tuple.of(
                2,
                Combinators.combine(
                        Arbitraries.integers().between(1, 30),
                        Arbitraries.of(QaStyle.MODERATED, QaStyle.OPEN_MIC))
                    .as((m, style) -> b -> b.qaTime(Duration.ofMinutes(m)).qaStyle(style))),
            // A style named but no time for it: allowed.
            Tuple.of(1, Arbitraries.of(QaStyle.class).map(style -> b -> b.qaStyle(style))));
    return build(
        Session::builder,
        Session.Builder::build,
        set(ids(), Session.Builder::id),
        set(names(), Session.Builder::title),
        set(Arbitraries.of(SessionKind.class), Session.Builder::kind),
        set(Arbitraries.just(LocalTime.MIDNIGHT), Session.Builder::start),
        set(minutes(1, 120), Session.Builder::talkTime),
        qa,
        set(presenters().list().ofMaxSize(3), Session.Builder::presenters),
        maybe(audiences(), Session.Builder::audience),
        maybe(Arbitraries.of(RoomKind.class), Session.Builder::room),
        maybe(Arbitraries.of(true, false), Session.Builder::recorded),
        maybe(Arbitraries.integers().between(1, 12), Session.Builder::groupSize),
        maybe(minutes(5, 60), Session.Builder::rotationInterval),
        set(Arbitraries.subsetOf(CustomerSentiment.values()), Session.Builder::customerMix),
        set(Arbitraries.subsetOf(Topic.values()), Session.Builder::topics),
        set(names().list().ofMaxSize(2), Session.Builder::contentOwners));
  }

  private static int minutes(Session s) {
    return (int) s.length().toMinutes();
  }

  private static Session withIdAndStart(Session s, String id, int startMinute) {
    return Session.builder()
        .from(s)
        .id(id)
        .start(LocalTime.of(startMinute / 60 % 24, startMinute % 60))
        .build();
  }

  /** Presenters in every role, sometimes with a region. */
  public static Arbitrary<Presenter> presenters() {
    return build(
        Presenter::builder,
        Presenter.Builder::build,
        set(names(), Presenter.Builder::name),
        set(Arbitraries.of(PresenterRole.class), Presenter.Builder::role),
        maybe(names(), Presenter.Builder::region));
  }

  /** Audiences of every kind, everyone most often. */
  public static Arbitrary<Audience> audiences() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Audience.everyone())),
        Tuple.of(1, Arbitraries.of(Tier.class).map(Audience::tier)),
        Tuple.of(1, Arbitraries.of(RepRole.class).map(Audience::role)),
        Tuple.of(1, names().map(Audience::region)),
        Tuple.of(1, names().map(Audience::group)));
  }

  // ---------------------------------------------------------------- people

  /** Single reps with quotas (where present) in any of {@link #CURRENCY_CODES}. */
  public static Arbitrary<Rep> reps() {
    return currencies().flatMap(PlanArbitraries::reps);
  }

  /** Single reps whose quota, where present, is in {@code currency}. */
  public static Arbitrary<Rep> reps(Currency currency) {
    return build(
        Rep::builder,
        Rep.Builder::build,
        set(ids(), Rep.Builder::id),
        set(names(), Rep.Builder::name),
        maybe(Arbitraries.of(RepRole.class), Rep.Builder::role),
        maybe(names(), Rep.Builder::region),
        maybe(names(), Rep.Builder::manager),
        maybe(
            Combinators.combine(Arbitraries.of(true, false), money(currency)).as(Quota::new),
            (b, q) -> {
              if (q.annual) {
                b.annualQuota(q.amount);
              } else {
                b.monthlyQuota(q.amount);
              }
            }),
        maybe(Arbitraries.doubles().between(0, 2.5).ofScale(3), Rep.Builder::trailingAttainment),
        maybe(names(), Rep.Builder::q1Goal),
        maybe(names().list().ofMaxSize(3), Rep.Builder::obstacles),
        maybe(coachingPlans(), Rep.Builder::coachingPlan));
  }

  /** A quota per month or per year. */
  private static final class Quota {
    final boolean annual;
    final Money amount;

    Quota(boolean annual, Money amount) {
      this.annual = annual;
      this.amount = amount;
    }
  }

  /** Rosters of at most {@code maxSize} reps with unique ids, quotas in {@code currency}. */
  public static Arbitrary<List<Rep>> roster(int maxSize, Currency currency) {
    return reps(currency).list().ofMaxSize(maxSize).uniqueElements(Rep::id);
  }

  /** Written or unwritten coaching plans. */
  public static Arbitrary<CoachingPlan> coachingPlans() {
    return build(
        CoachingPlan::builder,
        CoachingPlan.Builder::build,
        set(names(), CoachingPlan.Builder::focus),
        maybe(Arbitraries.of(true, false), CoachingPlan.Builder::written),
        maybe(Arbitraries.of(true, false), CoachingPlan.Builder::agreedWithManager));
  }

  /** Tier policies, announced or not, with look-backs of 1 to 12 months. */
  public static Arbitrary<TierPolicy> tierPolicies() {
    return build(
        TierPolicy::builder,
        TierPolicy.Builder::build,
        maybe(Arbitraries.of(true, false), TierPolicy.Builder::announced),
        maybe(Arbitraries.integers().between(1, 12), TierPolicy.Builder::lookbackMonths));
  }

  /** Managers' commitments to a recurring cadence. */
  public static Arbitrary<ManagerCommitment> managerCommitments() {
    return build(
        ManagerCommitment::builder,
        ManagerCommitment.Builder::build,
        set(names(), ManagerCommitment.Builder::manager),
        set(
            Arbitraries.of(Cadence.class).filter(Cadence::isRecurring),
            ManagerCommitment.Builder::coachingCadence),
        set(metrics(), ManagerCommitment.Builder::metric),
        maybe(Arbitraries.of(true, false), ManagerCommitment.Builder::written));
  }

  // ---------------------------------------------------------------- outcomes and metrics

  /** Outcomes with up to three weekly, monthly and quarterly actions each. */
  public static Arbitrary<Outcome> outcomes() {
    return build(
        Outcome::builder,
        Outcome.Builder::build,
        set(names(), Outcome.Builder::title),
        maybe(metrics(), Outcome.Builder::metric),
        set(names().list().ofMaxSize(3), Outcome.Builder::weeklyActions),
        set(names().list().ofMaxSize(3), Outcome.Builder::monthlyActions),
        set(names().list().ofMaxSize(3), Outcome.Builder::quarterlyActions));
  }

  /** The common metrics ({@link Metric#common()}) and made-up ones. */
  public static Arbitrary<Metric> metrics() {
    Arbitrary<Metric> custom =
        build(
            Metric::builder,
            Metric.Builder::build,
            set(names(), Metric.Builder::name),
            set(Arbitraries.of(MetricCategory.class), Metric.Builder::category),
            set(names(), Metric.Builder::unit),
            maybe(
                Arbitraries.of(MetricUnit.PERCENTAGE, MetricUnit.RATIO), Metric.Builder::unitType),
            set(Arbitraries.of(IndicatorType.class), Metric.Builder::indicator),
            maybe(Arbitraries.of(Direction.class), Metric.Builder::direction));
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(Metric.common())), Tuple.of(1, custom));
  }

  /** Single metric targets; a plan's targets also need distinct metric names. */
  public static Arbitrary<MetricTarget> metricTargets() {
    Arbitrary<Double> values = Arbitraries.doubles().between(0, 1000).ofScale(2);
    return build(
        MetricTarget::builder,
        MetricTarget.Builder::build,
        set(metrics(), MetricTarget.Builder::metric),
        set(values, MetricTarget.Builder::baseline),
        set(values, MetricTarget.Builder::target),
        maybe(Arbitraries.of(Direction.class), MetricTarget.Builder::direction),
        maybe(names(), MetricTarget.Builder::owner),
        maybe(Arbitraries.of(IndicatorType.class), MetricTarget.Builder::indicator),
        maybe(relativeDays(0, 60), MetricTarget.Builder::measurementDay));
  }

  // ---------------------------------------------------------------- before and after

  /**
   * Reinforcement activities from {@code T+0} to {@code T+45}, one-off or lasting up to 60 days.
   */
  public static Arbitrary<ReinforcementActivity> reinforcement() {
    Arbitrary<Consumer<ReinforcementActivity.Builder>> firstAndLast =
        Combinators.combine(
                relativeDays(0, 45), Arbitraries.integers().between(0, 60).optional(0.7))
            .as(
                (first, span) ->
                    b -> {
                      b.firstDay(first);
                      span.ifPresent(days -> b.lastDay(first.plusDays(days)));
                    });
    return build(
        ReinforcementActivity::builder,
        ReinforcementActivity.Builder::build,
        set(Arbitraries.of(ActivityKind.class), ReinforcementActivity.Builder::kind),
        maybe(names(), ReinforcementActivity.Builder::description),
        maybe(Arbitraries.of(Cadence.class), ReinforcementActivity.Builder::cadence),
        firstAndLast,
        set(minutes(5, 120), ReinforcementActivity.Builder::length),
        maybe(names(), ReinforcementActivity.Builder::owner),
        set(
            Arbitraries.subsetOf(StakeholderRole.values()),
            ReinforcementActivity.Builder::participants),
        maybe(Arbitraries.of(true, false), ReinforcementActivity.Builder::managerFollowUp));
  }

  /** Surveys from {@code T-35} to {@code T+35} with up to six questions. */
  public static Arbitrary<Survey> surveys() {
    Arbitrary<SurveyQuestion> questions =
        Combinators.combine(names(), Arbitraries.of(QuestionKind.class)).as(SurveyQuestion::of);
    return build(
        Survey::builder,
        Survey.Builder::build,
        set(Arbitraries.of(SurveyKind.class), Survey.Builder::kind),
        set(relativeDays(-35, 35), Survey.Builder::day),
        maybe(Arbitraries.of(true, false), Survey.Builder::anonymous),
        set(questions.list().ofMaxSize(6), Survey.Builder::questions));
  }

  /** Pre-work due between {@code T-35} and {@code T-1}. */
  public static Arbitrary<PreworkItem> prework() {
    return build(
        PreworkItem::builder,
        PreworkItem.Builder::build,
        set(Arbitraries.of(PreworkKind.class), PreworkItem.Builder::kind),
        set(names(), PreworkItem.Builder::title),
        set(relativeDays(-35, -1), PreworkItem.Builder::dueDay),
        maybe(minutes(5, 120), PreworkItem.Builder::length),
        maybe(Arbitraries.of(PreworkAudience.class), PreworkItem.Builder::audience));
  }

  /** Days relative to the event between {@code T+from} and {@code T+to}. */
  public static Arbitrary<RelativeDay> relativeDays(int from, int to) {
    return Arbitraries.integers().between(from, to).map(RelativeDay::of);
  }

  // ---------------------------------------------------------------- money

  /** The currencies of {@link #CURRENCY_CODES}. */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCY_CODES).map(Currency::getInstance);
  }

  /** Amounts of 0 to 10,000,000 of {@code currency}, to its minor unit. */
  public static Arbitrary<Money> money(Currency currency) {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(10_000_000))
        .ofScale(Math.max(currency.getDefaultFractionDigits(), 0))
        .map(amount -> Money.of(amount, currency));
  }

  /** Budgets in any of {@link #CURRENCY_CODES}. */
  public static Arbitrary<Budget> budgets() {
    return currencies().flatMap(PlanArbitraries::budgets);
  }

  /** Budgets of up to eight hard and soft items, every amount in {@code currency}. */
  public static Arbitrary<Budget> budgets(Currency currency) {
    Arbitrary<CostItem> items =
        Combinators.combine(Arbitraries.of(CostCategory.class), names(), money(currency))
            .as(CostItem::of);
    return build(
        () -> Budget.builder().currency(currency),
        Budget.Builder::build,
        set(items.list().ofMaxSize(8), Budget.Builder::items),
        maybe(money(currency), Budget.Builder::averageMonthlyQuota),
        maybe(money(currency), Budget.Builder::averageAnnualSalaryCost));
  }

  // ---------------------------------------------------------------- planning

  /** Planning data: core team, call for content, one milestone per phase at most, status date. */
  public static Arbitrary<PlanningData> planningData() {
    Arbitrary<CoreTeamMember> members =
        Combinators.combine(names(), Arbitraries.of(CoreTeamRole.class)).as(CoreTeamMember::of);
    Arbitrary<PhaseMilestone> milestones =
        Combinators.combine(
                Arbitraries.of(Phase.class),
                relativeDays(-60, 30),
                Arbitraries.integers().between(0, 40))
            .as((phase, start, span) -> PhaseMilestone.of(phase, start, start.plusDays(span)));
    return build(
        PlanningData::builder,
        PlanningData.Builder::build,
        set(members.list().ofMaxSize(6), PlanningData.Builder::coreTeam),
        maybe(callsForContent(), PlanningData.Builder::callForContent),
        set(
            milestones
                .list()
                .ofMaxSize(Phase.values().length)
                .uniqueElements(PhaseMilestone::phase),
            PlanningData.Builder::milestones),
        maybe(startDates().map(d -> d.minusDays(30)), PlanningData.Builder::statusDate));
  }

  /** Calls for content opening 150 to 60 days before the event, open 1 to 30 days. */
  public static Arbitrary<CallForContent> callsForContent() {
    Arbitrary<ContentSubmission> submissions =
        Combinators.combine(
                names(),
                Arbitraries.of(SubmissionType.class),
                Arbitraries.of(SubmissionState.class))
            .as(ContentSubmission::of);
    return build(
        CallForContent::builder,
        CallForContent.Builder::build,
        set(relativeDays(-150, -60), CallForContent.Builder::opensOn),
        set(Arbitraries.integers().between(1, 30), CallForContent.Builder::openForDays),
        set(submissions.list().ofMaxSize(6), CallForContent.Builder::submissions));
  }

  // ---------------------------------------------------------------- basics

  /**
   * Non-blank names: a letter, then up to 15 letters, digits, spaces, hyphens, apostrophes or
   * accented letters.
   */
  public static Arbitrary<String> names() {
    return Combinators.combine(
            Arbitraries.chars().alpha(),
            Arbitraries.strings().alpha().numeric().withChars(" -'éøß").ofMaxLength(15))
        .as((first, rest) -> first + rest);
  }

  /** Non-blank ids of letters and digits. */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(8)
        .filter(s -> !s.isBlank());
  }

  private static Arbitrary<Duration> minutes(int min, int max) {
    return Arbitraries.integers().between(min, max).map(Duration::ofMinutes);
  }

  /** Always sets the attribute. */
  private static <B, V> Arbitrary<Consumer<B>> set(Arbitrary<V> values, BiConsumer<B, V> setter) {
    return values.map(v -> b -> setter.accept(b, v));
  }

  /** Sets the attribute about half the time and otherwise leaves it absent or at its default. */
  private static <B, V> Arbitrary<Consumer<B>> maybe(Arbitrary<V> values, BiConsumer<B, V> setter) {
    return values.optional(0.5).map(o -> b -> o.ifPresent(v -> setter.accept(b, v)));
  }

  /** Applies every part to a fresh builder from {@code builder} and builds it. */
  @SafeVarargs
  private static <B, T> Arbitrary<T> build(
      Supplier<B> builder, Function<B, T> build, Arbitrary<Consumer<B>>... parts) {
    return Combinators.combine(Arrays.asList(parts))
        .as(
            applied -> {
              B b = builder.get();
              applied.forEach(part -> part.accept(b));
              return build.apply(b);
            });
  }
}
