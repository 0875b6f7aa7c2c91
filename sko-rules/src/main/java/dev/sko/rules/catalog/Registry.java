package dev.sko.rules.catalog;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects the built-in rules with their cell in each profile (CATALOGUE.md's R, C, B, A, P
 * columns): whether the profile holds the rule, at which severity, and with which option values.
 * Each area of the catalogue registers its own rules, so the matrix lives next to the rules it
 * describes.
 */
final class Registry {
  /** The profiles, in CATALOGUE.md's column order. */
  enum Profile {
    RECOMMENDED("recommended"),
    CLASSIC("classic"),
    BEHAVIOR_CHANGE("behaviorChange"),
    ACCELERATION_SUMMIT("accelerationSummit"),
    PLANNING_PROCESS("planningProcess");

    final String setName;

    Profile(String setName) {
      this.setName = setName;
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final RuleSet.Builder[] builders = new RuleSet.Builder[Profile.values().length];

  Registry() {
    for (Profile p : Profile.values()) {
      builders[p.ordinal()] = RuleSet.builder(p.setName);
    }
  }

  /** Registers {@code rule}; say which profiles hold it with the returned entry. */
  Entry add(Rule rule) {
    rules.add(rule);
    return new Entry(rule);
  }

  /** Every registered rule, in registration order. */
  List<Rule> rules() {
    return List.copyOf(rules);
  }

  /** The profile's rule set. */
  RuleSet profile(Profile p) {
    return builders[p.ordinal()].build();
  }

  /** Every profile's rule set, in column order. */
  Map<Profile, RuleSet> profiles() {
    Map<Profile, RuleSet> all = new LinkedHashMap<>();
    for (Profile p : Profile.values()) {
      all.put(p, profile(p));
    }
    return all;
  }

  /** One rule's cells. */
  final class Entry {
    private final Rule rule;

    private Entry(Rule rule) {
      this.rule = rule;
    }

    /** The profile holds the rule; it reports at its own (possibly graded) severity: "E/W". */
    @CanIgnoreReturnValue
    Entry in(Profile profile) {
      return in(profile, null);
    }

    /** The profile holds the rule with every finding at {@code severity}: "E", "W" or "I". */
    @CanIgnoreReturnValue
    Entry in(Profile profile, @Nullable Severity severity) {
      RuleSet.Builder b = builders[profile.ordinal()];
      if (severity == null) {
        b.add(rule);
      } else {
        b.add(rule, severity);
      }
      return this;
    }

    /** The profile sets option {@code key} of the rule to {@code value}. */
    @CanIgnoreReturnValue
    Entry option(Profile profile, String key, Object value) {
      builders[profile.ordinal()].option(rule.id(), key, value);
      return this;
    }
  }
}
