package dev.sko.bench.cold;

import dev.sko.bench.BenchPlans;
import dev.sko.bench.peers.HandWrittenPeer;

/** Builds the headline-findings plan and validates it once with the hand-written loop. */
public final class HandWrittenOnce {
  private HandWrittenOnce() {}

  /** Validates once and prints the findings. */
  public static void main(String[] args) {
    System.out.println(new HandWrittenPeer().validate(BenchPlans.headlineFindings()));
  }
}
