package dev.sko.rules.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes validation reports in one format: the one shape that every output of sko has, whether it
 * is read by a person (text, HTML) or by another tool (JSON, SARIF). The command line, the Maven
 * plugin and the walkthrough pick a writer by its {@link #format()} name and never by a switch of
 * their own.
 *
 * <p>Implementations are immutable and thread-safe. A writer writes UTF-8, does not close the
 * stream it is given, and fails with the stream's {@link IOException} rather than swallowing it.
 */
public interface ReportWriter {

  /**
   * The format's name as users spell it on the command line and in the plugin's configuration:
   * lower case, such as {@code text}, {@code json}, {@code sarif} or {@code html}.
   */
  String format();

  /** The usual file name extension of this format, without the dot, such as {@code sarif}. */
  String fileExtension();

  /**
   * Whether a document of this format is about one plan (HTML: a page per plan), so that tools
   * writing files write one per plan into a directory ({@link ReportFiles#writeEach}); false, the
   * default, for formats that hold every plan in one document (text, JSON, SARIF).
   */
  default boolean onePerPlan() {
    return false;
  }

  /**
   * Writes the reports of {@code plans}, in their order, to {@code out} as one document of this
   * format. A format that holds one plan per document (such as HTML) writes each plan given here
   * into the same document in turn; callers that want one file per plan call this once per plan.
   *
   * @throws IOException if writing to {@code out} fails
   */
  void write(List<ReportedPlan> plans, OutputStream out) throws IOException;

  /** The document {@link #write(List, OutputStream)} writes, as a string. */
  default String write(List<ReportedPlan> plans) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(plans, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
