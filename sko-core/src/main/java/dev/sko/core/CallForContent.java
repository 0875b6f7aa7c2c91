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

  /**
   * The day the call closes: {@link #openForDays()} after it opens, so a call opening on a Monday
   * for 21 days closes on the Monday three weeks later and is last open the Sunday before.
   */
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
    Checks.check(
        (long) opensOn().offset() + openForDays() <= RelativeDay.MAX_OFFSET,
        "CallForContent.openForDays",
        openForDays(),
        "must let the call close within " + RelativeDay.MAX_OFFSET + " days of the event");
  }
}
