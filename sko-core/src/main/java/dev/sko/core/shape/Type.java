package dev.sko.core.shape;

import dev.sko.core.RelativeDay;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The type of a field's value (or of each element of a list or set field): a scalar of one of the
 * kinds the plan formats spell out, an enum, or an object with a {@link Shape} of its own. Types
 * written as strings ({@link #forms()}, enums) carry that string form once, for every plan format
 * and its schema: the pattern, the wording of it, parsing ({@link #parse}) and writing ({@link
 * #format}).
 *
 * @param <V> the Java type of the value
 */
public final class Type<V> {
  /** What kind of value a type is; each plan format has one lexical form per kind. */
  public enum Kind {
    /** A {@link String}. */
    TEXT,
    /** An {@code int}. */
    INTEGER,
    /** A finite {@code double}. */
    NUMBER,
    /** A {@code boolean}. */
    BOOLEAN,
    /** A {@link LocalDate}. */
    DATE,
    /** A {@link LocalTime}. */
    TIME,
    /** A non-negative {@link Duration}. */
    DURATION,
    /** A {@link RelativeDay}. */
    RELATIVE_DAY,
    /** A {@link Currency}. */
    CURRENCY,
    /** A non-negative {@link BigDecimal}, kept exact. */
    DECIMAL,
    /** A constant of an enum. */
    ENUM,
    /** A value with fields of its own. */
    OBJECT
  }

  /** Text. */
  public static final Type<String> TEXT = new Type<>(Kind.TEXT, String.class, null, null);

  /** A whole number. */
  public static final Type<Integer> INTEGER = new Type<>(Kind.INTEGER, Integer.class, null, null);

  /** A number. */
  public static final Type<Double> NUMBER = new Type<>(Kind.NUMBER, Double.class, null, null);

  /** True or false. */
  public static final Type<Boolean> BOOLEAN = new Type<>(Kind.BOOLEAN, Boolean.class, null, null);

  /** A calendar date. */
  public static final Type<LocalDate> DATE =
      written(
          Kind.DATE,
          LocalDate.class,
          new Form(
              Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
              "an ISO-8601 date such as \"2027-01-12\"",
              LocalDate::parse,
              "no such date %s"));

  /** A time of day. */
  public static final Type<LocalTime> TIME =
      written(
          Kind.TIME,
          LocalTime.class,
          new Form(
              Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"),
              "an ISO-8601 local time such as \"09:00\"",
              LocalTime::parse,
              "no such time of day %s"));

  /** A length of time. */
  public static final Type<Duration> DURATION =
      written(
          Kind.DURATION,
          Duration.class,
          new Form(
              Pattern.compile(
                  "P(?=[0-9]|T[0-9])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?"),
              "a non-negative ISO-8601 duration such as \"PT45M\" or \"PT1H30M\"",
              Duration::parse,
              "the duration %s is too long"));

  /** A day relative to the event. */
  public static final Type<RelativeDay> RELATIVE_DAY =
      written(
          Kind.RELATIVE_DAY,
          RelativeDay.class,
          new Form(
              Pattern.compile("T[+-][0-9]{1,4}"),
              "a day relative to the event such as \"T-28\" or \"T+30\"",
              RelativeDay::parse,
              ""));

  /** An ISO 4217 currency. */
  public static final Type<Currency> CURRENCY =
      written(
          Kind.CURRENCY,
          Currency.class,
          new Form(
              Pattern.compile("[A-Z]{3}"),
              "an ISO 4217 currency code such as \"USD\"",
              Currency::getInstance,
              "unknown ISO 4217 currency %s"));

  /** An exact decimal amount. */
  public static final Type<BigDecimal> DECIMAL =
      written(
          Kind.DECIMAL,
          BigDecimal.class,
          new Form(
              Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?"),
              "a non-negative decimal string such as \"1982.00\"",
              BigDecimal::new,
              ""));

  /**
   * How a value is written as a string in the plan formats: the pattern the string matches, what it
   * looks like in words, how it is parsed, and the reason a string that matches but names no value
   * is refused ({@code %s} for the string; empty to use the parser's own message).
   */
  private record Form(
      @Nullable Pattern pattern, String what, Function<String, ?> parse, String failure) {}

  private final Kind kind;
  private final Class<V> javaType;
  private final @Nullable Shape<V> shape;
  private final @Nullable Form form;
  private final @Nullable Long minimum;

  private Type(Kind kind, Class<V> javaType, @Nullable Shape<V> shape, @Nullable Form form) {
    this(kind, javaType, shape, form, null);
  }

  private Type(
      Kind kind,
      Class<V> javaType,
      @Nullable Shape<V> shape,
      @Nullable Form form,
      @Nullable Long minimum) {
    this.kind = kind;
    this.javaType = javaType;
    this.shape = shape;
    this.form = form;
    this.minimum = minimum;
  }

  private static <V> Type<V> written(Kind kind, Class<V> javaType, Form form) {
    return new Type<>(kind, javaType, null, form);
  }

  /**
   * The types written as strings of a fixed form, in {@link Kind} order: date, time, duration,
   * relative day, currency, decimal.
   */
  public static List<Type<?>> forms() {
    return List.of(DATE, TIME, DURATION, RELATIVE_DAY, CURRENCY, DECIMAL);
  }

  /**
   * This number type with the least value the model accepts, for the schema ({@code headcount} is
   * at least 1); the model's own check enforces it when a value is built.
   */
  public Type<V> atLeast(long minimum) {
    return new Type<>(kind, javaType, shape, form, minimum);
  }

  /** The least value the model accepts, for a number type that has one. */
  public Optional<Long> minimum() {
    return Optional.ofNullable(minimum);
  }

  /** The constants of {@code enumType}. */
  public static <E extends Enum<E>> Type<E> of(Class<E> enumType) {
    List<String> names = new ArrayList<>();
    for (E constant : EnumSet.allOf(enumType)) {
      names.add(constant.name());
    }
    String failure =
        "unknown value %s for "
            + enumType.getSimpleName()
            + "; expected one of "
            + String.join(", ", names);
    return new Type<>(
        Kind.ENUM,
        enumType,
        null,
        new Form(null, "", name -> Enum.valueOf(enumType, name), failure));
  }

  /** Values of {@code shape}. */
  public static <T> Type<T> of(Shape<T> shape) {
    return new Type<>(Kind.OBJECT, shape.type(), shape, null);
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /** The Java type of the value. */
  public Class<V> javaType() {
    return javaType;
  }

  /** The shape, for an {@link Kind#OBJECT}. */
  public Optional<Shape<V>> shape() {
    return Optional.ofNullable(shape);
  }

  /** The constants in declaration order, for an {@link Kind#ENUM}; empty otherwise. */
  public List<V> constants() {
    V[] constants = javaType.getEnumConstants();
    return constants == null ? List.of() : Arrays.asList(constants);
  }

  /**
   * The pattern a value's string form matches, for the types {@link #forms()} lists; empty for the
   * others (text is any string, enums are checked by name).
   */
  public Optional<Pattern> pattern() {
    return Optional.ofNullable(form == null ? null : form.pattern());
  }

  /** What the string form looks like, in words: {@code an ISO-8601 date such as "2027-01-12"}. */
  public String what() {
    return form == null ? "" : form.what();
  }

  /**
   * The value a string names, for text, enums and the types {@link #forms()} lists.
   *
   * @throws RuntimeException if the string names no value (an unknown enum constant, a date that
   *     does not exist); {@link #refusal} says why in words
   */
  public V parse(String text) {
    if (form == null) {
      return javaType.cast(text); // text; the other kinds are no strings
    }
    return javaType.cast(form.parse().apply(text));
  }

  /**
   * The reason a string that {@link #parse} refused names no value, for {@code quoted} (the string
   * as a message shows it) and the parser's own {@code message}.
   */
  public String refusal(String quoted, @Nullable String message) {
    return form == null || form.failure().isEmpty()
        ? String.valueOf(message)
        : String.format(Locale.ROOT, form.failure(), quoted);
  }

  /**
   * The string form of {@code value}: an ISO-8601 text, a currency code, a plain decimal, a name.
   */
  public String format(Object value) {
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    return value instanceof Currency ? ((Currency) value).getCurrencyCode() : value.toString();
  }

  /** The kind, and the Java type's simple name: {@code ENUM SessionKind}. */
  @Override
  public String toString() {
    return kind + " " + javaType.getSimpleName();
  }
}
