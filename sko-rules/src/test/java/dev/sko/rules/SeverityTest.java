package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Severity}: order, and the lower-case names users type for a threshold. */
class SeverityTest {

  @Test
  void eachSeverityIsParsedFromItsLowerCaseName() {
    for (Severity s : Severity.values()) {
      assertThat(Severity.parse(s.name().toLowerCase(Locale.ROOT))).isSameAs(s);
    }
  }

  @Test
  void anUnknownNameFailsWithTheValueTheClosestNameAndEveryName() {
    assertThatThrownBy(() -> Severity.parse("warn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown severity \"warn\"; did you mean \"warning\"? The severities are error,"
                + " warning, info.");
    assertThatThrownBy(() -> Severity.parse("ERROR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"ERROR\"");
  }

  @Test
  void aThresholdIncludesTheMoreSevere() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
  }
}
