package dev.sko.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The call for content for breakout sessions (GITLAB_HANDBOOK): when it opens, how many days it
 * stays open, and the submissions it received.
 */
@Value.Immutable
public abstract class CallForContent {
  CallForContent() {}

  /** The day the call opens. */
  public abstract RelativeDay opensOn();

  /** How many days it stays open. */
  public abstract int openForDays();

  /** The submissions. */
  public abstract List<ContentSubmission> submissions();

  /** The last day the call is open. */
  public RelativeDay closesOn() {
    return opensOn().plusDays(openForDays());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallForContent}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCallForContent.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        openForDays() >= 1, "CallForContent.openForDays", openForDays(), "must be at least 1");
  }
}
