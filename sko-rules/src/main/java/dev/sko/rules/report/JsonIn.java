package dev.sko.rules.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A minimal, strict JSON reader (RFC 8259) for the small documents sko reads back itself, such as
 * baseline files: the whole document becomes a tree of {@link Node}s that remember their line and
 * column. Duplicate names, trailing commas, comments, leading zeros and nesting deeper than {@link
 * #MAX_DEPTH} are errors.
 */
final class JsonIn {
  /** The deepest nesting of objects and arrays read. */
  static final int MAX_DEPTH = 32;

  /**
   * A value and where it starts; its value is a map, a list, a string, a number, a boolean or null.
   */
  static final class Node {
    final @Nullable Object value;
    final int line;
    final int column;

    Node(@Nullable Object value, int line, int column) {
      this.value = value;
      this.line = line;
      this.column = column;
    }
  }

  /** A syntax error at a line and column. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonIn(String text) {
    this.text = text;
  }

  /** The document in {@code text}: one value, surrounded by nothing but white space. */
  static Node parse(String text) throws SyntaxException {
    JsonIn in = new JsonIn(text);
    if (text.startsWith("\uFEFF")) {
      in.pos = 1;
      in.lineStart = 1;
    }
    in.space();
    Node node = in.value(0);
    in.space();
    if (in.pos < text.length()) {
      throw in.error("unexpected text after the document");
    }
    return node;
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private SyntaxException error(String message) {
    return new SyntaxException(message, line, column());
  }

  private void space() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private Node value(int depth) throws SyntaxException {
    if (pos >= text.length()) {
      throw error("the document ends where a value was expected");
    }
    int l = line;
    int c = column();
    char ch = text.charAt(pos);
    switch (ch) {
      case '{':
        return new Node(object(depth + 1), l, c);
      case '[':
        return new Node(array(depth + 1), l, c);
      case '"':
        return new Node(string(), l, c);
      case 't':
        literal("true");
        return new Node(Boolean.TRUE, l, c);
      case 'f':
        literal("false");
        return new Node(Boolean.FALSE, l, c);
      case 'n':
        literal("null");
        return new Node(null, l, c);
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          return new Node(number(), l, c);
        }
        throw error("unexpected character '" + ch + "'");
    }
  }

  private void literal(String word) throws SyntaxException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected text; expected a value");
    }
    pos += word.length();
  }

  private Map<String, Node> object(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
    pos++; // {
    Map<String, Node> members = new LinkedHashMap<>();
    space();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return members;
    }
    while (true) {
      space();
      if (pos >= text.length() || text.charAt(pos) != '"') {
        throw error("expected a member name in quotes");
      }
      int l = line;
      int c = column();
      String name = string();
      if (members.containsKey(name)) {
        throw new SyntaxException("duplicate member \"" + name + "\"", l, c);
      }
      space();
      expect(':');
      space();
      members.put(name, value(depth));
      space();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect('}');
      return Collections.unmodifiableMap(members);
    }
  }

  private List<Node> array(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("nested more than " + MAX_DEPTH + " levels deep");
    }
    pos++; // [
    List<Node> elements = new ArrayList<>();
    space();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return elements;
    }
    while (true) {
      space();
      elements.add(value(depth));
      space();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expect(']');
      return Collections.unmodifiableList(elements);
    }
  }

  private void expect(char c) throws SyntaxException {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private String string() throws SyntaxException {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("the document ends inside a string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("a control character must be escaped in a string");
      }
      if (c != '\\') {
        sb.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= text.length()) {
        throw error("the document ends inside a string");
      }
      char e = text.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          sb.append(e);
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
              throw error("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
          }
          sb.append((char) code);
          pos += 4;
          break;
        default:
          pos -= 2;
          throw error("unknown escape \\" + e);
      }
    }
  }

  private BigDecimal number() throws SyntaxException {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    int intStart = pos;
    digits();
    if (pos == intStart || (text.charAt(intStart) == '0' && pos - intStart > 1)) {
      pos = start;
      throw error("malformed number");
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      int fraction = pos;
      digits();
      if (pos == fraction) {
        pos = start;
        throw error("malformed number");
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      int exponent = pos;
      digits();
      if (pos == exponent) {
        pos = start;
        throw error("malformed number");
      }
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
  }
}
