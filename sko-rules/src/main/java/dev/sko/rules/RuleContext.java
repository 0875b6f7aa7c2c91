package dev.sko.rules;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a rule reports through while it checks a plan: its configured options, the shared {@link
 * PlanIndex}, and the finding sink.
 *
 * <pre>{@code
 * review.report(location, "The keynote runs 60 min");                 // at the rule's severity
 * review.finding(location, "The keynote runs 60 min; the cap is 30 min")
 *     .severity(Severity.ERROR)
 *     .evidence(Duration.ofMinutes(60), Duration.ofMinutes(30))
 *     .remediation("Cut it to 30 minutes of talk plus moderated Q&A")
 *     .report();
 * }</pre>
 *
 * <p>A context belongs to one validation, whose rules it serves in turn; it is not thread-safe and
 * must not be kept.
 */
public final class RuleContext {
  private final KickoffPlan plan;
  private final PlanValidator validator;
  private @Nullable PlanIndex index;
  private @Nullable Derived derived;
  private PlanValidator.@Nullable ResolvedRule rule;

  /** The findings reported so far, in the order reported; null until the first one. */
  private @Nullable List<Finding> findings;

  /**
   * A context for one validation of {@code plan} by {@code validator}; the validator {@linkplain
   * #bind binds} it to each rule in turn, so that the rules share it and the plan index it builds
   * on first use, and it collects their findings.
   */
  RuleContext(KickoffPlan plan, PlanValidator validator) {
    this.plan = plan;
    this.validator = validator;
  }

  /** Adds {@code finding} to this validation's findings. */
  void add(Finding finding) {
    List<Finding> list = findings;
    if (list == null) {
      list = new ArrayList<>();
      findings = list;
    }
    list.add(finding);
  }

  /** How many findings have been reported so far. */
  int findingCount() {
    List<Finding> list = findings;
    return list == null ? 0 : list.size();
  }

  /** The findings reported so far, in the order reported. */
  List<Finding> findings() {
    List<Finding> list = findings;
    return list == null ? List.of() : list;
  }

  /** The findings, sorted in report order ({@link Finding#ORDER}). */
  List<Finding> sortedFindings() {
    List<Finding> list = findings;
    if (list == null) {
      return List.of();
    }
    if (list.size() > 1) {
      list.sort(Finding.ORDER);
    }
    return list;
  }

  /** Makes this the context of {@code next}, whose check runs now. */
  void bind(PlanValidator.ResolvedRule next) {
    this.rule = next;
  }

  private PlanValidator.ResolvedRule rule() {
    PlanValidator.ResolvedRule r = rule;
    if (r == null) {
      throw new IllegalStateException("the context is not bound to a rule");
    }
    return r;
  }

  /** The plan under validation. */
  public KickoffPlan plan() {
    return plan;
  }

  /**
   * The index of the plan, shared by every rule of this validation; built when a rule first asks
   * for it.
   */
  public PlanIndex index() {
    PlanIndex i = index;
    if (i == null) {
      i = PlanIndex.of(plan, this);
      index = i;
    }
    return i;
  }

  /**
   * A value derived from the plan once per validation and shared by every rule that asks for it
   * with an equal {@code key}: the first call computes it with {@code compute}, later calls with an
   * equal key return the same value. The same store as {@link PlanIndex#derived}, without building
   * the fact sheet: a rule that needs only its own derived value (say, facts about the
   * reinforcement plan) asks here. The key must say everything the value depends on besides the
   * plan (for example an option's value); a constant key and a method reference such as {@code
   * Facts::of} allocate nothing on later calls.
   *
   * @throws ClassCastException if the value stored under {@code key} is not a {@code type}
   */
  public <T> T derived(
      Object key, Class<T> type, Function<? super KickoffPlan, ? extends T> compute) {
    return derivedValues().get(key, type, compute);
  }

  private Derived derivedValues() {
    Derived d = derived;
    if (d == null) {
      d = new Derived(plan);
      derived = d;
    }
    return d;
  }

  /**
   * The configured value of {@code option}, or its default.
   *
   * @throws IllegalArgumentException if the rule does not declare the option
   */
  public <T> T option(RuleOption<T> option) {
    Objects.requireNonNull(option, "option");
    PlanValidator.ResolvedRule r = rule();
    RuleOption<?>[] keys = r.optionKeys;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == option) {
        return option.type().cast(r.optionValues[i]);
      }
    }
    throw new IllegalArgumentException(
        "rule " + r.id + " reads option " + option.key() + " that it does not declare");
  }

  /** Reports a finding at the rule's default severity. */
  public void report(Location location, String message) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    finding(location, message).report();
  }

  /** Starts a finding with more detail; finish it with {@link FindingBuilder#report()}. */
  public FindingBuilder finding(Location location, String message) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    return new FindingBuilder(location, message);
  }

  /** A finding being reported: severity, remediation and evidence, then {@link #report()}. */
  @CheckReturnValue
  public final class FindingBuilder {
    private final Finding.Builder builder = Finding.builder();
    private @Nullable Severity severity;
    private boolean missingData;
    private final Evidence.Builder evidence = Evidence.builder();
    private boolean hasEvidence;

    private FindingBuilder(Location location, String message) {
      PlanValidator.ResolvedRule r = rule();
      builder.ruleId(r.id).message(message).location(location).source(r.source);
    }

    /**
     * The severity of this finding, for a graded rule; without it the rule's default severity
     * applies. A severity override configured for the rule replaces either.
     */
    @CanIgnoreReturnValue
    public FindingBuilder severity(Severity severity) {
      Objects.requireNonNull(severity, "severity");
      this.severity = severity;
      return this;
    }

    /**
     * Marks this finding as a note that the plan lacks the data the rule needs (no roster, no
     * budget): it is reported at INFO, and no severity override raises it, so a profile that makes
     * the rule an ERROR does not turn a gap in the data into an error.
     */
    @CanIgnoreReturnValue
    public FindingBuilder missingData() {
      this.missingData = true;
      return this;
    }

    /** What the planner should do. */
    @CanIgnoreReturnValue
    public FindingBuilder remediation(String remediation) {
      Objects.requireNonNull(remediation, "remediation");
      builder.remediation(remediation);
      return this;
    }

    /** The actual value against the expected one. */
    @CanIgnoreReturnValue
    public FindingBuilder evidence(Object actual, Object expected) {
      Objects.requireNonNull(actual, "actual");
      Objects.requireNonNull(expected, "expected");
      evidence.actual(actual).expected(expected);
      hasEvidence = true;
      return this;
    }

    /** The actual value, when there is no single expected one. */
    @CanIgnoreReturnValue
    public FindingBuilder actual(Object actual) {
      Objects.requireNonNull(actual, "actual");
      evidence.actual(actual);
      hasEvidence = true;
      return this;
    }

    /**
     * Other places in the plan that the message names, such as the session a session overlaps; see
     * {@link Evidence#related()}.
     */
    @CanIgnoreReturnValue
    public FindingBuilder related(Location... locations) {
      for (Location l : locations) {
        evidence.addRelated(Objects.requireNonNull(l, "location"));
      }
      hasEvidence = hasEvidence || locations.length > 0;
      return this;
    }

    /** Every location in {@code locations}; see {@link #related(Location...)}. */
    @CanIgnoreReturnValue
    public FindingBuilder related(Iterable<Location> locations) {
      for (Location l : locations) {
        evidence.addRelated(Objects.requireNonNull(l, "location"));
        hasEvidence = true;
      }
      return this;
    }

    /** A named figure the rule computed. */
    @CanIgnoreReturnValue
    public FindingBuilder figure(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      evidence.putFigure(name, value);
      hasEvidence = true;
      return this;
    }

    /** Reports the finding. */
    public void report() {
      if (hasEvidence) {
        builder.evidence(evidence.build());
      }
      PlanValidator.ResolvedRule r = rule();
      add(validator.finish(r, builder, severity, missingData));
    }
  }
}
