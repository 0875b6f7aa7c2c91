package dev.sko.bench;

import dev.sko.bench.peers.EasyRulesPeer;
import dev.sko.bench.peers.HandWrittenPeer;
import dev.sko.bench.peers.HibernateValidatorPeer;
import dev.sko.bench.peers.SkoHeadlinePeer;
import dev.sko.bench.peers.SkoPeer;
import dev.sko.bench.peers.Violation;
import dev.sko.core.KickoffPlan;
import dev.sko.rules.ValidationReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2: the three headline rules in four engines, on the same plan, in one run: {@code
 * clean} ({@link BenchPlans#clean()}, no finding) and {@code findings} ({@link
 * BenchPlans#headlineFindings()}, two findings). sko runs twice: {@link #sko()} runs the
 * catalogue's own three rules (richer findings: remediation, evidence, session locations), {@link
 * #skoHeadline()} runs the peers' shared {@code peers.Headline} logic as three custom sko rules, so
 * the engine's overhead and the catalogue rules' cost show apart. {@code PeersTest} proves all five
 * report the same findings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PeersBench {
  /** Which plan. */
  @Param({"clean", "findings"})
  public String plan = "clean";

  private KickoffPlan kickoff = BenchPlans.clean();
  private final SkoPeer sko = new SkoPeer();
  private final SkoHeadlinePeer skoHeadline = new SkoHeadlinePeer();
  private final HandWrittenPeer handWritten = new HandWrittenPeer();
  private final EasyRulesPeer easyRules = new EasyRulesPeer();
  private final HibernateValidatorPeer hibernateValidator = new HibernateValidatorPeer();

  /** Picks the plan. */
  @Setup
  public void setUp() {
    kickoff = plan.equals("clean") ? BenchPlans.clean() : BenchPlans.headlineFindings();
  }

  /** Closes Hibernate Validator's factory. */
  @TearDown
  public void tearDown() {
    hibernateValidator.close();
  }

  /** (a) sko: the catalogue's three rules in a rule set of their own. */
  @Benchmark
  public ValidationReport sko() {
    return sko.validate(kickoff);
  }

  /** (a') sko: the peers' shared {@code Headline} logic as three custom sko rules. */
  @Benchmark
  public ValidationReport skoHeadline() {
    return skoHeadline.validate(kickoff);
  }

  /** (b) Hibernate Validator 9: three class-level constraints. */
  @Benchmark
  public List<Violation> hibernateValidator() {
    return hibernateValidator.validate(kickoff);
  }

  /** (c) Easy Rules 4.1: three rules fired by the default engine. */
  @Benchmark
  public List<Violation> easyRules() {
    return easyRules.validate(kickoff);
  }

  /** (d) The floor: a hand-written loop. */
  @Benchmark
  public List<Violation> handWritten() {
    return handWritten.validate(kickoff);
  }
}
