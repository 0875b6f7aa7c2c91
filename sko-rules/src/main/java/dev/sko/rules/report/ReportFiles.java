package dev.sko.rules.report;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a report format as one file per plan into a directory, the way the command line's {@code
 * --format html --output DIR} and the Maven plugin's {@code html} format do, so both name the files
 * alike:
 *
 * <ul>
 *   <li>a plan read from a file is named after that file: {@code plans/b2b-30.json} becomes {@code
 *       b2b-30.html} (the last extension is replaced by the format's);
 *   <li>a plan built in code is named after the plan: {@code "FY27 Sales Kickoff"} becomes {@code
 *       fy27-sales-kickoff.html};
 *   <li>when two plans would get the same name (compared without regard to case, as some file
 *       systems do), the first keeps it and the later ones, in the order given, get {@code -2},
 *       {@code -3} … before the extension: {@code a/fy27.json} and {@code b/fy27.yaml} become
 *       {@code fy27.html} and {@code fy27-2.html}.
 * </ul>
 *
 * <p>An existing file of the same name is replaced.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The file name of each plan's own document of a format whose file extension is {@code
   * extension}, in the order of {@code plans}, each distinct from the others as described above.
   */
  public static List<String> names(List<ReportedPlan> plans, String extension) {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(extension, "extension");
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(plans.size());
    for (ReportedPlan plan : plans) {
      String stem = stem(plan);
      String name = stem + "." + extension;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = stem + "-" + n + "." + extension;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * Writes each of {@code plans} with {@code writer} as its own file into {@code directory},
   * creating the directory (and its parents) when missing; the files are named by {@link #names}.
   *
   * @return the files written, in the order of {@code plans}
   * @throws IOException if the directory cannot be created or a file cannot be written
   */
  public static List<Path> writeEach(ReportWriter writer, List<ReportedPlan> plans, Path directory)
      throws IOException {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(directory, "directory");
    Files.createDirectories(directory);
    List<String> names = names(plans, writer.fileExtension());
    List<Path> written = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      Path file = directory.resolve(names.get(i));
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.write(List.of(plans.get(i)), out);
      }
      written.add(file);
    }
    return written;
  }

  /** The plan file's name without its last extension, else the plan's name as a slug. */
  private static String stem(ReportedPlan plan) {
    if (plan.file().isPresent()) {
      String name = fileName(plan.file().get());
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      if (!stem.isEmpty()) {
        return stem;
      }
    }
    String slug =
        plan.report()
            .planName()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "plan" : slug;
  }

  /** The last segment of a path or URI as given, after a slash or the file system's separator. */
  private static String fileName(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf(File.separatorChar));
    return file.substring(slash + 1);
  }
}
