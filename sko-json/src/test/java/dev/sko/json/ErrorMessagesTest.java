package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sko.core.testing.TestPlans;
import org.junit.jupiter.api.Test;

/** The messages say what is wrong and what would be right, and never echo hostile text raw. */
class ErrorMessagesTest {
  static final String MINIMAL = PlanJson.write(TestPlans.minimal());

  static PlanJsonException failure(String json) {
    PlanJsonException e = catchThrowableOfType(PlanJsonException.class, () -> PlanJson.read(json));
    assertThat(e).as("must fail: %s", json).isNotNull();
    return e;
  }

  @Test
  void unknown_property_lists_the_properties_of_its_object() {
    PlanJsonException e = failure(MINIMAL.replace("\"talkTime\"", "\"talktime\""));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("days[0].sessions[0].talktime");
    assertThat(e.reason())
        .startsWith("unknown property \"talktime\" in Session; its properties are id, title, kind,")
        .contains("talkTime");
  }

  @Test
  void unknown_enum_value_lists_the_constants() {
    PlanJsonException e = failure(MINIMAL.replace("\"HOTEL\"", "\"hotel\""));
    assertThat(e.reason())
        .isEqualTo(
            "unknown value \"hotel\" for VenueKind; expected one of OFFICE, REGIONAL_HUB, HOTEL,"
                + " CONFERENCE_CENTER, DESTINATION_RESORT, VIRTUAL_PLATFORM");
  }

  @Test
  void echoed_text_is_escaped_and_cut() {
    String hostile = "\\u0007\\u001b[31m" + "x".repeat(500);
    PlanJsonException e = failure(MINIMAL.replace("\"HOTEL\"", "\"" + hostile + "\""));
    assertThat(e.reason()).doesNotContain("\u0007").doesNotContain("\u001b").contains("\\u001b");
    assertThat(e.reason()).contains("…").hasSizeLessThan(300);
  }

  @Test
  void invariant_failure_keeps_the_models_message_and_cause() {
    PlanJsonException e =
        failure(
            MINIMAL.replace(
                "\"talkTime\": \"PT30M\"", "\"talkTime\": \"PT30M\", \"qaTime\": \"PT5M\""));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.INVARIANT);
    assertThat(e.path()).isEqualTo("days[0].sessions[0]"); // qaStyle is not in the file
    assertThat(e.reason()).startsWith("Session.qaStyle must say how questions are taken");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void null_is_explained() {
    PlanJsonException e = failure(MINIMAL.replace("\"Test kickoff\"", "null"));
    assertThat(e.reason())
        .isEqualTo("expected a string, but found null (leave an absent property out instead)");
  }

  @Test
  void syntax_errors_carry_the_parsers_explanation_and_cause() {
    PlanJsonException e = failure(MINIMAL.replace("\"HOTEL\",", "\"HOTEL\""));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.SYNTAX);
    assertThat(e.reason()).startsWith("malformed JSON: Unexpected character");
    assertThat(e.getCause()).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }
}
