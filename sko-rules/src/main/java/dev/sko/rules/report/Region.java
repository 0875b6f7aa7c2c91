package dev.sko.rules.report;

import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * Where in a plan file a finding points: the 1-based line and column at which the offending session
 * or field starts, columns in UTF-16 code units (SARIF's default).
 */
@Immutable
public final class Region {
  private final int startLine;
  private final int startColumn;

  private Region(int startLine, int startColumn) {
    this.startLine = startLine;
    this.startColumn = startColumn;
  }

  /**
   * Line {@code startLine}, column {@code startColumn}.
   *
   * @throws IllegalArgumentException if either is below 1
   */
  public static Region of(int startLine, int startColumn) {
    if (startLine < 1 || startColumn < 1) {
      throw new IllegalArgumentException(
          "Region startLine and startColumn must be >= 1, but were "
              + startLine
              + " and "
              + startColumn);
    }
    return new Region(startLine, startColumn);
  }

  /** The 1-based line. */
  public int startLine() {
    return startLine;
  }

  /** The 1-based column. */
  public int startColumn() {
    return startColumn;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Region
        && ((Region) o).startLine == startLine
        && ((Region) o).startColumn == startColumn;
  }

  @Override
  public int hashCode() {
    return 31 * startLine + startColumn;
  }

  /** {@code 12:9}. */
  @Override
  public String toString() {
    return startLine + ":" + startColumn;
  }
}
