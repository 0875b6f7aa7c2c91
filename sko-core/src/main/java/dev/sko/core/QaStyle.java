package dev.sko.core;

/** How questions are taken in a session. */
public enum QaStyle {
  /** No questions. */
  NONE,
  /** Questions collected and moderated (e.g. via a polling tool), or small-group Q&amp;A. */
  MODERATED,
  /** An open microphone. */
  OPEN_MIC
}
