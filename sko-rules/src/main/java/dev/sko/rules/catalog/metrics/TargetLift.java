package dev.sko.rules.catalog.metrics;

import static dev.sko.rules.catalog.support.Plans.metricTarget;
import static dev.sko.rules.catalog.support.Wording.number;
import static dev.sko.rules.catalog.support.Wording.percent;

import dev.sko.core.Direction;
import dev.sko.core.KickoffPlan;
import dev.sko.core.MetricCategory;
import dev.sko.core.MetricLift;
import dev.sko.core.MetricTarget;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each target improves on its baseline in its direction (WARNING if not), and activity and pipeline
 * targets ask for the lift BEHAVIOR_CHANGE_MODEL sets by week 4 (INFO if less). Lifts come from
 * {@link MetricLift}: relative to the baseline, signed so that positive is better (fewer slipped
 * close dates is a lift), exact for the sources' figures (dials 35 to 42 is exactly +20%). A zero
 * baseline has no relative lift; such a target is only checked for improving.
 */
public final class TargetLift {
  private TargetLift() {}

  /** Option {@code activity-lift}: its description gives the figure and its source. */
  public static final RuleOption<Double> ACTIVITY_LIFT =
      RuleOption.percentage(
          "activity-lift",
          0.2,
          "Lift an activity target asks over its baseline by week 4 (BEHAVIOR_CHANGE_MODEL: 20%+"
              + " more dials and meetings booked)");

  /** Option {@code pipeline-lift}: its description gives the figure and its source. */
  public static final RuleOption<Double> PIPELINE_LIFT =
      RuleOption.percentage(
          "pipeline-lift",
          0.15,
          "Lift a pipeline target asks over its baseline by week 4 (BEHAVIOR_CHANGE_MODEL: 15%+"
              + " more pipeline created)");

  /**
   * The rule {@code sko.metrics.target-lift}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.metrics.target-lift")
          .title("Targets improve on their baselines by the lift the model asks")
          .source("BEHAVIOR_CHANGE_MODEL (week-4 review: +20% activity, +15% pipeline)")
          .rationale(
              "A target that does not beat its baseline measures nothing the kickoff could change."
                  + " The behaviour-change model asks activity metrics for at least 20% more by week"
                  + " 4 and pipeline for at least 15%; a smaller ask is allowed, but worth a second"
                  + " look.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.INFO)
          .option(ACTIVITY_LIFT)
          .option(PIPELINE_LIFT)
          .check(TargetLift::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    List<MetricTarget> targets = plan.metricTargets();
    for (int i = 0; i < targets.size(); i++) {
      MetricTarget t = targets.get(i);
      if (!MetricLift.improves(t)) {
        Optional<BigDecimal> lift = MetricLift.improvement(t);
        RuleContext.FindingBuilder f =
            review
                .finding(
                    metricTarget(i),
                    "The target for "
                        + name(t)
                        + " ("
                        + number(t.target())
                        + ") does not improve on its baseline ("
                        + number(t.baseline())
                        + "); "
                        + (t.direction() == Direction.DECREASE ? "lower" : "higher")
                        + " is better")
                .severity(Severity.WARNING)
                .evidence(t.target(), t.baseline())
                .figure("direction", t.direction())
                .remediation(
                    "Set a target "
                        + (t.direction() == Direction.DECREASE ? "below" : "above")
                        + " the baseline of "
                        + number(t.baseline())
                        + ", or drop the metric");
        lift.ifPresent(l -> f.figure("lift", l));
        f.report();
        continue;
      }
      Double asked = asked(t.metric().category(), review);
      if (asked == null
          || t.baseline() == 0
          || clearlyMeets(t, asked)
          || t.improvement().orElseThrow().compareTo(wanted(asked)) >= 0) {
        continue; // no ask for the category, no lift for a zero baseline, or the ask is met
      }
      BigDecimal lift = MetricLift.improvement(t).orElseThrow(); // the baseline is not zero
      BigDecimal wanted = BigDecimal.valueOf(asked);
      if (lift.compareTo(wanted) >= 0) {
        continue;
      }
      String kind = t.metric().category() == MetricCategory.ACTIVITY ? "activity" : "pipeline";
      review
          .finding(
              metricTarget(i),
              "The target for "
                  + name(t)
                  + " asks "
                  + percent(lift)
                  + " over its baseline ("
                  + number(t.baseline())
                  + " to "
                  + number(t.target())
                  + "); "
                  + kind
                  + " targets ask at least "
                  + percent(wanted)
                  + " by week 4")
          .severity(Severity.INFO)
          .evidence(lift, wanted)
          .remediation(
              "Consider a target of "
                  + number(goal(t, wanted))
                  + " or better, or say why a smaller lift is right for this metric")
          .report();
    }
  }

  private static String name(MetricTarget t) {
    return "\"" + t.metric().name() + "\"";
  }

  /**
   * Whether the target's lift is above {@code asked} by far more than double rounding could account
   * for, so that the exact lift ({@link MetricLift#improvement}, 34 digits) is above it too and
   * need not be computed. The error of the double quotient is below 1e-15 of {@code (|target| +
   * |baseline|) / |baseline|}; it can only reach the 1e-9 margin when that ratio is above 10^6, and
   * then the lift itself is about that large, far above any ask (at most 1).
   */
  static boolean clearlyMeets(MetricTarget t, double asked) {
    double base = t.baseline();
    double change = t.direction() == Direction.DECREASE ? base - t.target() : t.target() - base;
    return change / Math.abs(base) > asked + 1e-9;
  }

  /**
   * Whether the exact lift is at least {@code asked}: {@code (target - baseline) x sign >= asked x
   * |baseline|}, exact in BigDecimal and without the division. When it holds, the lift rounded to
   * 34 digits holds too (rounding is monotonic and {@code asked} is exact at that precision).
   */
  static boolean meets(MetricTarget t, double asked) {
    BigDecimal base = BigDecimal.valueOf(t.baseline());
    BigDecimal change = BigDecimal.valueOf(t.target()).subtract(base);
    if (t.direction() == Direction.DECREASE) {
      change = change.negate();
    }
    return change.compareTo(BigDecimal.valueOf(asked).multiply(base.abs())) >= 0;
  }

  /** The last ask as a decimal, kept so that a validation compares without building it. */
  private static volatile Wanted lastWanted = new Wanted(Double.NaN, BigDecimal.ZERO);

  private record Wanted(double asked, BigDecimal value) {}

  /** {@code BigDecimal.valueOf(asked)}, built once per ask rather than once per validation. */
  private static BigDecimal wanted(double asked) {
    Wanted w = lastWanted;
    if (Double.compare(w.asked(), asked) != 0) {
      w = new Wanted(asked, BigDecimal.valueOf(asked));
      lastWanted = w;
    }
    return w.value();
  }

  private static @Nullable Double asked(MetricCategory category, RuleContext review) {
    switch (category) {
      case ACTIVITY:
        return review.option(ACTIVITY_LIFT);
      case PIPELINE:
        return review.option(PIPELINE_LIFT);
      default:
        return null;
    }
  }

  /** The value that lifts {@code t}'s baseline by {@code lift} in its direction. */
  private static double goal(MetricTarget t, BigDecimal lift) {
    BigDecimal base = BigDecimal.valueOf(t.baseline());
    BigDecimal step = base.abs().multiply(lift);
    return (t.direction() == Direction.DECREASE ? base.subtract(step) : base.add(step))
        .doubleValue();
  }
}
