package dev.sko.bench.cold;

/** A bare JVM start: a main that does nothing. */
public final class Empty {
  private Empty() {}

  /** Does nothing. */
  public static void main(String[] args) {}
}
