/**
 * The rule engine: a {@link dev.sko.rules.PlanValidator} runs {@link dev.sko.rules.Rule rules} over
 * a {@link dev.sko.core.KickoffPlan} and returns a {@link dev.sko.rules.ValidationReport} of {@link
 * dev.sko.rules.Finding findings}.
 *
 * <p>The flow: rules are grouped in named, composable {@link dev.sko.rules.RuleSet rule sets} (the
 * built-in profiles live in {@code dev.sko.rules.catalog}); a {@link
 * dev.sko.rules.PlanValidator.Builder} takes rule sets, custom rules, per-rule severity and {@link
 * dev.sko.rules.RuleOption option} overrides and {@link dev.sko.rules.Waiver waivers}, checks all
 * of that at {@code build()}, and yields an immutable, thread-safe validator. {@code
 * validate(plan)} builds one {@link dev.sko.rules.PlanIndex} of the plan, runs every rule in id
 * order with a {@link dev.sko.rules.RuleContext} to report through, isolates rules that throw,
 * applies overrides and waivers, and sorts the findings (severity, rule id, {@link
 * dev.sko.rules.Location location}).
 *
 * <p>This package never refers to a specific rule: the catalogue depends on the engine, not the
 * other way round.
 */
@SkoStyle
@NullMarked
package dev.sko.rules;

import dev.sko.core.internal.SkoStyle;
import org.jspecify.annotations.NullMarked;
