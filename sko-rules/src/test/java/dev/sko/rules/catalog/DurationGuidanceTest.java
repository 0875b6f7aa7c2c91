package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.EventFormat;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationGuidanceTest {
  private static final Set<EventFormat> ALL = EnumSet.allOf(EventFormat.class);

  @ParameterizedTest(name = "{0}, {1} people -> {2}..{3} days")
  @CsvSource({
    "VIRTUAL, 1, 0.5, 1",
    "VIRTUAL, 5000, 0.5, 1",
    "IN_PERSON, 1, 0.5, 1.5",
    "IN_PERSON, 9, 0.5, 1.5",
    "HYBRID, 10, 1.5, 2",
    "IN_PERSON, 19, 1.5, 2",
    "IN_PERSON, 20, 2, 2",
    "HYBRID, 30, 2, 2",
    "IN_PERSON, 31, 2, 3",
    "IN_PERSON, 200, 2, 3",
    "IN_PERSON, 201, 3, 4",
    "IN_PERSON, 499, 3, 4",
    "IN_PERSON, 500, 3, 4.5",
    "HYBRID, 2147483647, 3, 4.5",
  })
  void standard_is_the_catalogue_table(
      EventFormat format, int headcount, double minDays, double maxDays) {
    DurationGuidance.Row row = DurationGuidance.standard().rowFor(format, headcount);

    assertThat(row.minDays()).isEqualTo(minDays);
    assertThat(row.maxDays()).isEqualTo(maxDays);
  }

  @Test
  void standard_makes_more_than_four_days_below_500_people_an_error() {
    DurationGuidance g = DurationGuidance.standard();

    assertThat(g.exceededHardLimit(8, 499)).isEmpty();
    assertThat(g.exceededHardLimit(9, 499))
        .hasValueSatisfying(h -> assertThat(h.maxDays()).isEqualTo(4));
    assertThat(g.exceededHardLimit(9, 500)).isEmpty();
    assertThat(g.exceededHardLimit(20, 500)).isEmpty();
  }

  @Test
  void behavior_change_allows_two_days_at_most_for_every_size_and_format() {
    DurationGuidance g = DurationGuidance.behaviorChange();

    for (EventFormat format : EventFormat.values()) {
      assertThat(g.rowFor(format, 1).maxDays()).isEqualTo(2);
      assertThat(g.rowFor(format, 100_000).maxDays()).isEqualTo(2);
    }
    assertThat(g.exceededHardLimit(4, 100_000)).isEmpty();
    assertThat(g.exceededHardLimit(5, 100_000)).isPresent();
    assertThat(g.exceededHardLimit(5, 1)).isPresent();
  }

  @Test
  void the_strictest_exceeded_hard_limit_wins() {
    DurationGuidance g =
        DurationGuidance.builder()
            .row(ALL, 1, DurationGuidance.NO_MAXIMUM, 0.5, 5)
            .hardLimit(4, 500)
            .hardLimit(3, 100)
            .build();

    assertThat(g.exceededHardLimit(9, 50))
        .hasValueSatisfying(h -> assertThat(h.maxDays()).isEqualTo(3));
    assertThat(g.exceededHardLimit(7, 50))
        .hasValueSatisfying(h -> assertThat(h.maxDays()).isEqualTo(3));
    assertThat(g.exceededHardLimit(7, 100)).isEmpty();
  }

  @Test
  void exceeds_hard_limit_says_whether_some_limit_is_exceeded() {
    DurationGuidance custom =
        DurationGuidance.builder()
            .row(ALL, 1, DurationGuidance.NO_MAXIMUM, 0.5, 5)
            .hardLimit(4, 500)
            .hardLimit(3, 100)
            .build();
    for (DurationGuidance g :
        new DurationGuidance[] {
          DurationGuidance.standard(), DurationGuidance.behaviorChange(), custom
        }) {
      for (int halfDays = 1; halfDays <= 12; halfDays++) {
        for (int headcount : new int[] {1, 99, 100, 101, 499, 500, 501, 100_000}) {
          assertThat(g.exceedsHardLimit(halfDays, headcount))
              .as("%s half days, %s people", halfDays, headcount)
              .isEqualTo(g.exceededHardLimit(halfDays, headcount).isPresent());
        }
      }
    }
    assertThat(custom.exceedsHardLimit(7, 99)).isTrue();
    assertThat(custom.exceedsHardLimit(6, 99)).isFalse();
    assertThat(custom.exceedsHardLimit(9, 499)).isTrue();
    assertThat(custom.exceedsHardLimit(8, 499)).isFalse();
    assertThat(custom.exceedsHardLimit(100, 500)).isFalse();
  }

  @Test
  void a_headcount_below_one_has_no_row() {
    assertThatThrownBy(() -> DurationGuidance.standard().rowFor(EventFormat.IN_PERSON, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IN_PERSON")
        .hasMessageContaining("headcount 0");
  }

  @Test
  void rows_may_be_given_in_any_headcount_order() {
    DurationGuidance g =
        DurationGuidance.builder()
            .row(ALL, 10, DurationGuidance.NO_MAXIMUM, 1, 2)
            .row(ALL, 1, 9, 0.5, 1)
            .build();

    assertThat(g.rowFor(EventFormat.HYBRID, 9).maxDays()).isEqualTo(1);
    assertThat(g.rowFor(EventFormat.HYBRID, 10).maxDays()).isEqualTo(2);
  }

  @Test
  void the_last_row_must_reach_no_maximum_itself() {
    assertThatThrownBy(
            () ->
                DurationGuidance.builder()
                    .row(ALL, 1, DurationGuidance.NO_MAXIMUM - 1, 0.5, 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from " + DurationGuidance.NO_MAXIMUM + " have no row");
  }

  @Test
  void the_smallest_ranges_are_valid() {
    // One headcount, one length; a hard limit below 2 people (for a single person); the longest
    // length an int of half days holds.
    DurationGuidance.Row row = DurationGuidance.Row.of(ALL, 5, 5, 2, 2);
    DurationGuidance.HardLimit solo = DurationGuidance.HardLimit.of(1, 2);
    DurationGuidance.HardLimit longest =
        DurationGuidance.HardLimit.of(Integer.MAX_VALUE / 2.0, 500);

    assertThat(row.minHeadcount()).isEqualTo(row.maxHeadcount());
    assertThat(row.minDays()).isEqualTo(row.maxDays());
    assertThat(solo.appliesTo(1)).isTrue();
    assertThat(solo.appliesTo(2)).isFalse();
    assertThat(longest.maxHalfDays()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void rows_must_cover_every_headcount_of_every_format() {
    assertThatThrownBy(
            () ->
                DurationGuidance.builder()
                    .row(ALL, 1, 9, 0.5, 1)
                    .row(ALL, 11, DurationGuidance.NO_MAXIMUM, 1, 2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DurationGuidance.rows")
        .hasMessageContaining("headcounts 10..10 have no row");
    assertThatThrownBy(
            () ->
                DurationGuidance.builder()
                    .row(ALL, 1, 10, 0.5, 1)
                    .row(ALL, 10, DurationGuidance.NO_MAXIMUM, 1, 2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> DurationGuidance.builder().row(ALL, 1, 99, 0.5, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 100 have no row");
    assertThatThrownBy(
            () ->
                DurationGuidance.builder()
                    .row(EnumSet.of(EventFormat.VIRTUAL), 1, DurationGuidance.NO_MAXIMUM, 0.5, 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IN_PERSON");
    assertThatThrownBy(() -> DurationGuidance.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void rows_take_days_in_half_day_steps_and_ordered_ranges() {
    assertThatThrownBy(() -> DurationGuidance.Row.of(ALL, 1, 10, 0.75, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DurationGuidance.Row.minDays")
        .hasMessageContaining("0.75");
    assertThatThrownBy(() -> DurationGuidance.Row.of(ALL, 1, 10, 0, 1))
        .hasMessageContaining("DurationGuidance.Row.minDays");
    assertThatThrownBy(() -> DurationGuidance.Row.of(ALL, 1, 10, 2, 1.5))
        .hasMessageContaining("DurationGuidance.Row.maxDays must be at least minDays 2.0");
    assertThatThrownBy(() -> DurationGuidance.Row.of(ALL, 10, 9, 1, 2))
        .hasMessageContaining("DurationGuidance.Row.maxHeadcount");
    assertThatThrownBy(() -> DurationGuidance.Row.of(ALL, 0, 9, 1, 2))
        .hasMessageContaining("DurationGuidance.Row.minHeadcount");
    assertThatThrownBy(() -> DurationGuidance.Row.of(EnumSet.noneOf(EventFormat.class), 1, 9, 1, 2))
        .hasMessageContaining("DurationGuidance.Row.formats");
    assertThatThrownBy(() -> DurationGuidance.HardLimit.of(4.25, 500))
        .hasMessageContaining("DurationGuidance.HardLimit.maxDays");
    assertThatThrownBy(() -> DurationGuidance.HardLimit.of(4, 1))
        .hasMessageContaining("DurationGuidance.HardLimit.belowHeadcount");
  }

  @Test
  void equal_tables_are_equal_values() {
    DurationGuidance a =
        DurationGuidance.builder().row(ALL, 1, DurationGuidance.NO_MAXIMUM, 1, 2).build();
    DurationGuidance b =
        DurationGuidance.builder().row(ALL, 1, DurationGuidance.NO_MAXIMUM, 1, 2).build();
    DurationGuidance c =
        DurationGuidance.builder().row(ALL, 1, DurationGuidance.NO_MAXIMUM, 1, 2.5).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
  }

  @Test
  void to_string_reads_like_the_catalogue() {
    assertThat(DurationGuidance.standard().toString())
        .startsWith("virtual, any headcount: 0.5-1 days")
        .contains("in-person or hybrid, 20-30 people: 2 days")
        .contains("in-person or hybrid, 500+ people: 3-4.5 days")
        .endsWith("above 4 days below 500 people: error");
    assertThat(DurationGuidance.behaviorChange().toString())
        .isEqualTo("any format, any headcount: 0.5-2 days; above 2 days at any headcount: error");
  }
}
