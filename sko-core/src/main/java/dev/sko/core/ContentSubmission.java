package dev.sko.core;

import org.immutables.value.Value;

/** A session proposed in the call for content, and where its selection stands (GITLAB_HANDBOOK). */
@Value.Immutable
public abstract class ContentSubmission {
  ContentSubmission() {}

  /** The proposed title. */
  public abstract String title();

  /** The kind of session proposed. */
  public abstract SubmissionType type();

  /** Triage, accepted or deferred. */
  @Value.Default
  public SubmissionState state() {
    return SubmissionState.TRIAGE;
  }

  /** A submission {@code title} of {@code type} in {@code state}. */
  public static ContentSubmission of(String title, SubmissionType type, SubmissionState state) {
    return builder().title(title).type(type).state(state).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContentSubmission}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableContentSubmission.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(title(), "ContentSubmission.title");
  }
}
