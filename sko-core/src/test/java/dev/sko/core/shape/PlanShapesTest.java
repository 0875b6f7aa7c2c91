package dev.sko.core.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanPath;
import dev.sko.core.QaStyle;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.core.testing.SeedPlans;
import dev.sko.core.testing.TestPlans;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The shapes describe the model exactly: every attribute of every value type, in the generated
 * class's order; a value copied field by field through its shape is equal to it; paths resolve as
 * {@code Location} documents.
 */
class PlanShapesTest {

  /** Copies {@code value} field by field through {@code shape}, nested values through theirs. */
  static <T> T copy(Shape<T> shape, T value) {
    Shape.Assembly<T> assembly = shape.assemble();
    for (Field<T> field : shape.fields()) {
      Object v = field.value(value);
      if (v != null) {
        assembly.set(field, copyValue(field, v));
      }
    }
    return assembly.build();
  }

  private static Object copyValue(Field<?> field, Object value) {
    Shape<?> nested = field.type().shape().orElse(null);
    if (nested == null) {
      return value;
    }
    if (field.multiplicity() == Field.Multiplicity.ONE) {
      return copyUnchecked(nested, value);
    }
    List<Object> copies = new ArrayList<>();
    for (Object element : (List<?>) value) {
      copies.add(copyUnchecked(nested, element));
    }
    return copies;
  }

  @SuppressWarnings("unchecked")
  private static <T> T copyUnchecked(Shape<T> shape, Object value) {
    return copy(shape, (T) value);
  }

  @Test
  void seed_plans_copy_through_their_shapes_to_equal_plans() {
    for (KickoffPlan plan :
        List.of(
            SeedPlans.behaviorChange(),
            SeedPlans.b2bThirtyPerson(),
            SeedPlans.enterpriseWithPartnerSummit(),
            TestPlans.minimal())) {
      assertThat(copy(PlanShapes.PLAN, plan)).isEqualTo(plan);
    }
  }

  @Property(tries = 50)
  void generated_plans_copy_through_their_shapes_to_equal_plans(@ForAll("plans") KickoffPlan plan) {
    assertThat(copy(PlanShapes.PLAN, plan)).isEqualTo(plan);
  }

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  /**
   * The generated {@code Immutable*} class holds one final field per attribute, in declaration
   * order: a shape must list exactly those, in that order, so a new attribute cannot be forgotten.
   */
  @Test
  void every_shape_lists_every_attribute_of_its_type_in_order() throws ClassNotFoundException {
    for (Shape<?> shape : PlanShapes.all()) {
      List<String> names = shape.fields().stream().map(Field::name).collect(Collectors.toList());
      if (shape.type().getName().equals("dev.sko.core.Money")) {
        assertThat(names).containsExactly("amount", "currency");
        continue;
      }
      Class<?> generated = Class.forName("dev.sko.core.Immutable" + shape.name());
      List<String> attributes =
          Arrays.stream(generated.getDeclaredFields())
              .filter(f -> !Modifier.isStatic(f.getModifiers()))
              .filter(f -> !Modifier.isTransient(f.getModifiers()))
              .map(java.lang.reflect.Field::getName)
              .collect(Collectors.toList());
      assertThat(names).as(shape.name()).containsExactlyElementsOf(attributes);
      for (Field<?> field : shape.fields()) {
        assertThat(field.toString()).startsWith(field.name() + " (");
      }
    }
  }

  @Test
  void all_lists_each_shape_reached_from_the_plan_once() {
    Set<Shape<?>> reached = new java.util.LinkedHashSet<>();
    collect(PlanShapes.PLAN, reached);
    assertThat(PlanShapes.all()).containsExactlyInAnyOrderElementsOf(reached);
    assertThat(PlanShapes.all().get(0)).isSameAs(PlanShapes.PLAN);
    assertThat(PlanShapes.PLAN.name()).isEqualTo("KickoffPlan");
    assertThat(PlanShapes.PLAN.type()).isEqualTo(KickoffPlan.class);
  }

  private static void collect(Shape<?> shape, Set<Shape<?>> into) {
    if (into.add(shape)) {
      for (Field<?> f : shape.fields()) {
        f.type().shape().ifPresent(s -> collect(s, into));
      }
    }
  }

  @Test
  void fields_tell_their_type_multiplicity_and_presence() {
    Field<Session> talkTime = PlanShapes.SESSION.field("talkTime").orElseThrow();
    assertThat(talkTime.type()).isSameAs(Type.DURATION);
    assertThat(talkTime.presence()).isEqualTo(Field.Presence.REQUIRED);
    assertThat(talkTime.multiplicity()).isEqualTo(Field.Multiplicity.ONE);
    Field<Session> topics = PlanShapes.SESSION.field("topics").orElseThrow();
    assertThat(topics.multiplicity()).isEqualTo(Field.Multiplicity.SET);
    assertThat(topics.type().kind()).isEqualTo(Type.Kind.ENUM);
    assertThat(
            new ArrayList<Object>(
                PlanShapes.SESSION.field("kind").orElseThrow().type().constants()))
        .containsExactly((Object[]) SessionKind.values());
    assertThat(PlanShapes.SESSION.field("qaTime").orElseThrow().presence())
        .isEqualTo(Field.Presence.DEFAULTED);
    assertThat(PlanShapes.SESSION.field("groupSize").orElseThrow().presence())
        .isEqualTo(Field.Presence.OPTIONAL);
    assertThat(PlanShapes.PLAN.field("days").orElseThrow().presence())
        .isEqualTo(Field.Presence.REQUIRED);
    assertThat(PlanShapes.PLAN.field("days").orElseThrow().multiplicity())
        .isEqualTo(Field.Multiplicity.LIST);
    assertThat(PlanShapes.PLAN.field("days").orElseThrow().type().shape().orElseThrow())
        .isSameAs(PlanShapes.DAY);
    assertThat(PlanShapes.SESSION.field("speakers")).isEmpty();
    assertThat(Type.TEXT.constants()).isEmpty();
    assertThat(Type.TEXT.shape()).isEmpty();
    assertThat(Type.TEXT.javaType()).isEqualTo(String.class);
    assertThat(Type.of(PlanShapes.DAY).javaType()).isEqualTo(AgendaDay.class);
    assertThat(Type.of(SessionKind.class)).hasToString("ENUM SessionKind");
    assertThat(talkTime).hasToString("talkTime (REQUIRED ONE DURATION Duration)");
  }

  @Test
  void number_types_carry_their_least_value_and_conditional_fields_their_condition() {
    assertThat(PlanShapes.PLAN.field("headcount").orElseThrow().type().minimum()).contains(1L);
    assertThat(PlanShapes.REP.field("trailingAttainment").orElseThrow().type().minimum())
        .contains(0L);
    assertThat(Type.INTEGER.minimum()).isEmpty();
    assertThat(Type.INTEGER.atLeast(1).kind()).isEqualTo(Type.Kind.INTEGER);
    assertThat(Type.INTEGER.atLeast(1).javaType()).isEqualTo(Integer.class);
    Field<Audience> tier = PlanShapes.AUDIENCE.field("tier").orElseThrow();
    assertThat(tier.whenField()).contains("kind");
    assertThat(tier.whenValues()).containsExactly(AudienceKind.TIER);
    assertThat(PlanShapes.AUDIENCE.field("name").orElseThrow().whenValues())
        .containsExactly(AudienceKind.REGION, AudienceKind.GROUP);
    assertThat(PlanShapes.AUDIENCE.field("kind").orElseThrow().whenField()).isEmpty();
    assertThat(PlanShapes.AUDIENCE.field("kind").orElseThrow().whenValues()).isEmpty();
    assertThat(tier.presence()).isEqualTo(Field.Presence.OPTIONAL);
    assertThat(tier.type().kind()).isEqualTo(Type.Kind.ENUM);
    assertThat(tier.name()).isEqualTo("tier");
    assertThat(tier.value(dev.sko.core.Audience.tier(dev.sko.core.Tier.TOP)))
        .isEqualTo(dev.sko.core.Tier.TOP);
  }

  @Test
  void values_unwrap_optionals_and_order_sets_by_declaration() {
    Session plain = TestPlans.session("s1", SessionKind.WORKSHOP, 9, 0, 30);
    assertThat(PlanShapes.SESSION.field("groupSize").orElseThrow().value(plain)).isNull();
    assertThat(PlanShapes.SESSION.field("groupSize").orElseThrow().elements(plain)).isEmpty();
    Session grouped = Session.builder().from(plain).groupSize(6).build();
    assertThat(PlanShapes.SESSION.field("groupSize").orElseThrow().value(grouped)).isEqualTo(6);
    assertThat(
            new ArrayList<Object>(
                PlanShapes.SESSION.field("groupSize").orElseThrow().elements(grouped)))
        .containsExactly(6);
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .recognitionCategories(
                Set.of(RecognitionCategory.values()[2], RecognitionCategory.values()[0]))
            .build();
    assertThat(
            new ArrayList<Object>(
                PlanShapes.PLAN.field("recognitionCategories").orElseThrow().elements(plan)))
        .containsExactly(RecognitionCategory.values()[0], RecognitionCategory.values()[2]);
    assertThat(PlanShapes.PLAN.field("theme").orElseThrow().value(plan)).isNull();
  }

  @Test
  void left_out_are_absent_values_empty_lists_and_defaults() {
    Session plain = TestPlans.session("s1", SessionKind.WORKSHOP, 9, 0, 30);
    assertThat(leftOut(plain)).contains("qaTime", "qaStyle", "room", "recorded", "audience");
    assertThat(leftOut(plain)).contains("groupSize", "topics", "presenters");
    assertThat(leftOut(plain)).doesNotContain("id", "title", "kind", "start", "talkTime");
    Session asked =
        Session.builder()
            .from(plain)
            .qaTime(Duration.ofMinutes(10))
            .qaStyle(QaStyle.MODERATED)
            .room(RoomKind.BREAKOUT)
            .recorded(true)
            .build();
    assertThat(leftOut(asked)).doesNotContain("qaTime", "qaStyle", "room", "recorded");
  }

  private static List<String> leftOut(Session s) {
    List<String> names = new ArrayList<>();
    for (Field<Session> f : PlanShapes.SESSION.fields()) {
      if (PlanShapes.SESSION.isLeftOut(f, s)) {
        names.add(f.name());
      }
    }
    return names;
  }

  @Test
  void a_shape_lists_a_field_once() {
    assertThatThrownBy(
            () ->
                Shape.of(AgendaDay.class, AgendaDay::builder, AgendaDay.Builder::build)
                    .optional("label", Type.TEXT, AgendaDay::label, AgendaDay.Builder::label)
                    .optional("label", Type.TEXT, AgendaDay::label, AgendaDay.Builder::label)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Shape AgendaDay lists the field label twice");
  }

  @Test
  void an_assembly_rejects_null_and_fails_at_build_like_the_builder() {
    Shape.Assembly<AgendaDay> day = PlanShapes.DAY.assemble();
    Field<AgendaDay> label = PlanShapes.DAY.field("label").orElseThrow();
    assertThatThrownBy(() -> day.set(label, nullValue())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                PlanShapes.SESSION
                    .assemble()
                    .set(PlanShapes.SESSION.field("id").orElseThrow(), "s1")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("talkTime");
  }

  @SuppressWarnings("NullAway") // the point of the test
  private static Object nullValue() {
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Path resolution

  static Shape.Resolution resolve(KickoffPlan plan, String path) {
    return Shape.resolve(PlanShapes.PLAN, plan, PlanPath.parse(path));
  }

  @Test
  void paths_resolve_to_the_values_they_name() {
    KickoffPlan plan = SeedPlans.b2bThirtyPerson();
    assertThat(resolve(plan, "").value()).containsSame(plan);
    assertThat(resolve(plan, "days[0].sessions[1]").value())
        .contains(plan.days().get(0).sessions().get(1));
    assertThat(resolve(plan, "days[0].sessions[1].talkTime").value())
        .contains(plan.days().get(0).sessions().get(1).talkTime());
    assertThat(resolve(plan, "days[0].sessions[0].audience.kind").value())
        .contains(plan.days().get(0).sessions().get(0).audience().kind());
    assertThat(resolve(plan, "days").value()).contains(plan.days());
    assertThat(resolve(plan, "name").value()).contains(plan.name());
  }

  @Test
  void every_field_of_every_value_resolves_to_its_value() {
    KickoffPlan plan = SeedPlans.enterpriseWithPartnerSummit();
    int[] checked = {0};
    walk(PlanShapes.PLAN, plan, PlanPath.root(), plan, checked);
    assertThat(checked[0]).isGreaterThan(200);
  }

  private static <T> void walk(
      Shape<T> shape, T value, PlanPath path, KickoffPlan plan, int[] checked) {
    for (Field<T> field : shape.fields()) {
      PlanPath at = path.field(field.name());
      Shape.Resolution r = resolve(plan, at.toString());
      assertThat(r.within()).as(at.toString()).isTrue();
      assertThat(r.value().orElse(null)).as(at.toString()).isEqualTo(field.value(value));
      checked[0]++;
      List<?> elements = field.elements(value);
      for (int i = 0; i < elements.size(); i++) {
        PlanPath element = field.multiplicity() == Field.Multiplicity.ONE ? at : at.index(i);
        if (field.multiplicity() != Field.Multiplicity.ONE) {
          assertThat(resolve(plan, element.toString()).value()).contains(elements.get(i));
        }
        Shape<?> nested = field.type().shape().orElse(null);
        if (nested != null) {
          walkUnchecked(nested, elements.get(i), element, plan, checked);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void walkUnchecked(
      Shape<T> shape, Object value, PlanPath path, KickoffPlan plan, int[] checked) {
    walk(shape, (T) value, path, plan, checked);
  }

  @Test
  void fields_left_out_are_places_without_values_but_their_elements_are_not() {
    KickoffPlan plan = TestPlans.minimal();
    assertThat(plan.budget()).isEmpty();
    assertThat(resolve(plan, "budget").within()).isTrue();
    assertThat(resolve(plan, "budget").value()).isEmpty();
    assertThat(resolve(plan, "budget.items").within()).isTrue();
    assertThat(resolve(plan, "budget.items[0]").within()).isFalse();
    assertThat(resolve(plan, "planning.coreTeam").within()).isTrue();
    assertThat(resolve(plan, "theme").within()).isTrue();
  }

  @Test
  void paths_outside_the_model_or_the_plan_are_outside() {
    KickoffPlan plan = SeedPlans.b2bThirtyPerson();
    for (String path :
        List.of(
            "speakers",
            "days[0].speakers",
            "days.sessions",
            "name[0]",
            "days[99]",
            "days[9999999999]",
            "days[0].sessions[0].talkTime.seconds",
            "days[0].sessions[0].audience.kind.name",
            "budget.items.amount")) {
      Shape.Resolution r = resolve(plan, path);
      assertThat(r.within()).as(path).isFalse();
      assertThat(r.value()).as(path).isEmpty();
    }
    assertThat(resolve(plan, "days[" + plan.days().size() + "]").within()).isFalse();
    assertThat(resolve(plan, "days[" + (plan.days().size() - 1) + "]").within()).isTrue();
  }

  @Test
  void set_elements_are_indexed_in_declaration_order() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .recognitionCategories(
                Set.of(RecognitionCategory.values()[2], RecognitionCategory.values()[0]))
            .build();
    assertThat(resolve(plan, "recognitionCategories[0]").value())
        .contains(RecognitionCategory.values()[0]);
    assertThat(resolve(plan, "recognitionCategories[1]").value())
        .contains(RecognitionCategory.values()[2]);
    assertThat(resolve(plan, "recognitionCategories[2]").within()).isFalse();
  }
}
