package dev.sko.rules;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A view of one plan computed once per validation and shared by every rule, so that rules do not
 * each walk the agenda again: every session with its location, sessions by kind, and minutes by
 * format.
 */
public final class PlanIndex {
  private final KickoffPlan plan;
  private final List<LocatedSession> sessions;
  private final Map<SessionKind, List<LocatedSession>> byKind;
  private final long[] minutesByFormat;

  private PlanIndex(KickoffPlan plan) {
    this.plan = plan;
    List<LocatedSession> all = new ArrayList<>();
    Map<SessionKind, List<LocatedSession>> kinds = new EnumMap<>(SessionKind.class);
    long[] minutes = new long[SessionFormat.values().length];
    List<AgendaDay> days = plan.days();
    for (int d = 0; d < days.size(); d++) {
      List<Session> daySessions = days.get(d).sessions();
      for (int s = 0; s < daySessions.size(); s++) {
        Session session = daySessions.get(s);
        LocatedSession located = new LocatedSession(d, s, session);
        all.add(located);
        kinds.computeIfAbsent(session.kind(), k -> new ArrayList<>()).add(located);
        minutes[session.format().ordinal()] += session.length().toMinutes();
      }
    }
    this.sessions = Collections.unmodifiableList(all);
    kinds.replaceAll((k, v) -> Collections.unmodifiableList(v));
    this.byKind = kinds;
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

  /** The sessions of {@code kind}, in agenda order. */
  public List<LocatedSession> sessions(SessionKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<LocatedSession> found = byKind.get(kind);
    return found == null ? List.of() : found;
  }

  /** Whether any session is of one of {@code kinds}. */
  public boolean hasAny(SessionKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    for (SessionKind kind : kinds) {
      if (byKind.containsKey(kind)) {
        return true;
      }
    }
    return false;
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
    private final Location location;

    LocatedSession(int dayIndex, int sessionIndex, Session session) {
      this.dayIndex = dayIndex;
      this.sessionIndex = sessionIndex;
      this.session = session;
      this.location = Location.session(dayIndex, sessionIndex, session);
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
      return location;
    }

    @Override
    public String toString() {
      return location.toString();
    }
  }
}
