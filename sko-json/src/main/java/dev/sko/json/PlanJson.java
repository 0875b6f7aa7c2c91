package dev.sko.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SourcePosition;
import dev.sko.json.PlanJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a {@link KickoffPlan} as JSON in the sko plan format, version {@value
 * #FORMAT_VERSION}.
 *
 * <pre>{@code
 * KickoffPlan plan = PlanJson.read(Path.of("plans/fy27.json"));
 * String json = PlanJson.write(plan);           // canonical, pretty-printed, ends in a newline
 *
 * LocatedPlan located = PlanJson.readWithLocations(Path.of("plans/fy27.json"));
 * SourcePosition where = located.sourceMap().nearest("days[1].sessions[2]");
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>A document is one JSON object: the plan, with {@code "formatVersion": 1} and one property per
 * attribute of the model, named as the model's accessor ({@code startDate}, {@code talkTime},
 * {@code metricTargets}). Dates are ISO-8601 ({@code "2027-01-12"}), times of day {@code "09:00"},
 * durations ISO-8601 ({@code "PT45M"}), days relative to the event {@code "T-28"} or {@code
 * "T+30"}, money an object {@code {"amount": "1982.00", "currency": "USD"}} with the amount as a
 * decimal string, enums their constant name ({@code "KEYNOTE"}), sets of enums arrays without
 * repeats. An absent optional value is left out (never {@code null}); an absent list is empty; an
 * absent defaulted property takes the model's default. The JSON Schema ({@link #schema()}) and
 * {@code docs/plan-json.md} list every property.
 *
 * <p>Writing is canonical: properties in schema order, optional values, empty lists and defaults
 * left out, sets in declaration order, two-space indentation, {@code \n} line ends and a final
 * newline. So {@code write(read(write(plan)))} equals {@code write(plan)} byte for byte, and {@code
 * read(write(plan))} equals {@code plan}.
 *
 * <h2>Errors</h2>
 *
 * <p>Every problem with a document, from a missing comma to an unknown enum constant to a plan
 * invariant that fails at {@code build()}, is one {@link PlanJsonException} with its {@link
 * PlanJsonException.Kind kind}, the plan path, line and column. Unknown properties are errors, not
 * ignored, so a typo never drops data silently. I/O failures of the underlying stream or file stay
 * {@link IOException}s.
 *
 * <h2>Limits</h2>
 *
 * <p>Reading is bounded, so a hostile document fails fast with {@link PlanJsonException.Kind#LIMIT}
 * instead of exhausting memory: at most {@link #MAX_DOCUMENT_LENGTH} characters, {@link
 * #MAX_NESTING_DEPTH} levels of nesting, {@link #MAX_STRING_LENGTH} characters per string, {@link
 * #MAX_NAME_LENGTH} per property name and {@link #MAX_NUMBER_LENGTH} per number. The limits are
 * enforced through Jackson's {@link StreamReadConstraints} while parsing, and for documents given
 * as text or bytes the length is checked exactly before parsing starts.
 */
public final class PlanJson {
  private PlanJson() {}

  /** The version of the format this class reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The longest document read, in characters (UTF-16 code units): about 4 MB, some ten times the
   * largest plan a real event needs (a plan with a thousand sessions is about 300 KB).
   */
  public static final int MAX_DOCUMENT_LENGTH = 4_000_000;

  /**
   * The deepest nesting of objects and arrays: the format itself nests at most seven levels ({@code
   * days[].sessions[].presenters[]}), so sixteen leaves room to grow and stops stack-eating input.
   */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value, in characters: titles, descriptions and goals are short prose. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /** The longest property name, in characters; the longest in the format has 21. */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * The longest number literal, in characters (sign, digits, point and exponent): the format's
   * numbers are counts and ratios.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Jackson's name for each limit, and how a message names it and its value. */
  static final Object[][] LIMITS = {
    {"nesting depth", "nests deeper than PlanJson.MAX_NESTING_DEPTH", MAX_NESTING_DEPTH},
    {
      "document length",
      "is longer than PlanJson.MAX_DOCUMENT_LENGTH",
      MAX_DOCUMENT_LENGTH + " characters"
    },
    {"name length", "has a property name longer than PlanJson.MAX_NAME_LENGTH", MAX_NAME_LENGTH},
    {
      "number value length",
      "has a number longer than PlanJson.MAX_NUMBER_LENGTH",
      MAX_NUMBER_LENGTH + " characters"
    },
    {
      "string value length",
      "has a string longer than PlanJson.MAX_STRING_LENGTH",
      MAX_STRING_LENGTH + " characters"
    }
  };

  /** The name of the JSON Schema resource, beside this class. */
  public static final String SCHEMA_RESOURCE = "kickoff-plan.schema.json";

  /** UTF-8 needs at most three bytes per UTF-16 code unit. */
  private static final long MAX_BYTES = 3L * MAX_DOCUMENT_LENGTH;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .build())
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  /** A parser on {@code text} with this class's limits. */
  static JsonParser parser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads the plan in {@code json}.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static KickoffPlan read(String json) throws PlanJsonException {
    return readWithLocations(json).plan();
  }

  /**
   * Reads the plan in the UTF-8 file {@code file}.
   *
   * @throws PlanJsonException if the file is not a valid plan document
   * @throws IOException if the file cannot be read
   */
  public static KickoffPlan read(Path file) throws PlanJsonException, IOException {
    return readWithLocations(file).plan();
  }

  /**
   * Reads the plan in the UTF-8 bytes of {@code in}, which is not closed.
   *
   * @throws PlanJsonException if the bytes are not a valid plan document
   * @throws IOException if the stream fails
   */
  public static KickoffPlan read(InputStream in) throws PlanJsonException, IOException {
    return readWithLocations(in).plan();
  }

  /**
   * Reads the plan in the characters of {@code reader}, which is not closed. The document length is
   * bounded while reading, by Jackson's constraint.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   * @throws IOException if the reader fails
   */
  public static KickoffPlan read(Reader reader) throws PlanJsonException, IOException {
    return readWithLocations(reader).plan();
  }

  /**
   * Reads the plan in {@code json} with the positions of its values.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static LocatedPlan readWithLocations(String json) throws PlanJsonException {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > MAX_DOCUMENT_LENGTH) {
      SourcePosition at = positionAt(text, MAX_DOCUMENT_LENGTH);
      throw new PlanJsonException(
          Kind.LIMIT,
          "",
          at.line(),
          at.column(),
          "the document has "
              + text.length()
              + " characters, more than PlanJson.MAX_DOCUMENT_LENGTH ("
              + MAX_DOCUMENT_LENGTH
              + ")",
          null);
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      return new PlanReader(p, "JSON").document();
    } catch (JsonProcessingException e) {
      // Only from createParser; document() turns parse errors into PlanJsonException itself.
      throw new PlanJsonException(
          Kind.SYNTAX, "", 1, 1, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
  }

  /**
   * Reads the plan in the UTF-8 file {@code file} with the positions of its values.
   *
   * @throws PlanJsonException if the file is not a valid plan document
   * @throws IOException if the file cannot be read
   */
  public static LocatedPlan readWithLocations(Path file) throws PlanJsonException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readWithLocations(in);
    }
  }

  /**
   * Reads the plan in the UTF-8 bytes of {@code in} with the positions of its values. At most
   * {@code 3 * MAX_DOCUMENT_LENGTH} bytes are read.
   *
   * @throws PlanJsonException if the bytes are not a valid plan document
   * @throws IOException if the stream fails
   */
  public static LocatedPlan readWithLocations(InputStream in)
      throws PlanJsonException, IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      String prefix = decode(bytes, true);
      SourcePosition at = positionAt(prefix, Math.min(prefix.length(), MAX_DOCUMENT_LENGTH));
      throw new PlanJsonException(
          Kind.LIMIT,
          "",
          at.line(),
          at.column(),
          "the document has more than "
              + MAX_BYTES
              + " bytes, so more than PlanJson.MAX_DOCUMENT_LENGTH ("
              + MAX_DOCUMENT_LENGTH
              + ") characters",
          null);
    }
    return readWithLocations(decode(bytes, false));
  }

  /**
   * Reads the plan in the characters of {@code reader} with the positions of its values.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   * @throws IOException if the reader fails
   */
  public static LocatedPlan readWithLocations(Reader reader) throws PlanJsonException, IOException {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return new PlanReader(p, "JSON").document();
    }
  }

  /**
   * Decodes UTF-8 strictly: a malformed or truncated sequence is an error at its line and column,
   * never replaced silently. A leading byte-order mark is dropped.
   */
  static String decode(byte[] bytes, boolean truncated) throws PlanJsonException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, !truncated);
    if (result.isError()) {
      out.flip();
      SourcePosition at = positionAt(out, out.length());
      int bad = bytes[in.position()] & 0xff;
      throw new PlanJsonException(
          Kind.ENCODING,
          "",
          at.line(),
          at.column(),
          String.format(
              java.util.Locale.ROOT,
              "the document is not UTF-8: byte 0x%02X at byte offset %d does not belong there",
              bad,
              in.position()),
          null);
    }
    if (!truncated) {
      decoder.flush(out);
    }
    out.flip();
    return out.toString();
  }

  /**
   * The line and column of the character at {@code index}; line ends as JSON parsers count them.
   */
  static SourcePosition positionAt(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    int end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return SourcePosition.of(line, index - lineStart + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** The canonical JSON of {@code plan}: pretty-printed, ending in a newline. */
  public static String write(KickoffPlan plan) {
    StringWriter out = new StringWriter();
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a String cannot fail", e);
    }
    return out.toString();
  }

  /** Writes the canonical JSON of {@code plan} to {@code out}, which is flushed, not closed. */
  public static void write(KickoffPlan plan, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      PlanWriter.write(g, plan);
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** Writes the canonical JSON of {@code plan} to the UTF-8 file {@code file}. */
  public static void write(KickoffPlan plan, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(plan, out);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    return pp;
  }

  // ---------------------------------------------------------------------------------------------
  // Schema and Jackson integration

  /** The JSON Schema (draft 2020-12) of the format, as text. */
  public static String schema() {
    try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Jackson module that reads and writes {@link KickoffPlan} values in this format inside an
   * app's own JSON, for apps that use an {@code ObjectMapper}:
   *
   * <pre>{@code
   * ObjectMapper mapper = new ObjectMapper().registerModule(PlanJson.jacksonModule());
   * KickoffPlan plan = mapper.readValue(request, KickoffPlan.class);
   * }</pre>
   *
   * <p>A plan that cannot be read fails with a {@link JsonMappingException} whose cause is the
   * {@link PlanJsonException}; its path is relative to the plan object. The app's mapper sets the
   * reading limits.
   */
  public static Module jacksonModule() {
    SimpleModule module = new SimpleModule("sko-plan-json");
    module.addSerializer(KickoffPlan.class, new PlanSerializer());
    module.addDeserializer(KickoffPlan.class, new PlanDeserializer());
    return module;
  }

  private static final class PlanSerializer extends StdSerializer<KickoffPlan> {
    private static final long serialVersionUID = 1L;

    PlanSerializer() {
      super(KickoffPlan.class);
    }

    @Override
    public void serialize(KickoffPlan plan, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      PlanWriter.write(g, plan);
    }
  }

  private static final class PlanDeserializer extends StdDeserializer<KickoffPlan> {
    private static final long serialVersionUID = 1L;

    PlanDeserializer() {
      super(KickoffPlan.class);
    }

    @Override
    public KickoffPlan deserialize(JsonParser p, DeserializationContext context)
        throws IOException {
      try {
        return new PlanReader(p, "JSON").plan("");
      } catch (PlanJsonException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
