package dev.sko.json;

import org.jspecify.annotations.Nullable;

/**
 * A plan document that cannot be read, as data: what kind of problem it is, the plan path of the
 * value at fault ({@code days[0].sessions[2].kind}; empty for the document itself), the line and
 * column where it is (both 1-based, columns counted in UTF-16 code units), a reason in plain words,
 * and the underlying cause where there is one (the parser's error, the model's invariant).
 *
 * <p>The message reads {@code days[0].sessions[2].kind (line 14, column 19): unknown value
 * "WORKSHOPP" for SessionKind; expected one of KEYNOTE, …}.
 */
public final class PlanJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so callers can branch without parsing the message. */
  public enum Kind {
    /** The text is not well-formed JSON (a missing comma, an unclosed string, trailing text). */
    SYNTAX,
    /** The bytes are not UTF-8. */
    ENCODING,
    /** The document exceeds one of {@link PlanJson}'s documented limits. */
    LIMIT,
    /** {@code formatVersion} is missing or names a version this reader does not read. */
    VERSION,
    /** A property the format does not define. */
    UNKNOWN_PROPERTY,
    /** A property given twice in one object. */
    DUPLICATE_PROPERTY,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A value of the wrong JSON type: a number where a string belongs, a null, a fraction. */
    WRONG_TYPE,
    /**
     * A value of the right type that the format does not accept: an unknown enum constant, a
     * malformed date, a number out of range, an element given twice in a set.
     */
    INVALID_VALUE,
    /**
     * The plan's own check failed when the object was built (a negative talk time, a session id
     * used twice); the cause is the model's {@link IllegalArgumentException}.
     */
    INVARIANT
  }

  private final Kind kind;
  private final String path;
  private final int line;
  private final int column;
  private final String reason;

  PlanJsonException(
      Kind kind, String path, int line, int column, String reason, @Nullable Throwable cause) {
    super(format(path, line, column, reason), cause);
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  private static String format(String path, int line, int column, String reason) {
    return (path.isEmpty() ? "document" : path)
        + " (line "
        + line
        + ", column "
        + column
        + "): "
        + reason;
  }

  /** What kind of problem this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * The plan path of the value at fault, in the form {@code dev.sko.rules.Location} uses ({@code
   * days[0].sessions[2].kind}, {@code budget.items[1]}); empty for the document as a whole.
   */
  public String path() {
    return path;
  }

  /** The 1-based line where the problem is. */
  public int line() {
    return line;
  }

  /** The 1-based column where the problem is, in UTF-16 code units. */
  public int column() {
    return column;
  }

  /** The reason alone, without path and position. */
  public String reason() {
    return reason;
  }
}
