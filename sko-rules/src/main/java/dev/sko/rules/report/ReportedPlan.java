package dev.sko.rules.report;

import dev.sko.rules.Location;
import dev.sko.rules.ValidationReport;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validation report and where its plan came from: for a plan read from a file, the file's URI (as
 * the report should name it, usually relative to the repository root, such as {@code
 * plans/fy27.json}) and a {@link LocationResolver} from plan paths to lines of that file.
 */
public final class ReportedPlan {
  private final ValidationReport report;
  private final @Nullable String uri;
  private final LocationResolver resolver;

  private ReportedPlan(ValidationReport report, @Nullable String uri, LocationResolver resolver) {
    this.report = report;
    this.uri = uri;
    this.resolver = resolver;
  }

  /** A plan built in code: findings point at plan paths only. */
  public static ReportedPlan of(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    return new ReportedPlan(report, null, LocationResolver.none());
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
    return new ReportedPlan(report, uri, resolver);
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
  public Optional<Region> region(Location location) {
    Objects.requireNonNull(location, "location");
    return uri == null ? Optional.empty() : resolver.resolve(location);
  }

  @Override
  public String toString() {
    return "ReportedPlan[" + report.planName() + (uri == null ? "" : ", " + uri) + "]";
  }
}
