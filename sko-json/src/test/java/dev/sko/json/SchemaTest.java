package dev.sko.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sko.core.ActivityKind;
import dev.sko.core.AudienceKind;
import dev.sko.core.Cadence;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.CostCategory;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.DayLength;
import dev.sko.core.Direction;
import dev.sko.core.EventFormat;
import dev.sko.core.IndicatorType;
import dev.sko.core.MetricCategory;
import dev.sko.core.Phase;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkKind;
import dev.sko.core.QaStyle;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.SessionKind;
import dev.sko.core.StakeholderRole;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.SurveyKind;
import dev.sko.core.Tier;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import dev.sko.core.shape.Field;
import dev.sko.core.shape.PlanShapes;
import dev.sko.core.shape.Shape;
import dev.sko.core.shape.Type;
import dev.sko.core.testing.TestPlans;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema describes what the reader reads: written plans validate against it, its
 * properties are the reader's, in the writer's order, and its enums are the model's; the copy the
 * build ships and commits is the generated one.
 */
class SchemaTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(PlanJson.schema());
  }

  static Set<ValidationMessage> validate(String json) throws Exception {
    return schema().validate(MAPPER.readTree(json));
  }

  @Test
  void the_shipped_and_committed_copies_are_the_generated_schema() throws Exception {
    try (java.io.InputStream in = PlanJson.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("the build ships the schema beside PlanJson").isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(PlanJson.schema());
    }
    java.nio.file.Path docs = java.nio.file.Path.of("../docs/kickoff-plan.schema.json");
    assertThat(java.nio.file.Files.readString(docs)).isEqualTo(PlanJson.schema());
  }

  @Test
  void written_plans_validate_against_the_schema() throws Exception {
    assertThat(validate(PlanJson.write(FullPlan.plan()))).isEmpty();
    assertThat(validate(PlanJson.write(TestPlans.minimal()))).isEmpty();
  }

  @Test
  void the_schema_rejects_what_the_reader_rejects_for_shape() throws Exception {
    String json = PlanJson.write(TestPlans.minimal());
    assertThat(validate(json.replace("\"formatVersion\": 1", "\"formatVersion\": 2"))).isNotEmpty();
    assertThat(validate(json.replace("\"headcount\"", "\"headCount\""))).isNotEmpty();
    assertThat(validate(json.replace("\"WORKSHOP\"", "\"WORKSHOPP\""))).isNotEmpty();
    assertThat(validate(json.replace("\"PT30M\"", "\"30 minutes\""))).isNotEmpty();
    assertThat(validate(json.replace("\"2027-01-12\"", "\"12/01/2027\""))).isNotEmpty();
    assertThat(validate(json.replace("\"09:00\"", "\"9am\""))).isNotEmpty();
    assertThat(validate(json.replace("\"headcount\": 30", "\"headcount\": 0"))).isNotEmpty();
    assertThat(validate(json.replace("\"headcount\": 30", "\"headcount\": 30.5"))).isNotEmpty();
    assertThat(validate(json.replace("\"Test kickoff\"", "\"  \""))).isNotEmpty();
    assertThat(validate(json.replace("\"Test kickoff\"", "null"))).isNotEmpty();
  }

  @Test
  void the_schema_checks_audience_kinds_like_the_reader() throws Exception {
    String json = PlanJson.write(TestPlans.minimal());
    String withAudience = json.replace("\"talkTime\": \"PT30M\"", "\"talkTime\": \"PT30M\", %s");
    assertThat(
            validate(
                String.format(
                    withAudience, "\"audience\": {\"kind\": \"TIER\", \"tier\": \"TOP\"}")))
        .isEmpty();
    assertThat(validate(String.format(withAudience, "\"audience\": {\"kind\": \"TIER\"}")))
        .isNotEmpty();
    assertThat(
            validate(
                String.format(
                    withAudience, "\"audience\": {\"kind\": \"EVERYONE\", \"name\": \"EMEA\"}")))
        .isNotEmpty();
    assertThat(
            validate(
                String.format(
                    withAudience, "\"audience\": {\"kind\": \"GROUP\", \"name\": \"p\"}")))
        .isEmpty();
  }

  /** Every object definition of the schema against the reader's property list. */
  @Test
  void schema_properties_are_the_readers_in_the_writers_order() throws Exception {
    JsonNode root = MAPPER.readTree(PlanJson.schema());
    Map<String, Spec> specs = readerSpecs();
    Map<String, String> defsBySpec = new LinkedHashMap<>();
    defsBySpec.put("KickoffPlan", "");
    defsBySpec.put("AgendaDay", "agendaDay");
    defsBySpec.put("Session", "session");
    defsBySpec.put("Presenter", "presenter");
    defsBySpec.put("Audience", "audience");
    defsBySpec.put("Outcome", "outcome");
    defsBySpec.put("Metric", "metric");
    defsBySpec.put("Rep", "rep");
    defsBySpec.put("CoachingPlan", "coachingPlan");
    defsBySpec.put("TierPolicy", "tierPolicy");
    defsBySpec.put("MetricTarget", "metricTarget");
    defsBySpec.put("ReinforcementActivity", "reinforcementActivity");
    defsBySpec.put("Survey", "survey");
    defsBySpec.put("SurveyQuestion", "surveyQuestion");
    defsBySpec.put("PreworkItem", "preworkItem");
    defsBySpec.put("ManagerCommitment", "managerCommitment");
    defsBySpec.put("Budget", "budget");
    defsBySpec.put("CostItem", "costItem");
    defsBySpec.put("Money", "money");
    defsBySpec.put("PlanningData", "planningData");
    defsBySpec.put("CoreTeamMember", "coreTeamMember");
    defsBySpec.put("CallForContent", "callForContent");
    defsBySpec.put("ContentSubmission", "contentSubmission");
    defsBySpec.put("PhaseMilestone", "phaseMilestone");
    assertThat(defsBySpec.keySet()).containsExactlyInAnyOrderElementsOf(specs.keySet());
    for (Map.Entry<String, String> e : defsBySpec.entrySet()) {
      JsonNode def = e.getValue().isEmpty() ? root : root.path("$defs").path(e.getValue());
      Spec spec = java.util.Objects.requireNonNull(specs.get(e.getKey()));
      List<String> properties = new ArrayList<>();
      def.path("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties)
          .as("properties of %s", e.getKey())
          .containsExactlyElementsOf(spec.names);
      List<String> required = new ArrayList<>();
      def.path("required").forEach(n -> required.add(n.asText()));
      List<String> expectedRequired = new ArrayList<>(spec.required);
      if (e.getKey().equals("KickoffPlan")) {
        expectedRequired.add(0, "formatVersion"); // checked apart, to report VERSION
      }
      assertThat(required)
          .as("required of %s", e.getKey())
          .containsExactlyElementsOf(expectedRequired);
      assertThat(def.path("additionalProperties").asBoolean(true))
          .as("%s takes no other properties", e.getKey())
          .isFalse();
    }
  }

  @Test
  void schema_enums_are_the_models() throws Exception {
    JsonNode root = MAPPER.readTree(PlanJson.schema());
    JsonNode defs = root.path("$defs");
    assertEnum(root.path("properties").path("format"), EventFormat.class);
    assertEnum(root.path("properties").path("venue"), VenueKind.class);
    assertEnum(
        root.path("properties").path("recognitionCategories").path("items"),
        RecognitionCategory.class);
    assertEnum(defs.path("agendaDay").path("properties").path("length"), DayLength.class);
    JsonNode session = defs.path("session").path("properties");
    assertEnum(session.path("kind"), SessionKind.class);
    assertEnum(session.path("qaStyle"), QaStyle.class);
    assertEnum(session.path("room"), RoomKind.class);
    assertEnum(session.path("customerMix").path("items"), CustomerSentiment.class);
    assertEnum(session.path("topics").path("items"), Topic.class);
    assertEnum(defs.path("presenter").path("properties").path("role"), PresenterRole.class);
    JsonNode audience = defs.path("audience").path("properties");
    assertEnum(audience.path("kind"), AudienceKind.class);
    assertEnum(audience.path("tier"), Tier.class);
    assertEnum(audience.path("role"), RepRole.class);
    JsonNode metric = defs.path("metric").path("properties");
    assertEnum(metric.path("category"), MetricCategory.class);
    assertEnum(metric.path("indicator"), IndicatorType.class);
    assertEnum(metric.path("direction"), Direction.class);
    assertEnum(defs.path("rep").path("properties").path("role"), RepRole.class);
    assertEnum(defs.path("metricTarget").path("properties").path("direction"), Direction.class);
    assertEnum(defs.path("metricTarget").path("properties").path("indicator"), IndicatorType.class);
    JsonNode activity = defs.path("reinforcementActivity").path("properties");
    assertEnum(activity.path("kind"), ActivityKind.class);
    assertEnum(activity.path("cadence"), Cadence.class);
    assertEnum(activity.path("participants").path("items"), StakeholderRole.class);
    assertEnum(defs.path("survey").path("properties").path("kind"), SurveyKind.class);
    assertEnum(defs.path("surveyQuestion").path("properties").path("kind"), QuestionKind.class);
    assertEnum(defs.path("preworkItem").path("properties").path("kind"), PreworkKind.class);
    assertEnum(defs.path("preworkItem").path("properties").path("audience"), PreworkAudience.class);
    assertEnum(
        defs.path("managerCommitment").path("properties").path("coachingCadence"), Cadence.class);
    assertEnum(defs.path("costItem").path("properties").path("category"), CostCategory.class);
    assertEnum(defs.path("coreTeamMember").path("properties").path("role"), CoreTeamRole.class);
    assertEnum(
        defs.path("contentSubmission").path("properties").path("type"), SubmissionType.class);
    assertEnum(
        defs.path("contentSubmission").path("properties").path("state"), SubmissionState.class);
    assertEnum(defs.path("phaseMilestone").path("properties").path("phase"), Phase.class);
  }

  @Test
  void schema_patterns_are_the_readers() throws Exception {
    JsonNode defs = MAPPER.readTree(PlanJson.schema()).path("$defs");
    assertThat(defs.path("date").path("pattern").asText())
        .isEqualTo(anchored(Type.DATE.pattern().orElseThrow().pattern()));
    assertThat(defs.path("time").path("pattern").asText())
        .isEqualTo(anchored(Type.TIME.pattern().orElseThrow().pattern()));
    assertThat(defs.path("duration").path("pattern").asText())
        .isEqualTo(anchored(Type.DURATION.pattern().orElseThrow().pattern()));
    assertThat(defs.path("relativeDay").path("pattern").asText())
        .isEqualTo(anchored(Type.RELATIVE_DAY.pattern().orElseThrow().pattern()));
    JsonNode money = defs.path("money").path("properties");
    assertThat(money.path("amount").path("pattern").asText())
        .isEqualTo(anchored(Type.DECIMAL.pattern().orElseThrow().pattern()));
    assertThat(money.path("currency").path("pattern").asText())
        .isEqualTo(anchored(Type.CURRENCY.pattern().orElseThrow().pattern()));
    assertThat(defs.path("text").path("maxLength").asInt()).isEqualTo(PlanJson.MAX_STRING_LENGTH);
  }

  private static String anchored(String pattern) {
    return "^" + pattern + "$";
  }

  private static void assertEnum(JsonNode node, Class<? extends Enum<?>> type) {
    List<String> inSchema = new ArrayList<>();
    node.path("enum").forEach(n -> inSchema.add(n.asText()));
    List<String> inModel =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    assertThat(inSchema).as("enum %s", type.getSimpleName()).containsExactlyElementsOf(inModel);
  }

  /** A shape's property names and required ones, as the reader reads them. */
  static final class Spec {
    final List<String> names = new ArrayList<>();
    final List<String> required = new ArrayList<>();
  }

  /** The reader's specs: the model's shapes, so a new one cannot be forgotten here. */
  private static Map<String, Spec> readerSpecs() {
    Map<String, Spec> specs = new LinkedHashMap<>();
    for (Shape<?> shape : PlanShapes.all()) {
      Spec spec = new Spec();
      for (Field<?> f : shape.fields()) {
        spec.names.add(f.name());
        if (f.presence() == Field.Presence.REQUIRED) {
          spec.required.add(f.name());
        }
      }
      if (shape == PlanShapes.PLAN) {
        spec.names.add(0, "formatVersion");
      }
      specs.put(shape.name(), spec);
    }
    return specs;
  }
}
