package dev.sko.core.shape;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The type of a field's value (or of each element of a list or set field): a scalar of one of the
 * kinds the plan formats spell out, an enum, or an object with a {@link Shape} of its own.
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
    /** A {@link dev.sko.core.RelativeDay}. */
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
  public static final Type<String> TEXT = new Type<>(Kind.TEXT, String.class, null);

  /** A whole number. */
  public static final Type<Integer> INTEGER = new Type<>(Kind.INTEGER, Integer.class, null);

  /** A number. */
  public static final Type<Double> NUMBER = new Type<>(Kind.NUMBER, Double.class, null);

  /** True or false. */
  public static final Type<Boolean> BOOLEAN = new Type<>(Kind.BOOLEAN, Boolean.class, null);

  /** A calendar date. */
  public static final Type<LocalDate> DATE = new Type<>(Kind.DATE, LocalDate.class, null);

  /** A time of day. */
  public static final Type<LocalTime> TIME = new Type<>(Kind.TIME, LocalTime.class, null);

  /** A length of time. */
  public static final Type<Duration> DURATION = new Type<>(Kind.DURATION, Duration.class, null);

  /** A day relative to the event. */
  public static final Type<dev.sko.core.RelativeDay> RELATIVE_DAY =
      new Type<>(Kind.RELATIVE_DAY, dev.sko.core.RelativeDay.class, null);

  /** An ISO 4217 currency. */
  public static final Type<Currency> CURRENCY = new Type<>(Kind.CURRENCY, Currency.class, null);

  /** An exact decimal amount. */
  public static final Type<BigDecimal> DECIMAL = new Type<>(Kind.DECIMAL, BigDecimal.class, null);

  private final Kind kind;
  private final Class<V> javaType;
  private final @Nullable Shape<V> shape;
  private final @Nullable Long minimum;

  private Type(Kind kind, Class<V> javaType, @Nullable Shape<V> shape) {
    this(kind, javaType, shape, null);
  }

  private Type(Kind kind, Class<V> javaType, @Nullable Shape<V> shape, @Nullable Long minimum) {
    this.kind = kind;
    this.javaType = javaType;
    this.shape = shape;
    this.minimum = minimum;
  }

  /**
   * This number type with the least value the model accepts, for the schema ({@code headcount} is
   * at least 1); the model's own check enforces it when a value is built.
   */
  public Type<V> atLeast(long minimum) {
    return new Type<>(kind, javaType, shape, minimum);
  }

  /** The least value the model accepts, for a number type that has one. */
  public Optional<Long> minimum() {
    return Optional.ofNullable(minimum);
  }

  /** The constants of {@code enumType}. */
  public static <E extends Enum<E>> Type<E> of(Class<E> enumType) {
    return new Type<>(Kind.ENUM, Objects.requireNonNull(enumType, "enumType"), null);
  }

  /** Values of {@code shape}. */
  public static <T> Type<T> of(Shape<T> shape) {
    return new Type<>(Kind.OBJECT, shape.type(), shape);
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

  /** The kind, and the Java type's simple name: {@code ENUM SessionKind}. */
  @Override
  public String toString() {
    return kind + " " + javaType.getSimpleName();
  }
}
