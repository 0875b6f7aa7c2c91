package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.FollowThroughFixtures.followThrough;
import static dev.sko.rules.catalog.FollowThroughFixtures.target;
import static dev.sko.rules.catalog.FollowThroughFixtures.withoutIndicator;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Metric;
import dev.sko.core.MetricCategory;
import dev.sko.core.MetricTarget;
import dev.sko.rules.Finding;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.metrics.LeadingIndicators;
import dev.sko.rules.catalog.metrics.TargetComplete;
import dev.sko.rules.catalog.metrics.TargetLift;
import dev.sko.testing.RuleTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricRulesTest {

  private static KickoffPlan withTargets(MetricTarget... targets) {
    return followThrough().metricTargets(List.of(targets)).build();
  }

  @Test
  void the_complete_metric_table_passes_every_metric_rule_in_every_profile() {
    KickoffPlan plan = followThrough().build();
    for (String profile : Profiles.all().keySet()) {
      for (String id :
          List.of(
              "sko.metrics.defined",
              "sko.metrics.target-complete",
              "sko.metrics.leading-indicators",
              "sko.metrics.target-lift")) {
        if (!Profiles.named(profile).contains(id)) {
          continue; // a profile without the rule reports nothing from it
        }
        assertThat(RuleTester.of(Profiles.named(profile), id).findings(plan))
            .as(profile + " " + id)
            .isEmpty();
      }
    }
  }

  @Nested
  class Defined {
    private static final String ID = "sko.metrics.defined";

    @ParameterizedTest
    @CsvSource({
      "recommended, WARNING",
      "classic, INFO",
      "behaviorChange, ERROR",
      "accelerationSummit, WARNING"
    })
    void no_target_is_reported(String profile, Severity expected) {
      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(withTargets()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("metricTargets");
                assertThat(f.evidence().actual()).contains(0);
                assertThat(f.evidence().expected()).contains(1);
              });
    }

    @Test
    void one_target_is_enough() {
      assertThat(
              RuleTester.of(Profiles.named("behaviorChange"), ID)
                  .findings(withTargets(target(Metric.Q1_ATTAINMENT, 80, 85))))
          .isEmpty();
    }
  }

  @Nested
  class TargetCompleteTests {
    private static final String ID = "sko.metrics.target-complete";

    @ParameterizedTest
    @CsvSource({"recommended, WARNING", "behaviorChange, WARNING", "accelerationSummit, INFO"})
    void a_target_without_an_owner_is_reported(String profile, Severity expected) {
      MetricTarget noOwner =
          MetricTarget.builder()
              .from(target(Metric.PIPELINE_CREATED, 100, 120))
              .owner(Optional.empty())
              .build();
      KickoffPlan plan = withTargets(target(Metric.DIALS_PER_REP_PER_DAY, 35, 42), noOwner);

      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("metricTargets[1]");
                assertThat(f.evidence().figure("missing", Integer.class)).contains(1);
                assertThat(f.evidence().figure("owner", Boolean.class)).contains(false);
                assertThat(f.message()).contains("\"Pipeline created\"").contains("no owner");
              });
    }

    /**
     * Issue 17, item 5: a Metric constant carries the metric table's lead/lag column; the rule
     * asked every target to restate it.
     */
    @Test
    void a_metric_constants_indicator_type_satisfies_the_rule_without_restating_it() {
      KickoffPlan plan =
          withTargets(withoutIndicator(target(Metric.DIALS_PER_REP_PER_DAY, 35, 42)));

      assertThat(RuleTester.of(TargetComplete.RULE).findings(plan)).isEmpty();
    }

    @Test
    void one_finding_names_every_missing_field() {
      MetricTarget bare =
          MetricTarget.builder().metric(Metric.SLIPPED_CLOSE_DATES).baseline(10).target(7).build();

      assertThat(RuleTester.of(TargetComplete.RULE).findings(withTargets(bare)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.evidence().figure("missing", Integer.class)).contains(2);
                assertThat(f.evidence().figure("indicator", IndicatorType.class))
                    .contains(IndicatorType.MID);
                assertThat(f.message()).contains("no owner, no measurement day");
              });
    }

    @Test
    void the_classic_profile_does_not_hold_it() {
      MetricTarget bare =
          MetricTarget.builder().metric(Metric.SLIPPED_CLOSE_DATES).baseline(10).target(7).build();

      assertThat(bare.indicator()).isEmpty();
      assertThat(Profiles.classic().contains(ID)).isFalse();
    }
  }

  @Nested
  class LeadingIndicatorsTests {
    private static final String ID = "sko.metrics.leading-indicators";

    @ParameterizedTest
    @CsvSource({"recommended, INFO", "behaviorChange, WARNING"})
    void only_mid_and_lagging_targets_are_reported(String profile, Severity expected) {
      KickoffPlan plan =
          withTargets(
              target(Metric.PIPELINE_CREATED, 100, 120), target(Metric.Q1_ATTAINMENT, 80, 85));

      List<Finding> found = RuleTester.of(Profiles.named(profile), ID).findings(plan);

      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("metricTargets");
                assertThat(f.message()).contains("None of the 2 metric targets");
              });
    }

    @Test
    void a_metric_that_leads_by_default_counts() {
      KickoffPlan plan =
          withTargets(withoutIndicator(target(Metric.DIALS_PER_REP_PER_DAY, 35, 42)));

      assertThat(RuleTester.of(LeadingIndicators.RULE).findings(plan)).isEmpty();
    }

    @Test
    void an_explicit_indicator_overrides_the_metric_default() {
      MetricTarget dialsAsMid =
          MetricTarget.builder()
              .from(target(Metric.DIALS_PER_REP_PER_DAY, 35, 42))
              .indicator(IndicatorType.MID)
              .build();

      assertThat(RuleTester.of(LeadingIndicators.RULE).findings(withTargets(dialsAsMid)))
          .hasSize(1);
    }

    @Test
    void stays_silent_without_targets() {
      assertThat(RuleTester.of(LeadingIndicators.RULE).findings(withTargets())).isEmpty();
    }
  }

  @Nested
  class TargetLiftTests {
    private static final String ID = "sko.metrics.target-lift";

    private List<Finding> lift(Metric metric, double baseline, double target) {
      return RuleTester.of(TargetLift.RULE).findings(withTargets(target(metric, baseline, target)));
    }

    @Test
    void dials_from_35_to_42_are_exactly_the_20_percent_asked() {
      assertThat(lift(Metric.DIALS_PER_REP_PER_DAY, 35, 42)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"recommended", "behaviorChange", "accelerationSummit"})
    void dials_from_35_to_41_9_ask_less_and_are_info(String profile) {
      KickoffPlan plan = withTargets(target(Metric.DIALS_PER_REP_PER_DAY, 35, 41.9));

      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("metricTargets[0]");
                assertThat(f.evidence().actual())
                    .hasValueSatisfying(
                        a ->
                            assertThat((BigDecimal) a)
                                .isLessThan(new BigDecimal("0.2"))
                                .isGreaterThan(new BigDecimal("0.197")));
                assertThat(f.evidence().expected())
                    .hasValueSatisfying(
                        e -> assertThat((BigDecimal) e).isEqualByComparingTo("0.2"));
                assertThat(f.message()).contains("19.7%").contains("at least 20%");
                assertThat(f.remediation()).hasValueSatisfying(r -> assertThat(r).contains("42"));
              });
    }

    @ParameterizedTest
    @CsvSource({"recommended", "behaviorChange", "accelerationSummit"})
    void a_target_at_its_baseline_is_a_warning(String profile) {
      KickoffPlan plan = withTargets(target(Metric.Q1_ATTAINMENT, 80, 80));

      assertThat(RuleTester.of(Profiles.named(profile), ID).findings(plan))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.evidence().actual()).contains(80.0);
                assertThat(f.evidence().expected()).contains(80.0);
                assertThat(f.message()).contains("does not improve");
              });
    }

    @Test
    void fewer_slipped_close_dates_is_the_better_direction() {
      assertThat(lift(Metric.SLIPPED_CLOSE_DATES, 10, 6.9)).isEmpty();
      assertThat(lift(Metric.SLIPPED_CLOSE_DATES, 10, 11))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("lower is better");
              });
    }

    @Test
    void pipeline_targets_ask_15_percent() {
      assertThat(lift(Metric.PIPELINE_CREATED, 100, 115)).isEmpty();
      assertThat(lift(Metric.PIPELINE_CREATED, 100, 114.99))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.evidence().expected())
                    .hasValueSatisfying(
                        e -> assertThat((BigDecimal) e).isEqualByComparingTo("0.15"));
              });
      assertThat(lift(Metric.SLIPPED_CLOSE_DATES, 10, 9))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void skill_and_outcome_targets_only_need_to_improve() {
      assertThat(lift(Metric.OBJECTION_HANDLING_SCORE, 3, 3.1)).isEmpty();
      assertThat(lift(Metric.Q1_ATTAINMENT, 80, 81)).isEmpty();
    }

    @Test
    void a_zero_baseline_has_no_relative_lift_to_judge() {
      Metric meetings =
          Metric.of("Meetings booked", MetricCategory.ACTIVITY, "meetings", IndicatorType.LEAD);

      assertThat(lift(meetings, 0, 1)).isEmpty();
      assertThat(lift(meetings, 0, 0)).hasSize(1);
    }

    @Test
    void the_lifts_asked_are_options() {
      RuleSet set = RuleSet.of("t", TargetLift.RULE).withOption(ID, "activity-lift", 0.1);

      assertThat(
              RuleTester.of(set, ID)
                  .findings(withTargets(target(Metric.DIALS_PER_REP_PER_DAY, 35, 38.5))))
          .isEmpty();
    }

    @Test
    void the_classic_profile_does_not_hold_it() {
      assertThat(Profiles.classic().contains(ID)).isFalse();
    }
  }
}
