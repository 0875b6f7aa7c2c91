package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.SessionKind;
import dev.sko.rules.catalog.Profiles;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-configuration corpus of the engine: one table of invalid rule declarations, rule sets,
 * overrides, options and waivers, each with the exception it must fail with and the substrings its
 * message must hold, the id, key or field and the bad value. A {@link NullPointerException}'s bad
 * value is the {@code null} its type already states, so its message must name the argument only.
 * Everything fails when it is declared or at {@link PlanValidator.Builder#build()}, never later
 * during a validation. The model has its own table, {@code dev.sko.core.BadInputCorpusTest}.
 */
class BadConfigurationCorpusTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;

  private static final RuleCheck NOTHING = (plan, context) -> {};

  private static final RuleOption<Integer> MAX =
      RuleOption.integer("max-sessions", 6, 1, 12, "Most sessions a day");
  private static final RuleOption<Double> SHARE =
      RuleOption.percentage("share", 0.4, "Share of content time");
  private static final RuleOption<Double> RATIO =
      RuleOption.decimal("ratio", 1.5, 0, 10, "Ratio of talk to practice");
  private static final RuleOption<Duration> CAP =
      RuleOption.duration("cap", Duration.ofMinutes(30), "Longest talk");
  private static final RuleOption<IntRange> GROUP =
      RuleOption.range("group", IntRange.of(4, 8), 2, 12, "Group size");
  private static final RuleOption<Severity> LEVEL =
      RuleOption.enumeration("level", Severity.class, Severity.WARNING, "Level");
  private static final RuleOption<Money> SPEND =
      RuleOption.money("spend", Money.of(100, "USD"), "Spend per rep");

  private static final Rule CAPPED =
      Rule.builder("acme.session-cap")
          .title("Capped")
          .option(MAX)
          .option(SHARE)
          .option(RATIO)
          .option(CAP)
          .option(GROUP)
          .option(LEVEL)
          .option(SPEND)
          .check(NOTHING)
          .build();
  private static final Rule OTHER = TestRules.silent("acme.other");
  private static final RuleSet ACME = RuleSet.of("acme", CAPPED, OTHER);

  private static PlanValidator.Builder acme() {
    return PlanValidator.builder().ruleSet(ACME);
  }

  private static Rule titled(String id, String title) {
    return Rule.builder(id).title(title).check(NOTHING).build();
  }

  /** A rule written as a class whose graded severities leave out its default severity. */
  private static final class GradedRule implements Rule {
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
      return "Graded by how far off the plan is";
    }

    @Override
    public String source() {
      return "ACME policy";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Set<Severity> severities() {
      return EnumSet.of(Severity.ERROR, Severity.WARNING);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext context) {}
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        // Rule ids and metadata
        row(
            "an upper-case rule id",
            () -> Rule.builder("Acme.Rule"),
            IAE,
            "rule id",
            "\"Acme.Rule\""),
        row("a rule id of one segment", () -> Rule.builder("acme"), IAE, "rule id", "\"acme\""),
        row(
            "a rule id ending in a dot",
            () -> Rule.builder("acme.rule."),
            IAE,
            "rule id",
            "\"acme.rule.\""),
        row(
            "a blank rule title",
            () -> Rule.builder("acme.x").title(" ").check(NOTHING).build(),
            IAE,
            "acme.x",
            "title",
            "\" \""),
        row(
            "a blank rule source",
            () -> Rule.builder("acme.x").title("X").source("").check(NOTHING).build(),
            IAE,
            "acme.x",
            "source",
            "\"\""),
        row(
            "a rule without a title",
            () -> Rule.builder("acme.x").check(NOTHING).build(),
            ISE,
            "acme.x",
            "a title"),
        row(
            "a rule without a check",
            () -> Rule.builder("acme.x").title("X").build(),
            ISE,
            "acme.x",
            "a check"),
        row(
            "a rule declaring one option key twice",
            () ->
                Rule.builder("acme.x")
                    .title("X")
                    .option(MAX)
                    .option(RuleOption.integer("max-sessions", 2, 1, 3, "Again"))
                    .check(NOTHING)
                    .build(),
            IAE,
            "acme.x",
            "max-sessions"),
        row(
            "a rule whose severities leave out its default",
            () -> RuleSet.of("acme", new GradedRule()),
            IAE,
            "acme.graded",
            "INFO"),
        // Duplicate rule ids
        row(
            "two rules with one id in a rule set",
            () -> RuleSet.of("acme", titled("acme.x", "First"), titled("acme.x", "Second")),
            IAE,
            "duplicate rule id acme.x",
            "First",
            "Second"),
        row(
            "two rules with one id added to a validator",
            () ->
                PlanValidator.builder()
                    .addRule(titled("acme.x", "First"))
                    .addRule(titled("acme.x", "Second"))
                    .build(),
            IAE,
            "duplicate rule id acme.x"),
        row(
            "two rule sets holding different rules with one id",
            () ->
                PlanValidator.builder()
                    .ruleSet(RuleSet.of("a", titled("acme.x", "First")))
                    .ruleSet(RuleSet.of("b", titled("acme.x", "Second")))
                    .build(),
            IAE,
            "duplicate rule id acme.x"),
        row(
            "a custom rule taking a built-in rule's id",
            () ->
                PlanValidator.builder()
                    .ruleSet(Profiles.recommended())
                    .addRule(titled("sko.presentation.length-cap", "Mine"))
                    .build(),
            IAE,
            "duplicate rule id sko.presentation.length-cap",
            "Mine"),
        // Rule sets
        row("a blank rule set name", () -> RuleSet.empty(" "), IAE, "RuleSet.name", "\" \""),
        row(
            "a rule set without a rule it does not hold",
            () -> ACME.without("acme.nope"),
            IAE,
            "\"acme.nope\"",
            "without()"),
        row(
            "a rule set's severity for an unknown rule",
            () -> ACME.withSeverity("acme.othe", Severity.ERROR),
            IAE,
            "\"acme.othe\"",
            "did you mean \"acme.other\""),
        // Overrides with unknown ids or keys
        row(
            "a severity override of an unknown rule",
            () -> acme().severity("acme.sesion-cap", Severity.ERROR).build(),
            IAE,
            "\"acme.sesion-cap\"",
            "severity()"),
        row(
            "disabling an unknown rule",
            () -> acme().disable("acme.othr").build(),
            IAE,
            "\"acme.othr\"",
            "disable()"),
        row(
            "an option of an unknown rule",
            () -> acme().option("acme.cap", "max-sessions", 3).build(),
            IAE,
            "\"acme.cap\"",
            "option()"),
        row(
            "an unknown option key",
            () -> acme().option("acme.session-cap", "max-session", 3).build(),
            IAE,
            "\"max-session\"",
            "acme.session-cap"),
        row(
            "an option key of a rule without options",
            () -> acme().option("acme.other", "max", 3).build(),
            IAE,
            "\"max\"",
            "acme.other",
            "no options"),
        // Option values of the wrong type
        row(
            "text for a whole-number option",
            () -> acme().option("acme.session-cap", "max-sessions", "six").build(),
            IAE,
            "max-sessions",
            "String six"),
        row(
            "a decimal for a whole-number option",
            () -> acme().option("acme.session-cap", "max-sessions", 2.5).build(),
            IAE,
            "max-sessions",
            "Double 2.5"),
        row(
            "a number of minutes for a duration option",
            () -> acme().option("acme.session-cap", "cap", 30).build(),
            IAE,
            "option cap",
            "Integer 30"),
        row(
            "a constant of another enum",
            () -> acme().option("acme.session-cap", "level", SessionKind.KEYNOTE).build(),
            IAE,
            "option level",
            "KEYNOTE"),
        row(
            "text for a money option",
            () -> acme().option("acme.session-cap", "spend", "100 USD").build(),
            IAE,
            "option spend",
            "String 100 USD"),
        // Option values out of range
        row(
            "zero for a whole number from 1 to 12",
            () -> acme().option("acme.session-cap", "max-sessions", 0).build(),
            IAE,
            "option max-sessions",
            "but was 0"),
        row(
            "13 for a whole number from 1 to 12",
            () -> acme().option("acme.session-cap", "max-sessions", 13).build(),
            IAE,
            "option max-sessions",
            "but was 13"),
        row(
            "NaN for a percentage",
            () -> acme().option("acme.session-cap", "share", Double.NaN).build(),
            IAE,
            "option share",
            "but was NaN"),
        row(
            "150% for a percentage",
            () -> acme().option("acme.session-cap", "share", 1.5).build(),
            IAE,
            "option share",
            "but was 1.5"),
        row(
            "infinity for a decimal",
            () -> acme().option("acme.session-cap", "ratio", Double.POSITIVE_INFINITY).build(),
            IAE,
            "option ratio",
            "but was Infinity"),
        row(
            "a negative duration",
            () -> acme().option("acme.session-cap", "cap", Duration.ofMinutes(-30)).build(),
            IAE,
            "option cap",
            "but was PT-30M"),
        row(
            "a range beyond its bounds",
            () -> acme().option("acme.session-cap", "group", IntRange.of(1, 20)).build(),
            IAE,
            "option group",
            "but was 1..20"),
        row(
            "a rule set's option out of range",
            () -> RuleSet.builder("b").add(CAPPED).option("acme.session-cap", "max-sessions", 99),
            IAE,
            "option max-sessions",
            "but was 99"),
        // Option declarations
        row(
            "an option key with spaces",
            () -> RuleOption.integer("Max Sessions", 6, 1, 12, "Most sessions"),
            IAE,
            "RuleOption.key",
            "\"Max Sessions\""),
        row(
            "an option default outside its range",
            () -> RuleOption.integer("max", 20, 1, 12, "Most sessions"),
            IAE,
            "RuleOption max default",
            "but was 20"),
        row(
            "a NaN percentage default",
            () -> RuleOption.percentage("share", Double.NaN, "Share"),
            IAE,
            "RuleOption share default",
            "but was NaN"),
        row(
            "a negative duration default",
            () -> RuleOption.duration("cap", Duration.ofMinutes(-1), "Cap"),
            IAE,
            "RuleOption cap default",
            "but was PT-1M"),
        row(
            "a blank option description",
            () -> RuleOption.duration("cap", Duration.ofMinutes(1), " "),
            IAE,
            "RuleOption.description",
            "\" \"",
            "cap"),
        row(
            "a range whose maximum is below its minimum",
            () -> IntRange.of(5, 1),
            IAE,
            "IntRange.max",
            "but was 1"),
        // Waivers
        row(
            "a waiver whose reason is blank",
            () -> Waiver.of("acme.other", "  "),
            IAE,
            "Waiver.reason",
            "\"  \"",
            "acme.other"),
        row(
            "a waiver without a reason",
            () -> Waiver.builder().ruleId("acme.other").build(),
            ISE,
            "Waiver",
            "reason"),
        row(
            "a waiver of a malformed rule id",
            () -> Waiver.of("ACME other", "accepted"),
            IAE,
            "rule id",
            "\"ACME other\""),
        row(
            "a waiver at a malformed path",
            () -> Waiver.at("acme.other", "days[x]", "accepted"),
            IAE,
            "Location path",
            "\"days[x]\""),
        row(
            "a waiver of an unknown rule",
            () -> acme().waive("acme.othre", "accepted for FY27").build(),
            IAE,
            "\"acme.othre\"",
            "waive()"),
        row(
            "two waivers of one finding with different reasons",
            () ->
                acme()
                    .waive("acme.other", "days[0]", "CFO approved")
                    .waive("acme.other", "days[0]", "VP approved")
                    .build(),
            IAE,
            "acme.other at days[0]",
            "CFO approved",
            "VP approved"),
        // Nulls
        row(
            "a null severity override",
            () -> acme().severity("acme.other", nul()),
            NPE,
            "severity"),
        row(
            "a null option value",
            () -> acme().option("acme.session-cap", "max-sessions", nul()),
            NPE,
            "value"),
        row("a null rule id", () -> Rule.builder(nul()), NPE, "rule id"));
  }

  /** A null that the compiler's null checks let through, as callers without them would pass. */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nul() {
    return null;
  }

  private static Arguments row(
      String description,
      ThrowingCallable construction,
      Class<? extends RuntimeException> type,
      String... substrings) {
    return Arguments.of(description, construction, type, List.of(substrings));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("corpus")
  void failsNamingIdAndValue(
      String description,
      ThrowingCallable construction,
      Class<? extends RuntimeException> type,
      List<String> substrings) {
    Throwable thrown = catchThrowable(construction);

    assertThat(thrown).as(description).isExactlyInstanceOf(type);
    for (String s : substrings) {
      assertThat(thrown.getMessage()).as(description).contains(s);
    }
  }

  @Test
  void theCorpusHoldsAtLeastFifteenRowsOfEveryKindOfFailure() {
    List<Arguments> rows = corpus().toList();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    assertThat(rows.stream().map(r -> r.get()[2]).distinct())
        .containsExactlyInAnyOrder(IAE, ISE, NPE);
  }
}
