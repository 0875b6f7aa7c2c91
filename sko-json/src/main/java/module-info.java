/**
 * Kickoff plans as JSON and YAML: {@link dev.sko.json.PlanJson} reads and writes a {@link
 * dev.sko.core.KickoffPlan} in a documented, versioned format, reports malformed input as {@link
 * dev.sko.json.PlanJsonException} with path, line and column, and bounds hostile input.
 */
@org.jspecify.annotations.NullMarked
module dev.sko.json {
  requires transitive dev.sko.core;
  requires transitive org.jspecify;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static com.google.errorprone.annotations;

  exports dev.sko.json;
}
