package dev.sko.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

  /**
   * The severity a user names in lower case, as the command line's {@code --fail-on} and the Maven
   * plugin's {@code failOn} spell it: {@code error}, {@code warning} or {@code info}.
   *
   * @throws IllegalArgumentException naming the value, the closest name and every name
   */
  public static Severity parse(String name) {
    Objects.requireNonNull(name, "name");
    List<String> names = new ArrayList<>();
    for (Severity s : values()) {
      String lower = s.name().toLowerCase(Locale.ROOT);
      if (lower.equals(name)) {
        return s;
      }
      names.add(lower);
    }
    throw new IllegalArgumentException(
        DidYouMean.message("severity", name, names)
            + " The severities are "
            + String.join(", ", names)
            + ".");
  }
}
