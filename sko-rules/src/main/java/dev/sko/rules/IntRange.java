package dev.sko.rules;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An inclusive range of whole numbers, such as "day 28 to 35" or "5 to 10 reps". */
@Immutable
public final class IntRange {
  private final int min;
  private final int max;

  private IntRange(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * The numbers from {@code min} to {@code max}, both included.
   *
   * @throws IllegalArgumentException if {@code max < min}
   */
  public static IntRange of(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("IntRange.max must be >= min " + min + ", but was " + max);
    }
    return new IntRange(min, max);
  }

  /** The smallest number in the range. */
  public int min() {
    return min;
  }

  /** The largest number in the range. */
  public int max() {
    return max;
  }

  /** Whether {@code value} is in the range. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IntRange && ((IntRange) o).min == min && ((IntRange) o).max == max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /** {@code 28..35}. */
  @Override
  public String toString() {
    return min + ".." + max;
  }
}
