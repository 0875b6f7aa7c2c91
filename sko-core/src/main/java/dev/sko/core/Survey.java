package dev.sko.core;

import java.util.List;
import org.immutables.value.Value;

/** A survey of attendees: the gap survey before the event or the survey right after it. */
@Value.Immutable
public abstract class Survey {
  Survey() {}

  /** What the survey is for. */
  public abstract SurveyKind kind();

  /** The day it goes out. */
  public abstract RelativeDay day();

  /** Whether answers are anonymous. */
  @Value.Default
  public boolean anonymous() {
    return false;
  }

  /** The questions. */
  public abstract List<SurveyQuestion> questions();

  /** How many questions are free text. */
  public long freeTextQuestions() {
    List<SurveyQuestion> questions = questions();
    long count = 0;
    for (int i = 0; i < questions.size(); i++) { // indexed: no stream on the rules' clean path
      if (questions.get(i).kind() == QuestionKind.FREE_TEXT) {
        count++;
      }
    }
    return count;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Survey}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableSurvey.Builder {}
}
