package dev.sko.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated JSON Schema to each path given: the build runs it to ship the schema in the
 * jar and to refresh {@code docs/kickoff-plan.schema.json}, whose staleness fails CI.
 */
public final class SchemaDocs {
  private SchemaDocs() {}

  /** Writes {@link PlanJson#schema()} to every path in {@code args}. */
  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      Path file = Path.of(arg);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, PlanJson.schema(), StandardCharsets.UTF_8);
    }
  }
}
