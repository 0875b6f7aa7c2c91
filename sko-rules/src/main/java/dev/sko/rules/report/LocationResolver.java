package dev.sko.rules.report;

import dev.sko.core.SourcePosition;
import dev.sko.rules.Location;
import java.util.Optional;

/**
 * Finds where a finding's {@link Location} is in the file the plan was read from. With {@code
 * sko-json}: {@code location -> Optional.of(sourceMap.nearest(location.path()))}.
 */
@FunctionalInterface
public interface LocationResolver {
  /** The region of {@code location} in the plan file, or empty when it cannot be found. */
  Optional<SourcePosition> resolve(Location location);

  /** A resolver that finds nothing: results then carry only the plan path. */
  static LocationResolver none() {
    return location -> Optional.empty();
  }
}
