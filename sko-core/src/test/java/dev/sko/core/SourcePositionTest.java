package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void lines_and_columns_start_at_one() {
    assertThat(SourcePosition.of(12, 9).line()).isEqualTo(12);
    assertThat(SourcePosition.of(12, 9).column()).isEqualTo(9);
    assertThat(SourcePosition.of(1, 1)).isSameAs(SourcePosition.start()).hasToString("1:1");
    assertThatThrownBy(() -> SourcePosition.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SourcePosition line and column must be >= 1, but were 0 and 1");
    assertThatThrownBy(() -> SourcePosition.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but were 1 and 0");
  }

  @Test
  void equality_and_order() {
    assertThat(SourcePosition.of(12, 9))
        .isEqualTo(SourcePosition.of(12, 9))
        .hasSameHashCodeAs(SourcePosition.of(12, 9))
        .isNotEqualTo(SourcePosition.of(12, 8))
        .isNotEqualTo(SourcePosition.of(11, 9))
        .isNotEqualTo("12:9");
    assertThat(SourcePosition.of(12, 9).hashCode())
        .isNotEqualTo(SourcePosition.of(12, 8).hashCode())
        .isNotEqualTo(SourcePosition.of(13, 9).hashCode());
    assertThat(SourcePosition.of(2, 1)).isGreaterThan(SourcePosition.of(1, 80));
    assertThat(SourcePosition.of(2, 3)).isLessThan(SourcePosition.of(2, 4));
    assertThat(SourcePosition.of(2, 3).compareTo(SourcePosition.of(2, 3))).isZero();
  }
}
