package dev.sko.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validates rule ids: lower-case, dotted, at least two segments, segments may contain hyphens. */
final class RuleIds {
  private static final Pattern ID =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  private RuleIds() {}

  /** Returns {@code id} if it is well formed, else fails with a message naming it. */
  static String check(String id) {
    Objects.requireNonNull(id, "rule id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id must be lower-case dotted segments such as sko.presentation.length-cap or"
              + " acme.no-friday, but was \""
              + id
              + "\"");
    }
    return id;
  }
}
