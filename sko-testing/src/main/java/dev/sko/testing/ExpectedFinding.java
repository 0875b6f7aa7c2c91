package dev.sko.testing;

import dev.sko.rules.Evidence;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding a test expects a rule to report: its severity and location, and optionally its evidence
 * and a part of its message. The rule id is the tester's rule.
 *
 * <pre>{@code
 * ExpectedFinding.of(Severity.WARNING, Location.of("days[0].sessions[1]"))
 *     .withEvidence(Evidence.of(Duration.ofMinutes(60), Duration.ofMinutes(45)))
 * }</pre>
 *
 * <p>A reported finding matches when its severity and location are equal, and, where given, its
 * evidence is equal and its message contains the text.
 */
@Value.Immutable
public abstract class ExpectedFinding {
  ExpectedFinding() {}

  /** The expected severity. */
  public abstract Severity severity();

  /** The expected location. */
  public abstract Location location();

  /** The expected evidence, compared whole, if given. */
  public abstract Optional<Evidence> evidence();

  /** A text the message must contain, if given. */
  public abstract Optional<String> messageContains();

  /** A finding of {@code severity} at {@code location}, with any evidence and message. */
  public static ExpectedFinding of(Severity severity, Location location) {
    return ImmutableExpectedFinding.builder().severity(severity).location(location).build();
  }

  /** A finding of {@code severity} at the plan path {@code path}, e.g. {@code days[0]}. */
  public static ExpectedFinding of(Severity severity, String path) {
    return of(severity, Location.of(path));
  }

  /** This expectation, also requiring {@code evidence}. */
  public ExpectedFinding withEvidence(Evidence evidence) {
    return ImmutableExpectedFinding.builder().from(this).evidence(evidence).build();
  }

  /** This expectation, also requiring the message to contain {@code text}. */
  public ExpectedFinding withMessageContaining(String text) {
    return ImmutableExpectedFinding.builder().from(this).messageContains(text).build();
  }

  /** Whether {@code finding} is the one this expects. */
  public boolean matches(Finding finding) {
    return finding.severity() == severity()
        && finding.location().equals(location())
        && evidence().map(e -> e.equals(finding.evidence())).orElse(true)
        && messageContains().map(t -> finding.message().contains(t)).orElse(true);
  }

  /** One line: severity, location and what else is expected, as the side-by-side shows it. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(severity()).append(" @ ").append(location());
    evidence().ifPresent(e -> sb.append(" evidence ").append(e));
    messageContains().ifPresent(t -> sb.append(" message contains \"").append(t).append('"'));
    return sb.toString();
  }
}
