package dev.sko.testing;

import dev.sko.core.KickoffPlan;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import dev.sko.rules.ValidationListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one rule over plans in a test and compares what it reports with what the test expects, the
 * way Error Prone's {@code CompilationTestHelper} serves checker authors:
 *
 * <pre>{@code
 * RuleTester tester = RuleTester.of(NoFridays.RULE);
 *
 * tester.expectFindings(planWithAFriday, ExpectedFinding.of(Severity.WARNING, Location.day(2)));
 * tester.expectNoFindings(planWithoutFridays);
 * }</pre>
 *
 * <p>{@link #of(Rule)} runs the rule alone, at its own severities and option defaults; {@link
 * #of(RuleSet, String)} runs it as a rule set or profile configures it (severity and options).
 * {@link #withOption} sets an option on top.
 *
 * <p>Every run also checks what every rule must do: it does not throw (a rule that throws fails the
 * test with what it threw as the cause, where a validator would turn it into an ERROR finding), it
 * reports only under its own id, and it reports the same findings when run again on the same plan.
 *
 * <p>Instances are immutable and may be shared by tests.
 */
public final class RuleTester {
  private final Rule rule;
  private final RuleSet ruleSet;

  private RuleTester(Rule rule, RuleSet ruleSet) {
    this.rule = rule;
    this.ruleSet = ruleSet;
  }

  /** A tester of {@code rule} alone, at its own severities, with its options' defaults. */
  public static RuleTester of(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return new RuleTester(rule, RuleSet.of(rule.id(), rule));
  }

  /**
   * A tester of rule {@code ruleId} as {@code ruleSet} configures it: its severity override and
   * options. The set's other rules do not run.
   *
   * @throws IllegalArgumentException naming {@code ruleId} when the set does not hold it
   */
  public static RuleTester of(RuleSet ruleSet, String ruleId) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(ruleId, "ruleId");
    Rule rule =
        ruleSet
            .rule(ruleId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "RuleTester.of(): rule set "
                            + ruleSet.name()
                            + " has no rule "
                            + ruleId
                            + "; it has "
                            + ruleSet.ids()));
    String[] others =
        ruleSet.ids().stream().filter(id -> !id.equals(ruleId)).toArray(String[]::new);
    return new RuleTester(rule, ruleSet.without(others));
  }

  /**
   * This tester with the rule's {@code option} set to {@code value}.
   *
   * @throws IllegalArgumentException naming the rule, the option and the value when the rule has no
   *     such option or the value is out of its range
   */
  public <T> RuleTester withOption(RuleOption<T> option, T value) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(value, "value");
    return new RuleTester(rule, ruleSet.withOption(rule.id(), option.key(), value));
  }

  /** The rule under test. */
  public Rule rule() {
    return rule;
  }

  /**
   * The findings the rule reports for {@code plan}, waived ones excluded, in report order.
   *
   * @throws AssertionError if the rule throws or reports different findings when run again
   */
  public List<Finding> findings(KickoffPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Finding> first = run(plan);
    List<Finding> second = run(plan);
    if (!first.equals(second)) {
      throw new AssertionFailedError(
          "Rule "
              + rule.id()
              + " is not deterministic: on plan \""
              + plan.name()
              + "\" it reported different findings when run again",
          lines(first),
          lines(second));
    }
    return first;
  }

  /**
   * Fails unless the rule reports nothing for {@code plan}: the clean plan every rule test should
   * have. The failure lists what the rule reported.
   */
  public void expectNoFindings(KickoffPlan plan) {
    expectFindings(plan, List.of());
  }

  /** Fails unless the rule reports exactly {@code expected} for {@code plan}, in any order. */
  public void expectFindings(KickoffPlan plan, ExpectedFinding... expected) {
    expectFindings(plan, Arrays.asList(expected));
  }

  /**
   * Fails unless the rule reports exactly {@code expected} for {@code plan}, in any order: every
   * expected finding matches a reported one, and every reported one is expected. The failure shows
   * the expected and the reported findings side by side, matched ones on the same line.
   */
  public void expectFindings(KickoffPlan plan, List<ExpectedFinding> expected) {
    Objects.requireNonNull(expected, "expected");
    List<Finding> reported = findings(plan);
    SideBySide table = SideBySide.match(expected, reported);
    if (!table.matchedAll()) {
      throw new AssertionFailedError(
          "Rule "
              + rule.id()
              + " on plan \""
              + plan.name()
              + "\": "
              + table.summary()
              + "\n"
              + table,
          lines(expected),
          lines(reported));
    }
  }

  private List<Finding> run(KickoffPlan plan) {
    Failure failure = new Failure();
    List<Finding> findings =
        PlanValidator.builder()
            .ruleSet(ruleSet)
            .listener(failure)
            .build()
            .validate(plan)
            .findings();
    if (failure.thrown != null) {
      throw new AssertionError(
          "Rule " + rule.id() + " threw on plan \"" + plan.name() + "\": " + failure.thrown,
          failure.thrown);
    }
    return findings;
  }

  private static String lines(List<?> items) {
    StringBuilder sb = new StringBuilder();
    for (Object item : items) {
      sb.append(item).append('\n');
    }
    return sb.toString();
  }

  /** Records what the rule threw; the validator would otherwise make it an ERROR finding. */
  private static final class Failure implements ValidationListener {
    @Nullable Throwable thrown;

    @Override
    public void ruleFailed(Rule rule, Throwable failure) {
      thrown = failure;
    }
  }

  @Override
  public String toString() {
    return "RuleTester[" + rule.id() + " in " + ruleSet + "]";
  }

  /** Expected and reported findings paired up, for the failure message. */
  private static final class SideBySide {
    private final List<String[]> rows = new ArrayList<>();
    private int missing;
    private int unexpected;

    static SideBySide match(List<ExpectedFinding> expected, List<Finding> reported) {
      SideBySide table = new SideBySide();
      List<Finding> left = new ArrayList<>(reported);
      for (ExpectedFinding e : expected) {
        Finding match = null;
        for (Finding f : left) {
          if (e.matches(f)) {
            match = f;
            break;
          }
        }
        if (match == null) {
          table.rows.add(new String[] {"-", e.toString(), "(not reported)"});
          table.missing++;
        } else {
          left.remove(match);
          table.rows.add(new String[] {" ", e.toString(), describe(match)});
        }
      }
      for (Finding f : left) {
        table.rows.add(new String[] {"+", "(not expected)", describe(f)});
        table.unexpected++;
      }
      return table;
    }

    private static String describe(Finding f) {
      String evidence = f.evidence().isEmpty() ? "" : " evidence " + f.evidence();
      return f.severity() + " @ " + f.location() + evidence + ": " + f.message();
    }

    boolean matchedAll() {
      return missing == 0 && unexpected == 0;
    }

    String summary() {
      return missing
          + " expected finding(s) not reported, "
          + unexpected
          + " reported finding(s) not expected";
    }

    @Override
    public String toString() {
      int width = "expected".length();
      for (String[] row : rows) {
        width = Math.max(width, row[1].length());
      }
      StringBuilder sb = new StringBuilder();
      sb.append("    ").append(pad("expected", width)).append(" | reported\n");
      for (String[] row : rows) {
        sb.append("  ")
            .append(row[0])
            .append(' ')
            .append(pad(row[1], width))
            .append(" | ")
            .append(row[2])
            .append('\n');
      }
      return sb.toString();
    }

    private static String pad(String s, int width) {
      return s + " ".repeat(width - s.length());
    }
  }
}
