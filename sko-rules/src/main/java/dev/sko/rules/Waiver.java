package dev.sko.rules;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Accepts a finding on purpose: a rule id, optionally a location path, and a reason that must not
 * be blank. Waived findings stay in the report, marked with the waiver, and never fail {@link
 * ValidationReport#check()}.
 *
 * <p>A waiver accepts what a rule found in the plan; it never covers the ERROR finding of a rule
 * that threw, since that says the rule could not check the plan at all.
 */
@Value.Immutable
public abstract class Waiver {
  Waiver() {}

  /** The id of the rule whose findings are accepted. */
  public abstract String ruleId();

  /** The location path the waiver is limited to; absent, it covers the rule's every finding. */
  public abstract Optional<String> path();

  /** Why the finding is accepted. */
  public abstract String reason();

  /** Waives every finding of {@code ruleId}, because of {@code reason}. */
  public static Waiver of(String ruleId, String reason) {
    return builder().ruleId(ruleId).reason(reason).build();
  }

  /** Waives the finding of {@code ruleId} at {@code path}, because of {@code reason}. */
  public static Waiver at(String ruleId, String path, String reason) {
    return builder().ruleId(ruleId).path(path).reason(reason).build();
  }

  /** Whether this waiver covers {@code finding}. */
  public boolean covers(String findingRuleId, Location location) {
    Objects.requireNonNull(findingRuleId, "findingRuleId");
    Objects.requireNonNull(location, "location");
    return ruleId().equals(findingRuleId)
        && path().map(p -> p.equals(location.path())).orElse(true);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Waiver}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableWaiver.Builder {}

  @Value.Check
  void check() {
    RuleIds.check(ruleId());
    if (reason().isBlank()) {
      throw new IllegalArgumentException(
          "Waiver.reason must say why the finding is accepted, but was \""
              + reason()
              + "\" (rule "
              + ruleId()
              + ")");
    }
    path().ifPresent(Location::of);
  }
}
