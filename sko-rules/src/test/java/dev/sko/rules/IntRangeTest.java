package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IntRangeTest {
  @Test
  void a_range_contains_its_ends_and_nothing_outside() {
    IntRange range = IntRange.of(28, 35);

    assertThat(range.min()).isEqualTo(28);
    assertThat(range.max()).isEqualTo(35);
    assertThat(range.contains(28)).isTrue();
    assertThat(range.contains(35)).isTrue();
    assertThat(range.contains(27)).isFalse();
    assertThat(range.contains(36)).isFalse();
    assertThat(range).hasToString("28..35");
  }

  @Test
  void a_range_of_one_number_is_allowed_and_a_reversed_one_is_not() {
    assertThat(IntRange.of(5, 5).contains(5)).isTrue();
    assertThatThrownBy(() -> IntRange.of(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("IntRange.max must be >= min 5, but was 4");
  }

  @Test
  void ranges_are_equal_by_their_ends() {
    new EqualsTester()
        .addEqualityGroup(IntRange.of(1, 2), IntRange.of(1, 2))
        .addEqualityGroup(IntRange.of(1, 3))
        .addEqualityGroup(IntRange.of(0, 2))
        .addEqualityGroup(IntRange.of(2, 2))
        .testEquals();
  }
}
