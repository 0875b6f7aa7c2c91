package dev.sko.cli;

import static dev.sko.cli.ValidateCommandTest.sko;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.rules.Rule;
import dev.sko.rules.catalog.Profiles;
import org.junit.jupiter.api.Test;

/**
 * The {@code sko} command around {@code validate}: help, version, {@code rules}, {@code explain}.
 */
class SkoCommandTest {

  @Test
  void every_command_has_help_and_version() throws Exception {
    String version = Sko.version();
    assertThat(version).isNotBlank().doesNotContain("${");
    for (String command : new String[] {"validate", "rules", "explain"}) {
      ValidateCommandTest.Run help = sko(command, "--help");
      assertThat(help.code).as(command).isEqualTo(Sko.CLEAN);
      assertThat(help.out).as(command).startsWith("Usage: sko " + command);
      ValidateCommandTest.Run v = sko(command, "--version");
      assertThat(v.out).as(command).startsWith("sko " + version + "\n");
    }
    assertThat(sko("--version").out).startsWith("sko " + version);
    ValidateCommandTest.Run top = sko("--help");
    assertThat(top.out).contains("validate", "rules", "explain", "Exit status:");
    assertThat(sko().out).as("no subcommand: the usage").startsWith("Usage: sko ");
  }

  @Test
  void a_mistyped_command_is_unusable_input_with_a_suggestion() {
    ValidateCommandTest.Run r = sko("valdate", "plan.json");
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err).contains("valdate").contains("validate");
  }

  @Test
  void rules_lists_each_rule_of_the_profile_with_its_severity() {
    ValidateCommandTest.Run r = sko("rules", "--profile", "classic");
    assertThat(r.code).isEqualTo(Sko.CLEAN);
    assertThat(r.out).startsWith("classic: " + Profiles.classic().rules().size() + " rules\n");
    for (Rule rule : Profiles.classic().rules()) {
      String severity =
          Profiles.classic()
              .severityOverride(rule.id())
              .map(Enum::name)
              .orElse(RulesCommand.severities(rule));
      assertThat(r.out)
          .containsPattern("(?m)^" + severity + " +" + rule.id().replace(".", "\\.") + " ");
    }
    ValidateCommandTest.Run combined =
        sko("rules", "--profile", "classic", "--profile", "planningProcess");
    assertThat(combined.out.lines().count())
        .isEqualTo(1 + Profiles.classic().with(Profiles.planningProcess()).rules().size());
  }

  @Test
  void rules_with_a_mistyped_profile_suggests_the_closest() {
    ValidateCommandTest.Run r = sko("rules", "--profile", "behaviourChange");
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err).contains("did you mean \"behaviorChange\"?");
  }

  @Test
  void explain_prints_the_rules_documentation_options_and_source() {
    Rule rule = Profiles.recommended().rule("sko.presentation.executive-limit").orElseThrow();
    ValidateCommandTest.Run r = sko("explain", rule.id());
    assertThat(r.code).isEqualTo(Sko.CLEAN);
    assertThat(r.out)
        .startsWith(rule.id() + ": " + rule.title().strip() + "\n")
        .contains(rule.rationale().strip())
        .contains("  recommended: ")
        .contains("Source: " + rule.source())
        .contains("More: https://");
    for (var option : rule.options()) {
      assertThat(r.out).contains("  " + option.key() + " = ");
    }
  }

  @Test
  void explain_with_a_mistyped_rule_id_suggests_the_closest() {
    ValidateCommandTest.Run r = sko("explain", "sko.presentation.executive-limt");
    assertThat(r.code).isEqualTo(Sko.UNUSABLE);
    assertThat(r.err)
        .contains("unknown rule id \"sko.presentation.executive-limt\"")
        .contains("did you mean \"sko.presentation.executive-limit\"?");
  }
}
