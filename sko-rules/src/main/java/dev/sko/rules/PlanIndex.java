package dev.sko.rules;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.Tier;
import dev.sko.core.TierPolicy;
import dev.sko.core.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fact sheet of one plan: what the rules ask about the agenda, gathered once per validation in
 * a single pass over it and shared by every rule, so that a rule answers its question in constant
 * time and walks the sessions only to report.
 *
 * <p>The facts are flat: the sessions by position in agenda order ({@link #sessionCount()}, {@link
 * #session(int)}, {@link #dayIndex(int)}, {@link #sessionIndex(int)}), linked by kind ({@link
 * #first(SessionKind)}, {@link #next(int)}), and aggregates that answer yes/no questions in
 * constant time: which kinds occur ({@link #hasAny(SessionKind)}), minutes by format ({@link
 * #minutes(SessionFormat)}), the longest talk and session of a format ({@link
 * #longestTalk(SessionFormat)}, {@link #longest(SessionFormat)}), which presenter roles present
 * which format ({@link #hasPresenter(SessionFormat, PresenterRole)}), the topics content covers
 * ({@link #contentCovers(Topic)}), per tier ({@link #tierCovers(Tier, Topic)}), and how Q&amp;A is
 * taken ({@link #hasQa(QaStyle)}). None of these allocates; a session's {@link #location(int)} (a
 * path string) is built only when a rule reports at it. Reading the facts is how the built-in rules
 * allocate nothing on a clean plan.
 *
 * <pre>{@code
 * PlanIndex facts = review.index();
 * for (int i = facts.first(SessionKind.KEYNOTE); i >= 0; i = facts.next(i)) {
 *   Session keynote = facts.session(i);
 *   if (tooLong(keynote)) {
 *     review.report(facts.location(i), "...");
 *   }
 * }
 * }</pre>
 *
 * <p>The list views of earlier versions ({@link #sessions()}, {@link #sessions(SessionKind)}, with
 * a {@link LocatedSession} per session) are still here for custom rules; they are built the first
 * time a rule asks for them. The validator builds the fact sheet when a rule first asks for it. It
 * is meant for one validation on one thread: the list views and the {@linkplain #derived derived
 * values} are filled in on first use.
 */
public final class PlanIndex {
  private static final SessionKind[] KINDS = SessionKind.values();
  private static final SessionFormat[] FORMATS = SessionFormat.values();
  private static final Tier[] TIERS = Tier.values();

  /** The audience of each tier, compared by value without reading the audience's Optional tier. */
  private static final Audience[] TIER_AUDIENCES = new Audience[TIERS.length];

  /**
   * Bits of the presenter-role mask per format: one group of {@link #ROLE_BITS} per format. The
   * masks are longs and ints, so the enums must fit them: PlanIndexTest checks that they do.
   */
  static final int ROLE_BITS = 16;

  /** Slots of {@link #longest}: the longest talk, session and talk without Q&amp;A per format. */
  private static final int TALK = 0;

  private static final int LENGTH = 1;
  private static final int TALK_WITHOUT_QA = 2;
  private static final int SLOTS = 3;

  /** No session: the end of a chain of sessions of one kind. */
  private static final int NONE = -1;

  static {
    for (int t = 0; t < TIERS.length; t++) {
      TIER_AUDIENCES[t] = Audience.tier(TIERS[t]);
    }
  }

  private final KickoffPlan plan;
  private final List<Session> all;

  /** The index of each day's first session, and the session count at the end. */
  private final int[] dayStarts;

  /** The next session of the same kind, or {@link #NONE}. */
  private final int[] nextOfKind;

  /** The first session of each kind, or {@link #NONE}. */
  private final int[] firstOfKind;

  private final long kinds;
  private final long presentationMinutes;
  private final long interactiveMinutes;
  private final long socialMinutes;
  private final long logisticsMinutes;
  private final long contentTopics;
  private final long presenterRoles;
  private final int qaStyles;
  private final int audienceKinds;
  private final int tiersWithSessions;

  /** The topics covered by the sessions for each tier; empty when no session is for a tier. */
  private final long[] tierTopics;

  private final int eventHalfDays;
  private final boolean tiersAnnounced;

  /** {@link #SLOTS} durations per format; {@link Duration#ZERO} where there is no session. */
  private final Duration[] longest;

  private static final int[] NO_INTS = new int[0];
  private static final long[] NO_LONGS = new long[0];

  private LocatedSession @Nullable [] located;
  private @Nullable List<LocatedSession> sessionList;

  /** The sessions of each kind, filled per kind on first use; null until a rule asks. */
  private @Nullable List<?> @Nullable [] byKind;

  /** The context that built this index, whose derived values it shares; null when standalone. */
  private final @Nullable RuleContext context;

  /** The derived values of a standalone index, made on first use. */
  private @Nullable Derived derived;

  private PlanIndex(KickoffPlan plan, @Nullable RuleContext context) {
    this.plan = plan;
    this.context = context;
    // The plan computes this list once and keeps it, so the fact sheet holds no copy.
    List<Session> list = plan.sessions();
    this.all = list;
    List<AgendaDay> days = plan.days();
    int n = list.size();
    int[] starts = new int[days.size() + 1];
    int halfDays = 0;
    int at = 0;
    for (int d = 0; d < days.size(); d++) {
      AgendaDay day = days.get(d);
      starts[d] = at;
      at += day.sessions().size();
      halfDays += day.length().halfDays();
    }
    starts[days.size()] = at;
    int[] next = new int[n];
    int[] first = new int[KINDS.length];
    Arrays.fill(first, NONE);
    Duration[] longestOf = new Duration[FORMATS.length * SLOTS];
    Arrays.fill(longestOf, Duration.ZERO);
    long kindMask = 0;
    long presentation = 0;
    long interactive = 0;
    long social = 0;
    long logistics = 0;
    long topics = 0;
    long roles = 0;
    int qa = 0;
    int audiences = 0;
    int tiers = 0;
    long[] perTier = NO_LONGS;
    // Backwards, so that each session links to the next of its kind and first[] ends at the first.
    for (int i = n - 1; i >= 0; i--) {
      Session s = list.get(i);
      SessionKind kind = s.kind();
      int k = kind.ordinal();
      next[i] = first[k];
      first[k] = i;
      kindMask |= 1L << k;
      SessionFormat format = kind.format();
      int f = format.ordinal();
      Duration talk = s.talkTime();
      Duration qaTime = s.qaTime();
      Duration length = s.length();
      switch (format) {
        case PRESENTATION:
          presentation += length.toMinutes();
          break;
        case INTERACTIVE:
          interactive += length.toMinutes();
          break;
        case SOCIAL:
          social += length.toMinutes();
          break;
        default:
          logistics += length.toMinutes();
      }
      longestOf[f * SLOTS + TALK] = max(longestOf[f * SLOTS + TALK], talk);
      longestOf[f * SLOTS + LENGTH] = max(longestOf[f * SLOTS + LENGTH], length);
      if (qaTime.isZero()) {
        longestOf[f * SLOTS + TALK_WITHOUT_QA] = max(longestOf[f * SLOTS + TALK_WITHOUT_QA], talk);
      } else {
        qa |= 1 << s.qaStyle().ordinal();
      }
      roles |= ((long) s.presenterRoleBits()) << (f * ROLE_BITS);
      Audience audience = s.audience();
      AudienceKind audienceKind = audience.kind();
      audiences |= 1 << audienceKind.ordinal();
      long covered = s.coveredTopicBits();
      if (format.isContent()) {
        topics |= covered;
      }
      if (audienceKind == AudienceKind.TIER) {
        for (int t = 0; t < TIERS.length; t++) {
          if (audience.equals(TIER_AUDIENCES[t])) {
            if (perTier.length == 0) {
              perTier = new long[TIERS.length];
            }
            perTier[t] |= covered;
            tiers |= 1 << t;
          }
        }
      }
    }
    this.dayStarts = starts;
    this.nextOfKind = next;
    this.firstOfKind = first;
    this.kinds = kindMask;
    this.presentationMinutes = presentation;
    this.interactiveMinutes = interactive;
    this.socialMinutes = social;
    this.logisticsMinutes = logistics;
    this.contentTopics = topics;
    this.presenterRoles = roles;
    this.qaStyles = qa;
    this.audienceKinds = audiences;
    this.tiersWithSessions = tiers;
    this.tierTopics = perTier;
    this.eventHalfDays = halfDays;
    Optional<TierPolicy> tierPolicy = plan.tierPolicy();
    this.tiersAnnounced = tierPolicy.isPresent() && tierPolicy.get().announced();
    this.longest = longestOf;
  }

  private static Duration max(Duration a, Duration b) {
    return b.compareTo(a) > 0 ? b : a;
  }

  /** The fact sheet of {@code plan}. */
  public static PlanIndex of(KickoffPlan plan) {
    return new PlanIndex(plan, null);
  }

  /** The fact sheet a validation's context builds, sharing the context's derived values. */
  static PlanIndex of(KickoffPlan plan, RuleContext context) {
    return new PlanIndex(plan, context);
  }

  /** The plan. */
  public KickoffPlan plan() {
    return plan;
  }

  // ------------------------------------------------------------------ sessions by position

  /** How many sessions the agenda holds; sessions are numbered 0 to this, in agenda order. */
  public int sessionCount() {
    return all.size();
  }

  /**
   * Session {@code i} in agenda order (day by day, in each day's order).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, sessionCount())}
   */
  public Session session(int i) {
    return all.get(i);
  }

  /**
   * The index in {@link KickoffPlan#days()} of the day that holds session {@code i}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, sessionCount())}
   */
  public int dayIndex(int i) {
    Objects.checkIndex(i, all.size());
    // The last day whose first session is at or before i: a later day starts after i, and an
    // empty day before it starts where the next one does.
    int lo = 0;
    int hi = dayStarts.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (dayStarts[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The index of session {@code i} in its day's {@link AgendaDay#sessions()}.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, sessionCount())}
   */
  public int sessionIndex(int i) {
    return i - dayStarts[dayIndex(i)];
  }

  /**
   * The index of the first session of day {@code dayIndex}; the day's sessions are those from it up
   * to {@code dayStart(dayIndex + 1)}.
   *
   * @throws IndexOutOfBoundsException if {@code dayIndex} is not in {@code [0, days().size()]}
   */
  public int dayStart(int dayIndex) {
    Objects.checkIndex(dayIndex, dayStarts.length);
    return dayStarts[dayIndex];
  }

  /**
   * Where session {@code i} sits: {@code days[d].sessions[s]} with its id and title. Built on each
   * call, for a finding: the clean path builds no path strings.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, sessionCount())}
   */
  public Location location(int i) {
    LocatedSession[] l = located;
    if (l != null) {
      return l[i].location();
    }
    int d = dayIndex(i);
    return Location.session(d, i - dayStarts[d], all.get(i));
  }

  /**
   * The first session of {@code kind} in agenda order, or -1 when there is none; {@link #next(int)}
   * walks the others without allocating.
   */
  public int first(SessionKind kind) {
    return firstOfKind[Objects.requireNonNull(kind, "kind").ordinal()];
  }

  /**
   * The next session after session {@code i} of the same kind, or -1 after the last.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, sessionCount())}
   */
  public int next(int i) {
    return nextOfKind[i];
  }

  // ------------------------------------------------------------------ aggregates

  /** Whether any session is of {@code kind}. */
  public boolean hasAny(SessionKind kind) {
    return (kinds & bit(kind)) != 0;
  }

  /** Whether any session is of {@code a} or {@code b}. */
  public boolean hasAny(SessionKind a, SessionKind b) {
    return (kinds & (bit(a) | bit(b))) != 0;
  }

  /** Whether any session is of {@code a}, {@code b} or {@code c}. */
  public boolean hasAny(SessionKind a, SessionKind b, SessionKind c) {
    return (kinds & (bit(a) | bit(b) | bit(c))) != 0;
  }

  private static long bit(SessionKind kind) {
    return 1L << Objects.requireNonNull(kind, "kind").ordinal();
  }

  /**
   * Whether any session is of one of {@code kinds}. The overloads for one to three kinds do not
   * allocate the varargs array.
   */
  public boolean hasAny(SessionKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    for (SessionKind kind : kinds) {
      if (hasAny(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a presenter of {@code role} presents any session. */
  public boolean hasPresenter(PresenterRole role) {
    Objects.requireNonNull(role, "role");
    for (int f = 0; f < FORMATS.length; f++) {
      if (hasPresenter(FORMATS[f], role)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a presenter of {@code role} presents any session of {@code format}. */
  public boolean hasPresenter(SessionFormat format, PresenterRole role) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(role, "role");
    return (presenterRoles & (1L << (format.ordinal() * ROLE_BITS + role.ordinal()))) != 0;
  }

  /** Whether any session is for an audience of {@code kind}. */
  public boolean hasAudience(AudienceKind kind) {
    return (audienceKinds & (1 << Objects.requireNonNull(kind, "kind").ordinal())) != 0;
  }

  /** Whether any session is for the audience {@code tier} ({@link Audience#tier(Tier)}). */
  public boolean hasSessionFor(Tier tier) {
    return (tiersWithSessions & (1 << Objects.requireNonNull(tier, "tier").ordinal())) != 0;
  }

  /**
   * Whether a session for the audience {@code tier} covers {@code topic} ({@link
   * Session#coveredTopics()}: tagged, or implied by its kind).
   */
  public boolean tierCovers(Tier tier, Topic topic) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(topic, "topic");
    return tierTopics.length != 0 && (tierTopics[tier.ordinal()] & (1L << topic.ordinal())) != 0;
  }

  /**
   * Whether a content session (a presentation or an interactive session) covers {@code topic}
   * ({@link Session#coveredTopics()}: tagged, or implied by its kind).
   */
  public boolean contentCovers(Topic topic) {
    return (contentTopics & (1L << Objects.requireNonNull(topic, "topic").ordinal())) != 0;
  }

  /** Whether a session with Q&amp;A time takes its questions in {@code style}. */
  public boolean hasQa(QaStyle style) {
    return (qaStyles & (1 << Objects.requireNonNull(style, "style").ordinal())) != 0;
  }

  /** The longest talk time of a session of {@code format}; zero when there is none. */
  public Duration longestTalk(SessionFormat format) {
    return longest[Objects.requireNonNull(format, "format").ordinal() * SLOTS + TALK];
  }

  /**
   * The longest talk time of a session of {@code format} that has no Q&amp;A time; zero when there
   * is none.
   */
  public Duration longestTalkWithoutQa(SessionFormat format) {
    return longest[Objects.requireNonNull(format, "format").ordinal() * SLOTS + TALK_WITHOUT_QA];
  }

  /**
   * The longest whole length (talk plus Q&amp;A) of a session of {@code format}; zero when there is
   * none.
   */
  public Duration longest(SessionFormat format) {
    return longest[Objects.requireNonNull(format, "format").ordinal() * SLOTS + LENGTH];
  }

  /** The event's length in half days ({@link KickoffPlan#eventHalfDays()}). */
  public int eventHalfDays() {
    return eventHalfDays;
  }

  /**
   * Whether the plan's tier policy announces tier assignments to the reps; false without a tier
   * policy ({@link KickoffPlan#tierPolicy()} without the {@code Optional}).
   */
  public boolean tiersAnnounced() {
    return tiersAnnounced;
  }

  /** The total minutes of sessions of {@code format}. */
  public long minutes(SessionFormat format) {
    switch (Objects.requireNonNull(format, "format")) {
      case PRESENTATION:
        return presentationMinutes;
      case INTERACTIVE:
        return interactiveMinutes;
      case SOCIAL:
        return socialMinutes;
      default:
        return logisticsMinutes;
    }
  }

  /** The total minutes of content: presentation plus interactive. */
  public long contentMinutes() {
    return presentationMinutes + interactiveMinutes;
  }

  // ------------------------------------------------------------------ list views

  private LocatedSession[] located() {
    LocatedSession[] l = located;
    if (l == null) {
      l = new LocatedSession[all.size()];
      for (int d = 0; d + 1 < dayStarts.length; d++) {
        for (int i = dayStarts[d]; i < dayStarts[d + 1]; i++) {
          l[i] = new LocatedSession(d, i - dayStarts[d], all.get(i));
        }
      }
      located = l;
    }
    return l;
  }

  /**
   * Every session in agenda order, with its location: a list built the first time a rule asks for
   * it. The built-in rules use the allocation-free {@link #session(int)} and {@link #first}
   * instead.
   */
  public List<LocatedSession> sessions() {
    List<LocatedSession> s = sessionList;
    if (s == null) {
      // List.of: one list class for every plan, so the rules' loops over it compile to code the
      // JIT compiler can see through, without an iterator object per loop.
      s = List.of(located());
      sessionList = s;
    }
    return s;
  }

  /**
   * The sessions of {@code kind}, in agenda order. The list of a kind is gathered the first time a
   * rule asks for it; kinds no rule asks about cost nothing.
   */
  public List<LocatedSession> sessions(SessionKind kind) {
    Objects.requireNonNull(kind, "kind");
    int k = kind.ordinal();
    if (firstOfKind[k] == NONE) {
      return List.of();
    }
    @Nullable List<?>[] lists = byKind;
    if (lists == null) {
      lists = new List<?>[KINDS.length];
      byKind = lists;
    }
    @SuppressWarnings("unchecked") // only lists of located sessions are stored
    List<LocatedSession> found = (List<LocatedSession>) lists[k];
    if (found == null) {
      LocatedSession[] l = located();
      List<LocatedSession> list = new ArrayList<>();
      for (int i = firstOfKind[k]; i != NONE; i = nextOfKind[i]) {
        list.add(l[i]);
      }
      found = List.copyOf(list);
      lists[k] = found;
    }
    return found;
  }

  /**
   * A value derived from the plan once per validation and shared by every rule that asks for it
   * with an equal {@code key}, such as a cost summary that several rules read: the first call
   * computes it with {@code compute}, later calls with an equal key return the same value. The key
   * must say everything the value depends on besides the plan (for example an option's value). In a
   * validation this is the store of {@link RuleContext#derived}, which rules that need no other
   * fact call instead, so as not to build the fact sheet.
   *
   * @throws ClassCastException if the value stored under {@code key} is not a {@code type}
   */
  public <T> T derived(
      Object key, Class<T> type, Function<? super KickoffPlan, ? extends T> compute) {
    RuleContext c = context;
    if (c != null) {
      return c.derived(key, type, compute);
    }
    Derived d = derived;
    if (d == null) {
      d = new Derived(plan);
      derived = d;
    }
    return d.get(key, type, compute);
  }

  /** A session and where it sits: its day index, its index in the day, and its {@link Location}. */
  public static final class LocatedSession {
    private final int dayIndex;
    private final int sessionIndex;
    private final Session session;
    private @Nullable Location location;

    LocatedSession(int dayIndex, int sessionIndex, Session session) {
      this.dayIndex = dayIndex;
      this.sessionIndex = sessionIndex;
      this.session = session;
    }

    /** The index of the day in {@link KickoffPlan#days()}. */
    public int dayIndex() {
      return dayIndex;
    }

    /** The index of the session in its day. */
    public int sessionIndex() {
      return sessionIndex;
    }

    /** The session. */
    public Session session() {
      return session;
    }

    /** {@code days[d].sessions[s]} with the session id and title. */
    public Location location() {
      // Built when a rule reports at the session, so the clean path builds no path strings. A race
      // can only build an equal Location twice: it is immutable, with final fields.
      Location l = location;
      if (l == null) {
        l = Location.session(dayIndex, sessionIndex, session);
        location = l;
      }
      return l;
    }

    @Override
    public String toString() {
      return location().toString();
    }
  }
}
