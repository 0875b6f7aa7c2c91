package dev.sko.bench.peers;

import dev.sko.rules.Finding;
import dev.sko.rules.Severity;
import java.util.Comparator;

/**
 * A finding as the peer engines report it: rule id, severity, location path and message. sko's own
 * findings carry more (remediation, source, typed evidence); this is what every engine has in
 * common, so the outputs can be compared.
 *
 * @param ruleId the sko rule id the finding belongs to
 * @param severity how severe it is
 * @param path where in the plan, e.g. {@code days[0].sessions[2]}; empty for the plan itself
 * @param message what is wrong
 */
public record Violation(String ruleId, Severity severity, String path, String message) {
  /** A total order: severity, rule id, path, message (paths compared as strings). */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::severity)
          .thenComparing(Violation::ruleId)
          .thenComparing(Violation::path)
          .thenComparing(Violation::message);

  /** The common part of an sko finding. */
  public static Violation of(Finding f) {
    return new Violation(f.ruleId(), f.severity(), f.location().path(), f.message());
  }
}
