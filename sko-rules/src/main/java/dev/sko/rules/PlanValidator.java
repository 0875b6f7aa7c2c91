package dev.sko.rules;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks kickoff plans against a fixed set of configured rules.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *     .ruleSet(Profiles.recommended())
 *     .addRule(myCompanyRule)
 *     .severity("sko.presentation.length-cap", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * }</pre>
 *
 * <p>Everything is checked at {@link Builder#build()}: malformed or duplicate rule ids, unknown
 * rule ids or option keys in overrides and waivers, option values of the wrong type or out of
 * range. A typo never silently disables a check.
 *
 * <p>A validator is immutable and thread-safe: build it once and share it, from any number of
 * threads. {@link #validate} runs the rules in id order.
 *
 * <p>A rule that throws is isolated: what it threw becomes an ERROR finding under the rule's own id
 * whose message names the exception's class and message, no waiver covers it, and every other rule
 * still runs and reports exactly what it reports without the failing rule. That holds for any
 * {@link Exception}, checked ones thrown sneakily included, for a {@link StackOverflowError} from
 * the rule's own recursion (the stack is unwound by the time it is caught), for an {@link
 * AssertionError}, for a {@link LinkageError} (a rule pack missing a class or failing its static
 * initializer fails that rule only) and for any other throwable a rule defines. Two kinds propagate
 * out of {@code validate}, since they describe the JVM or the thread, not the rule, and no result
 * after them can be trusted: a {@link VirtualMachineError} other than {@code StackOverflowError}
 * ({@link OutOfMemoryError}, {@link InternalError}, {@link UnknownError}) and {@link ThreadDeath}.
 * A rule that throws {@link InterruptedException} is isolated too, and the thread's interrupt flag
 * is set again.
 */
public final class PlanValidator {
  private final ResolvedRule[] rules;
  private final List<Waiver> waivers;
  private final Waiver[] waiverArray;
  private final boolean failFast;
  private final Severity checkThreshold;
  private final ValidationListener[] listeners;
  private final RuleSet ruleSet;

  private PlanValidator(
      Builder b, RuleSet ruleSet, List<ResolvedRule> rules, List<Waiver> waivers) {
    this.ruleSet = ruleSet;
    this.rules = rules.toArray(new ResolvedRule[0]);
    this.waivers = waivers;
    this.waiverArray = waivers.toArray(new Waiver[0]);
    this.failFast = b.failFast;
    this.checkThreshold = b.checkThreshold;
    this.listeners = b.listeners.toArray(new ValidationListener[0]);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules this validator runs, in the order it runs them (by id). */
  public List<Rule> rules() {
    List<Rule> list = new ArrayList<>(rules.length);
    for (ResolvedRule r : rules) {
      list.add(r.rule);
    }
    return List.copyOf(list);
  }

  /** The rule set this validator runs, with every override applied. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The waivers this validator applies. */
  public List<Waiver> waivers() {
    return waivers;
  }

  /**
   * Runs every rule over {@code plan}.
   *
   * @return the findings in deterministic order, waived ones marked
   */
  public ValidationReport validate(KickoffPlan plan) {
    // One context per validation, shared by the rules in turn: it is also where the findings are
    // collected, so a clean validation allocates the context and the report and nothing else. The
    // plan index is built only when a rule first asks for it, and nothing is allocated for
    // findings, listeners or the report's lists while the plan is clean.
    RuleContext context = new RuleContext(plan, this);
    ResolvedRule[] all = rules;
    boolean listening = listeners.length > 0;
    int ran = 0;
    boolean stopped = false;
    for (ResolvedRule resolved : all) {
      Rule rule = resolved.rule;
      if (listening) {
        for (ValidationListener l : listeners) {
          l.ruleStarted(rule, plan);
        }
      }
      int before = context.findingCount();
      context.bind(resolved);
      try {
        rule.check(plan, context);
      } catch (Throwable e) {
        if (propagates(e)) {
          throw (Error) e;
        }
        if (e instanceof InterruptedException) {
          // The rule's failure is reported like any other, but the caller's thread stays
          // interrupted so that whoever interrupted it still sees the request.
          Thread.currentThread().interrupt();
        }
        if (listening) {
          for (ValidationListener l : listeners) {
            l.ruleFailed(rule, e);
          }
        }
        context.add(failure(resolved, e));
      }
      ran++;
      if (listening) {
        notifyFinished(rule, context.findings(), before);
      }
      if (failFast && hasActiveError(context.findings(), before)) {
        stopped = ran < all.length;
        break;
      }
    }
    return new ValidationReport(
        plan.name(), context.sortedFindings(), ran, stopped, checkThreshold);
  }

  private void notifyFinished(Rule rule, List<Finding> findings, int before) {
    for (int i = before; i < findings.size(); i++) {
      for (ValidationListener l : listeners) {
        l.findingReported(findings.get(i));
      }
    }
    for (ValidationListener l : listeners) {
      l.ruleFinished(rule, findings.size() - before);
    }
  }

  /**
   * Whether a throwable from a rule must propagate out of {@link #validate} rather than become the
   * rule's ERROR finding: a {@link VirtualMachineError} other than {@link StackOverflowError} (out
   * of memory, an internal error of the JVM) says the JVM itself can no longer be trusted, and
   * {@link ThreadDeath} asks the thread to stop. Everything else describes the rule alone.
   */
  static boolean propagates(Throwable t) {
    return (t instanceof VirtualMachineError && !(t instanceof StackOverflowError))
        || t instanceof ThreadDeath;
  }

  private static boolean hasActiveError(List<Finding> findings, int from) {
    for (int i = from; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity() == Severity.ERROR && !f.isWaived()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding {@code builder} describes, as rule {@code resolved} reported it: at its severity
   * (the override, else the rule's explicit one, else the default; INFO for missing data) and
   * marked waived when a waiver covers it.
   */
  Finding finish(
      ResolvedRule resolved,
      Finding.Builder builder,
      @Nullable Severity explicit,
      boolean missingData) {
    Severity severity =
        missingData
            ? Severity.INFO
            : resolved.override != null
                ? resolved.override
                : explicit != null ? explicit : resolved.defaultSeverity;
    builder.severity(severity);
    Finding draft = builder.build();
    if (waiverArray.length == 0) {
      return draft;
    }
    Waiver waiver = waiverFor(draft);
    return waiver == null ? draft : Finding.builder().from(draft).waiver(waiver).build();
  }

  /**
   * The waiver that covers {@code finding}: one limited to its location wins over one for the whole
   * rule, whatever order they were added in ({@link Builder#build()} rejects two different waivers
   * for the same rule and location).
   */
  private @Nullable Waiver waiverFor(Finding finding) {
    Waiver ruleWide = null;
    for (Waiver w : waiverArray) {
      if (w.covers(finding.ruleId(), finding.location())) {
        if (w.path().isPresent()) {
          return w;
        }
        ruleWide = w;
      }
    }
    return ruleWide;
  }

  /**
   * The ERROR finding of a rule that threw. No waiver covers it: a waiver accepts what a rule found
   * in the plan, and must not hide that the rule could not check the plan at all.
   */
  private static Finding failure(ResolvedRule resolved, Throwable e) {
    Rule rule = resolved.rule;
    String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return Finding.builder()
        .ruleId(rule.id())
        .severity(Severity.ERROR)
        .message("Rule " + rule.id() + " failed with " + what)
        .location(Location.plan())
        .source(rule.source())
        .remediation(
            "Fix or disable rule "
                + rule.id()
                + "; its other findings for this plan are missing. The other rules ran.")
        .build();
  }

  /**
   * A rule with everything a validation needs resolved once, at {@link Builder#build()}: its
   * severity override, its default severity, and the value of each of its options (the configured
   * one, else the default), so that reading an option during a validation is an identity scan of a
   * few entries, with no map lookup and no fallback.
   */
  static final class ResolvedRule {
    final Rule rule;
    final String id;
    final String source;
    final @Nullable Severity override;
    final Severity defaultSeverity;
    final RuleOption<?>[] optionKeys;
    final Object[] optionValues;

    ResolvedRule(Rule rule, @Nullable Severity override, Map<RuleOption<?>, Object> configured) {
      this.rule = rule;
      this.id = rule.id();
      this.source = rule.source();
      this.override = override;
      this.defaultSeverity = rule.defaultSeverity();
      List<RuleOption<?>> declared = rule.options();
      this.optionKeys = declared.toArray(new RuleOption<?>[0]);
      this.optionValues = new Object[optionKeys.length];
      for (int i = 0; i < optionKeys.length; i++) {
        Object v = configured.get(optionKeys[i]);
        optionValues[i] = v != null ? v : optionKeys[i].defaultValue();
      }
    }
  }

  /**
   * Builds a {@link PlanValidator}. Rule sets and rules are combined; overrides, waivers and
   * options are checked against them at {@link #build()}.
   */
  public static final class Builder {
    private final List<RuleSet> ruleSets = new ArrayList<>();
    private final List<Rule> customRules = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<Object[]> options = new ArrayList<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<ValidationListener> listeners = new ArrayList<>();
    private boolean failFast;
    private Severity checkThreshold = Severity.ERROR;
    private @Nullable ClassLoader discoveryLoader;
    private boolean discover;

    private Builder() {}

    /** Adds the rules of {@code ruleSet}, with its overrides; call again to compose profiles. */
    @CanIgnoreReturnValue
    public Builder ruleSet(RuleSet ruleSet) {
      ruleSets.add(Objects.requireNonNull(ruleSet, "ruleSet"));
      return this;
    }

    /** Adds a custom rule beside the rule sets. */
    @CanIgnoreReturnValue
    public Builder addRule(Rule rule) {
      customRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds custom rules beside the rule sets. */
    @CanIgnoreReturnValue
    public Builder addRules(Collection<? extends Rule> rules) {
      rules.forEach(this::addRule);
      return this;
    }

    /** Reports every finding of rule {@code ruleId} at {@code severity}. */
    @CanIgnoreReturnValue
    public Builder severity(String ruleId, Severity severity) {
      severities.put(
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Does not run rule {@code ruleId}. */
    @CanIgnoreReturnValue
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Sets option {@code key} of rule {@code ruleId}; checked against the option's type at build.
     */
    @CanIgnoreReturnValue
    public Builder option(String ruleId, String key, Object value) {
      options.add(
          new Object[] {
            Objects.requireNonNull(ruleId, "ruleId"),
            Objects.requireNonNull(key, "key"),
            Objects.requireNonNull(value, "value")
          });
      return this;
    }

    /**
     * Accepts the findings {@code waiver} covers. A waiver limited to a location wins over one for
     * the whole rule; two different waivers for the same rule and location fail at {@link
     * #build()}. No waiver covers the ERROR finding of a rule that threw.
     */
    @CanIgnoreReturnValue
    public Builder waive(Waiver waiver) {
      waivers.add(Objects.requireNonNull(waiver, "waiver"));
      return this;
    }

    /** Accepts every finding of rule {@code ruleId}, because of {@code reason}. */
    @CanIgnoreReturnValue
    public Builder waive(String ruleId, String reason) {
      return waive(Waiver.of(ruleId, reason));
    }

    /**
     * Accepts the finding of rule {@code ruleId} at location {@code path}, because of {@code
     * reason}.
     */
    @CanIgnoreReturnValue
    public Builder waive(String ruleId, String path, String reason) {
      return waive(Waiver.at(ruleId, path, reason));
    }

    /**
     * Stops after the first rule that reports an unwaived ERROR, for callers that need a yes/no.
     */
    @CanIgnoreReturnValue
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /** The lowest severity at which {@link ValidationReport#check()} fails; ERROR by default. */
    @CanIgnoreReturnValue
    public Builder checkThreshold(Severity threshold) {
      this.checkThreshold = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /** Observes every validation. */
    @CanIgnoreReturnValue
    public Builder listener(ValidationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Also runs the rules of every {@link RuleProvider} that {@link ServiceLoader} finds with the
     * thread's context class loader. Off unless called.
     */
    @CanIgnoreReturnValue
    public Builder discoverRules() {
      return discoverRules(Thread.currentThread().getContextClassLoader());
    }

    /** Also runs the rules of every {@link RuleProvider} found through {@code loader}. */
    @CanIgnoreReturnValue
    public Builder discoverRules(ClassLoader loader) {
      this.discoveryLoader = Objects.requireNonNull(loader, "loader");
      this.discover = true;
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException naming the offending id, key or value: malformed or
     *     duplicate rule ids, unknown ids in overrides, disables or waivers, two different waivers
     *     for one rule and location, unknown option keys, option values of the wrong type or out of
     *     range
     */
    public PlanValidator build() {
      RuleSet combined = null;
      for (RuleSet set : ruleSets) {
        combined = combined == null ? set : combined.with(set);
      }
      List<Rule> extra = new ArrayList<>(customRules);
      if (discover) {
        extra.addAll(discovered());
      }
      if (!extra.isEmpty()) {
        RuleSet.Builder custom = RuleSet.builder("custom");
        extra.forEach(custom::add);
        combined = combined == null ? custom.build() : combined.with(custom.build());
      }
      if (combined == null) {
        combined = RuleSet.empty("empty");
      }
      // Every id, key and value is checked against all registered rules before any is disabled:
      // configuring a rule that is also disabled is not a typo, and must not read as one.
      for (Map.Entry<String, Severity> e : severities.entrySet()) {
        requireKnown(combined, e.getKey(), "severity()");
        combined = combined.withSeverity(e.getKey(), e.getValue());
      }
      for (Object[] o : options) {
        requireKnown(combined, (String) o[0], "option()");
        combined = combined.withOption((String) o[0], (String) o[1], o[2]);
      }
      List<Waiver> checkedWaivers = checkWaivers(combined);
      for (String id : disabled) {
        requireKnown(combined, id, "disable()");
      }
      combined = combined.without(disabled.toArray(new String[0]));
      List<ResolvedRule> resolved = new ArrayList<>();
      for (Rule rule : combined.rules()) {
        Map<RuleOption<?>, Object> values = new IdentityHashMap<>();
        Map<String, Object> overrides = combined.optionOverrides(rule.id());
        for (RuleOption<?> option : rule.options()) {
          Object v = overrides.get(option.key());
          if (v != null) {
            values.put(option, v);
          }
        }
        resolved.add(
            new ResolvedRule(rule, combined.severityOverride(rule.id()).orElse(null), values));
      }
      resolved.sort(Comparator.comparing(r -> r.rule.id()));
      return new PlanValidator(this, combined, List.copyOf(resolved), checkedWaivers);
    }

    private static void requireKnown(RuleSet rules, String id, String where) {
      if (!rules.contains(id)) {
        throw Rules.unknownId(id, where, rules.ids());
      }
    }

    /**
     * The waivers with unknown rule ids rejected, equal ones merged, and two different ones for the
     * same rule and location rejected: which reason applied would depend on the order they were
     * added in.
     */
    private List<Waiver> checkWaivers(RuleSet rules) {
      Map<String, Waiver> byTarget = new LinkedHashMap<>();
      for (Waiver w : waivers) {
        requireKnown(rules, w.ruleId(), "waive()");
        String target = w.ruleId() + w.path().map(p -> " at " + p).orElse(" everywhere");
        Waiver earlier = byTarget.putIfAbsent(target, w);
        if (earlier != null && !earlier.equals(w)) {
          throw new IllegalArgumentException(
              "two waivers for rule "
                  + target
                  + " give different reasons, \""
                  + earlier.reason()
                  + "\" and \""
                  + w.reason()
                  + "\"; keep one");
        }
      }
      return List.copyOf(byTarget.values());
    }

    private List<Rule> discovered() {
      List<RuleProvider> providers = new ArrayList<>();
      ServiceLoader.load(RuleProvider.class, discoveryLoader).forEach(providers::add);
      providers.sort(Comparator.comparing(p -> p.getClass().getName()));
      List<Rule> found = new ArrayList<>();
      for (RuleProvider p : providers) {
        found.addAll(p.rules());
      }
      return found;
    }
  }

  @Override
  public String toString() {
    return "PlanValidator" + Arrays.toString(Arrays.stream(rules).map(r -> r.id).toArray());
  }
}
