package dev.sko.rules.report;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every report format sko writes, found by its {@linkplain ReportWriter#format() name}: the one
 * list the command line, the Maven plugin and apps pick a writer from, so a new format is one line
 * here and appears everywhere.
 *
 * <pre>{@code
 * ReportWriters writers =
 *     ReportWriters.builder().rules(validator.rules()).ruleSet(validator.ruleSet()).build();
 * writers.formats();                     // [text, json, sarif, html]
 * writers.get("sarif").write(plans, out);
 * }</pre>
 *
 * <p>A writer whose {@link ReportWriter#onePerPlan()} is true (HTML) is meant to get one plan per
 * document; {@link ReportFiles#writeEach} writes such a format as a file per plan.
 */
public final class ReportWriters {
  /** The format used when none is named. */
  public static final String DEFAULT_FORMAT = "text";

  /** Each format's writer, made from the settings; the order is the order formats are listed. */
  private static final List<Function<Builder, ReportWriter>> FORMATS =
      List.of(
          b -> TextReportWriter.create(),
          b -> JsonReportWriter.create(),
          ReportWriters::sarif,
          ReportWriters::html);

  private static ReportWriter sarif(Builder b) {
    SarifReportWriter.Builder sarif = SarifReportWriter.builder().rules(b.rules);
    if (b.toolVersion != null) {
      sarif.toolVersion(b.toolVersion);
    }
    return sarif.build();
  }

  /**
   * The HTML review draws the thresholds and benchmarks of the rule set the plans were validated
   * with; without one, of a rule set of the given rules with their default options.
   */
  private static ReportWriter html(Builder b) {
    return HtmlReportWriter.of(
        b.ruleSet != null ? b.ruleSet : RuleSet.of(UNNAMED_RULE_SET, List.copyOf(b.rules)));
  }

  /** The name of the rule set the HTML writer describes when no rule set is given. */
  static final String UNNAMED_RULE_SET = "the given rules";

  private final Map<String, ReportWriter> writers;

  private ReportWriters(Builder b) {
    Map<String, ReportWriter> byFormat = new LinkedHashMap<>();
    for (Function<Builder, ReportWriter> format : FORMATS) {
      ReportWriter writer = format.apply(b);
      if (byFormat.putIfAbsent(writer.format(), writer) != null) {
        throw new IllegalStateException("two report writers for the format " + writer.format());
      }
    }
    this.writers = Collections.unmodifiableMap(byFormat);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The format names, in the order they are documented: {@code text} first. */
  public List<String> formats() {
    return List.copyOf(writers.keySet());
  }

  /** The writer of {@code format}, if there is one. */
  public Optional<ReportWriter> find(String format) {
    Objects.requireNonNull(format, "format");
    return Optional.ofNullable(writers.get(format));
  }

  /**
   * The writer of {@code format}.
   *
   * @throws IllegalArgumentException naming the formats if there is no such format
   */
  public ReportWriter get(String format) {
    return find(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown report format \""
                        + format
                        + "\"; the formats are "
                        + String.join(", ", writers.keySet())));
  }

  @Override
  public String toString() {
    return "ReportWriters" + writers.keySet();
  }

  /** Builds {@link ReportWriters}: what the writers that describe rules need to know. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private @Nullable String toolVersion;
    private @Nullable RuleSet ruleSet;

    Builder() {}

    /** The rules the reports were made with, usually {@code validator.rules()}. */
    @CanIgnoreReturnValue
    public Builder rules(Collection<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules");
      this.rules.addAll(rules);
      return this;
    }

    /**
     * The rule set the reports were made with, usually {@code validator.ruleSet()}: the HTML review
     * draws its thresholds and benchmarks as the rule set configures them. Without it the HTML
     * review uses the options' defaults of the {@linkplain #rules rules} given.
     */
    @CanIgnoreReturnValue
    public Builder ruleSet(RuleSet ruleSet) {
      Objects.requireNonNull(ruleSet, "ruleSet");
      this.ruleSet = ruleSet;
      return this;
    }

    /** The version of the tool writing the reports, for formats that name it. */
    @CanIgnoreReturnValue
    public Builder toolVersion(String toolVersion) {
      Objects.requireNonNull(toolVersion, "toolVersion");
      this.toolVersion = toolVersion;
      return this;
    }

    /** The writers. */
    public ReportWriters build() {
      return new ReportWriters(this);
    }
  }
}
