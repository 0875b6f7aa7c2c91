package dev.sko.core;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The invariant checks that the value types call from their {@code @Value.Check} methods. Every
 * failure is an {@link IllegalArgumentException} whose message names the field and the bad value,
 * e.g. {@code "Session.talkTime must be positive, but was PT-5M"}.
 */
final class Checks {
  private Checks() {}

  /** Fails with {@code "<field> <expectation>, but was <value>"} unless {@code condition} holds. */
  static void check(boolean condition, String field, @Nullable Object value, String expectation) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + expectation + ", but was " + show(value));
    }
  }

  static void nonBlank(String value, String field) {
    check(!value.isBlank(), field, value, "must not be blank");
  }

  static void positive(Duration value, String field) {
    check(!value.isNegative() && !value.isZero(), field, value, "must be positive");
  }

  static void notNegative(Duration value, String field) {
    check(!value.isNegative(), field, value, "must not be negative");
  }

  static void finite(double value, String field) {
    check(Double.isFinite(value), field, value, "must be a finite number");
  }

  /** Fails naming the first key that two elements share. */
  static <T> void unique(Collection<T> values, Function<T, String> key, String field) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      String k = key.apply(value);
      check(seen.add(k), field, k, "must be unique, and this id is used twice");
    }
  }

  private static String show(@Nullable Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }
}
