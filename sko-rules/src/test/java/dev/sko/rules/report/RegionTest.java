package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionTest {

  @Test
  void lineAndColumnStartAtOne() {
    assertThat(Region.of(1, 1)).hasToString("1:1");
    assertThatThrownBy(() -> Region.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be >= 1, but were 0");
    assertThatThrownBy(() -> Region.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be >= 1, but were 1");
  }

  @Test
  void equalByLineAndColumn_distinctOnesHashApart() {
    assertThat(Region.of(12, 9)).isEqualTo(Region.of(12, 9)).hasSameHashCodeAs(Region.of(12, 9));
    assertThat(Region.of(12, 9)).isNotEqualTo(Region.of(12, 8)).isNotEqualTo(Region.of(11, 9));
    assertThat(Region.of(12, 9)).isNotEqualTo("12:9");
    assertThat(Region.of(12, 9).hashCode())
        .isNotEqualTo(Region.of(12, 8).hashCode())
        .isNotEqualTo(Region.of(13, 9).hashCode());
  }
}
