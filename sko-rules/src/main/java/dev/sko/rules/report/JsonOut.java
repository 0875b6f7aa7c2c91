package dev.sko.rules.report;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer: objects and arrays pretty-printed with two spaces, {@code \n}
 * line ends, strings escaped as RFC 8259 requires (quote, backslash, control characters) plus
 * unpaired surrogates, which UTF-8 cannot carry. It checks its own nesting and fails on misuse.
 */
final class JsonOut {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Appendable out;

  /** Per open container: whether it has no member yet. */
  private final Deque<Boolean> empty = new ArrayDeque<>();

  /** Per open container: whether it is an object. */
  private final Deque<Boolean> object = new ArrayDeque<>();

  private boolean afterName;
  private boolean done;

  JsonOut(Appendable out) {
    this.out = out;
  }

  @CanIgnoreReturnValue
  JsonOut beginObject() throws IOException {
    beforeValue();
    out.append('{');
    empty.push(true);
    object.push(true);
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut endObject() throws IOException {
    return end(true, '}');
  }

  @CanIgnoreReturnValue
  JsonOut beginArray() throws IOException {
    beforeValue();
    out.append('[');
    empty.push(true);
    object.push(false);
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut endArray() throws IOException {
    return end(false, ']');
  }

  private JsonOut end(boolean isObject, char close) throws IOException {
    if (object.isEmpty() || object.peek() != isObject || afterName) {
      throw new IllegalStateException("JsonOut: " + close + " does not close an open container");
    }
    object.pop();
    boolean wasEmpty = empty.pop();
    if (!wasEmpty) {
      newline();
    }
    out.append(close);
    if (object.isEmpty()) {
      done = true;
    }
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut name(String name) throws IOException {
    if (object.isEmpty() || !object.peek() || afterName) {
      throw new IllegalStateException("JsonOut: a name belongs directly in an object: " + name);
    }
    member();
    string(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut value(String value) throws IOException {
    beforeValue();
    string(value);
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut value(long value) throws IOException {
    beforeValue();
    out.append(Long.toString(value));
    return this;
  }

  @CanIgnoreReturnValue
  JsonOut value(boolean value) throws IOException {
    beforeValue();
    out.append(value ? "true" : "false");
    return this;
  }

  /**
   * A number: integers as they are, decimals in plain or exponent notation (both valid JSON); a
   * double that is not finite has no JSON number and is written as the string {@code "NaN"} or
   * {@code "Infinity"}.
   */
  @CanIgnoreReturnValue
  JsonOut value(Number value) throws IOException {
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (!Double.isFinite(d)) {
        return value(Double.toString(d));
      }
      beforeValue();
      out.append(Double.toString(d));
      return this;
    }
    beforeValue();
    if (value instanceof BigDecimal) {
      out.append(value.toString());
    } else if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      out.append(value.toString());
    } else {
      // Another Number type (an AtomicLong, a custom one): its exact text, as a JSON string.
      string(value.toString());
    }
    return this;
  }

  /** {@code "name": value}, shorthand. */
  @CanIgnoreReturnValue
  JsonOut field(String name, String value) throws IOException {
    return name(name).value(value);
  }

  @CanIgnoreReturnValue
  JsonOut field(String name, long value) throws IOException {
    return name(name).value(value);
  }

  @CanIgnoreReturnValue
  JsonOut field(String name, boolean value) throws IOException {
    return name(name).value(value);
  }

  /** Ends the document with a newline; every container must be closed. */
  void finish() throws IOException {
    if (!done || !object.isEmpty()) {
      throw new IllegalStateException("JsonOut: the document is not complete");
    }
    out.append('\n');
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    if (object.isEmpty()) {
      if (done) {
        throw new IllegalStateException("JsonOut: a document holds one value");
      }
      return;
    }
    if (object.peek()) {
      throw new IllegalStateException("JsonOut: a value in an object needs a name first");
    }
    member();
  }

  private void member() throws IOException {
    if (!empty.peek()) {
      out.append(',');
    }
    empty.pop();
    empty.push(false);
    newline();
  }

  private void newline() throws IOException {
    out.append('\n');
    for (int i = 0; i < object.size(); i++) {
      out.append("  ");
    }
  }

  private void string(String s) throws IOException {
    out.append('"');
    out.append(escape(s));
    out.append('"');
  }

  /** The body of a JSON string literal for {@code s}. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || unpaired(s, i)) {
            unicode(sb, c);
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  private static boolean unpaired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static void unicode(StringBuilder sb, char c) {
    sb.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
