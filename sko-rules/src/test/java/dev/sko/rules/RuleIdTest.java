package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleIdTest {
  /** The grammar of a rule id, which {@link RuleIds#isValid} checks by hand. */
  private static final Pattern ID =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  /** The grammar of an option key, which {@link RuleIds#isKey} checks by hand. */
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "acme.no-friday",
        "sko.presentation.length-cap",
        "a.b",
        "acme2.rule3",
        "acme.day-2-cap",
        "com.acme.emea.end-time"
      })
  void lower_case_dotted_ids_are_accepted(String id) {
    Rule rule = TestRules.silent(id);

    assertThat(rule.id()).isEqualTo(id);
    assertThat(Waiver.of(id, "accepted").ruleId()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Acme.no-friday",
        "acme.No-friday",
        "acme",
        "acme.",
        ".acme",
        "acme..friday",
        "acme.no friday",
        " acme.friday",
        "acme.friday ",
        "acme.no_friday",
        "acme.-friday",
        "acme.friday-",
        "acme.no--friday",
        "1acme.friday",
        "acme.2friday",
        ""
      })
  void malformed_ids_are_rejected_naming_the_id(String id) {
    assertThatThrownBy(() -> Rule.builder(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rule id must be lower-case dotted segments such as sko.presentation.length-cap or"
                + " acme.no-friday, but was \""
                + id
                + "\"");
    assertThatThrownBy(() -> Waiver.of(id, "accepted")).hasMessageContaining('"' + id + '"');
    assertThatThrownBy(
            () ->
                Finding.builder()
                    .ruleId(id)
                    .severity(Severity.INFO)
                    .message("m")
                    .location(Location.plan())
                    .source("s")
                    .build())
        .hasMessageContaining('"' + id + '"');
  }

  @Provide
  Arbitrary<String> idLike() {
    return Arbitraries.strings().withChars("ab0.-Z_").ofMinLength(0).ofMaxLength(12);
  }

  @Property(tries = 3000)
  void the_hand_written_check_accepts_exactly_what_the_grammar_does(@ForAll("idLike") String id) {
    assertThat(RuleIds.isValid(id)).isEqualTo(ID.matcher(id).matches());
  }

  @Property(tries = 3000)
  void the_hand_written_key_check_accepts_exactly_what_the_grammar_does(
      @ForAll("idLike") String key) {
    assertThat(RuleIds.isKey(key)).isEqualTo(KEY.matcher(key).matches());
  }
}
