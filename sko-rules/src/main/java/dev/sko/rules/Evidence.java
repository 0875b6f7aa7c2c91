package dev.sko.rules;

import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * LocalTime}, {@link Money}, {@link RelativeDay} or {@link IntRange}.
 */
@Value.Immutable
public abstract class Evidence {
  Evidence() {}

  private static final Evidence NONE = new Builder().build();

  /** The value the plan has. */
  public abstract Optional<Object> actual();

  /** The value the rule expected (a limit, a range, a required value). */
  public abstract Optional<Object> expected();

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
    return actual().isEmpty() && expected().isEmpty() && figures().isEmpty();
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
    actual().ifPresent(v -> checkType("Evidence.actual", v));
    expected().ifPresent(v -> checkType("Evidence.expected", v));
    figures().forEach((k, v) -> checkType("Evidence.figures[" + k + "]", v));
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
    return sb.toString();
  }
}
