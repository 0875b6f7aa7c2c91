package dev.sko.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The day-30 behaviour review as data (BEHAVIOR_CHANGE_MODEL: "measure behavior change 30 days
 * post-kickoff"): for each metric target, in the plan's order, the reading at its measurement day
 * and whether the target was met, missed or not measured. Made by {@link MetricLift#review}.
 */
@Value.Immutable
public abstract class BehaviorReview {
  BehaviorReview() {}

  /** One result per target, in the order the targets were given. */
  public abstract List<TargetResult> results();

  /** The targets that were met. */
  public List<MetricTarget> met() {
    return targets(TargetStatus.MET);
  }

  /** The targets that were measured and missed. */
  public List<MetricTarget> missed() {
    return targets(TargetStatus.MISSED);
  }

  /** The targets without a reading. */
  public List<MetricTarget> notMeasured() {
    return targets(TargetStatus.NOT_MEASURED);
  }

  /** The result for {@code metric}, if it has a target. */
  public Optional<TargetResult> resultFor(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    return results().stream().filter(r -> r.metric().equals(metric)).findFirst();
  }

  /** Whether every target was measured and met (true for no targets). */
  public boolean allMet() {
    return results().stream().allMatch(r -> r.status() == TargetStatus.MET);
  }

  private List<MetricTarget> targets(TargetStatus status) {
    return results().stream()
        .filter(r -> r.status() == status)
        .map(TargetResult::target)
        .collect(Collectors.toUnmodifiableList());
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableBehaviorReview.Builder {}
}
