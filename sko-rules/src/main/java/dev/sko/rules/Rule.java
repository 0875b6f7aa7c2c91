package dev.sko.rules;

import dev.sko.core.KickoffPlan;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A check of a kickoff plan, with the metadata that configuration, documentation and findings need:
 * a stable id ({@code sko.<area>.<name>} for built-ins, any other lower-case dotted namespace for
 * custom rules), a one-line title, a rationale, a default severity, typed options with defaults,
 * and the source it follows.
 *
 * <p>Write one as a class, or in a few lines:
 *
 * <pre>{@code
 * Rule noFridays = Rule.builder("acme.no-friday-days")
 *     .title("No kickoff day falls on a Friday")
 *     .defaultSeverity(Severity.WARNING)
 *     .check((plan, review) -> {
 *       for (int d = 0; d < plan.days().size(); d++) {
 *         if (plan.dateOf(RelativeDay.of(d)).getDayOfWeek() == DayOfWeek.FRIDAY) {
 *           review.report(Location.day(d), "Day " + (d + 1) + " is a Friday");
 *         }
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>The built-in rules are declared the same way, each in its own file; a graded one adds {@link
 * RuleBuilder#severities}, options {@link RuleBuilder#option}, and its source a citation key of
 * {@code docs/sources.md}.
 *
 * <p>A rule must be stateless and thread-safe: one instance serves every validation on every
 * thread.
 */
public interface Rule {
  /** The stable id that configuration, waivers and baselines refer to. */
  String id();

  /** A one-line title. */
  String title();

  /** Why the rule exists, in a few sentences. */
  String rationale();

  /** The source document key and the study or figure the rule follows. */
  String source();

  /** The severity of the rule's findings when no override applies. */
  Severity defaultSeverity();

  /**
   * The severities the rule can report when no override applies: a graded rule reports ERROR or
   * WARNING by how far the plan is off. Defaults to the default severity alone.
   */
  default Set<Severity> severities() {
    return EnumSet.of(defaultSeverity());
  }

  /** The rule's typed options, with their defaults. */
  default List<RuleOption<?>> options() {
    return List.of();
  }

  /**
   * Checks {@code plan}, reporting findings through {@code review}, the context of this rule in the
   * validation under way.
   *
   * @throws Exception if the check fails; the validator turns it into an ERROR finding of this rule
   *     and runs the other rules. It does the same with any other throwable, a {@link
   *     StackOverflowError}, an {@link AssertionError} or a {@link LinkageError} included, except
   *     an {@link OutOfMemoryError} or other {@link VirtualMachineError} and {@link ThreadDeath},
   *     which propagate (see {@link PlanValidator})
   */
  void check(KickoffPlan plan, RuleContext review) throws Exception;

  /** Starts a rule with id {@code id}, to be given a title and a check. */
  static RuleBuilder builder(String id) {
    return new RuleBuilder(id);
  }
}
