package dev.sko.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of rule metadata shared by the rule builder, rule sets and the validator. */
final class Rules {
  private Rules() {}

  /** Fails naming the rule when its id, title, source or option keys are malformed. */
  static void checkMetadata(String id, String title, String source, List<RuleOption<?>> options) {
    RuleIds.check(id);
    if (title.isBlank()) {
      throw new IllegalArgumentException(
          "Rule " + id + " title must not be blank, but was \"" + title + "\"");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "Rule " + id + " source must not be blank, but was \"" + source + "\"");
    }
    Set<String> keys = new HashSet<>();
    for (RuleOption<?> option : options) {
      if (!keys.add(option.key())) {
        throw new IllegalArgumentException(
            "Rule " + id + " declares option " + option.key() + " twice");
      }
    }
  }

  /** Fails naming the rule when its metadata is malformed. */
  static void checkMetadata(Rule rule) {
    checkMetadata(rule.id(), rule.title(), rule.source(), rule.options());
    if (!rule.severities().contains(rule.defaultSeverity())) {
      throw new IllegalArgumentException(
          "Rule "
              + rule.id()
              + " severities "
              + rule.severities()
              + " must include its default severity "
              + rule.defaultSeverity());
    }
  }

  /** The known id closest to {@code unknown}, for "did you mean" hints. */
  static String closest(String unknown, Collection<String> known) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(unknown, k);
      if (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
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

  /** "unknown rule id "x" in severity(); did you mean "y"?" */
  static IllegalArgumentException unknownId(String id, String where, Collection<String> known) {
    String hint =
        known.isEmpty()
            ? " (no rules are registered)"
            : "; did you mean \"" + closest(id, known) + "\"?";
    return new IllegalArgumentException("unknown rule id \"" + id + "\" in " + where + hint);
  }
}
