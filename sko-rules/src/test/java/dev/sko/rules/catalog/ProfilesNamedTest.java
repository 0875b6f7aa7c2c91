package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Profiles#named}: profiles by name, combined, with a hint for a mistyped one. */
class ProfilesNamedTest {
  @Test
  void no_name_is_the_default_profile_and_names_combine_in_order() {
    assertThat(Profiles.named(List.of())).isSameAs(Profiles.all().get(Profiles.DEFAULT));
    assertThat(Profiles.named(List.of("classic"))).isSameAs(Profiles.classic());
    assertThat(Profiles.named("behaviorChange")).isSameAs(Profiles.behaviorChange());
    assertThat(Profiles.named(List.of("classic", "planningProcess")).ids())
        .isEqualTo(Profiles.classic().with(Profiles.planningProcess()).ids())
        .hasSizeGreaterThan(Profiles.classic().ids().size());
  }

  @Test
  void an_unknown_profile_fails_with_the_closest_and_every_name() {
    assertThatThrownBy(() -> Profiles.named(List.of("classic", "recomended")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown profile \"recomended\"; did you mean \"recommended\"? The profiles are "
                + String.join(", ", Profiles.all().keySet())
                + ".");
  }
}
