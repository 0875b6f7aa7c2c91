package dev.sko.core;

import org.immutables.value.Value;

/** One question of a survey and its answer format. */
@Value.Immutable
public abstract class SurveyQuestion {
  SurveyQuestion() {}

  /** The question. */
  public abstract String text();

  /** How it is answered. */
  public abstract QuestionKind kind();

  /** A question {@code text} answered as {@code kind}. */
  public static SurveyQuestion of(String text, QuestionKind kind) {
    return builder().text(text).kind(kind).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SurveyQuestion}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableSurveyQuestion.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "SurveyQuestion.text");
  }
}
