/**
 * The sales kickoff (SKO) domain as immutable values.
 *
 * <p>The root is {@link dev.sko.core.KickoffPlan}: the event's format and venue, its agenda of
 * {@link dev.sko.core.AgendaDay days} holding {@link dev.sko.core.Session sessions}, the outcomes
 * it is meant to produce, the roster of {@link dev.sko.core.Rep reps}, {@link
 * dev.sko.core.MetricTarget metric targets}, the reinforcement that follows it, surveys, pre-work,
 * the {@link dev.sko.core.Budget budget} and the {@link dev.sko.core.PlanningData planning data}.
 * Days relative to the event are a {@link dev.sko.core.RelativeDay} (T-28 … T+30), money is {@link
 * dev.sko.core.Money}.
 *
 * <p>Every type is built with a builder ({@code KickoffPlan.builder()}); invalid input fails at
 * {@code build()} with an exception whose message names the field and the value. Judgement about
 * whether a valid plan is a good plan is not made here: that is the rule engine's job in {@code
 * dev.sko.rules}.
 *
 * <p>Pure computations on the model (cost and return, tiering, metric lift, phases) live beside it.
 */
@SkoStyle
@NullMarked
package dev.sko.core;

import org.jspecify.annotations.NullMarked;
