package dev.sko.core.shape;

import dev.sko.core.PlanPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The shape of one model type: its fields in canonical order, and how to build a value from them.
 * Plan readers and writers, the plan file schema and path resolution all work from shapes, so a
 * type's fields are listed once, in {@link PlanShapes}.
 *
 * @param <T> the model type
 */
public final class Shape<T> {
  private final Class<T> type;
  private final Supplier<?> newBuilder;
  private final Function<Object, T> build;
  private final List<Field<T>> fields;
  private final Map<String, Field<T>> byName;

  private Shape(
      Class<T> type, Supplier<?> newBuilder, Function<Object, T> build, List<Field<T>> fields) {
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = List.copyOf(fields);
    Map<String, Field<T>> map = new LinkedHashMap<>();
    for (Field<T> f : fields) {
      if (map.put(f.name(), f) != null) {
        throw new IllegalArgumentException(
            "Shape " + type.getSimpleName() + " lists the field " + f.name() + " twice");
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /**
   * Starts describing {@code type}, built with a fresh {@code newBuilder()} and finished by {@code
   * build}.
   */
  static <T, B> Builder<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(type, newBuilder, build);
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** The type's simple name, such as {@code Session}. */
  public String name() {
    return type.getSimpleName();
  }

  /** The fields, in canonical order. */
  public List<Field<T>> fields() {
    return fields;
  }

  /** The field called {@code name}, if the type has one. */
  public Optional<Field<T>> field(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** A new, empty assembly of a value of this shape. */
  public Assembly<T> assemble() {
    return new Assembly<>(this, newBuilder.get());
  }

  /**
   * Whether {@code field} can be left out when {@code owner} is written: it is absent, an empty
   * list or set, or the value the model gives it by default (found by building {@code owner} again
   * without it, so a default that depends on other fields is honoured).
   */
  public boolean isLeftOut(Field<T> field, T owner) {
    Object value = field.value(owner);
    if (value == null) {
      return true;
    }
    if (field.multiplicity() != Field.Multiplicity.ONE) {
      return field.elements(owner).isEmpty();
    }
    if (field.presence() != Field.Presence.DEFAULTED) {
      return false;
    }
    Assembly<T> without = assemble();
    for (Field<T> other : fields) {
      Object v = other.value(owner);
      if (other != field && v != null) {
        without.set(other, v);
      }
    }
    try {
      return value.equals(field.value(without.build()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false; // without this value the owner would not be valid, so it is not a default
    }
  }

  /** A value of a shape being put together field by field. */
  public static final class Assembly<T> {
    private final Shape<T> shape;
    private final Object builder;

    Assembly(Shape<T> shape, Object builder) {
      this.shape = shape;
      this.builder = builder;
    }

    /** Sets {@code field} (of this shape) to {@code value}: a list or set for those fields. */
    public Assembly<T> set(Field<T> field, Object value) {
      field.set(builder, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @throws IllegalArgumentException if the value breaks one of the model's invariants
     * @throws IllegalStateException if a required field was not set
     */
    public T build() {
      return shape.build.apply(builder);
    }
  }

  /**
   * Follows {@code path} from {@code value} of {@code shape}. A field the value leaves out is still
   * a place (with no value), but an element of it is not; an index is only within a list or set
   * that holds that element; a name the shape does not have, an index on a one-value field, or a
   * field of a list (rather than of one of its elements) is outside.
   */
  public static <T> Resolution resolve(Shape<T> shape, T value, PlanPath path) {
    @Nullable Shape<?> current = shape;
    @Nullable Object at = value;
    @Nullable Field<?> list = null;
    for (String step : path.steps()) {
      if (step.startsWith("[")) {
        if (list == null || at == null) {
          return Resolution.OUTSIDE;
        }
        List<?> elements = Field.ordered(list.multiplicity(), at);
        String digits = step.substring(1, step.length() - 1);
        // A path allows indexes of any length; anything past int range is past every list.
        if (digits.length() > 9 || Integer.parseInt(digits) >= elements.size()) {
          return Resolution.OUTSIDE;
        }
        at = elements.get(Integer.parseInt(digits));
        current = list.type().shape().orElse(null);
        list = null;
        continue;
      }
      Field<?> field = current == null ? null : current.field(step).orElse(null);
      if (field == null) {
        return Resolution.OUTSIDE;
      }
      at = at == null ? null : field.value(uncheckedOwner(at));
      boolean one = field.multiplicity() == Field.Multiplicity.ONE;
      // A list without an index has no fields; its elements do.
      current = one ? field.type().shape().orElse(null) : null;
      list = one ? null : field;
    }
    return new Resolution(true, at);
  }

  /**
   * A field is only ever applied to values of the type it belongs to: the root value of its shape,
   * and below it what the field above read.
   */
  @SuppressWarnings("unchecked")
  private static <T> T uncheckedOwner(Object owner) {
    return (T) owner;
  }

  /** Where a path led: within the value or not, and the value there (none when left out). */
  public static final class Resolution {
    static final Resolution OUTSIDE = new Resolution(false, null);

    private final boolean within;
    private final @Nullable Object value;

    Resolution(boolean within, @Nullable Object value) {
      this.within = within;
      this.value = value;
    }

    /** Whether the path names a place in the value. */
    public boolean within() {
      return within;
    }

    /** The value there; empty outside, or when the value leaves that field out. */
    public Optional<Object> value() {
      return Optional.ofNullable(value);
    }
  }

  /** Collects the fields of a shape, in canonical order. */
  static final class Builder<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Field<T>> fields = new ArrayList<>();

    Builder(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A value the plan must give. */
    <V> Builder<T, B> required(
        String name, Type<V> type, Function<T, V> get, BiConsumer<B, V> set) {
      return add(name, type, Field.Multiplicity.ONE, Field.Presence.REQUIRED, get, set);
    }

    /** A value with a default in the model. */
    <V> Builder<T, B> defaulted(
        String name, Type<V> type, Function<T, V> get, BiConsumer<B, V> set) {
      return add(name, type, Field.Multiplicity.ONE, Field.Presence.DEFAULTED, get, set);
    }

    /** An {@code Optional} value. */
    <V> Builder<T, B> optional(
        String name, Type<V> type, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(name, type, Field.Multiplicity.ONE, Field.Presence.OPTIONAL, get, set);
    }

    /** An {@code OptionalInt}. */
    Builder<T, B> optionalInt(
        String name, Type<Integer> type, Function<T, OptionalInt> get, BiConsumer<B, Integer> set) {
      return add(name, type, Field.Multiplicity.ONE, Field.Presence.OPTIONAL, get, set);
    }

    /** An {@code OptionalDouble}. */
    Builder<T, B> optionalNumber(
        String name,
        Type<Double> type,
        Function<T, OptionalDouble> get,
        BiConsumer<B, Double> set) {
      return add(name, type, Field.Multiplicity.ONE, Field.Presence.OPTIONAL, get, set);
    }

    /** A list that may be empty. */
    <V> Builder<T, B> list(
        String name, Type<V> type, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(name, type, Field.Multiplicity.LIST, Field.Presence.OPTIONAL, get, set);
    }

    /** A list the plan must give. */
    <V> Builder<T, B> requiredList(
        String name, Type<V> type, Function<T, List<V>> get, BiConsumer<B, List<V>> set) {
      return add(name, type, Field.Multiplicity.LIST, Field.Presence.REQUIRED, get, set);
    }

    /** A set of enum constants that may be empty. */
    <E extends Enum<E>> Builder<T, B> set(
        String name, Class<E> type, Function<T, Set<E>> get, BiConsumer<B, Set<E>> set) {
      return add(name, Type.of(type), Field.Multiplicity.SET, Field.Presence.OPTIONAL, get, set);
    }

    /**
     * Marks the field added last as given exactly when {@code field} has one of {@code values}; the
     * type's check enforces it, the schema states it.
     */
    Builder<T, B> when(String field, Object... values) {
      Field<T> last = fields.remove(fields.size() - 1);
      fields.add(last.when(field, List.of(values)));
      return this;
    }

    @SuppressWarnings("unchecked") // a field's setter is only given values of its own type
    private <V> Builder<T, B> add(
        String name,
        Type<?> type,
        Field.Multiplicity multiplicity,
        Field.Presence presence,
        Function<T, ?> get,
        BiConsumer<B, V> set) {
      fields.add(
          new Field<>(
              name,
              type,
              multiplicity,
              presence,
              get,
              (b, v) -> set.accept((B) b, (V) v),
              null,
              List.of()));
      return this;
    }

    @SuppressWarnings("unchecked") // an assembly only ever holds a builder from newBuilder
    Shape<T> build() {
      return new Shape<>(type, newBuilder, b -> build.apply((B) b), fields);
    }
  }
}
