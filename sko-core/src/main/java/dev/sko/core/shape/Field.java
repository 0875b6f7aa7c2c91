package dev.sko.core.shape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link Shape}: its name (the model's accessor name), the type of its value (or of
 * each element), whether it holds one value, a list or a set, whether a plan must give it, and how
 * to read it from a value and set it on a builder.
 *
 * @param <T> the type the field belongs to
 */
public final class Field<T> {
  /** How many values a field holds. */
  public enum Multiplicity {
    /** One value (possibly optional or defaulted). */
    ONE,
    /** A list, in the order given. */
    LIST,
    /** A set of enum constants, written in their declaration order. */
    SET
  }

  /** Whether a plan must give a field, may leave it out, or may leave it to its default. */
  public enum Presence {
    /** The value must be given. */
    REQUIRED,
    /** The value may be left out; it is then absent ({@code Optional.empty()}, empty list). */
    OPTIONAL,
    /** The value may be left out; it then takes the model's default. */
    DEFAULTED
  }

  private final String name;
  private final Type<?> type;
  private final Multiplicity multiplicity;
  private final Presence presence;
  private final Function<T, ?> get;
  private final BiConsumer<Object, Object> set;
  private final @Nullable String whenField;
  private final List<Object> whenValues;

  Field(
      String name,
      Type<?> type,
      Multiplicity multiplicity,
      Presence presence,
      Function<T, ?> get,
      BiConsumer<Object, Object> set,
      @Nullable String whenField,
      List<Object> whenValues) {
    this.name = name;
    this.type = type;
    this.multiplicity = multiplicity;
    this.presence = presence;
    this.get = get;
    this.set = set;
    this.whenField = whenField;
    this.whenValues = List.copyOf(whenValues);
  }

  /**
   * The field whose value decides whether this one is given, for a field given exactly when another
   * has one of some values ({@code Audience.tier} exactly for {@code kind} {@code TIER}).
   */
  public Optional<String> whenField() {
    return Optional.ofNullable(whenField);
  }

  /** The values of {@link #whenField()} for which this field is given; empty without one. */
  public List<Object> whenValues() {
    return whenValues;
  }

  /** The name: the model's accessor name, and the property name in the plan formats. */
  public String name() {
    return name;
  }

  /** The type of the value, or of each element of a list or set. */
  public Type<?> type() {
    return type;
  }

  /** One value, a list or a set. */
  public Multiplicity multiplicity() {
    return multiplicity;
  }

  /** Whether the field must be given. */
  public Presence presence() {
    return presence;
  }

  /**
   * The field's value in {@code owner}: the value itself ({@code Optional}s and their primitive
   * cousins unwrapped, null when empty), or the list or set.
   */
  public @Nullable Object value(T owner) {
    Object value = get.apply(owner);
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt i = (OptionalInt) value;
      return i.isPresent() ? Integer.valueOf(i.getAsInt()) : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble d = (OptionalDouble) value;
      return d.isPresent() ? Double.valueOf(d.getAsDouble()) : null;
    }
    return value;
  }

  /**
   * The elements of a list or set field in {@code owner}, a set's in its constants' declaration
   * order; a one-value field's value as a list of one, or none when it is absent.
   */
  public List<?> elements(T owner) {
    Object value = value(owner);
    if (value == null) {
      return List.of();
    }
    return multiplicity == Multiplicity.ONE ? List.of(value) : ordered(multiplicity, value);
  }

  /** A list's elements as they are, a set's in its constants' declaration order. */
  static List<?> ordered(Multiplicity multiplicity, Object collection) {
    if (multiplicity == Multiplicity.LIST) {
      return (List<?>) collection;
    }
    List<Enum<?>> sorted = new ArrayList<>();
    for (Object constant : (Collection<?>) collection) {
      sorted.add((Enum<?>) constant);
    }
    sorted.sort(Comparator.comparingInt(Enum::ordinal));
    return sorted;
  }

  Field<T> when(String field, List<Object> values) {
    return new Field<>(name, type, multiplicity, presence, get, set, field, values);
  }

  /**
   * Sets {@code value} (of the field's type; a list or set for those fields) on {@code builder}.
   */
  void set(Object builder, Object value) {
    set.accept(builder, value);
  }

  /** {@code Session.talkTime (REQUIRED ONE DURATION Duration)}. */
  @Override
  public String toString() {
    return name + " (" + presence + " " + multiplicity + " " + type + ")";
  }
}
