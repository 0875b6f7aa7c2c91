package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.TestPlans;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each documented limit, just inside and just outside: inside, the document is read (or fails for
 * another reason the limit has nothing to do with); outside, it fails with {@code LIMIT}.
 */
class LimitsTest {
  static final String MINIMAL = PlanJson.write(TestPlans.minimal());

  static PlanJsonException failure(String json) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> catchThrowableOfType(PlanJsonException.class, () -> PlanJson.read(json)));
  }

  static String withName(String name) {
    return MINIMAL.replace("\"Test kickoff\"", "\"" + name + "\"");
  }

  // --- document length

  static String padded(int length) {
    StringBuilder sb = new StringBuilder(length).append(MINIMAL);
    while (sb.length() < length) {
      sb.append(' ');
    }
    return sb.toString();
  }

  @Test
  void document_of_max_length_is_read_from_text_bytes_and_reader() throws Exception {
    String json = padded(PlanJson.MAX_DOCUMENT_LENGTH);
    assertThat(json).hasSize(PlanJson.MAX_DOCUMENT_LENGTH);
    KickoffPlan expected = TestPlans.minimal();
    assertThat(PlanJson.read(json)).isEqualTo(expected);
    assertThat(PlanJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(PlanJson.read(new StringReader(json))).isEqualTo(expected);
  }

  @Test
  void document_one_character_longer_fails_from_text_bytes_and_reader() throws Exception {
    String json = padded(PlanJson.MAX_DOCUMENT_LENGTH + 1);
    PlanJsonException fromText = failure(json);
    assertThat(fromText.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(fromText.reason()).contains("MAX_DOCUMENT_LENGTH");
    PlanJsonException fromBytes =
        catchThrowableOfType(
            PlanJsonException.class,
            () -> PlanJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertThat(fromBytes.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    PlanJsonException fromReader =
        catchThrowableOfType(PlanJsonException.class, () -> PlanJson.read(new StringReader(json)));
    assertThat(fromReader.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(fromReader.reason()).contains("MAX_DOCUMENT_LENGTH");
  }

  @Test
  void a_byte_stream_far_beyond_the_limit_is_not_read_to_its_end() {
    // An endless stream of spaces: reading must stop at the limit, not run out of memory.
    java.io.InputStream endless =
        new java.io.InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return ' ';
          }
        };
    PlanJsonException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> catchThrowableOfType(PlanJsonException.class, () -> PlanJson.read(endless)));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
  }

  // --- string length

  @Test
  void string_of_max_length_is_read() throws Exception {
    String name = "x".repeat(PlanJson.MAX_STRING_LENGTH);
    assertThat(PlanJson.read(withName(name)).name()).isEqualTo(name);
  }

  @Test
  void string_one_character_longer_fails_at_its_property() {
    PlanJsonException e = failure(withName("x".repeat(PlanJson.MAX_STRING_LENGTH + 1)));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(e.path()).isEqualTo("name");
    assertThat(e.reason()).contains("MAX_STRING_LENGTH");
  }

  // --- property name length

  @Test
  void name_of_max_length_is_parsed_and_rejected_as_unknown() {
    String name = "n".repeat(PlanJson.MAX_NAME_LENGTH);
    PlanJsonException e = failure(MINIMAL.replace("\"headcount\"", "\"" + name + "\""));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo(name);
  }

  @Test
  void name_one_character_longer_fails_as_limit() {
    String name = "n".repeat(PlanJson.MAX_NAME_LENGTH + 1);
    PlanJsonException e = failure(MINIMAL.replace("\"headcount\"", "\"" + name + "\""));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(e.reason()).contains("MAX_NAME_LENGTH");
  }

  // --- number length

  static String withBaseline(String number) {
    return MINIMAL.replace(
        "\"days\": [",
        "\"metricTargets\": [{\"metric\": {\"name\": \"Dials\", \"category\": \"ACTIVITY\","
            + " \"unit\": \"dials\", \"indicator\": \"LEAD\"}, \"baseline\": "
            + number
            + ", \"target\": 1}],\n  \"days\": [");
  }

  @Test
  void number_of_max_length_is_read() throws Exception {
    String number = "0." + "0".repeat(PlanJson.MAX_NUMBER_LENGTH - 3) + "1";
    assertThat(number).hasSize(PlanJson.MAX_NUMBER_LENGTH);
    KickoffPlan plan = PlanJson.read(withBaseline(number));
    assertThat(plan.metricTargets().get(0).baseline()).isEqualTo(Double.parseDouble(number));
    PlanJsonException wholeNumber =
        failure(
            MINIMAL.replace(
                "\"headcount\": 30", "\"headcount\": " + "9".repeat(PlanJson.MAX_NUMBER_LENGTH)));
    assertThat(wholeNumber.kind()).isEqualTo(PlanJsonException.Kind.INVALID_VALUE);
  }

  @Test
  void number_one_character_longer_fails_as_limit() {
    String number = "0." + "0".repeat(PlanJson.MAX_NUMBER_LENGTH - 2) + "1";
    PlanJsonException e = failure(withBaseline(number));
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(e.path()).isEqualTo("metricTargets[0].baseline");
    assertThat(e.reason()).contains("MAX_NUMBER_LENGTH");
    PlanJsonException wholeNumber =
        failure(
            MINIMAL.replace(
                "\"headcount\": 30",
                "\"headcount\": " + "9".repeat(PlanJson.MAX_NUMBER_LENGTH + 1)));
    assertThat(wholeNumber.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
    assertThat(wholeNumber.path()).isEqualTo("headcount");
  }

  // --- nesting depth

  static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /**
   * The reader never descends into a container the format does not define (its deepest legal
   * nesting is seven levels), so the parser's depth limit is a backstop: it is checked here on the
   * parser that {@link PlanJson} reads with, and the error it gives is mapped to {@code LIMIT}.
   */
  @Test
  void parser_reads_max_nesting_depth_and_stops_one_deeper() throws Exception {
    try (JsonParser p = PlanJson.parser(nested(PlanJson.MAX_NESTING_DEPTH))) {
      p.nextToken();
      p.skipChildren();
      assertThat(p.currentToken()).hasToString("END_ARRAY");
    }
    try (JsonParser p = PlanJson.parser(nested(PlanJson.MAX_NESTING_DEPTH + 1))) {
      p.nextToken();
      StreamConstraintsException e =
          catchThrowableOfType(StreamConstraintsException.class, p::skipChildren);
      assertThat(e).isNotNull();
      PlanJsonException mapped = new PlanReader(p, "JSON").fromJackson(e);
      assertThat(mapped.kind()).isEqualTo(PlanJsonException.Kind.LIMIT);
      assertThat(mapped.reason())
          .contains("MAX_NESTING_DEPTH (" + PlanJson.MAX_NESTING_DEPTH + ")");
      assertThat(mapped.line()).isEqualTo(1);
      assertThat(mapped.column()).isEqualTo(PlanJson.MAX_NESTING_DEPTH + 2);
    }
  }

  @Test
  void deep_nesting_in_a_plan_fails_at_the_first_bracket_without_descending() {
    String json =
        MINIMAL.replace(
            "\"name\": \"Test kickoff\",", "\"name\": \"x\", \"theme\": " + nested(100_000) + ",");
    PlanJsonException e = failure(json);
    assertThat(e.kind()).isEqualTo(PlanJsonException.Kind.WRONG_TYPE);
    assertThat(e.path()).isEqualTo("theme");
  }

  // --- size

  @Test
  void a_plan_of_many_sessions_near_the_limit_reads_in_time() {
    StringBuilder sessions = new StringBuilder();
    int n = 0;
    String template =
        "{\"id\": \"s%d\", \"title\": \"Session %d\", \"kind\": \"WORKSHOP\", \"start\": \"09:00\","
            + " \"talkTime\": \"PT30M\"},\n";
    while (sessions.length() < PlanJson.MAX_DOCUMENT_LENGTH - 10_000) {
      sessions.append(String.format(java.util.Locale.ROOT, template, n, n));
      n++;
    }
    sessions.setLength(sessions.length() - 2);
    String json =
        MINIMAL.replaceFirst("\"sessions\": \\[[^\\]]*\\]", "\"sessions\": [" + sessions + "]");
    int count = n;
    KickoffPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanJson.read(json));
    assertThat(plan.sessions()).hasSize(count);
    assertThat(count).isGreaterThan(20_000);
  }
}
