package dev.sko.bench.cold;

import dev.sko.bench.BenchPlans;
import dev.sko.bench.peers.HibernateValidatorPeer;

/** Builds the headline-findings plan and validates it once with Hibernate Validator. */
public final class HibernateValidatorOnce {
  private HibernateValidatorOnce() {}

  /** Validates once and prints the findings. */
  public static void main(String[] args) {
    try (HibernateValidatorPeer hv = new HibernateValidatorPeer()) {
      System.out.println(hv.validate(BenchPlans.headlineFindings()));
    }
  }
}
