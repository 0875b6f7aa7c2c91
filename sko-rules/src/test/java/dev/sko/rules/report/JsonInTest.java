package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The baseline file's strict JSON reader on well-formed input: every value kind, white space
 * wherever JSON allows it, escapes, number forms, positions and the nesting limit's edge.
 */
@SuppressWarnings("NullAway") // test code reads known shapes through casts
class JsonInTest {

  private static Object value(String text) throws JsonIn.SyntaxException {
    return JsonIn.parse(text).value;
  }

  @Test
  void readsEveryKindOfValueWithWhiteSpaceAround() throws Exception {
    Object doc =
        value(" \n{ \"a\" : [ true , false , null , 1 , \"x\" ] ,\t\"b\" : { } , \"c\" : [ ] }\n ");
    assertThat(doc).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) doc;
    assertThat(map.keySet().toString()).isEqualTo("[a, b, c]");
    List<?> a = (List<?>) ((JsonIn.Node) map.get("a")).value;
    assertThat(a).hasSize(5);
    assertThat(((JsonIn.Node) a.get(0)).value).isEqualTo(Boolean.TRUE);
    assertThat(((JsonIn.Node) a.get(1)).value).isEqualTo(Boolean.FALSE);
    assertThat(((JsonIn.Node) a.get(2)).value).isNull();
    assertThat(((JsonIn.Node) a.get(3)).value).isEqualTo(new BigDecimal("1"));
    assertThat(((JsonIn.Node) a.get(4)).value).isEqualTo("x");
    assertThat((Map<?, ?>) ((JsonIn.Node) map.get("b")).value).isEmpty();
    assertThat((List<?>) ((JsonIn.Node) map.get("c")).value).isEmpty();
  }

  @Test
  void recordsTheLineAndColumnOfEachValue() throws Exception {
    JsonIn.Node doc = JsonIn.parse("{\n  \"a\": [1,\n   22]}");
    assertThat(doc.line).isEqualTo(1);
    assertThat(doc.column).isEqualTo(1);
    JsonIn.Node a = (JsonIn.Node) ((Map<?, ?>) doc.value).get("a");
    assertThat(a.line).isEqualTo(2);
    assertThat(a.column).isEqualTo(8);
    JsonIn.Node second = (JsonIn.Node) ((List<?>) a.value).get(1);
    assertThat(second.line).isEqualTo(3);
    assertThat(second.column).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0|0",
        "-0|0",
        "7|7",
        "-12|-12",
        "3.25|3.25",
        "-0.5|-0.5",
        "1e3|1E+3",
        "1E+3|1E+3",
        "25e-1|2.5",
        "1.5E2|150",
        "1234567890123|1234567890123"
      })
  void readsEveryNumberForm(String text, String expected) throws Exception {
    assertThat((BigDecimal) value(text)).isEqualByComparingTo(new BigDecimal(expected));
    List<?> inArray = (List<?>) value("[ " + text + " ]");
    assertThat((BigDecimal) ((JsonIn.Node) inArray.get(0)).value)
        .isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"01", "-", "1.", "1e", "1e+", ".5", "--1", "1.e3", "+1"})
  void rejectsMalformedNumbers(String text) {
    assertThatThrownBy(() -> value(text)).isInstanceOf(JsonIn.SyntaxException.class);
  }

  @Test
  void readsEveryEscape() throws Exception {
    assertThat(value("\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9\\u20AC\""))
        .isEqualTo("a\"b\\c/d\be\ff\ng\rh\ti\u00e9\u20ac");
    assertThat(value("\"\"")).isEqualTo("");
  }

  @Test
  void rejectsBadEscapesAndUnterminatedStrings() {
    assertThatThrownBy(() -> value("\"\\u12\"")).hasMessageContaining("four hex digits");
    assertThatThrownBy(() -> value("\"\\u12g4\"")).hasMessageContaining("four hex digits");
    assertThatThrownBy(() -> value("\"\\x\"")).hasMessageContaining("unknown escape");
    assertThatThrownBy(() -> value("\"abc")).hasMessageContaining("ends inside a string");
    assertThatThrownBy(() -> value("\"abc\\")).hasMessageContaining("ends inside a string");
  }

  @Test
  void rejectsMisspelledLiteralsAndTrailingText() {
    assertThatThrownBy(() -> value("tru")).isInstanceOf(JsonIn.SyntaxException.class);
    assertThatThrownBy(() -> value("nul")).isInstanceOf(JsonIn.SyntaxException.class);
    assertThatThrownBy(() -> value("falsy")).isInstanceOf(JsonIn.SyntaxException.class);
    assertThatThrownBy(() -> value("true x")).hasMessageContaining("after the document");
    assertThatThrownBy(() -> value("")).hasMessageContaining("ends where a value");
    assertThatThrownBy(() -> value("[1 2]")).isInstanceOf(JsonIn.SyntaxException.class);
    assertThatThrownBy(() -> value("{\"a\" 1}")).hasMessageContaining("expected ':'");
  }

  @Test
  void nestsExactlyToTheLimit() throws Exception {
    String ok = "[".repeat(JsonIn.MAX_DEPTH) + "]".repeat(JsonIn.MAX_DEPTH);
    assertThat(value(ok)).isInstanceOf(List.class);
    String tooDeep = "[".repeat(JsonIn.MAX_DEPTH + 1) + "]".repeat(JsonIn.MAX_DEPTH + 1);
    assertThatThrownBy(() -> value(tooDeep)).hasMessageContaining("nested more than");
    String objects =
        "{\"a\":".repeat(JsonIn.MAX_DEPTH - 1) + "{}" + "}".repeat(JsonIn.MAX_DEPTH - 1);
    assertThat(value(objects)).isInstanceOf(Map.class);
    String tooDeepObjects =
        "{\"a\":".repeat(JsonIn.MAX_DEPTH) + "{}" + "}".repeat(JsonIn.MAX_DEPTH);
    assertThatThrownBy(() -> value(tooDeepObjects)).hasMessageContaining("nested more than");
  }
}
