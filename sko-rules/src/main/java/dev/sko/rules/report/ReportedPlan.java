package dev.sko.rules.report;

import dev.sko.core.KickoffPlan;
import dev.sko.core.SourcePosition;
import dev.sko.rules.Baseline;
import dev.sko.rules.Location;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.ValidationReport;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A validation report and where its plan came from: for a plan read from a file, the file's URI (as
 * the report should name it, usually relative to the repository root, such as {@code
 * plans/fy27.json}) and a {@link LocationResolver} from plan paths to lines of that file; and,
 * where the caller has it, the validated plan itself, which writers that draw the plan (HTML) need.
 *
 * <p>A plan file is named two ways: {@link #file()} as the user gave it (what the text report and
 * the build log show: {@code /home/me/plans/fy27.json} or {@code plans/fy27.json}), and {@link
 * #uri()} as a URI reference (what SARIF and JSON carry: {@code file:///home/me/plans/fy27.json},
 * {@code plans/my%20plan.json}). The command line and the Maven plugin make theirs with {@link
 * #validateFile}.
 */
public final class ReportedPlan {
  private final ValidationReport report;
  private final @Nullable String uri;
  private final @Nullable String file;
  private final LocationResolver resolver;
  private final @Nullable KickoffPlan plan;
  private final Baseline.@Nullable Comparison baseline;

  private ReportedPlan(
      ValidationReport report,
      @Nullable String uri,
      @Nullable String file,
      LocationResolver resolver,
      @Nullable KickoffPlan plan,
      Baseline.@Nullable Comparison baseline) {
    this.report = report;
    this.uri = uri;
    this.file = file;
    this.resolver = resolver;
    this.plan = plan;
    this.baseline = baseline;
  }

  /** A plan built in code: findings point at plan paths only. */
  public static ReportedPlan of(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return new ReportedPlan(report, null, null, LocationResolver.none(), null, null);
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
    return new ReportedPlan(report, uri, uri, resolver, null, null);
  }

  /**
   * A plan read from {@code file}, whose findings {@code resolver} places in the file: {@link
   * #file()} is the path as given, {@link #uri()} the path as a URI reference (relative paths stay
   * relative, with forward slashes; absolute paths become {@code file:} URIs).
   */
  public static ReportedPlan fromFile(
      ValidationReport report, Path file, LocationResolver resolver) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(resolver, "resolver");
    return new ReportedPlan(report, uri(file), file.toString(), resolver, null, null);
  }

  /**
   * Validates {@code plan}, read from {@code file}, with {@code validator}: the report with the
   * file, the plan (for the writers that draw it), and each finding placed in the file by {@code
   * nearest}, which gives the position of a plan path such as {@code days[0].sessions[1]}, or of
   * its nearest ancestor the file spells out. With sko-json:
   *
   * <pre>{@code
   * LocatedPlan read = PlanJson.readWithLocations(file);
   * ReportedPlan.validateFile(validator, read.plan(), file, read.sourceMap()::nearest);
   * }</pre>
   */
  public static ReportedPlan validateFile(
      PlanValidator validator,
      KickoffPlan plan,
      Path file,
      Function<String, SourcePosition> nearest) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(nearest, "nearest");
    ValidationReport report = validator.validate(plan);
    return fromFile(report, file, location -> Optional.of(nearest.apply(location.path())))
        .withPlan(plan);
  }

  /** {@code file} as a URI reference: relative paths stay relative, with forward slashes. */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toString();
    }
    String slashed = file.normalize().toString().replace(file.getFileSystem().getSeparator(), "/");
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return file.toAbsolutePath().toUri().toString();
    }
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
    return new ReportedPlan(report, uri, file, resolver, plan, baseline);
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
    return new ReportedPlan(report, uri, file, resolver, plan, comparison);
  }

  /**
   * This report held against the findings {@code accepted} lists: {@code
   * withBaseline(accepted.compare(report()))}.
   */
  public ReportedPlan withBaseline(Baseline accepted) {
    Objects.requireNonNull(accepted, "accepted");
    return withBaseline(accepted.compare(report));
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

  /**
   * The plan file as the user named it, for people to read (the URI when the plan was given by
   * {@link #fromFile(ValidationReport, String, LocationResolver) its URI}), if the plan came from a
   * file.
   */
  public Optional<String> file() {
    return Optional.ofNullable(file);
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
