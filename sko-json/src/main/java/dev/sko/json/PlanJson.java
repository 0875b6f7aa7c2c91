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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
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
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes a {@link KickoffPlan} as a plan file in the sko plan format, version {@value
 * #FORMAT_VERSION}: JSON, or YAML for files named {@code *.yaml} or {@code *.yml}.
 *
 * <pre>{@code
 * KickoffPlan plan = PlanJson.read(Path.of("plans/fy27.json"));   // or fy27.yaml
 * String json = PlanJson.write(plan);           // canonical, pretty-printed, ends in a newline
 * LocatedPlan located = PlanJson.readWithLocations(Path.of("plans/fy27.yaml"));
 * SourcePosition where = located.sourceMap().nearest("days[1].sessions[2]");
 * }</pre>
 *
 * <p>{@code docs/plan-json.md} documents the format, which the JSON Schema ({@link #schema()})
 * describes: one object, the plan, with {@code formatVersion: 1} and one property per field of the
 * model's one description of its shape, named as its accessor. Writing is canonical, so {@code
 * write(read(write(plan)))} equals {@code write(plan)} byte for byte. Every problem with a document
 * is one {@link PlanJsonException} with its kind, plan path, line and column; I/O failures stay
 * {@link IOException}s. Reading is bounded by the {@code MAX_*} limits below, enforced through
 * Jackson's {@link StreamReadConstraints} (and SnakeYAML's {@link LoaderOptions}) while parsing
 * and, for text and bytes, checked exactly before.
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

  /** The longest number literal, in characters: the format's numbers are counts and ratios. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The name of the JSON Schema resource the build ships beside this class ({@link #schema()}). */
  public static final String SCHEMA_RESOURCE = "kickoff-plan.schema.json";

  /** UTF-8 needs at most three bytes per UTF-16 code unit. */
  private static final long MAX_BYTES = 3L * MAX_DOCUMENT_LENGTH;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .build();

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  /**
   * YAML with the same limits, and SnakeYAML's own: no alias expansion (the reader rejects aliases
   * outright), the nesting depth and document length bounded. Duplicate keys are the reader's to
   * report, as for JSON, so they come out as {@code DUPLICATE_PROPERTY} at the repeated name.
   */
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .loaderOptions(yamlLimits())
          .streamReadConstraints(CONSTRAINTS)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static LoaderOptions yamlLimits() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH + 1); // Jackson's limit, the same, comes first
    options.setCodePointLimit(MAX_DOCUMENT_LENGTH);
    return options;
  }

  /** A JSON parser on {@code text} with this class's limits. */
  static JsonParser parser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  /** Whether {@code file} is named as a YAML file: {@code *.yaml} or {@code *.yml}. */
  public static boolean isYaml(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads the plan in the JSON text {@code json}.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static KickoffPlan read(String json) throws PlanJsonException {
    return readWithLocations(json).plan();
  }

  /**
   * Reads the plan in the UTF-8 file {@code file}: YAML if it is named so ({@link #isYaml}), else
   * JSON.
   *
   * @throws PlanJsonException if the file is not a valid plan document
   * @throws IOException if the file cannot be read
   */
  public static KickoffPlan read(Path file) throws PlanJsonException, IOException {
    return readWithLocations(file).plan();
  }

  /**
   * Reads the plan in the UTF-8 JSON bytes of {@code in}, which is not closed.
   *
   * @throws PlanJsonException if the bytes are not a valid plan document
   * @throws IOException if the stream fails
   */
  public static KickoffPlan read(InputStream in) throws PlanJsonException, IOException {
    return readWithLocations(in).plan();
  }

  /**
   * Reads the plan in the JSON characters of {@code reader}, which is not closed; the document
   * length is bounded while reading.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   * @throws IOException if the reader fails
   */
  public static KickoffPlan read(Reader reader) throws PlanJsonException, IOException {
    return readWithLocations(reader).plan();
  }

  /**
   * Reads the plan in the YAML text {@code yaml}.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static KickoffPlan readYaml(String yaml) throws PlanJsonException {
    return readYamlWithLocations(yaml).plan();
  }

  /**
   * Reads the plan in the JSON text {@code json} with the positions of its values.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static LocatedPlan readWithLocations(String json) throws PlanJsonException {
    return parse(json, false);
  }

  /**
   * Reads the plan in the YAML text {@code yaml} with the positions of its values.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   */
  public static LocatedPlan readYamlWithLocations(String yaml) throws PlanJsonException {
    return parse(yaml, true);
  }

  /**
   * Reads the plan in the UTF-8 file {@code file} with the positions of its values: YAML if it is
   * named so ({@link #isYaml}), else JSON.
   *
   * @throws PlanJsonException if the file is not a valid plan document
   * @throws IOException if the file cannot be read
   */
  public static LocatedPlan readWithLocations(Path file) throws PlanJsonException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(decode(in), isYaml(file));
    }
  }

  /**
   * Reads the plan in the UTF-8 JSON bytes of {@code in} with the positions of its values. At most
   * {@code 3 * MAX_DOCUMENT_LENGTH} bytes are read.
   *
   * @throws PlanJsonException if the bytes are not a valid plan document
   * @throws IOException if the stream fails
   */
  public static LocatedPlan readWithLocations(InputStream in)
      throws PlanJsonException, IOException {
    return parse(decode(in), false);
  }

  /**
   * Reads the plan in the JSON characters of {@code reader} with the positions of its values.
   *
   * @throws PlanJsonException if the text is not a valid plan document
   * @throws IOException if the reader fails
   */
  public static LocatedPlan readWithLocations(Reader reader) throws PlanJsonException, IOException {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return new PlanReader(p, "JSON").document();
    }
  }

  private static LocatedPlan parse(String document, boolean yaml) throws PlanJsonException {
    String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
    if (text.length() > MAX_DOCUMENT_LENGTH) {
      throw tooLong(text, "the document has " + text.length() + " characters,");
    }
    try (JsonParser p = yaml ? YAML.createParser(text) : FACTORY.createParser(text)) {
      return new PlanReader(p, yaml ? "YAML" : "JSON").document();
    } catch (JsonProcessingException e) {
      // Only from createParser; document() turns parse errors into PlanJsonException itself.
      String syntax = yaml ? "malformed YAML: " : "malformed JSON: ";
      throw new PlanJsonException(Kind.SYNTAX, "", 1, 1, syntax + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
  }

  private static PlanJsonException tooLong(String text, String what) {
    SourcePosition at = positionAt(text, Math.min(text.length(), MAX_DOCUMENT_LENGTH));
    String reason = what + " more than PlanJson.MAX_DOCUMENT_LENGTH (" + MAX_DOCUMENT_LENGTH + ")";
    return new PlanJsonException(Kind.LIMIT, "", at.line(), at.column(), reason, null);
  }

  /** Reads at most {@link #MAX_BYTES} and one byte more, and decodes them. */
  private static String decode(InputStream in) throws PlanJsonException, IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLong(decode(bytes, true), "the document has more than " + MAX_BYTES + " bytes, so");
    }
    return decode(bytes, false);
  }

  /**
   * Decodes UTF-8 strictly: a malformed or truncated sequence is an error at its line and column,
   * never replaced silently.
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
      String reason =
          String.format(
              Locale.ROOT,
              "the document is not UTF-8: byte 0x%02X at byte offset %d does not belong there",
              bytes[in.position()] & 0xff,
              in.position());
      throw new PlanJsonException(Kind.ENCODING, "", at.line(), at.column(), reason, null);
    }
    if (!truncated) {
      decoder.flush(out);
    }
    return out.flip().toString();
  }

  /** The line and column of the character at {@code index}; line ends as parsers count them. */
  static SourcePosition positionAt(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
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
    return text(g -> PlanWriter.write(g, plan), false);
  }

  /** The canonical YAML of {@code plan}: block style, quotes only where YAML needs them. */
  public static String writeYaml(KickoffPlan plan) {
    return text(g -> PlanWriter.write(g, plan), true);
  }

  /** Writes the canonical JSON of {@code plan} to {@code out}, which is flushed, not closed. */
  public static void write(KickoffPlan plan, Writer out) throws IOException {
    write(out, g -> PlanWriter.write(g, plan), false);
  }

  /**
   * Writes the canonical form of {@code plan} to the UTF-8 file {@code file}: YAML if it is named
   * so ({@link #isYaml}), else JSON.
   */
  public static void write(KickoffPlan plan, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, g -> PlanWriter.write(g, plan), isYaml(file));
    }
  }

  /**
   * The JSON Schema (draft 2020-12) of the format, as text, generated from the model's description
   * of its shape; the build ships a copy as {@link #SCHEMA_RESOURCE} and in {@code docs/}.
   */
  public static String schema() {
    return text(PlanSchema::write, false);
  }

  /** What is written: a plan, or the schema. */
  private interface Content {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static String text(Content content, boolean yaml) {
    StringWriter out = new StringWriter();
    try {
      write(out, content, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a String cannot fail", e);
    }
    return out.toString();
  }

  /** YAML, or JSON with two-space indentation, {@code \n} line ends and a final newline. */
  private static void write(Writer out, Content content, boolean yaml) throws IOException {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    pp.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    pp.indentArraysWith(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g =
        yaml ? YAML.createGenerator(out) : FACTORY.createGenerator(out).setPrettyPrinter(pp)) {
      content.writeTo(g);
      if (!yaml) {
        g.writeRaw('\n');
      }
    }
    out.flush();
  }

  // ---------------------------------------------------------------------------------------------
  // Jackson integration

  /**
   * A Jackson module that reads and writes {@link KickoffPlan} values in this format inside an
   * app's own JSON: {@code new ObjectMapper().registerModule(PlanJson.jacksonModule())}. A plan
   * that cannot be read fails with a {@link JsonMappingException} whose cause is the {@link
   * PlanJsonException}; its path is relative to the plan object. The app's mapper sets the limits.
   */
  public static Module jacksonModule() {
    SimpleModule module = new SimpleModule("sko-plan-json");
    module.addSerializer(
        KickoffPlan.class,
        new StdSerializer<>(KickoffPlan.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(KickoffPlan plan, JsonGenerator g, SerializerProvider provider)
              throws IOException {
            PlanWriter.write(g, plan);
          }
        });
    module.addDeserializer(
        KickoffPlan.class,
        new StdDeserializer<>(KickoffPlan.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public KickoffPlan deserialize(JsonParser p, DeserializationContext context)
              throws IOException {
            try {
              return new PlanReader(p, "JSON").plan();
            } catch (PlanJsonException e) {
              throw JsonMappingException.from(p, e.getMessage(), e);
            }
          }
        });
    return module;
  }
}
