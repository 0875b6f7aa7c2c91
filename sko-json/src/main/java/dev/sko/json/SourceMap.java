package dev.sko.json;

import com.google.errorprone.annotations.Immutable;
import dev.sko.core.PlanPath;
import dev.sko.core.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a plan document starts: a map from plan paths ({@code ""} for the plan
 * itself, {@code budget}, {@code days[2]}, {@code days[2].sessions[3].talkTime}) to the line and
 * column of the value's first character (the <code>{</code> of an object, the {@code [} of an
 * array, the opening quote of a string). The paths are those of {@code dev.sko.rules.Location}, so
 * a finding's location resolves to a line of the plan file with {@link #nearest(String)}.
 */
@Immutable
public final class SourceMap {
  @SuppressWarnings("Immutable") // an unmodifiable copy that never escapes mutable
  private final Map<String, SourcePosition> positions;

  SourceMap(Map<String, SourcePosition> positions) {
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The position of the value at {@code path}, if the document has one there. */
  public Optional<SourcePosition> position(String path) {
    return Optional.ofNullable(positions.get(path));
  }

  /**
   * The position of the value at {@code path} or, when the document has no value there (a defaulted
   * property such as {@code days[0].sessions[1].qaTime}), of its nearest enclosing value; at worst
   * the plan object itself. A path that is not a {@link PlanPath} gives the start.
   */
  public SourcePosition nearest(String path) {
    return PlanPath.isValid(path) ? nearest(PlanPath.parse(path)) : SourcePosition.start();
  }

  /** {@link #nearest(String)} for a parsed path. */
  public SourcePosition nearest(PlanPath path) {
    for (PlanPath p = path; ; p = p.parent()) {
      SourcePosition found = positions.get(p.toString());
      if (found != null || p.isRoot()) {
        return found != null ? found : SourcePosition.start();
      }
    }
  }

  /** Every recorded path and its position, in document order. */
  public Map<String, SourcePosition> positions() {
    return positions;
  }

  @Override
  public String toString() {
    return "SourceMap[" + positions.size() + " values]";
  }
}
