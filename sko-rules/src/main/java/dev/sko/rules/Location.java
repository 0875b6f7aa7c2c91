package dev.sko.rules;

import com.google.errorprone.annotations.Immutable;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan a finding points: a path such as {@code days[2].sessions[3]}, {@code
 * reinforcement[0]} or {@code budget}, plus the session's id and title when the location is a
 * session. The empty path is the plan itself.
 *
 * <p>{@link #isWithin} and {@link #resolveIn} check a location against a plan, so an app can
 * highlight the place a finding points at and a test can assert that a rule points inside the plan.
 * A path names fields by the model's accessor names ({@code days}, {@code sessions}, {@code
 * roster}, {@code planning}, {@code callForContent} …), which are also the property names of the
 * plan's JSON form.
 *
 * <p>Locations order by path, comparing indexes numerically ({@code days[2]} before {@code
 * days[10]}); two locations compare as equal exactly when they are equal (same path).
 */
@Immutable
public final class Location implements Comparable<Location> {
  /**
   * Field names with optional indexes; an index has no leading zero, so one path names one place.
   */
  private static final Pattern PATH =
      Pattern.compile(
          "[a-zA-Z][a-zA-Z0-9]*(?:\\[(?:0|[1-9]\\d*)])?"
              + "(?:\\.[a-zA-Z][a-zA-Z0-9]*(?:\\[(?:0|[1-9]\\d*)])?)*");

  private static final Location PLAN = new Location("", null, null);

  private final String path;
  private final @Nullable String sessionId;
  private final @Nullable String sessionTitle;

  private Location(String path, @Nullable String sessionId, @Nullable String sessionTitle) {
    this.path = path;
    this.sessionId = sessionId;
    this.sessionTitle = sessionTitle;
  }

  /** The plan as a whole. */
  public static Location plan() {
    return PLAN;
  }

  /**
   * A path into the plan such as {@code budget}, {@code metricTargets[2]} or {@code
   * planning.callForContent}.
   *
   * @throws IllegalArgumentException if the path is not of that form
   */
  public static Location of(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      return PLAN;
    }
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "Location path must look like days[2].sessions[3] or budget, but was \"" + path + "\"");
    }
    return new Location(path, null, null);
  }

  /** A list element: {@code field[index]}, e.g. {@code reinforcement[0]}. */
  public static Location element(String field, int index) {
    Objects.requireNonNull(field, "field");
    if (index < 0) {
      throw new IllegalArgumentException("Location index must be >= 0, but was " + index);
    }
    return of(field + "[" + index + "]");
  }

  /** The agenda day at {@code dayIndex}: {@code days[dayIndex]}. */
  public static Location day(int dayIndex) {
    return element("days", dayIndex);
  }

  /** A session: {@code days[dayIndex].sessions[sessionIndex]} with the session's id and title. */
  public static Location session(int dayIndex, int sessionIndex, Session session) {
    Objects.requireNonNull(session, "session");
    if (dayIndex < 0 || sessionIndex < 0) {
      throw new IllegalArgumentException(
          "Location indexes must be >= 0, but were " + dayIndex + " and " + sessionIndex);
    }
    return new Location(
        "days[" + dayIndex + "].sessions[" + sessionIndex + "]", session.id(), session.title());
  }

  /** The path; empty for the plan itself. */
  public String path() {
    return path;
  }

  /** The session id, when the location is a session. */
  public Optional<String> sessionId() {
    return Optional.ofNullable(sessionId);
  }

  /** The session title, when the location is a session. */
  public Optional<String> sessionTitle() {
    return Optional.ofNullable(sessionTitle);
  }

  /**
   * What identifies this place while the plan is edited, for {@linkplain Baseline baselines} and
   * SARIF fingerprints: {@code session:ID} for a session, so that a finding follows its session
   * when sessions are reordered or moved to another day; {@code plan} for the plan itself; the path
   * for every other place. File lines never enter it.
   */
  public String fingerprint() {
    if (sessionId != null) {
      return "session:" + sessionId;
    }
    return path.isEmpty() ? "plan" : path;
  }

  /** Whether this is the plan itself. */
  public boolean isPlan() {
    return path.isEmpty();
  }

  /**
   * Whether this location names a place in {@code plan}: every field in the path is one the model
   * has, every index names an element the list holds, and a session location's id and title are
   * those of the session at its path. A field the plan leaves out is still a place in it (rules
   * point at {@code budget} to say there is no budget, or at {@code planning.coreTeam} when there
   * is no planning data), but an element of it is not.
   *
   * <pre>{@code
   * Location.of("days[1].sessions[0]").isWithin(plan)   // true if day 2 has a session
   * Location.of("planning.coreTeam").isWithin(plan)     // true, with or without planning data
   * Location.of("days[0].speakers").isWithin(plan)      // false: sessions have no such field
   * }</pre>
   *
   * <p>The path is resolved through an explicit map from field names to the model's accessors,
   * never by reflection.
   */
  public boolean isWithin(KickoffPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return isWithin(PlanPaths.resolve(path, plan));
  }

  private boolean isWithin(PlanPaths.Resolved resolved) {
    if (!resolved.within) {
      return false;
    }
    if (sessionId == null) {
      return true;
    }
    return resolved.value instanceof Session
        && ((Session) resolved.value).id().equals(sessionId)
        && ((Session) resolved.value).title().equals(sessionTitle);
  }

  /**
   * The value this location points at in {@code plan}: the plan itself for the plan's location, an
   * {@link dev.sko.core.AgendaDay}, a {@link Session}, a list, a {@link dev.sko.core.Budget}, a
   * field's value …; empty when the location is not {@linkplain #isWithin within} the plan or the
   * plan leaves that field out. {@code Optional} fields yield their value, not the {@code
   * Optional}.
   */
  public Optional<Object> resolveIn(KickoffPlan plan) {
    Objects.requireNonNull(plan, "plan");
    PlanPaths.Resolved resolved = PlanPaths.resolve(path, plan);
    return isWithin(resolved) ? Optional.ofNullable(resolved.value) : Optional.empty();
  }

  @Override
  public int compareTo(Location other) {
    return comparePaths(path, other.path);
  }

  /**
   * Compares paths character by character, runs of digits by their value (without parsing them, so
   * no index is too long), and paths that only differ in how a number is written (as in field names
   * {@code a1} and {@code a01}) as strings, so that the order agrees with {@link #equals}.
   */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = compareNumbers(a.substring(si, i), b.substring(sj, j));
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  /** Compares two runs of digits by the numbers they write. */
  private static int compareNumbers(String x, String y) {
    String a = stripLeadingZeros(x);
    String b = stripLeadingZeros(y);
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Location && ((Location) o).path.equals(path);
  }

  @Override
  public int hashCode() {
    return path.hashCode();
  }

  /** The path ({@code plan} for the plan itself) and, for a session, its id and title. */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "plan" : path;
    return sessionId == null ? where : where + " (" + sessionId + " \"" + sessionTitle + "\")";
  }
}
