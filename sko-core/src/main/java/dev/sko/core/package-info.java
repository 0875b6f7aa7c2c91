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
 * <p>Pure computations on the model live beside it, each citing the source of its figures: {@link
 * dev.sko.core.CostModel} computes a plan's {@link dev.sko.core.CostSummary} (hard cost, lost
 * selling time, all-in cost, hard and loaded cost per rep, break-even incremental attainment) with
 * exact decimal arithmetic; {@link dev.sko.core.Tiering} splits the roster into a {@link
 * dev.sko.core.TierAssignment} of top, middle and bottom thirds by trailing attainment; {@link
 * dev.sko.core.MetricLift} gives a target's lift over its baseline and the day-30 {@link
 * dev.sko.core.BehaviorReview} of actual readings; {@link dev.sko.core.PhaseCalendar} (and {@link
 * dev.sko.core.Phase#of}) tells which of the four phases a day is in and when each phase runs.
 */
@SkoStyle
@NullMarked
package dev.sko.core;

import dev.sko.core.internal.SkoStyle;
import org.jspecify.annotations.NullMarked;
