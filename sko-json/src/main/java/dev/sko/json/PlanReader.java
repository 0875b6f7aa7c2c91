package dev.sko.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sko.core.KickoffPlan;
import dev.sko.core.RelativeDay;
import dev.sko.core.SourcePosition;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import dev.sko.json.PlanJsonException.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
  // The lexical forms the format accepts; the JSON Schema uses the same patterns.
  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final Pattern TIME = Pattern.compile("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?");
  static final Pattern DURATION =
      Pattern.compile(
          "P(?=[0-9]|T[0-9])([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]{1,9})?S)?)?");
  static final Pattern RELATIVE_DAY = Pattern.compile("T[+-][0-9]{1,4}");
  static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** A scalar written as a string: its pattern, what it looks like, and how it is parsed. */
  static final class Lexical {
    final Pattern pattern;
    final String what;
    final Function<String, Object> parse;
    final String failure;

    Lexical(Pattern pattern, String what, Function<String, Object> parse, String failure) {
      this.pattern = pattern;
      this.what = what;
      this.parse = parse;
      this.failure = failure;
    }
  }

  static final Map<Type.Kind, Lexical> LEXICAL = new EnumMap<>(Type.Kind.class);

  static {
    LEXICAL.put(
        Type.Kind.DATE,
        new Lexical(
            DATE, "an ISO-8601 date such as \"2027-01-12\"", LocalDate::parse, "no such date %s"));
    LEXICAL.put(
        Type.Kind.TIME,
        new Lexical(
            TIME,
            "an ISO-8601 local time such as \"09:00\"",
            LocalTime::parse,
            "no such time of day %s"));
    LEXICAL.put(
        Type.Kind.DURATION,
        new Lexical(
            DURATION,
            "a non-negative ISO-8601 duration such as \"PT45M\" or \"PT1H30M\"",
            Duration::parse,
            "the duration %s is too long"));
    LEXICAL.put(
        Type.Kind.RELATIVE_DAY,
        new Lexical(
            RELATIVE_DAY,
            "a day relative to the event such as \"T-28\" or \"T+30\"",
            RelativeDay::parse,
            ""));
    LEXICAL.put(
        Type.Kind.DECIMAL,
        new Lexical(
            AMOUNT, "a non-negative decimal string such as \"1982.00\"", BigDecimal::new, ""));
    LEXICAL.put(
        Type.Kind.CURRENCY,
        new Lexical(
            CURRENCY,
            "an ISO 4217 currency code such as \"USD\"",
            Currency::getInstance,
            "unknown ISO 4217 currency %s"));
  }

  /** {@code Session.talkTime must …}: the field a model invariant names, to point at it. */
  private static final Pattern INVARIANT_FIELD =
      Pattern.compile("^[A-Z][A-Za-z]*\\.([a-z][A-Za-z0-9]*)(\\[[0-9]+])?");

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
        throw error(
            Kind.SYNTAX,
            "",
            position(p.currentLocation()),
            "the document is empty; expected a plan object");
      }
      KickoffPlan plan = plan("");
      current = "";
      JsonToken after = next();
      if (after != null) {
        throw error(
            Kind.SYNTAX,
            "",
            here(),
            "unexpected " + describe(after) + " after the plan object; a document holds one plan");
      }
      return new LocatedPlan(plan, new SourceMap(positions));
    } catch (JsonProcessingException e) {
      throw fromJackson(e);
    }
  }

  /** Reads a plan object at {@code path}; the current token must be its start. */
  KickoffPlan plan(String path) throws PlanJsonException, IOException {
    return object(path, PlanShapes.PLAN, true);
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
    JsonLocation loc = e.getLocation();
    SourcePosition at = position(loc == null || loc.getLineNr() < 1 ? p.currentLocation() : loc);
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return new PlanJsonException(
          Kind.LIMIT,
          path,
          p.currentLocation().getLineNr(),
          Math.max(1, p.currentLocation().getColumnNr()),
          limit(original),
          e);
    }
    int cut = original.indexOf('\n'); // Jackson sometimes adds a hint about its own API
    String first = cut < 0 ? original : original.substring(0, cut);
    return new PlanJsonException(
        Kind.SYNTAX, path, at.line(), at.column(), "malformed " + syntax + ": " + first, e);
  }

  private static String limit(String original) {
    String lower = original.toLowerCase(Locale.ROOT);
    String which = "exceeds a reading limit";
    for (Object[] l : PlanJson.LIMITS) {
      if (lower.contains((String) l[0])) {
        which = l[1] + " (" + l[2] + ")";
      }
    }
    return "the document " + which + ": " + original;
  }

  // ---------------------------------------------------------------------------------------------
  // Objects and lists

  private <T> T object(String path, Shape<T> shape, boolean root)
      throws PlanJsonException, IOException {
    expect(JsonToken.START_OBJECT, path, "an object (" + shape.name() + ")");
    SourcePosition start = here();
    positions.putIfAbsent(path, start);
    Shape.Assembly<T> assembly = shape.assemble();
    Set<String> seen = new HashSet<>();
    current = path;
    lastName = null;
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      lastName = name;
      String at = join(path, name);
      if (name.length() > PlanJson.MAX_NAME_LENGTH) { // the JSON parser stops earlier, YAML's not
        throw error(
            Kind.LIMIT,
            at,
            here(),
            "the document " + PlanJson.LIMITS[2][1] + " (" + PlanJson.MAX_NAME_LENGTH + ")");
      }
      boolean version = root && name.equals("formatVersion");
      Field<T> field = shape.field(name).orElse(null);
      if (field == null && !version) {
        String names = shape.fields().stream().map(Field::name).collect(Collectors.joining(", "));
        throw error(
            Kind.UNKNOWN_PROPERTY,
            at,
            here(),
            "unknown property "
                + quote(name)
                + " in "
                + shape.name()
                + "; its properties are "
                + (root ? "formatVersion, " : "")
                + names);
      }
      if (!seen.add(name)) {
        throw error(
            Kind.DUPLICATE_PROPERTY,
            at,
            here(),
            "property " + quote(name) + " is given twice in one " + shape.name());
      }
      current = at;
      next();
      positions.put(at, here());
      if (field == null) {
        formatVersion(at);
      } else {
        assembly.set(field, value(at, field));
      }
      current = path;
      lastName = name;
    }
    for (Field<T> field : shape.fields()) {
      if (field.presence() == Field.Presence.REQUIRED && !seen.contains(field.name())) {
        throw error(
            Kind.MISSING_PROPERTY,
            path,
            start,
            "missing required property " + quote(field.name()) + " in " + shape.name());
      }
    }
    if (root && !seen.contains("formatVersion")) {
      throw error(
          Kind.VERSION,
          path,
          start,
          "missing \"formatVersion\"; this reader reads formatVersion " + PlanJson.FORMAT_VERSION);
    }
    try {
      return assembly.build();
    } catch (RuntimeException e) {
      // The model's checks throw IllegalArgumentException; anything else a hostile value provokes
      // is reported the same way, with its cause.
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

  private void formatVersion(String at) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT
        || p.getIntValue() != PlanJson.FORMAT_VERSION) {
      throw error(
          Kind.VERSION,
          at,
          here(),
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
    String what =
        set ? "an array of " + field.type().javaType().getSimpleName() + " names" : "an array";
    expect(JsonToken.START_ARRAY, path, what);
    List<Object> out = new ArrayList<>();
    int i = 0;
    current = path;
    while (next() != JsonToken.END_ARRAY) {
      String at = path + "[" + i++ + "]";
      current = at;
      positions.put(at, here());
      Object element = single(at, field.type());
      if (set && out.contains(element)) {
        throw error(
            Kind.INVALID_VALUE, at, here(), element + " is listed twice; " + path + " is a set");
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

  // ---------------------------------------------------------------------------------------------
  // Scalars

  private Object single(String path, Type<?> type) throws PlanJsonException, IOException {
    switch (type.kind()) {
      case OBJECT:
        return object(path, type.shape().orElseThrow(), false);
      case INTEGER:
        return integer(path);
      case NUMBER:
        return number(path);
      case BOOLEAN:
        return bool(path);
      case ENUM:
        return constant(path, type);
      case TEXT:
        return text(path);
      default:
        return lexical(path, requireNonNull(LEXICAL.get(type.kind())));
    }
  }

  private String text(String path) throws PlanJsonException, IOException {
    expect(JsonToken.VALUE_STRING, path, "a string");
    String text = p.getText();
    if (text.length() > PlanJson.MAX_STRING_LENGTH) {
      throw error(
          Kind.LIMIT,
          path,
          here(),
          "the string has "
              + text.length()
              + " characters, more than PlanJson.MAX_STRING_LENGTH ("
              + PlanJson.MAX_STRING_LENGTH
              + ")");
    }
    return text;
  }

  private int integer(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(Kind.WRONG_TYPE, path, here(), "expected a whole number, but found " + shown(t));
    }
    expect(JsonToken.VALUE_NUMBER_INT, path, "a whole number");
    checkNumberLength(path);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          shown(t) + " is out of range; expected a whole number from -2147483648 to 2147483647");
    }
    return p.getIntValue();
  }

  private double number(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      expect(JsonToken.VALUE_NUMBER_FLOAT, path, "a number");
    }
    checkNumberLength(path);
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          shown(t) + " is too large for a double-precision number");
    }
    return value;
  }

  /** The exact check; Jackson's own counts digits in ways that differ between integers and not. */
  private void checkNumberLength(String path) throws PlanJsonException, IOException {
    int length = p.getTextLength();
    if (length > PlanJson.MAX_NUMBER_LENGTH) {
      throw error(
          Kind.LIMIT,
          path,
          here(),
          "the number has "
              + length
              + " characters, more than PlanJson.MAX_NUMBER_LENGTH ("
              + PlanJson.MAX_NUMBER_LENGTH
              + ")");
    }
  }

  private boolean bool(String path) throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error(Kind.WRONG_TYPE, path, here(), "expected true or false, but found " + shown(t));
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private Object constant(String path, Type<?> type) throws PlanJsonException, IOException {
    String name = text(path);
    List<String> names = new ArrayList<>();
    for (Object e : type.constants()) {
      if (((Enum<?>) e).name().equals(name)) {
        return e;
      }
      names.add(((Enum<?>) e).name());
    }
    throw error(
        Kind.INVALID_VALUE,
        path,
        here(),
        "unknown value "
            + quote(name)
            + " for "
            + type.javaType().getSimpleName()
            + "; expected one of "
            + String.join(", ", names));
  }

  private Object lexical(String path, Lexical lexical) throws PlanJsonException, IOException {
    String text = text(path);
    if (!lexical.pattern.matcher(text).matches()) {
      throw error(
          Kind.INVALID_VALUE,
          path,
          here(),
          "expected " + lexical.what + ", but found " + quote(text));
    }
    try {
      return lexical.parse.apply(text);
    } catch (RuntimeException e) {
      String reason =
          lexical.failure.isEmpty()
              ? String.valueOf(e.getMessage())
              : String.format(Locale.ROOT, lexical.failure, quote(text));
      throw error(Kind.INVALID_VALUE, path, here(), reason, e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private void expect(JsonToken wanted, String path, String what)
      throws PlanJsonException, IOException {
    JsonToken t = p.currentToken();
    if (t != wanted) {
      String hint = t == JsonToken.VALUE_NULL ? " (leave an absent property out instead)" : "";
      throw error(
          Kind.WRONG_TYPE, path, here(), "expected " + what + ", but found " + shown(t) + hint);
    }
  }

  /**
   * The next token; in YAML, an alias, an anchor or a tag is an error at once, so no alias is ever
   * expanded ("billion laughs") and no tag picks a type.
   */
  private @Nullable JsonToken next() throws PlanJsonException, IOException {
    JsonToken t = p.nextToken();
    if (p instanceof YAMLParser) {
      String what =
          ((YAMLParser) p).isCurrentAlias()
              ? "alias *" + p.getText()
              : p.getObjectId() != null
                  ? "anchor &" + p.getObjectId()
                  : p.getTypeId() != null ? "tag " + p.getTypeId() : null;
      if (what != null && t != JsonToken.FIELD_NAME) {
        throw error(
            Kind.SYNTAX,
            current,
            here(),
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

  private static PlanJsonException error(Kind kind, String path, SourcePosition at, String reason) {
    return error(kind, path, at, reason, null);
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
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
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

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("PlanReader has no lexical form for a type of the model");
    }
    return value;
  }
}
