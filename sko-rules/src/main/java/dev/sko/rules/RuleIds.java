package dev.sko.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validates rule ids: lower-case, dotted, at least two segments, segments may contain hyphens. */
final class RuleIds {
  /** The grammar, for documentation and tests; {@link #isValid} checks it by hand. */
  static final Pattern ID =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  private RuleIds() {}

  /**
   * Whether {@code id} matches {@link #ID}, checked by hand: every finding's id is checked when the
   * finding is built, and a regular expression match costs a matcher per finding.
   */
  static boolean isValid(String id) {
    int n = id.length();
    int i = 0;
    int segments = 0;
    while (true) {
      if (i >= n || !lower(id.charAt(i))) {
        return false; // a segment starts with a letter
      }
      i++;
      while (i < n) {
        char c = id.charAt(i);
        if (lower(c) || digit(c)) {
          i++;
        } else if (c == '-' && i + 1 < n && (lower(id.charAt(i + 1)) || digit(id.charAt(i + 1)))) {
          i += 2; // a hyphen joins two letters or digits
        } else {
          break;
        }
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
