package dev.sko.rules.report;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SourcePosition;
import dev.sko.rules.Baseline;
import dev.sko.rules.Location;
import dev.sko.rules.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validation report and where its plan came from: for a plan read from a file, the file's URI (as
 * the report should name it, usually relative to the repository root, such as {@code
 * plans/fy27.json}) and a {@link LocationResolver} from plan paths to lines of that file; and,
 * where the caller has it, the validated plan itself, which writers that draw the plan (HTML) need.
 */
public final class ReportedPlan {
  private final ValidationReport report;
  private final @Nullable String uri;
  private final LocationResolver resolver;
  private final @Nullable KickoffPlan plan;
  private final Baseline.@Nullable Comparison baseline;

  private ReportedPlan(
      ValidationReport report,
      @Nullable String uri,
      LocationResolver resolver,
      @Nullable KickoffPlan plan,
      Baseline.@Nullable Comparison baseline) {
    this.report = report;
    this.uri = uri;
    this.resolver = resolver;
    this.plan = plan;
    this.baseline = baseline;
  }

  /** A plan built in code: findings point at plan paths only. */
  public static ReportedPlan of(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return new ReportedPlan(report, null, LocationResolver.none(), null, null);
  }

  /**
   * A plan read from the file at {@code uri}, whose findings {@code resolver} places in the file.
   *
   * @throws IllegalArgumentException if {@code uri} is blank
   */
  public static ReportedPlan fromFile(
      ValidationReport report, String uri, LocationResolver resolver) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(resolver, "resolver");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("ReportedPlan.uri must not be blank");
    }
    return new ReportedPlan(report, uri, resolver, null, null);
  }

  /**
   * This report with the plan it was made from, for writers that draw the plan itself.
   *
   * @throws IllegalArgumentException if {@code plan}'s name is not the report's plan name
   */
  public ReportedPlan withPlan(KickoffPlan plan) {
    Objects.requireNonNull(plan, "plan");
    if (!plan.name().equals(report.planName())) {
      throw new IllegalArgumentException(
          "ReportedPlan.plan must be the validated plan: its name is '"
              + plan.name()
              + "' but the report is of '"
              + report.planName()
              + "'");
    }
    return new ReportedPlan(report, uri, resolver, plan, baseline);
  }

  /** The validated plan, if the caller gave it with {@link #withPlan}. */
  public Optional<KickoffPlan> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * This report held against a baseline: writers then say of every finding whether it is new or
   * unchanged, and list the accepted findings that are gone.
   *
   * @throws IllegalArgumentException if {@code comparison} is not of this report
   */
  public ReportedPlan withBaseline(Baseline.Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    if (comparison.report() != report) {
      throw new IllegalArgumentException(
          "ReportedPlan.baseline must compare this report of '"
              + report.planName()
              + "', but compares a report of '"
              + comparison.report().planName()
              + "'");
    }
    return new ReportedPlan(report, uri, resolver, plan, comparison);
  }

  /** The report held against a baseline, if the caller gave one with {@link #withBaseline}. */
  public Optional<Baseline.Comparison> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** The report. */
  public ValidationReport report() {
    return report;
  }

  /** The URI of the plan file, if the plan came from one. */
  public Optional<String> uri() {
    return Optional.ofNullable(uri);
  }

  /** Where {@code location} is in the plan file, if the plan came from one and it is found. */
  public Optional<SourcePosition> region(Location location) {
    Objects.requireNonNull(location, "location");
    return uri == null ? Optional.empty() : resolver.resolve(location);
  }

  @Override
  public String toString() {
    return "ReportedPlan[" + report.planName() + (uri == null ? "" : ", " + uri) + "]";
  }
}
