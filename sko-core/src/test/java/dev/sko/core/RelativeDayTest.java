package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeDayTest {

  @ParameterizedTest(name = "{0} is offset {1} and prints {2}")
  @CsvSource({
    "T-28, -28, T-28",
    "T-1, -1, T-1",
    "T+0, 0, T+0",
    "T-0, 0, T+0",
    "T+1, 1, T+1",
    "T+30, 30, T+30",
    "T+007, 7, T+7",
    "T+3660, 3660, T+3660",
    "T-3660, -3660, T-3660"
  })
  void parsesAndPrints(String text, int offset, String printed) {
    RelativeDay day = RelativeDay.parse(text);

    assertThat(day.offset()).isEqualTo(offset);
    assertThat(day).isEqualTo(RelativeDay.of(offset)).hasToString(printed);
  }

  @ParameterizedTest(name = "\"{0}\" is not a relative day")
  @ValueSource(
      strings = {
        "",
        "T",
        "T+",
        "T28",
        "t+1",
        "T+ 1",
        " T+1",
        "T+1 ",
        "T++1",
        "T-1.5",
        "D+1",
        "T+12345",
        "T\u22121"
      })
  void rejectsTextOfAnotherShapeNamingIt(String text) {
    assertThatThrownBy(() -> RelativeDay.parse(text))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("RelativeDay must look like T-28, T+0 or T+30, but was \"" + text + "\"");
  }

  @Test
  void rejectsADayBeyondTheRangeWhenParsing() {
    assertThatThrownBy(() -> RelativeDay.parse("T-3661"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3661");
  }

  @Test
  void ordersByOffset() {
    List<RelativeDay> days =
        new ArrayList<>(
            List.of(
                RelativeDay.after(30),
                RelativeDay.before(28),
                RelativeDay.EVENT_START,
                RelativeDay.before(2),
                RelativeDay.after(1)));

    Collections.sort(days);

    assertThat(days)
        .extracting(RelativeDay::toString)
        .containsExactly("T-28", "T-2", "T+0", "T+1", "T+30");
    assertThat(RelativeDay.before(1).isBefore(RelativeDay.EVENT_START)).isTrue();
    assertThat(RelativeDay.EVENT_START.isBefore(RelativeDay.EVENT_START)).isFalse();
    assertThat(RelativeDay.EVENT_START.isAfter(RelativeDay.EVENT_START)).isFalse();
    assertThat(RelativeDay.after(1).isAfter(RelativeDay.EVENT_START)).isTrue();
  }

  @Test
  void beforeAndAfterCountFromTheFirstEventDay() {
    assertThat(RelativeDay.before(28).offset()).isEqualTo(-28);
    assertThat(RelativeDay.after(30).offset()).isEqualTo(30);
    assertThat(RelativeDay.before(0)).isSameAs(RelativeDay.EVENT_START);
    assertThat(RelativeDay.after(0)).isSameAs(RelativeDay.EVENT_START);
    assertThat(RelativeDay.before(14).daysUntil(RelativeDay.after(2))).isEqualTo(16);
    assertThat(RelativeDay.after(2).daysUntil(RelativeDay.before(14))).isEqualTo(-16);
    assertThat(RelativeDay.before(2).plusDays(2)).isEqualTo(RelativeDay.EVENT_START);
  }

  @Test
  void turnsIntoACalendarDate() {
    LocalDate start = LocalDate.of(2027, 1, 12);

    assertThat(RelativeDay.before(28).toDate(start)).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(RelativeDay.EVENT_START.toDate(start)).isEqualTo(start);
    assertThat(RelativeDay.after(30).toDate(start)).isEqualTo(LocalDate.of(2027, 2, 11));
  }

  @Test
  void equalDaysHashAlike() {
    assertThat(RelativeDay.of(7))
        .isEqualTo(RelativeDay.parse("T+7"))
        .hasSameHashCodeAs(RelativeDay.after(7));
    assertThat(RelativeDay.of(7)).isNotEqualTo(RelativeDay.of(-7));
  }

  @Test
  void distinctDaysSpreadOverDistinctHashCodes() {
    assertThat(RelativeDay.after(7).hashCode())
        .isNotEqualTo(RelativeDay.after(8).hashCode())
        .isNotEqualTo(RelativeDay.before(7).hashCode());
  }

  /** The form {@link RelativeDay#parse} checks by hand. */
  private static final Pattern FORMAT = Pattern.compile("T([+-])(\\d{1,4})");

  @Provide
  Arbitrary<String> dayLike() {
    return Arbitraries.strings().withChars("T+-0129x").ofMinLength(0).ofMaxLength(7);
  }

  @Property(tries = 5000)
  void parse_accepts_exactly_the_form_and_reads_the_offset(@ForAll("dayLike") String text) {
    Matcher m = FORMAT.matcher(text);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(2));
      int offset = m.group(1).equals("-") ? -n : n;
      if (Math.abs(offset) <= RelativeDay.MAX_OFFSET) {
        assertThat(RelativeDay.parse(text).offset()).isEqualTo(offset);
      } else {
        assertThatThrownBy(() -> RelativeDay.parse(text))
            .isInstanceOf(IllegalArgumentException.class);
      }
    } else {
      assertThatThrownBy(() -> RelativeDay.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("RelativeDay must look like");
    }
  }
}
