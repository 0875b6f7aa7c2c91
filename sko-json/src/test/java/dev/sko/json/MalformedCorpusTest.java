package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed and hostile plan files in {@code malformed/}: each gives the kind, path,
 * line and column that {@code malformed/expected.tsv} documents for it, quickly, read from bytes
 * and from characters alike.
 */
class MalformedCorpusTest {
  static Stream<HostileCorpus.Case> corpus() throws IOException {
    return HostileCorpus.cases("malformed").stream();
  }

  @Test
  void the_corpus_holds_at_least_twenty_files_and_every_kind_of_error() throws IOException {
    List<HostileCorpus.Case> cases = HostileCorpus.cases("malformed");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    assertThat(cases.stream().map(c -> c.kind).distinct())
        .containsExactlyInAnyOrder(PlanJsonException.Kind.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_from_bytes(HostileCorpus.Case c) throws IOException {
    byte[] bytes = c.bytes();
    HostileCorpus.assertDocumented(
        c, HostileCorpus.failure(() -> PlanJson.read(new ByteArrayInputStream(bytes))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_from_characters(HostileCorpus.Case c) throws IOException {
    if (c.kind == PlanJsonException.Kind.ENCODING) {
      return; // characters have no encoding to get wrong
    }
    String text = c.text();
    HostileCorpus.assertDocumented(c, HostileCorpus.failure(() -> PlanJson.read(text)));
    HostileCorpus.assertDocumented(
        c, HostileCorpus.failure(() -> PlanJson.read(new StringReader(text))));
  }
}
