package dev.sko.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day counted from the first day of the event: {@code T-28} is four weeks before it, {@code T+0}
 * is the first event day, and for a two-day event {@code T+1} is the second and {@code T+2} the
 * first day after. This is the clock of BEHAVIOR_CHANGE_MODEL's four phases (diagnose T-28..T-14,
 * design T-14..T-2, deliver, drive to T+30).
 *
 * <p>Written and parsed as {@code T-28}, {@code T+0}, {@code T+30}. Ordered by offset.
 */
@Immutable
public final class RelativeDay implements Comparable<RelativeDay> {
  /** The largest distance from the event a plan may reach: ten years either way. */
  public static final int MAX_OFFSET = 3660;

  /** The first day of the event. */
  public static final RelativeDay EVENT_START = new RelativeDay(0);

  private final int offset;

  private RelativeDay(int offset) {
    this.offset = offset;
  }

  /**
   * The day {@code offset} days from the first event day (negative before it).
   *
   * @throws IllegalArgumentException if {@code |offset|} exceeds {@link #MAX_OFFSET}
   */
  public static RelativeDay of(int offset) {
    return ofChecked(offset);
  }

  // Takes a long so that sums such as plusDays(Integer.MAX_VALUE) are rejected, not wrapped, and
  // compares both bounds directly: Math.abs(Integer.MIN_VALUE) is negative and would pass.
  private static RelativeDay ofChecked(long offset) {
    checkArgument(
        offset >= -MAX_OFFSET && offset <= MAX_OFFSET,
        "RelativeDay.offset must be within ±%s days of the event, but was %s",
        MAX_OFFSET,
        offset);
    return offset == 0 ? EVENT_START : new RelativeDay((int) offset);
  }

  /** {@code T-n}: {@code daysBefore} days before the first event day. */
  public static RelativeDay before(int daysBefore) {
    checkArgument(daysBefore >= 0, "RelativeDay.before takes a count >= 0, but was %s", daysBefore);
    return of(-daysBefore);
  }

  /** {@code T+n}: {@code daysAfterStart} days after the first event day. */
  public static RelativeDay after(int daysAfterStart) {
    checkArgument(
        daysAfterStart >= 0, "RelativeDay.after takes a count >= 0, but was %s", daysAfterStart);
    return of(daysAfterStart);
  }

  /**
   * Parses {@code T-28}, {@code T+0} or {@code T+30}.
   *
   * @throws IllegalArgumentException naming the text when it is not of that form
   */
  public static RelativeDay parse(String text) {
    checkNotNull(text, "RelativeDay text");
    // T, a sign, one to four digits; checked by hand, no regular expression at class load.
    int length = text.length();
    boolean wellFormed =
        length >= 3
            && length <= 6
            && text.charAt(0) == 'T'
            && (text.charAt(1) == '+' || text.charAt(1) == '-');
    int n = 0;
    for (int i = 2; wellFormed && i < length; i++) {
      char c = text.charAt(i);
      wellFormed = c >= '0' && c <= '9';
      n = n * 10 + (c - '0');
    }
    checkArgument(wellFormed, "RelativeDay must look like T-28, T+0 or T+30, but was \"%s\"", text);
    return of(text.charAt(1) == '-' ? -n : n);
  }

  /** Days from the first event day; negative before the event. */
  public int offset() {
    return offset;
  }

  /**
   * This day moved by {@code days} (negative moves earlier).
   *
   * @throws IllegalArgumentException if the result lies beyond {@link #MAX_OFFSET}
   */
  public RelativeDay plusDays(int days) {
    return ofChecked((long) offset + days);
  }

  /** Days from this day to {@code other}: positive when {@code other} is later. */
  public int daysUntil(RelativeDay other) {
    return other.offset - offset;
  }

  /** Whether this day comes before {@code other}. */
  public boolean isBefore(RelativeDay other) {
    return offset < other.offset;
  }

  /** Whether this day comes after {@code other}. */
  public boolean isAfter(RelativeDay other) {
    return offset > other.offset;
  }

  /** The calendar date of this day for an event whose first day is {@code eventStart}. */
  public LocalDate toDate(LocalDate eventStart) {
    return eventStart.plusDays(offset);
  }

  @Override
  public int compareTo(RelativeDay other) {
    return Integer.compare(offset, other.offset);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RelativeDay && ((RelativeDay) o).offset == offset;
  }

  @Override
  public int hashCode() {
    return offset;
  }

  /** {@code T-28}, {@code T+0}, {@code T+30}. */
  @Override
  public String toString() {
    return offset < 0 ? "T" + offset : "T+" + offset;
  }
}
