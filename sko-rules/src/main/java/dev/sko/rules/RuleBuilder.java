package dev.sko.rules;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.CheckReturnValue;
import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Rule} from a lambda: {@code Rule.builder(id).title(...).check(...).build()}. The
 * title and the check are required; the rationale defaults to the title, the source to "custom
 * rule", the default severity to {@link Severity#WARNING}. Every built-in rule is declared this way
 * too (see {@code dev.sko.rules.catalog.presentation.LengthCap}), so any of them is an example to
 * copy.
 */
@CheckReturnValue
public final class RuleBuilder {
  private final String id;
  private @Nullable String title;
  private @Nullable String rationale;
  private String source = "custom rule";
  private Severity defaultSeverity = Severity.WARNING;
  private final Set<Severity> severities = EnumSet.noneOf(Severity.class);
  private final List<RuleOption<?>> options = new ArrayList<>();
  private @Nullable RuleCheck check;

  RuleBuilder(String id) {
    this.id = RuleIds.check(id);
  }

  /** The one-line title. */
  @CanIgnoreReturnValue
  public RuleBuilder title(String title) {
    Objects.requireNonNull(title, "title");
    this.title = title;
    return this;
  }

  /** Why the rule exists. */
  @CanIgnoreReturnValue
  public RuleBuilder rationale(String rationale) {
    Objects.requireNonNull(rationale, "rationale");
    this.rationale = rationale;
    return this;
  }

  /** The source it follows, e.g. a company policy document. */
  @CanIgnoreReturnValue
  public RuleBuilder source(String source) {
    Objects.requireNonNull(source, "source");
    this.source = source;
    return this;
  }

  /** The severity of its findings when no override applies. */
  @CanIgnoreReturnValue
  public RuleBuilder defaultSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    this.defaultSeverity = severity;
    return this;
  }

  /**
   * The severities a graded rule reports, besides its default severity: a rule that reports ERROR
   * or WARNING by how far the plan is off declares {@code .defaultSeverity(WARNING)
   * .severities(WARNING, ERROR)} and picks one per finding with {@link
   * RuleContext.FindingBuilder#severity(Severity)}. Documentation shows a graded rule's cell as
   * "E/W". Without it the rule reports at its default severity only.
   */
  @CanIgnoreReturnValue
  public RuleBuilder severities(Severity first, Severity... more) {
    Objects.requireNonNull(first, "severity");
    Objects.requireNonNull(more, "severities");
    severities.add(first);
    for (Severity s : more) {
      severities.add(Objects.requireNonNull(s, "severity"));
    }
    return this;
  }

  /** Declares an option the check reads with {@link RuleContext#option(RuleOption)}. */
  @CanIgnoreReturnValue
  public RuleBuilder option(RuleOption<?> option) {
    Objects.requireNonNull(option, "option");
    this.options.add(option);
    return this;
  }

  /** The check itself. */
  @CanIgnoreReturnValue
  public RuleBuilder check(RuleCheck check) {
    Objects.requireNonNull(check, "check");
    this.check = check;
    return this;
  }

  /**
   * The rule.
   *
   * @throws IllegalStateException naming what is missing (title, check)
   * @throws IllegalArgumentException if the title is blank or two options share a key
   */
  public Rule build() {
    String t = title;
    RuleCheck c = check;
    if (t == null || c == null) {
      throw new IllegalStateException(
          "Rule "
              + id
              + " needs "
              + (t == null ? "a title" : "")
              + (t == null && c == null ? " and " : "")
              + (c == null ? "a check" : ""));
    }
    Rules.checkMetadata(id, t, source, options);
    Set<Severity> all = EnumSet.of(defaultSeverity);
    all.addAll(severities);
    return new LambdaRule(
        id, t, rationale == null ? t : rationale, source, defaultSeverity, all, options, c);
  }

  private static final class LambdaRule implements Rule {
    private final String id;
    private final String title;
    private final String rationale;
    private final String source;
    private final Severity defaultSeverity;
    private final Set<Severity> severities;
    private final List<RuleOption<?>> options;
    private final RuleCheck check;

    LambdaRule(
        String id,
        String title,
        String rationale,
        String source,
        Severity defaultSeverity,
        Set<Severity> severities,
        List<RuleOption<?>> options,
        RuleCheck check) {
      this.id = id;
      this.title = title;
      this.rationale = rationale;
      this.source = source;
      this.defaultSeverity = defaultSeverity;
      this.severities = Collections.unmodifiableSet(EnumSet.copyOf(severities));
      this.options = List.copyOf(options);
      this.check = check;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public String rationale() {
      return rationale;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public Severity defaultSeverity() {
      return defaultSeverity;
    }

    @Override
    public Set<Severity> severities() {
      return severities;
    }

    @Override
    public List<RuleOption<?>> options() {
      return options;
    }

    @Override
    public void check(KickoffPlan plan, RuleContext review) throws Exception {
      check.check(plan, review);
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
