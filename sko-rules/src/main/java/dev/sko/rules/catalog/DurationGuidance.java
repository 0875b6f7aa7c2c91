package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.support.Wording.halfDayNumber;
import static dev.sko.rules.catalog.support.Wording.halfDays;
import static dev.sko.rules.catalog.support.Wording.hyphenated;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.core.EventFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * How long a kickoff should run for its headcount and format: the table behind {@code
 * sko.duration.team-size}, one configurable value rather than a chain of {@code if}s. Each {@link
 * Row} gives, for some event formats and a range of headcounts, the range of days the sources
 * advise (full day = 1, half day = 0.5); a plan outside its row's range is off the guidance. Each
 * {@link HardLimit} marks a length that is a clear error below some headcount.
 *
 * <p>The rows cover every headcount from 1 up for every {@link EventFormat} exactly once (no gaps,
 * no overlaps), so every plan has exactly one row; {@link Builder#build()} fails otherwise.
 *
 * <pre>{@code
 * DurationGuidance mine = DurationGuidance.builder()
 *     .row(EnumSet.allOf(EventFormat.class), 1, 99, 1, 2)
 *     .row(EnumSet.allOf(EventFormat.class), 100, DurationGuidance.NO_MAXIMUM, 2, 3)
 *     .hardLimit(3, DurationGuidance.NO_MAXIMUM)
 *     .build();
 * PlanValidator validator = PlanValidator.builder()
 *     .ruleSet(Profiles.recommended())
 *     .option("sko.duration.team-size", "guidance", mine)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@Value.Enclosing
public abstract class DurationGuidance {
  DurationGuidance() {}

  /** The open upper end of a headcount range: "500 people or more". */
  public static final int NO_MAXIMUM = Integer.MAX_VALUE;

  /** The rows; every format and headcount falls in exactly one. */
  public abstract List<Row> rows();

  /** The hard limits: lengths that are an error, not a warning, below some headcount. */
  public abstract List<HardLimit> hardLimits();

  /** The row for an event of {@code format} with {@code headcount} people. */
  public Row rowFor(EventFormat format, int headcount) {
    Objects.requireNonNull(format, "format");
    List<Row> rows = rows();
    for (int i = 0; i < rows.size(); i++) { // indexed: no iterator on the validation path
      Row row = rows.get(i);
      if (row.appliesTo(format, headcount)) {
        return row;
      }
    }
    // build() guarantees full coverage of headcounts from 1 up.
    throw new IllegalArgumentException(
        "DurationGuidance has no row for " + format + " and headcount " + headcount);
  }

  /**
   * The strictest hard limit that an event of {@code halfDays} half days for {@code headcount}
   * people exceeds, if any.
   */
  public Optional<HardLimit> exceededHardLimit(int halfDays, int headcount) {
    HardLimit strictest = null;
    for (HardLimit h : hardLimits()) {
      if (h.appliesTo(headcount)
          && halfDays > h.maxHalfDays()
          && (strictest == null || h.maxHalfDays() < strictest.maxHalfDays())) {
        strictest = h;
      }
    }
    return Optional.ofNullable(strictest);
  }

  /**
   * Whether an event of {@code halfDays} half days for {@code headcount} people exceeds a limit.
   */
  public boolean exceedsHardLimit(int halfDays, int headcount) {
    List<HardLimit> limits = hardLimits();
    for (int i = 0; i < limits.size(); i++) { // indexed: no iterator on the validation path
      HardLimit h = limits.get(i);
      if (h.appliesTo(headcount) && halfDays > h.maxHalfDays()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classic guidance of SKO_GUIDE and B2B_SKO_GUIDE: virtual events 0.5-1 days (B2B_SKO_GUIDE:
   * half or one day); in person or hybrid, under 10 people 0.5-1.5 days, 10-19 people 1.5-2 days
   * (SKO_GUIDE: 1.5 days under 20), 20-30 people 2 days (B2B_SKO_GUIDE: 2 days for 10-30), 31-200
   * people 2-3 days (SKO_GUIDE: 2-3 days; B2B_SKO_GUIDE: 3 days for 30-100), 201-499 people 3-4
   * days (SKO_GUIDE: 3-4 days above 200), 500 people or more 3-4.5 days (B2B_SKO_GUIDE: 4+ days
   * only at 500+); and more than 4 days below 500 people is an error (B2B_SKO_GUIDE: "rarely
   * justified").
   */
  public static DurationGuidance standard() {
    return STANDARD;
  }

  /**
   * BEHAVIOR_CHANGE_MODEL's "2-day event, max. No exceptions" (Bessemer: top-quartile SaaS sales
   * orgs run kickoffs of 2 days or less): 0.5-2 days for every format and size, and more than 2
   * days is an error.
   */
  public static DurationGuidance behaviorChange() {
    return BEHAVIOR_CHANGE;
  }

  private static final Set<EventFormat> VIRTUAL = EnumSet.of(EventFormat.VIRTUAL);
  private static final Set<EventFormat> IN_PERSON_OR_HYBRID =
      EnumSet.of(EventFormat.IN_PERSON, EventFormat.HYBRID);

  private static final DurationGuidance STANDARD =
      builder()
          .row(VIRTUAL, 1, NO_MAXIMUM, 0.5, 1)
          .row(IN_PERSON_OR_HYBRID, 1, 9, 0.5, 1.5)
          .row(IN_PERSON_OR_HYBRID, 10, 19, 1.5, 2)
          .row(IN_PERSON_OR_HYBRID, 20, 30, 2, 2)
          .row(IN_PERSON_OR_HYBRID, 31, 200, 2, 3)
          .row(IN_PERSON_OR_HYBRID, 201, 499, 3, 4)
          .row(IN_PERSON_OR_HYBRID, 500, NO_MAXIMUM, 3, 4.5)
          .hardLimit(4, 500)
          .build();

  private static final DurationGuidance BEHAVIOR_CHANGE =
      builder()
          .row(EnumSet.allOf(EventFormat.class), 1, NO_MAXIMUM, 0.5, 2)
          .hardLimit(2, NO_MAXIMUM)
          .build();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DurationGuidance}; {@link #build()} checks that the rows cover every case. */
  public static final class Builder extends ImmutableDurationGuidance.Builder {
    /**
     * Adds a row: events of {@code formats} with {@code minHeadcount} to {@code maxHeadcount}
     * people ({@link #NO_MAXIMUM} for no upper end) should run {@code minDays} to {@code maxDays}
     * days, in steps of half a day.
     */
    @CanIgnoreReturnValue
    public Builder row(
        Set<EventFormat> formats,
        int minHeadcount,
        int maxHeadcount,
        double minDays,
        double maxDays) {
      addRow(Row.of(formats, minHeadcount, maxHeadcount, minDays, maxDays));
      return this;
    }

    /**
     * Adds a hard limit: an event longer than {@code maxDays} days for fewer than {@code
     * belowHeadcount} people ({@link #NO_MAXIMUM}: for any headcount) is an error.
     */
    @CanIgnoreReturnValue
    public Builder hardLimit(double maxDays, int belowHeadcount) {
      addHardLimit(HardLimit.of(maxDays, belowHeadcount));
      return this;
    }
  }

  @Value.Check
  void check() {
    if (rows().isEmpty()) {
      throw new IllegalArgumentException("DurationGuidance.rows must not be empty, but was []");
    }
    for (EventFormat format : EventFormat.values()) {
      List<Row> rows = new ArrayList<>();
      for (Row row : rows()) {
        if (row.formats().contains(format)) {
          rows.add(row);
        }
      }
      rows.sort(Comparator.comparingInt(Row::minHeadcount));
      long next = 1;
      for (Row row : rows) {
        if (row.minHeadcount() != next) {
          throw new IllegalArgumentException(
              "DurationGuidance.rows must cover every headcount from 1 up exactly once for "
                  + format
                  + (row.minHeadcount() > next
                      ? ", but headcounts "
                          + next
                          + ".."
                          + (row.minHeadcount() - 1)
                          + " have no row"
                      : ", but the row for " + row.headcounts() + " overlaps another")
                  + "; rows were "
                  + rows());
        }
        next = (long) row.maxHeadcount() + 1;
      }
      if (next <= NO_MAXIMUM) {
        throw new IllegalArgumentException(
            "DurationGuidance.rows must cover every headcount from 1 up for "
                + format
                + ", but headcounts from "
                + next
                + " have no row (end the last row at NO_MAXIMUM); rows were "
                + rows());
      }
    }
  }

  /** The rows and hard limits, e.g. {@code in-person or hybrid, 20-30 people: 2 days; ...}. */
  @Override
  public String toString() {
    StringJoiner all = new StringJoiner("; ");
    rows().forEach(r -> all.add(r.toString()));
    hardLimits().forEach(h -> all.add(h.toString()));
    return all.toString();
  }

  /**
   * One row of the guidance: events of some formats with a range of headcounts should run a range
   * of days, in steps of half a day.
   */
  @Value.Immutable
  public abstract static class Row {
    Row() {}

    /** The event formats the row applies to. */
    public abstract Set<EventFormat> formats();

    /** The smallest headcount the row applies to. */
    public abstract int minHeadcount();

    /** The largest headcount the row applies to; {@link #NO_MAXIMUM} for no upper end. */
    public abstract int maxHeadcount();

    /** The shortest advised length in half days. */
    public abstract int minHalfDays();

    /** The longest advised length in half days. */
    public abstract int maxHalfDays();

    /** The shortest advised length in days. */
    public double minDays() {
      return minHalfDays() / 2.0;
    }

    /** The longest advised length in days. */
    public double maxDays() {
      return maxHalfDays() / 2.0;
    }

    /** Whether the row applies to an event of {@code format} with {@code headcount} people. */
    public boolean appliesTo(EventFormat format, int headcount) {
      Objects.requireNonNull(format, "format");
      return formats().contains(format)
          && headcount >= minHeadcount()
          && headcount <= maxHeadcount();
    }

    /**
     * A row: events of {@code formats} with {@code minHeadcount} to {@code maxHeadcount} people
     * ({@link #NO_MAXIMUM} for no upper end) should run {@code minDays} to {@code maxDays} days.
     *
     * @throws IllegalArgumentException if the formats are empty, a range is reversed, a headcount
     *     is below 1, or a length is not a positive multiple of half a day
     */
    public static Row of(
        Set<EventFormat> formats,
        int minHeadcount,
        int maxHeadcount,
        double minDays,
        double maxDays) {
      return ImmutableDurationGuidance.Row.builder()
          .formats(formats)
          .minHeadcount(minHeadcount)
          .maxHeadcount(maxHeadcount)
          .minHalfDays(toHalfDays(minDays, "DurationGuidance.Row.minDays"))
          .maxHalfDays(toHalfDays(maxDays, "DurationGuidance.Row.maxDays"))
          .build();
    }

    /** The headcounts, e.g. {@code 20-30 people} or {@code 500+ people}. */
    public String headcounts() {
      if (maxHeadcount() == NO_MAXIMUM) {
        return minHeadcount() == 1 ? "any headcount" : minHeadcount() + "+ people";
      }
      return minHeadcount() == maxHeadcount()
          ? minHeadcount() + " people"
          : minHeadcount() + "-" + maxHeadcount() + " people";
    }

    /** The formats in words, e.g. {@code in-person or hybrid}. */
    public String formatsInWords() {
      if (formats().size() == EventFormat.values().length) {
        return "any format";
      }
      StringJoiner words = new StringJoiner(" or ");
      formats().forEach(f -> words.add(hyphenated(f)));
      return words.toString();
    }

    /** The advised length in words, e.g. {@code 2 days} or {@code 2-3 days}. */
    public String daysInWords() {
      return minHalfDays() == maxHalfDays()
          ? halfDays(minHalfDays())
          : halfDayNumber(minHalfDays()) + "-" + halfDayNumber(maxHalfDays()) + " days";
    }

    @Value.Check
    void check() {
      check(!formats().isEmpty(), "formats", formats(), "must not be empty");
      check(minHeadcount() >= 1, "minHeadcount", minHeadcount(), "must be at least 1");
      check(
          maxHeadcount() >= minHeadcount(),
          "maxHeadcount",
          maxHeadcount(),
          "must be at least minHeadcount " + minHeadcount());
      check(
          maxHalfDays() >= minHalfDays(),
          "maxDays",
          maxDays(),
          "must be at least minDays " + minDays());
    }

    private static void check(boolean ok, String field, Object value, String expectation) {
      if (!ok) {
        throw new IllegalArgumentException(
            "DurationGuidance.Row." + field + " " + expectation + ", but was " + value);
      }
    }

    /** E.g. {@code in-person or hybrid, 20-30 people: 2 days}. */
    @Override
    public String toString() {
      return formatsInWords() + ", " + headcounts() + ": " + daysInWords();
    }
  }

  /**
   * A length that is an error rather than a warning: more than {@link #maxHalfDays()} half days for
   * fewer than {@link #belowHeadcount()} people.
   */
  @Value.Immutable
  public abstract static class HardLimit {
    HardLimit() {}

    /** The longest acceptable length in half days. */
    public abstract int maxHalfDays();

    /**
     * The limit applies to events with fewer people than this; {@link #NO_MAXIMUM} for every
     * headcount.
     */
    public abstract int belowHeadcount();

    /** The longest acceptable length in days. */
    public double maxDays() {
      return maxHalfDays() / 2.0;
    }

    /** Whether the limit applies to an event with {@code headcount} people. */
    public boolean appliesTo(int headcount) {
      return belowHeadcount() == NO_MAXIMUM || headcount < belowHeadcount();
    }

    /**
     * More than {@code maxDays} days for fewer than {@code belowHeadcount} people ({@link
     * #NO_MAXIMUM}: for any headcount) is an error.
     *
     * @throws IllegalArgumentException if {@code maxDays} is not a positive multiple of half a day
     *     or {@code belowHeadcount} is below 2
     */
    public static HardLimit of(double maxDays, int belowHeadcount) {
      return ImmutableDurationGuidance.HardLimit.builder()
          .maxHalfDays(toHalfDays(maxDays, "DurationGuidance.HardLimit.maxDays"))
          .belowHeadcount(belowHeadcount)
          .build();
    }

    @Value.Check
    void check() {
      if (belowHeadcount() < 2) {
        throw new IllegalArgumentException(
            "DurationGuidance.HardLimit.belowHeadcount must be at least 2, but was "
                + belowHeadcount());
      }
    }

    /** The headcounts the limit applies to in words, e.g. {@code below 500 people}. */
    public String headcounts() {
      return belowHeadcount() == NO_MAXIMUM
          ? "at any headcount"
          : "below " + belowHeadcount() + " people";
    }

    /** E.g. {@code above 4 days below 500 people: error}. */
    @Override
    public String toString() {
      return "above " + halfDays(maxHalfDays()) + " " + headcounts() + ": error";
    }
  }

  /** {@code days} as half days. */
  private static int toHalfDays(double days, String field) {
    double half = days * 2;
    if (!(half >= 1) || half != Math.rint(half) || half > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          field + " must be a positive multiple of half a day (0.5, 1, 1.5 ...), but was " + days);
    }
    return (int) half;
  }
}
