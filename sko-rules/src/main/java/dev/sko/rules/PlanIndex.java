package dev.sko.rules;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A view of one plan computed once per validation and shared by every rule, so that rules do not
 * each walk the agenda again: every session with its location, sessions by kind, and minutes by
 * format. The validator builds it when a rule first asks for it. It is meant for one validation on
 * one thread: parts of it (the sessions of a kind, a session's location) are filled in on first
 * use.
 */
public final class PlanIndex {
  private static final SessionKind[] KINDS = SessionKind.values();

  private final KickoffPlan plan;
  private final LocatedSession[] all;
  private final List<LocatedSession> sessions;
  private final boolean[] hasKind;

  @SuppressWarnings("unchecked") // an array of lists, filled per kind on first use
  private final @Nullable List<LocatedSession>[] byKind = new List[KINDS.length];

  private final long[] minutesByFormat;
  private static final Object[] NOTHING_DERIVED = new Object[0];
  private Object[] derived = NOTHING_DERIVED;
  private int derivedCount;

  private PlanIndex(KickoffPlan plan) {
    this.plan = plan;
    List<AgendaDay> days = plan.days();
    int count = 0;
    for (int d = 0; d < days.size(); d++) {
      count += days.get(d).sessions().size();
    }
    LocatedSession[] located = new LocatedSession[count];
    boolean[] kinds = new boolean[KINDS.length];
    long[] minutes = new long[SessionFormat.values().length];
    int n = 0;
    for (int d = 0; d < days.size(); d++) {
      List<Session> daySessions = days.get(d).sessions();
      for (int s = 0; s < daySessions.size(); s++) {
        Session session = daySessions.get(s);
        located[n++] = new LocatedSession(d, s, session);
        kinds[session.kind().ordinal()] = true;
        minutes[session.format().ordinal()] += session.length().toMinutes();
      }
    }
    this.all = located;
    // List.of: one list class for every plan, so the rules' loops over it compile to code the JIT
    // compiler can see through, without an iterator object per loop.
    this.sessions = List.of(located);
    this.hasKind = kinds;
    this.minutesByFormat = minutes;
  }

  /** The index of {@code plan}. */
  public static PlanIndex of(KickoffPlan plan) {
    return new PlanIndex(plan);
  }

  /** The plan. */
  public KickoffPlan plan() {
    return plan;
  }

  /** Every session in agenda order, with its location. */
  public List<LocatedSession> sessions() {
    return sessions;
  }

  /**
   * The sessions of {@code kind}, in agenda order. The list of a kind is gathered the first time a
   * rule asks for it; kinds no rule asks about cost nothing.
   */
  public List<LocatedSession> sessions(SessionKind kind) {
    Objects.requireNonNull(kind, "kind");
    int k = kind.ordinal();
    if (!hasKind[k]) {
      return List.of();
    }
    List<LocatedSession> found = byKind[k];
    if (found == null) {
      List<LocatedSession> list = new ArrayList<>();
      for (LocatedSession s : all) {
        if (s.session.kind() == kind) {
          list.add(s);
        }
      }
      found = List.copyOf(list);
      byKind[k] = found;
    }
    return found;
  }

  /** Whether any session is of one of {@code kinds}. */
  public boolean hasAny(SessionKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    for (SessionKind kind : kinds) {
      if (hasKind[kind.ordinal()]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A value derived from the plan once per validation and shared by every rule that asks for it
   * with an equal {@code key}, such as a cost summary that several rules read: the first call
   * computes it with {@code compute}, later calls with an equal key return the same value. The key
   * must say everything the value depends on besides the plan (for example an option's value).
   *
   * @throws ClassCastException if the value stored under {@code key} is not a {@code type}
   */
  public <T> T derived(
      Object key, Class<T> type, Function<? super KickoffPlan, ? extends T> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(compute, "compute");
    Object[] d = derived;
    for (int i = 0; i < derivedCount; i++) {
      if (key.equals(d[2 * i])) {
        return type.cast(d[2 * i + 1]);
      }
    }
    T value = compute.apply(plan);
    if (2 * derivedCount == d.length) {
      d = Arrays.copyOf(d, Math.max(8, d.length * 2));
    }
    d[2 * derivedCount] = key;
    d[2 * derivedCount + 1] = value;
    derivedCount++;
    derived = d;
    return value;
  }

  /** The total minutes of sessions of {@code format}. */
  public long minutes(SessionFormat format) {
    Objects.requireNonNull(format, "format");
    return minutesByFormat[format.ordinal()];
  }

  /** The total minutes of content: presentation plus interactive. */
  public long contentMinutes() {
    return minutes(SessionFormat.PRESENTATION) + minutes(SessionFormat.INTERACTIVE);
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
