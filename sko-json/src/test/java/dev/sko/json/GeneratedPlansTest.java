package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.PlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every plan the shared arbitraries generate survives the format, and the schema accepts it. */
class GeneratedPlansTest {

  @Property
  void plan_to_json_to_plan_is_equal_and_json_is_canonical(@ForAll("plans") KickoffPlan plan)
      throws Exception {
    String json = PlanJson.write(plan);
    KickoffPlan read = PlanJson.read(json);
    assertThat(read).isEqualTo(plan);
    assertThat(PlanJson.write(read)).isEqualTo(json);
  }

  @Property
  void written_plans_validate_against_the_schema(@ForAll("plans") KickoffPlan plan)
      throws Exception {
    assertThat(SchemaTest.schema().validate(new ObjectMapper().readTree(PlanJson.write(plan))))
        .isEmpty();
  }

  @Property
  void every_session_has_a_position(@ForAll("plans") KickoffPlan plan) throws Exception {
    SourceMap map = PlanJson.readWithLocations(PlanJson.write(plan)).sourceMap();
    for (int d = 0; d < plan.days().size(); d++) {
      for (int s = 0; s < plan.days().get(d).sessions().size(); s++) {
        assertThat(map.position("days[" + d + "].sessions[" + s + "]")).isPresent();
      }
    }
    assertThat(map.position("budget").isPresent()).isEqualTo(plan.budget().isPresent());
  }

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }
}
