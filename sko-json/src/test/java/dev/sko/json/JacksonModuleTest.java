package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sko.core.KickoffPlan;
import org.junit.jupiter.api.Test;

class JacksonModuleTest {
  final ObjectMapper mapper = new ObjectMapper().registerModule(PlanJson.jacksonModule());

  @Test
  void an_object_mapper_reads_and_writes_plans_in_the_format() throws Exception {
    KickoffPlan plan = FullPlan.plan();
    String json = mapper.writeValueAsString(plan);
    assertThat(PlanJson.read(json)).isEqualTo(plan);
    assertThat(mapper.readValue(PlanJson.write(plan), KickoffPlan.class)).isEqualTo(plan);
  }

  @Test
  void a_plan_inside_an_apps_own_json() throws Exception {
    KickoffPlan plan = FullPlan.plan();
    String request = "{\"requestId\": 7, \"plan\": " + PlanJson.write(plan) + "}";
    JsonNode tree = mapper.readTree(request);
    assertThat(mapper.treeToValue(tree.get("plan"), KickoffPlan.class)).isEqualTo(plan);
  }

  @Test
  void a_bad_plan_fails_with_the_plan_json_exception_as_cause() {
    String bad = PlanJson.write(FullPlan.plan()).replace("\"DEAL_CLINIC\"", "\"DEAL_CLINICS\"");
    JsonMappingException e =
        catchThrowableOfType(
            JsonMappingException.class, () -> mapper.readValue(bad, KickoffPlan.class));
    assertThat(e.getCause()).isInstanceOf(PlanJsonException.class);
    PlanJsonException cause = (PlanJsonException) java.util.Objects.requireNonNull(e.getCause());
    assertThat(cause.kind()).isEqualTo(PlanJsonException.Kind.INVALID_VALUE);
    assertThat(cause.path()).isEqualTo("days[0].sessions[1].kind");
  }
}
