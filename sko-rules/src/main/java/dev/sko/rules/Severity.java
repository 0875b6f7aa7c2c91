package dev.sko.rules;

/**
 * How much a finding matters. Ordered from most to least severe, so sorting findings by severity
 * puts errors first.
 */
public enum Severity {
  /** The plan contradicts the profile's rule. */
  ERROR,
  /** Likely to hurt outcomes. */
  WARNING,
  /** Advice or a computed insight, such as the break-even figure. */
  INFO;

  /** Whether this severity is {@code threshold} or more severe. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** The one-letter code used in the catalogue: E, W or I. */
  public String letter() {
    return name().substring(0, 1);
  }
}
