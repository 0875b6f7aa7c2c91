/**
 * The three headline rules of the performance issue (sko.duration.team-size,
 * sko.presentation.length-cap, sko.reinforcement.plan-present) written for each engine a Java team
 * might pick: {@link dev.sko.bench.peers.SkoPeer} (the catalogue's own rules), {@link
 * dev.sko.bench.peers.SkoHeadlinePeer} (the shared {@link dev.sko.bench.peers.Headline} logic as
 * custom sko rules), {@link dev.sko.bench.peers.HibernateValidatorPeer} (class-level constraints
 * mapped programmatically), {@link dev.sko.bench.peers.EasyRulesPeer} (Easy Rules 4.1) and {@link
 * dev.sko.bench.peers.HandWrittenPeer} (a plain loop, the floor). Each returns the same {@link
 * dev.sko.bench.peers.Violation}s for the same plan, which the module's tests prove.
 */
@NullMarked
package dev.sko.bench.peers;

import org.jspecify.annotations.NullMarked;
