package dev.sko.rules;

import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a rule found in a plan: which rule, how severe, what it says, where it points, what to
 * do about it, the source the rule follows, and the evidence as typed data.
 */
@Value.Immutable
public abstract class Finding implements Comparable<Finding> {
  Finding() {}

  /** The report order: severity (errors first), rule id, location, then message. */
  public static final Comparator<Finding> ORDER = new ReportOrder();

  /**
   * {@link #ORDER} written out: a chain of {@code Comparator.comparing} would bootstrap five
   * lambdas when the class loads, a few milliseconds of a cold process for a four-field compare.
   */
  private static final class ReportOrder implements Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      int c = a.severity().compareTo(b.severity());
      if (c == 0) {
        c = a.ruleId().compareTo(b.ruleId());
      }
      if (c == 0) {
        c = a.location().compareTo(b.location());
      }
      return c != 0 ? c : a.message().compareTo(b.message());
    }
  }

  /** The id of the rule that reported it. */
  public abstract String ruleId();

  /** How severe it is, after the validator's overrides. */
  public abstract Severity severity();

  /** What is wrong, with the actual and expected values. */
  public abstract String message();

  /** Where in the plan. */
  public abstract Location location();

  /** What the planner should do about it. */
  public abstract Optional<String> remediation();

  /** The source document and figure the rule follows. */
  public abstract String source();

  /** The actual and expected values and computed figures. */
  @Value.Default
  public Evidence evidence() {
    return Evidence.none();
  }

  /** The waiver that accepts this finding, if any. */
  public abstract Optional<Waiver> waiver();

  /** Whether a waiver accepts this finding. */
  public boolean isWaived() {
    return waiver().isPresent();
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableFinding.Builder {}

  @Value.Check
  void check() {
    RuleIds.check(ruleId());
    if (message().isBlank()) {
      throw new IllegalArgumentException(
          "Finding.message must not be blank, but was \""
              + message()
              + "\" (rule "
              + ruleId()
              + ")");
    }
    remediation()
        .ifPresent(
            r -> {
              if (r.isBlank()) {
                throw new IllegalArgumentException(
                    "Finding.remediation must not be blank when present, but was \""
                        + r
                        + "\" (rule "
                        + ruleId()
                        + ")");
              }
            });
  }

  /** {@code ERROR sko.x at days[0].sessions[1] (id "title"): message}. */
  @Override
  public String toString() {
    return severity() + " " + ruleId() + " at " + location() + ": " + message();
  }
}
