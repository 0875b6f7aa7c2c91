package dev.sko.rules;

import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The data behind a finding, typed rather than only written into the message: the actual value the
 * plan has, the value the rule expected, and named figures a rule computed (cost per rep,
 * break-even attainment, slipped-deal estimate), so an app can show them without parsing text.
 *
 * <p>Values are numbers, strings, booleans, enums, {@link Duration}, {@link LocalDate}, {@link
 * LocalTime}, {@link Money}, {@link RelativeDay} or {@link IntRange}. Read them typed with {@link
 * #actual(Class)}, {@link #expected(Class)} and {@link #figure(String, Class)}:
 *
 * <pre>{@code
 * Optional<Duration> talk = finding.evidence().actual(Duration.class);
 * Optional<Money> perRep = finding.evidence().figure("hard-cost-per-rep", Money.class);
 * }</pre>
 *
 * <p>When the message names other elements of the plan (the session a session overlaps, the reps a
 * manager lacks a commitment for), {@link #related()} holds their {@link Location}s, with the
 * session's id and title for a session, so an app can link to every party without parsing the
 * message.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  private static final Evidence NONE = new Builder().build();

  /**
   * The value the plan has, untyped (for rendering every kind alike); {@link #actual(Class)} reads
   * it as the type an app expects.
   */
  public abstract Optional<Object> actual();

  /**
   * The value the rule expected (a limit, a range, a required value), untyped; {@link
   * #expected(Class)} reads it typed.
   */
  public abstract Optional<Object> expected();

  /**
   * The places in the plan that the finding's message names, in the order it names them: every
   * party when it names more than one element (both sessions of an overlap, the finding's own
   * location among them), or the other elements it names beside its own location. Empty when the
   * message names nothing but the finding's location.
   */
  public abstract List<Location> related();

  /** The actual value if it is of {@code type} (e.g. {@code Duration.class}); no cast needed. */
  public <T> Optional<T> actual(Class<T> type) {
    return typed(actual(), type);
  }

  /** The expected value if it is of {@code type} (e.g. {@code Money.class}); no cast needed. */
  public <T> Optional<T> expected(Class<T> type) {
    return typed(expected(), type);
  }

  /** The ids of the related sessions ({@link #related()} that are sessions), in order. */
  public List<String> relatedSessionIds() {
    List<String> ids = new ArrayList<>();
    for (Location l : related()) {
      l.sessionId().ifPresent(ids::add);
    }
    return List.copyOf(ids);
  }

  private static <T> Optional<T> typed(Optional<Object> value, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return value.filter(type::isInstance).map(type::cast);
  }

  /** Named figures the rule computed, in the order the rule gave them. */
  public abstract Map<String, Object> figures();

  /** A figure of the given type, if present. */
  public <T> Optional<T> figure(String name, Class<T> type) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Object value = figures().get(name);
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  /** Whether there is no evidence at all. */
  public boolean isEmpty() {
    return actual().isEmpty() && expected().isEmpty() && figures().isEmpty() && related().isEmpty();
  }

  /** No evidence. */
  public static Evidence none() {
    return NONE;
  }

  /** The actual value against the expected one. */
  public static Evidence of(Object actual, Object expected) {
    return builder().actual(actual).expected(expected).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evidence}; {@link #build()} checks the value types. */
  public static final class Builder extends ImmutableEvidence.Builder {}

  @Value.Check
  void check() {
    // Plain loops, no lambdas: every finding's evidence is checked, the first in a cold process.
    if (actual().isPresent()) {
      checkType("Evidence.actual", actual().get());
    }
    if (expected().isPresent()) {
      checkType("Evidence.expected", expected().get());
    }
    for (Map.Entry<String, Object> figure : figures().entrySet()) {
      checkType("Evidence.figures[" + figure.getKey() + "]", figure.getValue());
    }
  }

  private static void checkType(String field, Object value) {
    boolean typed =
        value instanceof Number
            || value instanceof String
            || value instanceof Boolean
            || value instanceof Enum
            || value instanceof Duration
            || value instanceof LocalDate
            || value instanceof LocalTime
            || value instanceof Money
            || value instanceof RelativeDay
            || value instanceof IntRange;
    if (!typed) {
      throw new IllegalArgumentException(
          field
              + " must be a number, string, boolean, enum, Duration, date, time, Money, RelativeDay"
              + " or IntRange, but was a "
              + value.getClass().getName());
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    actual().ifPresent(a -> sb.append("actual ").append(a));
    expected().ifPresent(e -> sb.append(sb.length() > 0 ? ", " : "").append("expected ").append(e));
    figures()
        .forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(' ').append(v));
    if (!related().isEmpty()) {
      sb.append(sb.length() > 0 ? ", " : "").append("related ").append(related());
    }
    return sb.toString();
  }
}
