package dev.sko.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sko.core.KickoffPlan;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import java.io.IOException;

/**
 * Writes a plan by walking the model's {@link Shape}s: fields in canonical order, with absent
 * values, empty lists and sets and defaults left out, sets in their constants' declaration order.
 */
final class PlanWriter {
  private PlanWriter() {}

  static void write(JsonGenerator g, KickoffPlan plan) throws IOException {
    object(g, PlanShapes.PLAN, plan, true);
  }

  private static <T> void object(JsonGenerator g, Shape<T> shape, T value, boolean root)
      throws IOException {
    g.writeStartObject();
    if (root) {
      g.writeNumberField("formatVersion", PlanJson.FORMAT_VERSION);
    }
    for (Field<T> field : shape.fields()) {
      if (shape.isLeftOut(field, value)) {
        continue;
      }
      g.writeFieldName(field.name());
      boolean many = field.multiplicity() != Field.Multiplicity.ONE;
      if (many) {
        g.writeStartArray();
      }
      for (Object element : field.elements(value)) {
        scalar(g, field.type(), element);
      }
      if (many) {
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private static <V> void scalar(JsonGenerator g, Type<V> type, Object value) throws IOException {
    switch (type.kind()) {
      case OBJECT -> object(g, type.shape().orElseThrow(), type.javaType().cast(value), false);
      case INTEGER -> g.writeNumber((Integer) value);
      case NUMBER -> g.writeNumber((Double) value);
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      default -> g.writeString(type.format(value)); // text, enums and the string forms
    }
  }
}
