package dev.sko.core;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan file something starts: a 1-based line and column, columns counted in UTF-16 code
 * units (SARIF's default). The plan readers record one per {@link PlanPath}; report writers point
 * findings at them.
 */
@Immutable
public final class SourcePosition implements Comparable<SourcePosition> {
  private static final SourcePosition START = new SourcePosition(1, 1);

  private final int line;
  private final int column;

  private SourcePosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * Line {@code line}, column {@code column}.
   *
   * @throws IllegalArgumentException if either is below 1
   */
  public static SourcePosition of(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "SourcePosition line and column must be >= 1, but were " + line + " and " + column);
    }
    return line == 1 && column == 1 ? START : new SourcePosition(line, column);
  }

  /** Line 1, column 1: the start of a file. */
  public static SourcePosition start() {
    return START;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column, in UTF-16 code units. */
  public int column() {
    return column;
  }

  /** Orders positions as they occur in a file: by line, then by column. */
  @Override
  public int compareTo(SourcePosition other) {
    int c = Integer.compare(line, other.line);
    return c != 0 ? c : Integer.compare(column, other.column);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourcePosition
        && ((SourcePosition) o).line == line
        && ((SourcePosition) o).column == column;
  }

  @Override
  public int hashCode() {
    return 31 * line + column;
  }

  /** {@code 12:9}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
