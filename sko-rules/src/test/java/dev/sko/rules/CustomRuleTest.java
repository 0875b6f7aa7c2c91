package dev.sko.rules;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static dev.sko.core.testing.TestPlans.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex.LocatedSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomRuleTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private static final KickoffPlan PLAN =
      minimalBuilder()
          .days(
              List.of(
                  AgendaDay.of(session("short", SessionKind.KEYNOTE, 9, 0, 60)),
                  AgendaDay.of(session("long", SessionKind.KEYNOTE, 9, 0, 61))))
          .build();

  @Test
  void a_custom_rule_in_a_few_lines_reports_a_finding_with_location_and_evidence() {
    // The rule: ten lines of code, plus three of closing braces as google-java-format lays it out.
    Rule rule =
        Rule.builder("acme.keynote-length")
            .title("A keynote talks for an hour at most")
            .check(
                (plan, f) -> {
                  for (LocatedSession s : f.index().sessions(SessionKind.KEYNOTE)) {
                    Duration talk = s.session().talkTime();
                    if (talk.compareTo(HOUR) > 0) {
                      f.finding(s.location(), "Talks over an hour").evidence(talk, HOUR).report();
                    }
                  }
                })
            .build();

    ValidationReport report = PlanValidator.builder().addRule(rule).build().validate(PLAN);

    assertThat(report.findings()).hasSize(1);
    Finding finding = report.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("acme.keynote-length");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message()).isEqualTo("Talks over an hour");
    assertThat(finding.location().path()).isEqualTo("days[1].sessions[0]");
    assertThat(finding.location().sessionId()).contains("long");
    assertThat(finding.location().sessionTitle()).contains("Session long");
    assertThat(finding.evidence().actual()).contains(Duration.ofMinutes(61));
    assertThat(finding.evidence().expected()).contains(Duration.ofMinutes(60));
    assertThat(finding.source()).isEqualTo("custom rule");
    assertThat(finding.remediation()).isEmpty();
    assertThat(finding.isWaived()).isFalse();
  }

  @Test
  void a_built_rule_carries_its_metadata_with_defaults_for_what_was_left_out() {
    Rule bare = TestRules.silent("acme.bare");
    RuleOption<Integer> max = RuleOption.integer("max", 3, 1, 9, "Most allowed");
    Rule full =
        Rule.builder("acme.full")
            .title("Full")
            .rationale("Because")
            .source("ACME policy")
            .defaultSeverity(Severity.ERROR)
            .option(max)
            .check((plan, findings) -> {})
            .build();

    assertThat(bare.rationale()).isEqualTo(bare.title());
    assertThat(bare.source()).isEqualTo("custom rule");
    assertThat(bare.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(bare.severities()).containsExactly(Severity.WARNING);
    assertThat(bare.options()).isEmpty();
    assertThat(bare).hasToString("acme.bare");
    assertThat(full.rationale()).isEqualTo("Because");
    assertThat(full.source()).isEqualTo("ACME policy");
    assertThat(full.defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(full.severities()).containsExactly(Severity.ERROR);
    assertThat(full.options()).containsExactly(max);
  }

  @Test
  void a_rule_without_title_or_check_fails_at_build_naming_what_is_missing() {
    RuleBuilder neither = Rule.builder("acme.empty");
    RuleBuilder noCheck = Rule.builder("acme.empty").title("Title");
    RuleBuilder noTitle = Rule.builder("acme.empty").check((plan, findings) -> {});

    assertThatThrownBy(neither::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Rule acme.empty needs a title and a check");
    assertThatThrownBy(noCheck::build).hasMessage("Rule acme.empty needs a check");
    assertThatThrownBy(noTitle::build).hasMessage("Rule acme.empty needs a title");
  }

  @Test
  void blank_title_or_source_and_twice_declared_option_keys_are_rejected() {
    RuleOption<Integer> a = RuleOption.integer("max", 3, 1, 9, "Most allowed");
    RuleOption<Integer> b = RuleOption.integer("max", 4, 1, 9, "Most allowed, again");

    assertThatThrownBy(Rule.builder("acme.x").title(" ").check((p, f) -> {})::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule acme.x title must not be blank, but was \" \"");
    assertThatThrownBy(Rule.builder("acme.x").title("T").source("").check((p, f) -> {})::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule acme.x source must not be blank, but was \"\"");
    assertThatThrownBy(
            Rule.builder("acme.x").title("T").option(a).option(b).check((p, f) -> {})::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule acme.x declares option max twice");
  }

  @Test
  void a_rule_written_as_a_class_is_checked_when_it_joins_a_rule_set() {
    Rule graded =
        new Rule() {
          @Override
          public String id() {
            return "acme.graded";
          }

          @Override
          public String title() {
            return "Graded";
          }

          @Override
          public String rationale() {
            return "Why";
          }

          @Override
          public String source() {
            return "ACME";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.WARNING;
          }

          @Override
          public java.util.Set<Severity> severities() {
            return java.util.EnumSet.of(Severity.ERROR); // leaves out its own default
          }

          @Override
          public void check(KickoffPlan plan, RuleContext context) {}
        };

    assertThatThrownBy(() -> RuleSet.of("acme", graded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Rule acme.graded severities [ERROR] must include its default severity WARNING");
  }
}
