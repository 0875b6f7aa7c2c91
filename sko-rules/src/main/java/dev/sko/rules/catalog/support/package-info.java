/**
 * What the built-in rules share and nothing else: {@link dev.sko.rules.catalog.support.Wording}
 * (how every message writes minutes, money, percentages, days and plurals) and the few plan
 * questions that rules of more than one area ask (the reinforcement plan's activities, the cost
 * summary, the roster); questions about the agenda's sessions are the fact sheet's, {@link
 * dev.sko.rules.PlanIndex}. A rule file holds its own metadata, options, check and wording;
 * anything two rule files would otherwise write twice lives here.
 *
 * <p>Not exported: these helpers follow the built-in rules as they change, so they are no API. A
 * company rule copied from a built-in one uses its own helpers, or {@code dev.sko.rules}'s public
 * ones ({@link dev.sko.rules.PlanIndex}, {@link dev.sko.rules.RuleOption#format}).
 */
@NullMarked
package dev.sko.rules.catalog.support;

import org.jspecify.annotations.NullMarked;
