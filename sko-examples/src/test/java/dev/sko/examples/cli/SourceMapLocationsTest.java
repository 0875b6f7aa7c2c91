package dev.sko.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.json.LocatedPlan;
import dev.sko.json.PlanJson;
import dev.sko.rules.Location;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan's JSON form and {@link Location} name the same places: every path the JSON reader
 * records in a {@link dev.sko.json.SourceMap} is within the plan it read and resolves to a value,
 * so an app can take a finding's location to the line of the plan file.
 */
class SourceMapLocationsTest {

  /**
   * The source-map paths that do not resolve to a value of {@code located}'s plan, leaving out
   * {@code formatVersion}: it belongs to the document, not to the plan.
   */
  static List<String> unresolved(LocatedPlan located) {
    KickoffPlan plan = located.plan();
    return located.sourceMap().positions().keySet().stream()
        .filter(path -> !path.equals("formatVersion"))
        .filter(path -> Location.of(path).resolveIn(plan).isEmpty())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.sko.examples.cli.SamplePlanFilesTest#keys")
  void every_path_of_a_sample_plan_file_resolves_in_the_plan(String key) throws Exception {
    LocatedPlan located = PlanJson.readWithLocations(SamplePlanFilesTest.resource(key));

    assertThat(located.sourceMap().positions()).hasSizeGreaterThan(50);
    assertThat(unresolved(located)).isEmpty();
  }

  /**
   * 100 tries rather than jqwik's 1,000: each try writes and reads a plan of up to 48 sessions, and
   * 1,000 of them take most of a minute on a loaded two-core machine.
   */
  @Property(tries = 100)
  void every_path_of_a_generated_plan_written_as_json_resolves_in_the_plan(
      @ForAll("plans") KickoffPlan plan) throws Exception {
    assertThat(unresolved(PlanJson.readWithLocations(PlanJson.write(plan)))).isEmpty();
  }

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }
}
