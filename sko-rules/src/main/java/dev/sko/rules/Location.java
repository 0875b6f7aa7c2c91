package dev.sko.rules;

import com.google.errorprone.annotations.Immutable;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanPath;
import dev.sko.core.Session;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import java.util.Objects;
import java.util.Optional;
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
    if (!PlanPath.isValid(path)) {
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

  /** The path as a {@link PlanPath}. */
  public PlanPath planPath() {
    return PlanPath.parse(path);
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
   * <p>The path is resolved through the model's one description of its fields ({@code PlanShapes}),
   * never by reflection.
   */
  public boolean isWithin(KickoffPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return isWithin(resolve(plan));
  }

  private Shape.Resolution resolve(KickoffPlan plan) {
    return Shape.resolve(PlanShapes.PLAN, plan, PlanPath.parse(path));
  }

  private boolean isWithin(Shape.Resolution resolved) {
    if (!resolved.within()) {
      return false;
    }
    if (sessionId == null) {
      return true;
    }
    Object value = resolved.value().orElse(null);
    return value instanceof Session
        && ((Session) value).id().equals(sessionId)
        && ((Session) value).title().equals(sessionTitle);
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
    Shape.Resolution resolved = resolve(plan);
    return isWithin(resolved) ? resolved.value() : Optional.empty();
  }

  @Override
  public int compareTo(Location other) {
    return PlanPath.compare(path, other.path);
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
