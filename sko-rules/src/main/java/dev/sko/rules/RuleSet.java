package dev.sko.rules;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named, immutable set of rules with per-rule severity and option overrides: a profile such as
 * {@code Profiles.recommended()}, or a company's rule pack.
 *
 * <p>Rule sets compose: {@code a.with(b)} holds the rules of both. A rule that is in both (the same
 * instance) keeps one entry whose overrides are {@code a}'s, replaced by {@code b}'s where {@code
 * b} sets them. Two different rules with the same id are an error, never silently dropped.
 */
@Immutable
@SuppressWarnings("Immutable") // the maps are unmodifiable copies; rules are stateless by contract
public final class RuleSet {
  private final String name;
  private final Map<String, Entry> entries;

  private RuleSet(String name, Map<String, Entry> entries) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "RuleSet.name must not be blank, but was \"" + name + "\"");
    }
    this.name = name;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** A rule set of {@code rules}, without overrides. */
  public static RuleSet of(String name, Rule... rules) {
    return of(name, List.of(rules));
  }

  /** A rule set of {@code rules}, without overrides. */
  public static RuleSet of(String name, Collection<? extends Rule> rules) {
    Builder b = builder(name);
    rules.forEach(b::add);
    return b.build();
  }

  /** An empty rule set. */
  public static RuleSet empty(String name) {
    return new RuleSet(name, new LinkedHashMap<>());
  }

  /** Starts a rule set called {@code name}. */
  public static Builder builder(String name) {
    Objects.requireNonNull(name, "name");
    return new Builder(name);
  }

  /** The name, such as {@code recommended} or {@code recommended+planningProcess}. */
  public String name() {
    return name;
  }

  /** The rules, in the order they were added. */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(entries.size());
    entries.values().forEach(e -> rules.add(e.rule));
    return Collections.unmodifiableList(rules);
  }

  /** The ids of the rules. */
  public Set<String> ids() {
    return entries.keySet();
  }

  /** Whether the set holds a rule with id {@code id}. */
  public boolean contains(String id) {
    Objects.requireNonNull(id, "id");
    return entries.containsKey(id);
  }

  /** The rule with id {@code id}. */
  public Optional<Rule> rule(String id) {
    Objects.requireNonNull(id, "id");
    Entry e = entries.get(id);
    return e == null ? Optional.empty() : Optional.of(e.rule);
  }

  /** The severity this set gives rule {@code id}, when it overrides the rule's own. */
  public Optional<Severity> severityOverride(String id) {
    Objects.requireNonNull(id, "id");
    Entry e = entries.get(id);
    return e == null ? Optional.empty() : Optional.ofNullable(e.severity);
  }

  /** The option values this set gives rule {@code id}, by option key. */
  public Map<String, Object> optionOverrides(String id) {
    Objects.requireNonNull(id, "id");
    Entry e = entries.get(id);
    return e == null ? Map.of() : e.options;
  }

  /**
   * This set and {@code other} together.
   *
   * @throws IllegalArgumentException if they hold different rules with the same id
   */
  public RuleSet with(RuleSet other) {
    Objects.requireNonNull(other, "other");
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    other.entries.forEach(
        (id, theirs) -> {
          Entry ours = merged.get(id);
          if (ours == null) {
            merged.put(id, theirs);
          } else if (ours.rule.equals(theirs.rule)) {
            Map<String, Object> options = new LinkedHashMap<>(ours.options);
            options.putAll(theirs.options);
            merged.put(
                id,
                new Entry(
                    ours.rule, theirs.severity != null ? theirs.severity : ours.severity, options));
          } else {
            throw duplicate(id, ours.rule, theirs.rule);
          }
        });
    return new RuleSet(name + "+" + other.name, merged);
  }

  /**
   * This set without the rules {@code ids}.
   *
   * @throws IllegalArgumentException naming an id the set does not hold
   */
  public RuleSet without(String... ids) {
    Objects.requireNonNull(ids, "ids");
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    for (String id : ids) {
      if (copy.remove(id) == null) {
        throw Rules.unknownId(id, "RuleSet " + name + ".without()", entries.keySet());
      }
    }
    return new RuleSet(name, copy);
  }

  /**
   * This set with rule {@code id}'s findings at {@code severity}.
   *
   * @throws IllegalArgumentException naming an id the set does not hold
   */
  public RuleSet withSeverity(String id, Severity severity) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Entry e = require(id, "withSeverity()");
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(id, new Entry(e.rule, severity, e.options));
    return new RuleSet(name, copy);
  }

  /**
   * This set with option {@code key} of rule {@code id} set to {@code value}.
   *
   * @throws IllegalArgumentException naming the id, key or value when it is unknown, of the wrong
   *     type or out of range
   */
  public RuleSet withOption(String id, String key, Object value) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Entry e = require(id, "withOption()");
    Map<String, Object> options = new LinkedHashMap<>(e.options);
    options.put(key, accept(e.rule, key, value));
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(id, new Entry(e.rule, e.severity, options));
    return new RuleSet(name, copy);
  }

  /** This set under another name. */
  public RuleSet named(String newName) {
    Objects.requireNonNull(newName, "newName");
    return new RuleSet(newName, new LinkedHashMap<>(entries));
  }

  private Entry require(String id, String where) {
    Entry e = entries.get(id);
    if (e == null) {
      throw Rules.unknownId(id, "RuleSet " + name + "." + where, entries.keySet());
    }
    return e;
  }

  /** Validates {@code value} for option {@code key} of {@code rule}. */
  static Object accept(Rule rule, String key, Object value) {
    for (RuleOption<?> option : rule.options()) {
      if (option.key().equals(key)) {
        return option.accept(rule.id(), value);
      }
    }
    List<String> keys = new ArrayList<>();
    rule.options().forEach(o -> keys.add(o.key()));
    throw new IllegalArgumentException(
        "unknown option \""
            + key
            + "\" for rule "
            + rule.id()
            + (keys.isEmpty() ? "; it has no options" : "; its options are " + keys));
  }

  static IllegalArgumentException duplicate(String id, Rule first, Rule second) {
    return new IllegalArgumentException(
        "duplicate rule id "
            + id
            + ": \""
            + first.title()
            + "\" ("
            + first.getClass().getName()
            + ") and \""
            + second.title()
            + "\" ("
            + second.getClass().getName()
            + ") are different rules; rule ids must be unique");
  }

  @Override
  public String toString() {
    return name + " " + entries.keySet();
  }

  /** One rule and its overrides. */
  static final class Entry {
    final Rule rule;
    final @org.jspecify.annotations.Nullable Severity severity;
    final Map<String, Object> options;

    Entry(
        Rule rule,
        @org.jspecify.annotations.Nullable Severity severity,
        Map<String, Object> options) {
      this.rule = rule;
      this.severity = severity;
      this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }

  /** Builds a {@link RuleSet}: rules, each optionally with a severity and option values. */
  public static final class Builder {
    private final String name;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds {@code rule} without overrides.
     *
     * @throws IllegalArgumentException if its metadata is malformed or another rule has its id
     */
    @CanIgnoreReturnValue
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      Rules.checkMetadata(rule);
      Entry existing = entries.get(rule.id());
      if (existing != null && !existing.rule.equals(rule)) {
        throw duplicate(rule.id(), existing.rule, rule);
      }
      if (existing == null) {
        entries.put(rule.id(), new Entry(rule, null, Map.of()));
      }
      return this;
    }

    /** Adds {@code rule} with its findings at {@code severity}. */
    @CanIgnoreReturnValue
    public Builder add(Rule rule, Severity severity) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      add(rule);
      Entry e = entries.get(rule.id());
      entries.put(rule.id(), new Entry(rule, severity, e == null ? Map.of() : e.options));
      return this;
    }

    /** Sets option {@code key} of the added rule {@code id}. */
    @CanIgnoreReturnValue
    public Builder option(String id, String key, Object value) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      Entry e = entries.get(id);
      if (e == null) {
        throw Rules.unknownId(id, "RuleSet " + name + " builder option()", entries.keySet());
      }
      Map<String, Object> options = new LinkedHashMap<>(e.options);
      options.put(key, accept(e.rule, key, value));
      entries.put(id, new Entry(e.rule, e.severity, options));
      return this;
    }

    /** The rule set. */
    public RuleSet build() {
      return new RuleSet(name, new LinkedHashMap<>(entries));
    }
  }
}
