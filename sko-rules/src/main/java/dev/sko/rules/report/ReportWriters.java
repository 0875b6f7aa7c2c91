package dev.sko.rules.report;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.sko.rules.Rule;
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
 * ReportWriters writers = ReportWriters.builder().rules(validator.rules()).build();
 * writers.formats();                     // [text, json, sarif]
 * writers.get("sarif").write(plans, out);
 * }</pre>
 */
public final class ReportWriters {
  /** The format used when none is named. */
  public static final String DEFAULT_FORMAT = "text";

  /** Each format's writer, made from the settings; the order is the order formats are listed. */
  private static final List<Function<Builder, ReportWriter>> FORMATS =
      List.of(b -> TextReportWriter.create(), b -> JsonReportWriter.create(), ReportWriters::sarif);

  private static ReportWriter sarif(Builder b) {
    SarifReportWriter.Builder sarif = SarifReportWriter.builder().rules(b.rules);
    if (b.toolVersion != null) {
      sarif.toolVersion(b.toolVersion);
    }
    return sarif.build();
  }

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

    Builder() {}

    /** The rules the reports were made with, usually {@code validator.rules()}. */
    @CanIgnoreReturnValue
    public Builder rules(Collection<? extends Rule> rules) {
      Objects.requireNonNull(rules, "rules");
      this.rules.addAll(rules);
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
