package dev.sko.rules;

import com.google.errorprone.annotations.Immutable;
import dev.sko.core.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A typed, named option of a rule (a threshold), with the rule's default. Rules declare their
 * options as constants and read the configured value through {@link
 * RuleContext#option(RuleOption)}; users override them by rule id and key on {@link
 * PlanValidator.Builder#option} or {@link RuleSet#withOption}, and a value of the wrong type or out
 * of range fails at {@code build()}.
 *
 * <pre>{@code
 * static final RuleOption<Duration> CAP =
 *     RuleOption.duration("cap", Duration.ofMinutes(30), "Longest talk time (SKO_GUIDE: 30 min)");
 * }</pre>
 *
 * @param <T> the option's value type
 */
@Immutable(containerOf = "T")
public final class RuleOption<T> {
  private final String key;
  private final Class<T> type;
  private final T defaultValue;
  private final String description;

  @SuppressWarnings("Immutable") // the predicates passed in are stateless
  private final Predicate<? super T> valid;

  private final String validity;

  private RuleOption(
      String key,
      Class<T> type,
      T defaultValue,
      String description,
      Predicate<? super T> valid,
      String validity) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(validity, "validity");
    if (!RuleIds.isKey(key)) {
      throw new IllegalArgumentException(
          "RuleOption.key must be lower-case words joined by hyphens such as max-talk-time, but was \""
              + key
              + "\"");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException(
          "RuleOption.description must not be blank, but was \""
              + description
              + "\" (option "
              + key
              + ")");
    }
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.valid = valid;
    this.validity = validity;
    if (!valid.test(defaultValue)) {
      throw new IllegalArgumentException(
          "RuleOption " + key + " default must be " + validity + ", but was " + defaultValue);
    }
  }

  /**
   * An option of any immutable type, valid where {@code valid} holds ({@code validity} says how,
   * e.g. "a table with no gaps").
   */
  public static <T> RuleOption<T> of(
      String key,
      Class<T> type,
      T defaultValue,
      String description,
      Predicate<? super T> valid,
      String validity) {
    return new RuleOption<>(key, type, defaultValue, description, valid, validity);
  }

  /** A whole number from {@code min} to {@code max}. */
  public static RuleOption<Integer> integer(
      String key, int defaultValue, int min, int max, String description) {
    return new RuleOption<>(
        key,
        Integer.class,
        defaultValue,
        description,
        v -> v >= min && v <= max,
        "a whole number from " + min + " to " + max);
  }

  /** A decimal number from {@code min} to {@code max}. */
  public static RuleOption<Double> decimal(
      String key, double defaultValue, double min, double max, String description) {
    return new RuleOption<>(
        key,
        Double.class,
        defaultValue,
        description,
        v -> v >= min && v <= max,
        "a number from " + min + " to " + max);
  }

  /** A share written as a fraction from 0 to 1 ({@code 0.4} is 40%). */
  public static RuleOption<Double> percentage(
      String key, double defaultFraction, String description) {
    return new RuleOption<>(
        key,
        Double.class,
        defaultFraction,
        description,
        v -> v >= 0 && v <= 1,
        "a fraction from 0 to 1 (0.4 is 40%)");
  }

  /** A positive duration. */
  public static RuleOption<Duration> duration(
      String key, Duration defaultValue, String description) {
    return new RuleOption<>(
        key,
        Duration.class,
        defaultValue,
        description,
        d -> !d.isNegative() && !d.isZero(),
        "a positive duration");
  }

  /** An amount of money. */
  public static RuleOption<Money> money(String key, Money defaultValue, String description) {
    return new RuleOption<>(
        key, Money.class, defaultValue, description, m -> true, "an amount of money");
  }

  /** One constant of {@code type}. */
  public static <E extends Enum<E>> RuleOption<E> enumeration(
      String key, Class<E> type, E defaultValue, String description) {
    return new RuleOption<>(
        key, type, defaultValue, description, e -> true, "one of " + type.getSimpleName());
  }

  /** A range of whole numbers within {@code min} to {@code max}. */
  public static RuleOption<IntRange> range(
      String key, IntRange defaultValue, int min, int max, String description) {
    return new RuleOption<>(
        key,
        IntRange.class,
        defaultValue,
        description,
        r -> r.min() >= min && r.max() <= max,
        "a range within " + min + ".." + max);
  }

  /** The key, unique within its rule. */
  public String key() {
    return key;
  }

  /** The value type. */
  public Class<T> type() {
    return type;
  }

  /** The default: the source's figure. */
  public T defaultValue() {
    return defaultValue;
  }

  /** What the option means and where its default comes from. */
  public String description() {
    return description;
  }

  /** What a valid value is, e.g. "a whole number from 1 to 100". */
  public String validity() {
    return validity;
  }

  /**
   * Checks {@code value} as a value of this option of rule {@code ruleId}: its type (a whole number
   * given for a decimal option is widened) and its range.
   *
   * @throws IllegalArgumentException naming the rule, the key and the value otherwise
   */
  public T accept(String ruleId, Object value) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(value, "value");
    Object v = value;
    if (type == Double.class && value instanceof Number && !(value instanceof Double)) {
      v = ((Number) value).doubleValue();
    }
    if (!type.isInstance(v)) {
      throw new IllegalArgumentException(
          "option "
              + key
              + " of rule "
              + ruleId
              + " takes a "
              + type.getSimpleName()
              + ", but was "
              + value.getClass().getSimpleName()
              + " "
              + value);
    }
    T typed = type.cast(v);
    if (!valid.test(typed)) {
      throw new IllegalArgumentException(
          "option " + key + " of rule " + ruleId + " must be " + validity + ", but was " + value);
    }
    return typed;
  }

  /**
   * A value of this option written for people: {@code 30 min}, {@code 2 h}, {@code 90 s}, {@code
   * 40%}, {@code 12.5%}, {@code 4000 USD}.
   */
  public String format(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Duration) {
      Duration d = (Duration) value;
      if (d.getNano() != 0) {
        return d.toString();
      }
      if (d.toSeconds() % 60 != 0) {
        return d.toSeconds() + " s";
      }
      return d.toSeconds() % 3600 == 0 && d.toHours() >= 2
          ? d.toHours() + " h"
          : d.toMinutes() + " min";
    }
    if (validity.startsWith("a fraction") && value instanceof Double) {
      double fraction = (Double) value;
      if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
        return String.valueOf(fraction);
      }
      // Decimal, not binary, arithmetic: 0.07 * 100 is 7.000000000000001 in doubles.
      return BigDecimal.valueOf(fraction)
              .movePointRight(2)
              .setScale(1, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString()
          + "%";
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return key + " = " + format(defaultValue);
  }
}
