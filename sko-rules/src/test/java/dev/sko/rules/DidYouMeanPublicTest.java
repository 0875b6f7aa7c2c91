package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DidYouMean}, the hint tools show for a mistyped profile or rule id. */
class DidYouMeanPublicTest {
  @Test
  void the_closest_known_name_is_suggested_and_ties_go_to_the_first_alphabetically() {
    List<String> profiles = List.of("recommended", "classic", "behaviorChange");
    assertThat(DidYouMean.closest("clasic", profiles)).contains("classic");
    assertThat(DidYouMean.closest("ab", List.of("ac", "aa"))).contains("aa");
    assertThat(DidYouMean.closest("x", List.of())).isEmpty();
    assertThat(DidYouMean.message("profile", "recomended", profiles))
        .isEqualTo("unknown profile \"recomended\"; did you mean \"recommended\"?");
    assertThat(DidYouMean.message("profile", "x", List.of())).isEqualTo("unknown profile \"x\"");
  }
}
