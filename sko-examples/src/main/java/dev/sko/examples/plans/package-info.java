/**
 * Sample kickoff plans, one per source document, for the walkthrough, for tests and as patterns to
 * copy.
 *
 * <p>{@link dev.sko.examples.plans.SamplePlans} is the entry point: {@code behaviorChange()} is
 * BEHAVIOR_CHANGE_MODEL's two-day hub event with its four phases, roster, metric table and 30-day
 * drive phase; {@code b2bThirtyPerson()} is B2B_SKO_GUIDE's 30-person kickoff with its INR cost
 * model; {@code accelerationSummit()} is ACCELERATION_SUMMIT's summit of big bets, deal clinics and
 * territory, quota and comp delivery; {@code enterpriseGitLabStyle()} is a 250-person kickoff
 * planned the GITLAB_HANDBOOK way, with core team, call for content and Partner Summit; and {@code
 * theater()} is the anti-pattern that breaks most rules of the catalogue. {@code all()} returns
 * them by stable key, in that order.
 *
 * <p>Every plan is built with the public builders of {@code dev.sko.core} only, so each method
 * reads as an example of the model. Figures taken from a source are named constants citing it;
 * baselines, names and prices that the sources leave open are the sample companies' own.
 */
@NullMarked
package dev.sko.examples.plans;

import org.jspecify.annotations.NullMarked;
