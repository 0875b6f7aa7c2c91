package dev.sko.rules;

import dev.sko.core.KickoffPlan;

/**
 * Observes a validation, for apps that log or meter it. Every method does nothing by default. Calls
 * come on the validating thread, in rule order; a listener shared by threads must be thread-safe.
 * An exception thrown by a listener propagates to the caller of {@code validate}.
 */
public interface ValidationListener {
  /** {@code rule} is about to check {@code plan}. */
  default void ruleStarted(Rule rule, KickoffPlan plan) {}

  /** {@code rule} finished and reported {@code findings} findings. */
  default void ruleFinished(Rule rule, int findings) {}

  /** {@code rule} threw {@code failure}; it is reported as an ERROR finding. */
  default void ruleFailed(Rule rule, Throwable failure) {}

  /** {@code finding} was reported (after overrides and waivers). */
  default void findingReported(Finding finding) {}
}
