package dev.sko.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The JSON Schema of the plan format, built from the model's {@link Shape}s and its types' string
 * forms, so the schema lists exactly the fields the reader reads, in the writer's order.
 */
final class PlanSchema {
  private PlanSchema() {}

  /** Writes the schema to {@code g}. */
  static void write(JsonGenerator g) throws IOException {
    new ObjectMapper().writeTree(g, schema());
  }

  private static ObjectNode schema() {
    ObjectNode schema = JsonNodeFactory.instance.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:dev.sko:kickoff-plan:format-" + PlanJson.FORMAT_VERSION);
    schema.put("title", "sko kickoff plan, format version " + PlanJson.FORMAT_VERSION);
    schema.put(
        "description",
        "A sales kickoff plan as read and written by dev.sko.json.PlanJson, generated from the"
            + " model's description of its shape. Property names are the model's accessor names;"
            + " an absent optional value is left out (never null), an absent list is empty, an"
            + " absent defaulted property takes the model's default. The schema checks the shape;"
            + " the plan's own invariants are checked when the plan is read.");
    object(schema, PlanShapes.PLAN, true);
    ObjectNode defs = schema.putObject("$defs");
    ObjectNode text = defs.putObject("text").put("type", "string").put("minLength", 1);
    text.put("maxLength", PlanJson.MAX_STRING_LENGTH).put("pattern", "\\S");
    for (Type<?> type : Type.forms()) {
      if (!inline(type)) {
        form(defs.putObject(name(type.kind())), type);
      }
    }
    for (Shape<?> shape : PlanShapes.all().subList(1, PlanShapes.all().size())) {
      object(defs.putObject(name(shape)), shape, false);
    }
    return schema;
  }

  private static <T> void object(ObjectNode node, Shape<T> shape, boolean root) {
    node.put("type", "object").put("additionalProperties", false);
    ArrayNode required = node.putArray("required");
    ObjectNode properties = node.putObject("properties");
    if (root) {
      required.add("formatVersion");
      properties.putObject("formatVersion").put("const", PlanJson.FORMAT_VERSION);
    }
    for (Field<T> f : shape.fields()) {
      if (f.presence() == Field.Presence.REQUIRED) {
        required.add(f.name());
      }
      ObjectNode property = properties.putObject(f.name());
      if (f.multiplicity() == Field.Multiplicity.ONE) {
        value(property, f.type());
      } else {
        property.put("type", "array");
        if (f.presence() == Field.Presence.REQUIRED) {
          property.put("minItems", 1);
        }
        value(property.putObject("items"), f.type());
        if (f.multiplicity() == Field.Multiplicity.SET) {
          property.put("uniqueItems", true);
        }
      }
      if (f.whenField().isPresent()) {
        // Given exactly when another field has one of some values: if it has, require this one.
        ObjectNode rule = node.withArrayProperty("allOf").addObject();
        ArrayNode values =
            rule.putObject("if")
                .putObject("properties")
                .putObject(f.whenField().get())
                .putArray("enum");
        f.whenValues().forEach(v -> values.add(v.toString()));
        rule.putObject("then").putArray("required").add(f.name());
        rule.putObject("else").putObject("not").putArray("required").add(f.name());
      }
    }
  }

  private static void value(ObjectNode node, Type<?> type) {
    switch (type.kind()) {
      case OBJECT -> node.put("$ref", "#/$defs/" + name(type.shape().orElseThrow()));
      case INTEGER, NUMBER -> {
        node.put("type", type.kind() == Type.Kind.INTEGER ? "integer" : "number");
        type.minimum().ifPresent(minimum -> node.put("minimum", minimum));
        if (type.kind() == Type.Kind.INTEGER) {
          node.put("maximum", Integer.MAX_VALUE);
        }
      }
      case BOOLEAN -> node.put("type", "boolean");
      case ENUM -> {
        ArrayNode constants = node.put("type", "string").putArray("enum");
        type.constants().forEach(c -> constants.add(((Enum<?>) c).name()));
      }
      default -> {
        if (inline(type)) {
          form(node, type);
        } else {
          node.put("$ref", "#/$defs/" + name(type.kind()));
        }
      }
    }
  }

  /** Money's two parts appear once, so their forms are written in place, not as definitions. */
  private static boolean inline(Type<?> type) {
    return type.kind() == Type.Kind.DECIMAL || type.kind() == Type.Kind.CURRENCY;
  }

  private static void form(ObjectNode node, Type<?> type) {
    node.put("description", "A string: " + type.what() + ".").put("type", "string");
    node.put("pattern", "^" + type.pattern().orElseThrow().pattern() + "$");
  }

  /** {@code Session} → {@code session}. */
  private static String name(Shape<?> shape) {
    return shape.name().substring(0, 1).toLowerCase(Locale.ROOT) + shape.name().substring(1);
  }

  /** {@code RELATIVE_DAY} → {@code relativeDay}. */
  private static String name(Type.Kind kind) {
    return Pattern.compile("_([a-z])")
        .matcher(kind.name().toLowerCase(Locale.ROOT))
        .replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
  }
}
