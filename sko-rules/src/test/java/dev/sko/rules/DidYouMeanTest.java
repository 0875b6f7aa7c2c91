package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "did you mean" hint of an unknown rule id: the known id at the least edit distance. */
class DidYouMeanTest {

  @ParameterizedTest(name = "{0} among {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "acme.alpah; acme.alpha acme.beta; acme.alpha",
        "acme.abcde; acme.ab acme.abcdef; acme.abcdef",
        "acme.abcdefx; acme.abcdef acme.abcdefxyz; acme.abcdef",
        "acme.x; acme.xyzw acme.q; acme.q",
        "acme.xc; acme.xa acme.xb; acme.xa",
        "acme.xc; acme.xb acme.xa; acme.xa",
        "acme.kitten; acme.sitting acme.mitten-long; acme.sitting",
        "acme.flaw; acme.lawn acme.flower; acme.lawn",
        "a.bc; acme.bc a.bcdefgh; acme.bc",
      })
  void suggestsTheClosestKnownIdAndTheAlphabeticallyFirstOfEquals(
      String unknown, String known, String suggested) {
    RuleSet.Builder set = RuleSet.builder("s");
    for (String id : known.split(" ")) {
      set.add(TestRules.silent(id));
    }

    assertThatThrownBy(() -> set.build().without(unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown rule id \""
                + unknown
                + "\" in RuleSet s.without(); did you mean \""
                + suggested
                + "\"?");
  }
}
