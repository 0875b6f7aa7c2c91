package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.PlanPath;
import dev.sko.core.SourcePosition;
import org.junit.jupiter.api.Test;

class SourceMapTest {

  /** Line and column of {@code text.charAt(index)}, counted here independently of the reader. */
  static SourcePosition at(String text, int index) {
    String before = text.substring(0, index);
    int line = before.split("\n", -1).length;
    int column = index - (before.lastIndexOf('\n') + 1) + 1;
    return SourcePosition.of(line, column);
  }

  /** The position of the last {@code open} before {@code marker}. */
  static SourcePosition openingBefore(String text, String marker, char open) {
    int index = text.indexOf(marker);
    assertThat(index).as(marker).isNotNegative();
    return at(text, text.lastIndexOf(open, index));
  }

  @Test
  void objects_arrays_and_values_map_to_where_they_start() throws Exception {
    String json = RoundTripTest.resource("full-plan.json");
    SourceMap map = PlanJson.readWithLocations(json).sourceMap();
    assertThat(map.position("")).contains(SourcePosition.of(1, 1));
    assertThat(map.position("days[0].sessions[1]"))
        .contains(openingBefore(json, "\"id\": \"d1-clinic\"", '{'));
    assertThat(map.position("days[1].sessions[0]"))
        .contains(openingBefore(json, "\"id\": \"d2-emea\"", '{'));
    assertThat(map.position("budget")).contains(at(json, json.indexOf("\"budget\": {") + 10));
    assertThat(map.position("days")).contains(at(json, json.indexOf("\"days\": [") + 8));
    assertThat(map.position("days[0].sessions[1].kind"))
        .contains(at(json, json.indexOf("\"DEAL_CLINIC\"")));
    assertThat(map.position("budget.items[1]"))
        .contains(openingBefore(json, "\"category\": \"LOST_SELLING_TIME\"", '{'));
    assertThat(map.position("days[0].sessions[0].topics[1]"))
        .contains(at(json, json.indexOf("\"COMPETITION\"")));
  }

  @Test
  void columns_count_utf16_code_units_after_non_ascii_text() throws Exception {
    String json = RoundTripTest.resource("full-plan.json");
    SourceMap map = PlanJson.readWithLocations(json).sourceMap();
    // The title of d1-ceo holds non-ASCII letters; the kind on the next line is unaffected, and a
    // value after them on one line is counted in characters, not bytes.
    String oneLine =
        json.replace(
            "\"title\": \"FY27: where we are going — «ünïcode» too\",\n          \"kind\": \"KEYNOTE\"",
            "\"title\": \"FY27: where we are going — «ünïcode» too\", \"kind\": \"KEYNOTE\"");
    assertThat(oneLine).isNotEqualTo(json);
    SourceMap oneLineMap = PlanJson.readWithLocations(oneLine).sourceMap();
    assertThat(oneLineMap.position("days[0].sessions[0].kind"))
        .contains(at(oneLine, oneLine.indexOf("\"KEYNOTE\"")));
    assertThat(map.positions()).containsKey("days[0].sessions[0].kind");
  }

  @Test
  void nearest_walks_up_to_an_enclosing_value() throws Exception {
    String json = RoundTripTest.resource("full-plan.json");
    SourceMap map = PlanJson.readWithLocations(json).sourceMap();
    SourcePosition clinic = map.position("days[0].sessions[1]").orElseThrow();
    assertThat(map.position("days[0].sessions[1].qaTime")).isEmpty();
    assertThat(map.nearest("days[0].sessions[1].qaTime")).isEqualTo(clinic);
    assertThat(map.nearest("days[0].sessions[1]")).isEqualTo(clinic);
    assertThat(map.nearest("days[7].sessions[0]")).isEqualTo(map.position("days").orElseThrow());
    assertThat(map.nearest("noSuchThing")).isEqualTo(SourcePosition.of(1, 1));
    assertThat(map.nearest("")).isEqualTo(SourcePosition.of(1, 1));
  }

  @Test
  void parent_strips_one_segment() {
    assertThat(PlanPath.parse("days[2].sessions[3]").parent()).hasToString("days[2].sessions");
    assertThat(PlanPath.parse("days[2].sessions").parent()).hasToString("days[2]");
    assertThat(PlanPath.parse("days[2]").parent()).hasToString("days");
    assertThat(PlanPath.parse("days").parent().isRoot()).isTrue();
    assertThat(PlanPath.parse("budget.items[0].amount").parent()).hasToString("budget.items[0]");
  }

  @Test
  void positions_start_at_one() {
    assertThat(SourcePosition.of(1, 1)).hasToString("1:1").isEqualTo(SourcePosition.of(1, 1));
    assertThat(SourcePosition.of(2, 1)).isNotEqualTo(SourcePosition.of(1, 2));
    assertThatThrownBy(() -> SourcePosition.of(0, 1))
        .hasMessageContaining("line and column must be >= 1");
    assertThatThrownBy(() -> SourcePosition.of(1, 0)).hasMessageContaining("but were 1 and 0");
  }
}
