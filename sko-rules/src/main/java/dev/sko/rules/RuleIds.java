package dev.sko.rules;

import java.util.Objects;

/**
 * Validates rule ids and option keys by hand, with no regular expression compiled at class load or
 * matched per finding. A <em>word</em> is {@code [a-z][a-z0-9]*(?:-[a-z0-9]+)*}: lower-case letters
 * and digits, starting with a letter, hyphens joining them. An option key is one word; a rule id is
 * two or more words joined by dots ({@code
 * [a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+}, which {@code RuleIdTest}
 * checks this against).
 */
final class RuleIds {
  private RuleIds() {}

  /**
   * Whether {@code id} is a rule id: every finding's id is checked when the finding is built, so
   * the check is a plain loop.
   */
  static boolean isValid(String id) {
    int n = id.length();
    int i = 0;
    int segments = 0;
    while (true) {
      i = wordEnd(id, i);
      if (i < 0) {
        return false;
      }
      segments++;
      if (i == n) {
        return segments >= 2;
      }
      if (id.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  /** Whether {@code key} is an option key: one word. */
  static boolean isKey(String key) {
    return wordEnd(key, 0) == key.length();
  }

  /** The end of the word that starts at {@code from}, or -1 if none starts there. */
  private static int wordEnd(String s, int from) {
    int n = s.length();
    if (from >= n || !lower(s.charAt(from))) {
      return -1; // a word starts with a letter
    }
    int i = from + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (lower(c) || digit(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && (lower(s.charAt(i + 1)) || digit(s.charAt(i + 1)))) {
        i += 2; // a hyphen joins two letters or digits
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns {@code id} if it is well formed, else fails with a message naming it. */
  static String check(String id) {
    Objects.requireNonNull(id, "rule id");
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          "rule id must be lower-case dotted segments such as sko.presentation.length-cap or"
              + " acme.no-friday, but was \""
              + id
              + "\"");
    }
    return id;
  }
}
