package dev.sko.core;

/** The answer format of a survey question. */
public enum QuestionKind {
  /** A 1-5 Likert scale. */
  LIKERT,
  /** Free text. */
  FREE_TEXT,
  /** A net-promoter-style 0-10 score. */
  NPS,
  /** One or more choices from a list. */
  MULTIPLE_CHOICE
}
