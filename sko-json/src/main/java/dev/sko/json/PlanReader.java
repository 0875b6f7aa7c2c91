package dev.sko.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SourcePosition;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import dev.sko.json.PlanJsonException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads one plan from a streaming parser (JSON or YAML) by walking the model's {@link Shape}s: one
 * generic walk for every type, which records where each value starts and turns every problem into a
 * {@link PlanJsonException} with the plan path, line and column.
 */
final class PlanReader {
  /** {@code Session.talkTime must …}: the field a model invariant names, to point at it. */
  private static final Pattern INVARIANT_FIELD =
      Pattern.compile("^[A-Z][A-Za-z]*\\.([a-z][A-Za-z0-9]*)(\\[[0-9]+])?");

  /** Jackson's words for each of its limits, and the constant of {@link PlanJson} that sets it. */
  private static final Map<String, String> LIMITS =
      Map.of(
          "nesting depth", limit("MAX_NESTING_DEPTH", PlanJson.MAX_NESTING_DEPTH),
          "document length", limit("MAX_DOCUMENT_LENGTH", PlanJson.MAX_DOCUMENT_LENGTH),
          "name length", limit("MAX_NAME_LENGTH", PlanJson.MAX_NAME_LENGTH),
          "number value length", limit("MAX_NUMBER_LENGTH", PlanJson.MAX_NUMBER_LENGTH),
          "string value length", limit("MAX_STRING_LENGTH", PlanJson.MAX_STRING_LENGTH));

  private static final int MAX_QUOTED = 60;

  private final JsonParser p;
  private final String syntax;
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();

  /** The path being read: a property's while its value is read, the container's between. */
  private String current = "";

  /** The last property name the innermost object handed out, to place parser errors. */
  private @Nullable String lastName;

  PlanReader(JsonParser p, String syntax) {
    this.p = p;
    this.syntax = syntax;
  }

  /** Reads a whole document holding one plan object and nothing else. */
  LocatedPlan document() throws PlanJsonException, IOException {
    try {
      if (next() == null) {
        SourcePosition end = position(p.currentLocation());
        throw error(Kind.SYNTAX, "", end, "the document is empty; expected a plan object", null);
      }
      KickoffPlan plan = plan();
      JsonToken after = next();
      if (after != null) {
        throw fail(
            Kind.SYNTAX,
            "unexpected " + describe(after) + " after the plan object; a document holds one plan");
      }
      return new LocatedPlan(plan, new SourceMap(positions));
    } catch (JsonProcessingException e) {
      throw fromJackson(e);
    }
  }

  /** Reads a plan object; the current token must be its start. */
  KickoffPlan plan() throws PlanJsonException, IOException {
    return object("", PlanShapes.PLAN, true);
  }

  /**
   * Turns a parser error into the one exception type, at the path being read and where the parser
   * stopped.
   */
  PlanJsonException fromJackson(JsonProcessingException e) {
    String path = current;
    JsonStreamContext context = p.getParsingContext();
    String name = context.inObject() ? context.getCurrentName() : null;
    if (name != null && !name.equals(lastName)) {
      path = join(current, name); // the parser failed on the value of a name not yet handed out
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      String lower = original.toLowerCase(Locale.ROOT);
      String which =
          LIMITS.entrySet().stream()
              .filter(l -> lower.contains(l.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse("a reading limit");
      SourcePosition at = position(p.currentLocation()); // where the parser stopped
      return error(Kind.LIMIT, path, at, "the document exceeds " + which + ": " + original, e);
    }
    JsonLocation loc = e.getLocation();
    SourcePosition at = position(loc == null || loc.getLineNr() < 1 ? p.currentLocation() : loc);
    int cut = original.indexOf('\n'); // Jackson sometimes adds a hint about its own API
    String first = cut < 0 ? original : original.substring(0, cut);
    return error(Kind.SYNTAX, path, at, "malformed " + syntax + ": " + first, e);
  }

  private static String limit(String constant, int value) {
    return "PlanJson." + constant + " (" + value + ")";
  }

  private <T> T object(String path, Shape<T> shape, boolean root)
      throws PlanJsonException, IOException {
    expect(JsonToken.START_OBJECT, "an object (" + shape.name() + ")");
    SourcePosition start = here();
    positions.putIfAbsent(path, start);
    Shape.Assembly<T> assembly = shape.assemble();
    Set<String> seen = new HashSet<>();
    lastName = null;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      lastName = name;
      current = join(path, name);
      if (name.length() > PlanJson.MAX_NAME_LENGTH) { // the JSON parser stops earlier, YAML's not
        throw fail(
            Kind.LIMIT,
            "the document has a property name longer than "
                + limit("MAX_NAME_LENGTH", PlanJson.MAX_NAME_LENGTH));
      }
      Field<T> field = shape.field(name).orElse(null);
      if (field == null && !(root && name.equals("formatVersion"))) {
        throw fail(
            Kind.UNKNOWN_PROPERTY,
            "unknown property "
                + quote(name)
                + " in "
                + shape.name()
                + "; its properties are "
                + (root ? "formatVersion, " : "")
                + shape.fields().stream().map(Field::name).collect(Collectors.joining(", ")));
      }
      if (!seen.add(name)) {
        throw fail(
            Kind.DUPLICATE_PROPERTY,
            "property " + quote(name) + " is given twice in one " + shape.name());
      }
      next();
      positions.put(current, here());
      if (field == null) {
        formatVersion();
      } else {
        assembly.set(field, value(current, field));
      }
      current = path;
      lastName = name;
    }
    for (Field<T> field : shape.fields()) {
      if (field.presence() == Field.Presence.REQUIRED && !seen.contains(field.name())) {
        String reason = "missing required property " + quote(field.name()) + " in " + shape.name();
        throw error(Kind.MISSING_PROPERTY, path, start, reason, null);
      }
    }
    if (root && !seen.contains("formatVersion")) {
      String reason =
          "missing \"formatVersion\"; this reader reads formatVersion " + PlanJson.FORMAT_VERSION;
      throw error(Kind.VERSION, path, start, reason, null);
    }
    try {
      return assembly.build();
    } catch (RuntimeException e) {
      // The model's checks throw IllegalArgumentException; anything else a hostile value provokes
      // is reported the same way, with its cause. The field the message names, where the document
      // gives it, is where the problem is.
      String message = String.valueOf(e.getMessage());
      String at = path;
      Matcher m = INVARIANT_FIELD.matcher(message);
      if (m.find()) {
        String field = join(path, m.group(1));
        String indexed = m.group(2) == null ? field : field + m.group(2);
        at = positions.containsKey(indexed) ? indexed : positions.containsKey(field) ? field : path;
      }
      throw error(Kind.INVARIANT, at, positions.getOrDefault(at, start), message, e);
    }
  }

  private void formatVersion() throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != PlanJson.FORMAT_VERSION) {
      throw fail(
          Kind.VERSION,
          "unsupported formatVersion "
              + shown(t)
              + "; this reader reads formatVersion "
              + PlanJson.FORMAT_VERSION);
    }
  }

  private Object value(String path, Field<?> field) throws PlanJsonException, IOException {
    if (field.multiplicity() == Field.Multiplicity.ONE) {
      return single(path, field.type());
    }
    boolean set = field.multiplicity() == Field.Multiplicity.SET;
    String names = "an array of " + field.type().javaType().getSimpleName() + " names";
    expect(JsonToken.START_ARRAY, set ? names : "an array");
    List<Object> out = new ArrayList<>();
    while (next() != JsonToken.END_ARRAY) {
      current = path + "[" + out.size() + "]";
      positions.put(current, here());
      Object element = single(current, field.type());
      if (set && out.contains(element)) {
        throw fail(Kind.INVALID_VALUE, element + " is listed twice; " + path + " is a set");
      }
      out.add(element);
      current = path;
    }
    return set ? enumSet(out) : out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the elements are constants of one enum
  private static Set<?> enumSet(List<Object> constants) {
    return constants.isEmpty() ? Set.of() : EnumSet.copyOf((List) constants);
  }

  /** One value of {@code type} at {@code path}, the path being read. */
  private Object single(String path, Type<?> type) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    switch (type.kind()) {
      case OBJECT:
        return object(path, type.shape().orElseThrow(), false);
      case INTEGER:
        expect(JsonToken.VALUE_NUMBER_INT, "a whole number");
        checkNumberLength();
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          throw fail(
              Kind.INVALID_VALUE,
              shown(t)
                  + " is out of range; expected a whole number from -2147483648 to 2147483647");
        }
        return p.getIntValue();
      case NUMBER:
        expect(t == JsonToken.VALUE_NUMBER_INT ? t : JsonToken.VALUE_NUMBER_FLOAT, "a number");
        checkNumberLength();
        double value = p.getDoubleValue();
        if (!Double.isFinite(value)) {
          throw fail(Kind.INVALID_VALUE, shown(t) + " is too large for a double-precision number");
        }
        return value;
      case BOOLEAN:
        expect(t == JsonToken.VALUE_FALSE ? t : JsonToken.VALUE_TRUE, "true or false");
        return t == JsonToken.VALUE_TRUE;
      default:
        return string(type);
    }
  }

  /** Text, an enum constant's name, or one of the string forms of {@link Type#forms()}. */
  private Object string(Type<?> type) throws PlanJsonException, IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    String text = p.getText();
    if (text.length() > PlanJson.MAX_STRING_LENGTH) {
      String limit = limit("MAX_STRING_LENGTH", PlanJson.MAX_STRING_LENGTH);
      throw fail(Kind.LIMIT, "the string has " + text.length() + " characters, more than " + limit);
    }
    Pattern pattern = type.pattern().orElse(null);
    if (pattern != null && !pattern.matcher(text).matches()) {
      throw fail(Kind.INVALID_VALUE, "expected " + type.what() + ", but found " + quote(text));
    }
    try {
      return type.parse(text);
    } catch (RuntimeException e) {
      String reason = type.refusal(quote(text), e.getMessage());
      throw error(Kind.INVALID_VALUE, current, here(), reason, e);
    }
  }

  /** The exact check; Jackson's own counts digits in ways that differ between integers and not. */
  private void checkNumberLength() throws PlanJsonException, IOException {
    int length = p.getTextLength();
    if (length > PlanJson.MAX_NUMBER_LENGTH) {
      String limit = limit("MAX_NUMBER_LENGTH", PlanJson.MAX_NUMBER_LENGTH);
      throw fail(Kind.LIMIT, "the number has " + length + " characters, more than " + limit);
    }
  }

  private void expect(JsonToken wanted, String what) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != wanted) {
      String hint = t == JsonToken.VALUE_NULL ? " (leave an absent property out instead)" : "";
      throw fail(Kind.WRONG_TYPE, "expected " + what + ", but found " + shown(t) + hint);
    }
  }

  /**
   * The next token; in YAML, an alias, an anchor or a tag is an error at once, so no alias is ever
   * expanded ("billion laughs") and no tag picks a type.
   */
  private @Nullable JsonToken next() throws PlanJsonException, IOException {
    JsonToken t = p.nextToken();
    if (p instanceof YAMLParser && t != JsonToken.FIELD_NAME) {
      String what =
          ((YAMLParser) p).isCurrentAlias()
              ? "alias *" + p.getText()
              : p.getObjectId() != null
                  ? "anchor &" + p.getObjectId()
                  : p.getTypeId() != null ? "tag " + p.getTypeId() : null;
      if (what != null) {
        throw fail(
            Kind.SYNTAX,
            "the YAML " + quote(what) + " is not accepted in a plan file; write the value out");
      }
    }
    return t;
  }

  /** Where the current token starts. */
  private SourcePosition here() {
    return position(p.currentTokenLocation());
  }

  private static SourcePosition position(JsonLocation loc) {
    return SourcePosition.of(Math.max(loc.getLineNr(), 1), Math.max(loc.getColumnNr(), 1));
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** A problem with the value being read, where its token starts. */
  private PlanJsonException fail(Kind kind, String reason) {
    return error(kind, current, here(), reason, null);
  }

  private static PlanJsonException error(
      Kind kind, String path, SourcePosition at, String reason, @Nullable Throwable cause) {
    return new PlanJsonException(kind, path, at.line(), at.column(), reason, cause);
  }

  /**
   * A token as the reader saw it: {@code the string "x"}, {@code the number 30.5}, {@code null}.
   */
  private String shown(@Nullable JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return "the string " + quote(p.getText());
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return "the number " + truncate(p.getText());
    }
    return t == null ? "the end of the document" : describe(t);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /** {@code "text"} with control characters escaped, cut to a readable length. */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder("\"");
    String shown = truncate(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String truncate(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }
}
