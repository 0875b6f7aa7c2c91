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
    return DidYouMean.closest(unknown, known).orElse("");
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
