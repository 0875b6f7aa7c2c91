package dev.sko.rules;

import static dev.sko.rules.TestRules.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a rule reads its options through {@link RuleContext#option(RuleOption)}. */
class RuleOptionValuesTest {
  private static final RuleOption<Integer> MAX =
      RuleOption.integer("max", 3, 1, 10, "Most allowed (ACME policy: 3)");
  private static final RuleOption<Double> SHARE = RuleOption.decimal("share", 0.5, 0, 2, "A share");
  private static final RuleOption<Integer> UNDECLARED =
      RuleOption.integer("undeclared", 1, 1, 10, "Not declared by the rule");

  /** Reports the values it reads as figures. */
  private static final Rule READER =
      Rule.builder("acme.reader")
          .title("Reads its options")
          .option(MAX)
          .option(SHARE)
          .check(
              (plan, f) ->
                  f.finding(Location.plan(), "read")
                      .figure("max", f.option(MAX))
                      .figure("share", f.option(SHARE))
                      .report())
          .build();

  private static Evidence evidence(ValidationReport report) {
    return report.findings("acme.reader").get(0).evidence();
  }

  @Test
  void an_option_not_configured_has_its_default() {
    Evidence e = evidence(TestRules.validate(READER));

    assertThat(e.figure("max", Integer.class)).contains(3);
    assertThat(e.figure("share", Double.class)).contains(0.5);
  }

  @Test
  void a_configured_option_is_what_the_rule_reads() {
    ValidationReport report =
        PlanValidator.builder()
            .addRule(READER)
            .option("acme.reader", "max", 7)
            .option("acme.reader", "share", 2)
            .build()
            .validate(PLAN);

    assertThat(evidence(report).figure("max", Integer.class)).contains(7);
    assertThat(evidence(report).figure("share", Double.class)).contains(2.0);
  }

  @Test
  void an_option_set_on_a_rule_set_is_what_the_rule_reads_and_the_validator_wins_over_it() {
    RuleSet set = RuleSet.of("acme", READER).withOption("acme.reader", "max", 5);

    ValidationReport fromSet = PlanValidator.builder().ruleSet(set).build().validate(PLAN);
    ValidationReport validatorWins =
        PlanValidator.builder().ruleSet(set).option("acme.reader", "max", 9).build().validate(PLAN);

    assertThat(evidence(fromSet).figure("max", Integer.class)).contains(5);
    assertThat(evidence(validatorWins).figure("max", Integer.class)).contains(9);
  }

  @Test
  void reading_an_option_the_rule_does_not_declare_is_an_error_finding_of_that_rule() {
    Rule sloppy =
        Rule.builder("acme.sloppy")
            .title("Reads an undeclared option")
            .option(MAX)
            .check((plan, f) -> f.report(Location.plan(), "max " + f.option(UNDECLARED)))
            .build();

    ValidationReport report = TestRules.validate(sloppy, READER);

    assertThat(report.findings("acme.sloppy"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .isEqualTo(
                      "Rule acme.sloppy failed with java.lang.IllegalArgumentException: rule"
                          + " acme.sloppy reads option undeclared that it does not declare");
            });
    assertThat(report.findings("acme.reader")).hasSize(1);
  }

  @Test
  void the_context_hands_the_rule_the_plan_and_its_index() {
    Rule looking =
        Rule.builder("acme.looking")
            .title("Looks at the plan")
            .check(
                (plan, f) -> {
                  if (f.plan() == plan && f.index().plan() == plan) {
                    f.report(
                        Location.plan(), "same plan, " + f.index().sessions().size() + " session");
                  }
                })
            .build();

    assertThat(TestRules.validate(looking).findings().get(0).message())
        .isEqualTo("same plan, 1 session");
  }
}
