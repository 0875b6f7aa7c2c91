package dev.sko.rules;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The "did you mean" hint of sko's error messages: the known name closest to a mistyped one, by
 * edit distance (ties go to the alphabetically first). The validator uses it for unknown rule ids
 * and option keys; tools use it for profile names and rule ids typed on a command line.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The name in {@code known} closest to {@code unknown}; empty only when {@code known} is. */
  public static Optional<String> closest(String unknown, Collection<String> known) {
    Objects.requireNonNull(unknown, "unknown");
    Objects.requireNonNull(known, "known");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(unknown, k);
      if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code unknown KIND "x"; did you mean "y"?} when a name is known, else {@code unknown KIND
   * "x"}; the message of a name typed wrong.
   */
  public static String message(String kind, String unknown, Collection<String> known) {
    Objects.requireNonNull(kind, "kind");
    return "unknown "
        + kind
        + " \""
        + unknown
        + "\""
        + closest(unknown, known).map(c -> "; did you mean \"" + c + "\"?").orElse("");
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
