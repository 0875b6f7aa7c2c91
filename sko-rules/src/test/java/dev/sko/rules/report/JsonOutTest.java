package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonOutTest {

  static String roundTrip(String s) throws Exception {
    StringBuilder sb = new StringBuilder();
    new JsonOut(sb).beginArray().value(s).endArray().finish();
    return ReportFixtures.parse(sb.toString()).get(0).asText();
  }

  @Test
  void every_character_survives_a_standard_parser() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\uD83D\uDE00\uFFFF");
    assertThat(roundTrip(all.toString())).isEqualTo(all.toString());
    assertThat(roundTrip(ReportFixtures.AWKWARD)).isEqualTo(ReportFixtures.AWKWARD);
  }

  @Test
  void escapes_what_json_requires_and_keeps_the_rest() {
    assertThat(JsonOut.escape("a\"b\\c")).isEqualTo("a\\\"b\\\\c");
    assertThat(JsonOut.escape("\n\r\t\b\f")).isEqualTo("\\n\\r\\t\\b\\f");
    assertThat(JsonOut.escape("\u0000\u001f\u007f")).isEqualTo("\\u0000\\u001f\\u007f");
    assertThat(JsonOut.escape("\u0020~é€")).isEqualTo(" ~é€");
    assertThat(JsonOut.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(JsonOut.escape("x\uD83Dy")).isEqualTo("x\\ud83dy");
    assertThat(JsonOut.escape("\uDE00")).isEqualTo("\\ude00");
  }

  @Test
  void pretty_prints_nested_and_empty_containers() throws Exception {
    StringBuilder sb = new StringBuilder();
    new JsonOut(sb)
        .beginObject()
        .field("a", 1)
        .name("b")
        .beginArray()
        .value(true)
        .beginObject()
        .endObject()
        .beginArray()
        .endArray()
        .endArray()
        .name("c")
        .value(new BigDecimal("1982.00"))
        .name("d")
        .value(Double.NaN)
        .name("e")
        .value(0.25)
        .endObject()
        .finish();
    assertThat(sb.toString())
        .isEqualTo(
            "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    {},\n    []\n  ],\n  \"c\": 1982.00,\n"
                + "  \"d\": \"NaN\",\n  \"e\": 0.25\n}\n");
    JsonNode parsed = ReportFixtures.parse(sb.toString());
    assertThat(parsed.get("c").decimalValue()).isEqualByComparingTo("1982.00");
  }

  @Test
  void misuse_fails_loudly() {
    StringBuilder sb = new StringBuilder();
    assertThatThrownBy(() -> new JsonOut(sb).beginObject().value("no name"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonOut(sb).beginArray().name("x"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonOut(sb).beginArray().endObject())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonOut(sb).beginObject().finish())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonOut(sb).beginArray().endArray().beginArray())
        .isInstanceOf(IllegalStateException.class);
  }

  private static String numbers(Number... values) throws Exception {
    StringBuilder sb = new StringBuilder();
    JsonOut json = new JsonOut(sb).beginArray();
    for (Number n : values) {
      json.value(n);
    }
    json.endArray().finish();
    return sb.toString().replaceAll("\\s", "");
  }

  @Test
  void whole_numbers_of_every_boxed_type_are_json_numbers_and_other_numbers_exact_strings()
      throws Exception {
    assertThat(numbers(java.math.BigInteger.TEN, 7L, 6, (short) 5, (byte) 4))
        .isEqualTo("[10,7,6,5,4]");
    assertThat(numbers(new java.util.concurrent.atomic.AtomicLong(3), new BigDecimal("1.50")))
        .isEqualTo("[\"3\",1.50]");
  }

  @Test
  void a_lone_high_surrogate_at_the_end_or_before_a_non_surrogate_is_escaped() {
    assertThat(JsonOut.escape("a\uD83D")).isEqualTo("a\\ud83d");
    assertThat(JsonOut.escape("\uD83Da")).isEqualTo("\\ud83da");
    assertThat(JsonOut.escape("\uD83D\uD83D\uDE00")).isEqualTo("\\ud83d\uD83D\uDE00");
  }
}
