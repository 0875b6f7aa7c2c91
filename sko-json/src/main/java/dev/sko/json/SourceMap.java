package dev.sko.json;

import com.google.errorprone.annotations.Immutable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a plan document starts: a map from plan paths ({@code ""} for the plan
 * itself, {@code budget}, {@code days[2]}, {@code days[2].sessions[3]}, {@code
 * days[2].sessions[3].talkTime}) to the line and column of the value's first character (the {@code
 * {}} of an object, the {@code [} of an array, the opening quote of a string).
 *
 * <p>The paths are those of {@code dev.sko.rules.Location}, so a finding's location resolves to a
 * line of the plan file with {@link #nearest(String)}.
 */
@Immutable
public final class SourceMap {
  @SuppressWarnings("Immutable") // an unmodifiable copy that never escapes mutable
  private final Map<String, Position> positions;

  SourceMap(Map<String, Position> positions) {
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The position of the value at {@code path}, if the document has one there. */
  public Optional<Position> position(String path) {
    return Optional.ofNullable(positions.get(path));
  }

  /**
   * The position of the value at {@code path} or, when the document has no value there (a defaulted
   * property such as {@code days[0].sessions[1].qaTime}), of its nearest enclosing value; at worst
   * the plan object itself.
   */
  public Position nearest(String path) {
    String p = path;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = parent(p);
    }
  }

  /** {@code days[2].sessions[3]} → {@code days[2].sessions} → {@code days[2]} → {@code days}. */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      return open < 0 ? "" : path.substring(0, open);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** Every recorded path and its position, in document order. */
  public Map<String, Position> positions() {
    return positions;
  }

  @Override
  public String toString() {
    return "SourceMap[" + positions.size() + " values]";
  }

  /** A 1-based line and column; columns count UTF-16 code units, as SARIF does by default. */
  @Immutable
  public static final class Position {
    static final Position START = new Position(1, 1);

    private final int line;
    private final int column;

    private Position(int line, int column) {
      this.line = line;
      this.column = column;
    }

    /**
     * Line {@code line}, column {@code column}.
     *
     * @throws IllegalArgumentException if either is below 1
     */
    public static Position of(int line, int column) {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "Position line and column must be >= 1, but were " + line + " and " + column);
      }
      return new Position(line, column);
    }

    /** The 1-based line. */
    public int line() {
      return line;
    }

    /** The 1-based column. */
    public int column() {
      return column;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Position
          && ((Position) o).line == line
          && ((Position) o).column == column;
    }

    @Override
    public int hashCode() {
      return 31 * line + column;
    }

    /** {@code 12:5}. */
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }
}
