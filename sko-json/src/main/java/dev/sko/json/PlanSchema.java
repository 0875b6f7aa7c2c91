package dev.sko.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes the JSON Schema of the plan format from the model's {@link Shape}s and the reader's
 * lexical forms, so the schema lists exactly the fields the reader reads, in the writer's order.
 */
final class PlanSchema {
  private PlanSchema() {}

  static void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
    g.writeStringField("$id", "urn:dev.sko:kickoff-plan:format-" + PlanJson.FORMAT_VERSION);
    g.writeStringField("title", "sko kickoff plan, format version " + PlanJson.FORMAT_VERSION);
    g.writeStringField(
        "description",
        "A sales kickoff plan as read and written by dev.sko.json.PlanJson, generated from the"
            + " model's description of its shape. Property names are the model's accessor names;"
            + " an absent optional value is left out (never null), an absent list is empty, an"
            + " absent defaulted property takes the model's default. The schema checks the shape;"
            + " the plan's own invariants are checked when the plan is read.");
    object(g, PlanShapes.PLAN, true);
    g.writeObjectFieldStart("$defs");
    g.writeObjectFieldStart("text");
    g.writeStringField("type", "string");
    g.writeNumberField("minLength", 1);
    g.writeNumberField("maxLength", PlanJson.MAX_STRING_LENGTH);
    g.writeStringField("pattern", "\\S");
    g.writeEndObject();
    for (Type.Kind kind : PlanReader.LEXICAL.keySet()) {
      if (kind != Type.Kind.DECIMAL && kind != Type.Kind.CURRENCY) {
        g.writeObjectFieldStart(name(kind));
        lexical(g, kind);
        g.writeEndObject();
      }
    }
    for (Shape<?> shape : PlanShapes.all().subList(1, PlanShapes.all().size())) {
      g.writeObjectFieldStart(name(shape));
      object(g, shape, false);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static <T> void object(JsonGenerator g, Shape<T> shape, boolean root) throws IOException {
    g.writeStringField("type", "object");
    g.writeBooleanField("additionalProperties", false);
    g.writeArrayFieldStart("required");
    if (root) {
      g.writeString("formatVersion");
    }
    List<Field<T>> conditional = new ArrayList<>();
    for (Field<T> f : shape.fields()) {
      if (f.presence() == Field.Presence.REQUIRED) {
        g.writeString(f.name());
      }
      if (f.whenField().isPresent()) {
        conditional.add(f);
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    if (root) {
      g.writeObjectFieldStart("formatVersion");
      g.writeNumberField("const", PlanJson.FORMAT_VERSION);
      g.writeEndObject();
    }
    for (Field<T> f : shape.fields()) {
      g.writeObjectFieldStart(f.name());
      if (f.multiplicity() == Field.Multiplicity.ONE) {
        value(g, f.type());
      } else {
        g.writeStringField("type", "array");
        if (f.presence() == Field.Presence.REQUIRED) {
          g.writeNumberField("minItems", 1);
        }
        g.writeObjectFieldStart("items");
        value(g, f.type());
        g.writeEndObject();
        if (f.multiplicity() == Field.Multiplicity.SET) {
          g.writeBooleanField("uniqueItems", true);
        }
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    if (!conditional.isEmpty()) {
      // A field given exactly when another has one of some values: if it has, require the field.
      g.writeArrayFieldStart("allOf");
      for (Field<T> f : conditional) {
        g.writeStartObject();
        g.writeObjectFieldStart("if");
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart(f.whenField().orElseThrow());
        g.writeArrayFieldStart("enum");
        for (Object v : f.whenValues()) {
          g.writeString(v.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("then");
        g.writeArrayFieldStart("required");
        g.writeString(f.name());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("else");
        g.writeObjectFieldStart("not");
        g.writeArrayFieldStart("required");
        g.writeString(f.name());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  private static void value(JsonGenerator g, Type<?> type) throws IOException {
    switch (type.kind()) {
      case OBJECT:
        g.writeStringField("$ref", "#/$defs/" + name(type.shape().orElseThrow()));
        break;
      case INTEGER:
      case NUMBER:
        g.writeStringField("type", type.kind() == Type.Kind.INTEGER ? "integer" : "number");
        if (type.minimum().isPresent()) {
          g.writeNumberField("minimum", type.minimum().get());
        }
        if (type.kind() == Type.Kind.INTEGER) {
          g.writeNumberField("maximum", Integer.MAX_VALUE);
        }
        break;
      case BOOLEAN:
        g.writeStringField("type", "boolean");
        break;
      case ENUM:
        g.writeStringField("type", "string");
        g.writeArrayFieldStart("enum");
        for (Object constant : type.constants()) {
          g.writeString(((Enum<?>) constant).name());
        }
        g.writeEndArray();
        break;
      case DECIMAL:
      case CURRENCY:
        lexical(g, type.kind());
        break;
      default:
        g.writeStringField("$ref", "#/$defs/" + name(type.kind()));
    }
  }

  private static void lexical(JsonGenerator g, Type.Kind kind) throws IOException {
    PlanReader.Lexical lexical = java.util.Objects.requireNonNull(PlanReader.LEXICAL.get(kind));
    g.writeStringField("description", "A string: " + lexical.what + ".");
    g.writeStringField("type", "string");
    g.writeStringField("pattern", "^" + lexical.pattern.pattern() + "$");
  }

  /** {@code Session} → {@code session}, {@code RELATIVE_DAY} → {@code relativeDay}. */
  private static String name(Shape<?> shape) {
    return shape.name().substring(0, 1).toLowerCase(Locale.ROOT) + shape.name().substring(1);
  }

  private static String name(Type.Kind kind) {
    String lower = kind.name().toLowerCase(Locale.ROOT);
    return Pattern.compile("_([a-z])")
        .matcher(lower)
        .replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
  }
}
