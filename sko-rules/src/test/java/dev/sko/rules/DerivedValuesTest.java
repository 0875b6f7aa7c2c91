package dev.sko.rules;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link RuleContext#derived} and {@link PlanIndex#derived}: one store per validation. */
class DerivedValuesTest {
  private static final KickoffPlan PLAN = minimalBuilder().build();

  @Test
  void a_value_is_computed_once_per_validation_and_shared_through_the_context_and_the_index() {
    AtomicInteger computed = new AtomicInteger();
    List<Object> seen = new ArrayList<>();
    Rule first =
        Rule.builder("acme.first")
            .title("Reads the value through the context")
            .check(
                (plan, review) ->
                    seen.add(
                        review.derived(
                            "key", String.class, p -> p.name() + computed.incrementAndGet())))
            .build();
    Rule second =
        Rule.builder("acme.second")
            .title("Reads the value through the fact sheet")
            .check(
                (plan, review) ->
                    seen.add(
                        review
                            .index()
                            .derived(
                                "key", String.class, p -> "again" + computed.incrementAndGet())))
            .build();
    PlanValidator validator = PlanValidator.builder().addRule(first).addRule(second).build();

    validator.validate(PLAN);
    assertThat(computed).hasValue(1);
    assertThat(seen).containsExactly(PLAN.name() + 1, PLAN.name() + 1);

    validator.validate(PLAN); // a new validation computes it again
    assertThat(computed).hasValue(2);
    assertThat(seen.get(2)).isEqualTo(PLAN.name() + 2).isSameAs(seen.get(3));
  }

  @Test
  void a_value_asked_for_as_another_type_is_a_class_cast_reported_as_the_rules_failure() {
    Rule rule =
        Rule.builder("acme.types")
            .title("Reads one key as two types")
            .check(
                (plan, review) -> {
                  review.derived("key", String.class, p -> "text");
                  review.derived("key", Integer.class, p -> 1);
                })
            .build();

    ValidationReport report = PlanValidator.builder().addRule(rule).build().validate(PLAN);

    assertThat(report.findings("acme.types"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
        .satisfies(f -> assertThat(f.message()).contains("ClassCastException"));
  }
}
