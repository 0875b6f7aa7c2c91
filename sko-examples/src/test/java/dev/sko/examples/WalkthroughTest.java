package dev.sko.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Walkthrough.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void help_says_how_to_pick_a_plan_and_a_profile() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("--plan NAME", "--profile NAME", "theater", "behaviorChange");
  }

  @Test
  void without_arguments_every_sample_plan_is_reviewed() {
    assertThat(run()).isZero();
    assertThat(out())
        .contains(
            "[behavior-change]",
            "[b2b-30]",
            "[acceleration-summit]",
            "[enterprise-250]",
            "[theater]")
        .contains("Findings per profile", "Cost and return:", "Phase calendar:", "Review under");
  }

  @Test
  void the_theater_plan_review_shows_its_anti_patterns_with_locations_and_fixes() {
    assertThat(run("--plan", "theater", "--profile", "behaviorChange")).isZero();
    assertThat(out())
        .contains("Review under behaviorChange")
        .contains("sko.presentation.executive-limit @ days[2].sessions[2] (d3-regions")
        .contains("sko.antipattern.motivational-speaker")
        .contains("-> ")
        .contains("hard cost per rep        6,000.00 USD")
        .doesNotContain("[behavior-change]");
  }

  @Test
  void the_behaviour_change_plan_has_no_error_or_warning_under_its_own_profile() {
    assertThat(run("--plan", "behavior-change")).isZero();
    assertThat(out()).contains("Review under behaviorChange").contains(": 0 errors, 0 warnings,");
  }

  @Test
  void unknown_arguments_plans_and_profiles_exit_with_2_and_say_what_is_known() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(run("--plan", "nope")).isEqualTo(2);
    assertThat(run("--profile", "strict")).isEqualTo(2);
    assertThat(run("--plan")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("unknown argument \"--frobnicate\"")
        .contains("unknown plan \"nope\"; the sample plans are behavior-change")
        .contains("unknown profile \"strict\"; the profiles are recommended")
        .contains("--plan needs a name");
    assertThat(out()).isEmpty();
  }
}
