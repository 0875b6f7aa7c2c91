/**
 * JMH benchmarks of sko: the full catalogue on a realistic plan ({@link
 * dev.sko.bench.FullCatalogueBench}), the three headline rules written for sko (the catalogue's own
 * and the peers' shared logic as custom rules), Hibernate Validator, Easy Rules and as a
 * hand-written loop ({@link dev.sko.bench.PeersBench}, with the peer implementations in {@link
 * dev.sko.bench.peers}), scaling with the agenda's size ({@link dev.sko.bench.ScalingBench}), one
 * validator shared by threads ({@link dev.sko.bench.ConcurrencyBench}), a new plan every operation
 * ({@link dev.sko.bench.FreshPlanBench}), and the small programs the cold-start measurement times
 * ({@link dev.sko.bench.cold}). The plans they validate come from {@link dev.sko.bench.BenchPlans}.
 * See BENCHMARKS.md at the top of the repository for how to run them and the figures.
 */
@NullMarked
package dev.sko.bench;

import org.jspecify.annotations.NullMarked;
