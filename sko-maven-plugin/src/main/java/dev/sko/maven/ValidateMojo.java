package dev.sko.maven;

import dev.sko.json.LocatedPlan;
import dev.sko.json.PlanJson;
import dev.sko.json.PlanJsonException;
import dev.sko.rules.Baseline;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.report.BaselineJson;
import dev.sko.rules.report.ReportFiles;
import dev.sko.rules.report.ReportWriter;
import dev.sko.rules.report.ReportWriters;
import dev.sko.rules.report.ReportedPlan;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Validates the project's kickoff plan files and fails the build when a finding reaches {@code
 * failOn}. Each finding is logged on its file's line and column, at the log level of its severity:
 *
 * <pre>
 * [ERROR] src/sko/fy27.json:[87,9] sko.presentation.length-cap @ days[1].sessions[1] (…): …
 * </pre>
 *
 * <p>Reports go to {@code outputDirectory} ({@code target/sko/}), one file per format ({@code
 * sko.sarif} by default), except {@code html}: a page per plan, named after its file. With a {@code
 * baseline} file only new findings count; {@code writeBaseline} writes one of today's findings.
 * Rule packs added as dependencies of the plugin run only when {@code discoverRules} is true: a jar
 * on the class path never changes a verdict by itself. A plan file that cannot be read fails the
 * build with its file, line and column.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {
  /** The plan files when none are configured: JSON and YAML, as sko-json reads both. */
  static final List<String> DEFAULT_PLANS =
      List.of("src/sko/**/*.json", "src/sko/**/*.yaml", "src/sko/**/*.yml");

  /** The project's directory; plan patterns and logged file names are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir = new File(".");

  /**
   * The plan files: glob patterns relative to the project's directory, such as {@code
   * plans/*.json}; {@code **}{@code /} matches any number of directories, none included. Default
   * {@code src/sko/**}{@code /*.json}, {@code *.yaml} and {@code *.yml} ({@link #DEFAULT_PLANS}).
   */
  @Parameter(property = "sko.plans")
  List<String> plans = new ArrayList<>();

  /** The rule profiles, combined in order (default: {@code recommended}). */
  @Parameter(property = "sko.profiles")
  List<String> profiles = new ArrayList<>();

  /** The least severity that fails the build: {@code error}, {@code warning} or {@code info}. */
  @Parameter(property = "sko.failOn", defaultValue = "error")
  String failOn = "error";

  /**
   * The report formats to write to {@code outputDirectory}: {@code sarif}, {@code json}, {@code
   * text} (each one file, {@code sko.sarif}, {@code sko.json}, {@code sko.txt}), {@code html} (one
   * page per plan, named after the plan file: {@code src/sko/fy27.json} as {@code fy27.html}).
   */
  @Parameter(property = "sko.formats", defaultValue = "sarif")
  List<String> formats = new ArrayList<>(List.of("sarif"));

  /** Where the reports go, as {@code sko.<extension>}, or a file per plan for {@code html}. */
  @Parameter(property = "sko.outputDirectory", defaultValue = "${project.build.directory}/sko")
  File outputDirectory = new File("target/sko");

  /** A baseline file of accepted findings: only findings it does not accept count for failOn. */
  @Parameter(property = "sko.baseline")
  @Nullable File baseline;

  /** Writes today's unwaived findings to this baseline file; the build then passes. */
  @Parameter(property = "sko.writeBaseline")
  @Nullable File writeBaseline;

  /** Skips the check. */
  @Parameter(property = "sko.skip", defaultValue = "false")
  boolean skip;

  /**
   * Also runs the rule packs ({@code RuleProvider} services) added as dependencies of the plugin.
   */
  @Parameter(property = "sko.discoverRules", defaultValue = "false")
  boolean discoverRules;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("sko: skipped");
      return;
    }
    Severity threshold;
    try {
      threshold = Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("sko: failOn: " + e.getMessage());
    }
    RuleSet rules;
    try {
      rules = Profiles.named(profiles);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("sko: profiles: " + e.getMessage());
    }
    PlanValidator.Builder builder = PlanValidator.builder().ruleSet(rules);
    if (discoverRules) {
      builder.discoverRules(ValidateMojo.class.getClassLoader());
    }
    PlanValidator validator = builder.build();
    ReportWriters writers =
        ReportWriters.builder().rules(validator.rules()).ruleSet(validator.ruleSet()).build();
    List<ReportWriter> chosen = new ArrayList<>();
    for (String format : formats) {
      try {
        chosen.add(writers.get(format));
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("sko: formats: " + e.getMessage());
      }
    }
    Baseline accepted = baseline == null ? null : readBaseline(baseline);

    List<String> files = planFiles();
    if (files.isEmpty()) {
      log.warn(
          "sko: no plan file matches "
              + String.join(", ", plans.isEmpty() ? DEFAULT_PLANS : plans)
              + " in "
              + basedir);
      return;
    }
    List<String> unusable = new ArrayList<>();
    List<ReportedPlan> reported = new ArrayList<>();
    List<ValidationReport> reports = new ArrayList<>();
    int failing = 0;
    for (String file : files) {
      LocatedPlan plan;
      try {
        plan = PlanJson.readWithLocations(basedir.toPath().resolve(file));
      } catch (PlanJsonException e) {
        String line = file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage();
        log.error(line);
        unusable.add(line);
        continue;
      } catch (IOException e) {
        String line = file + ": error: cannot read it: " + e.getMessage();
        log.error(line);
        unusable.add(line);
        continue;
      }
      ReportedPlan rp =
          ReportedPlan.validateFile(
              validator, plan.plan(), Path.of(file), plan.sourceMap()::nearest);
      if (accepted != null) {
        rp = rp.withBaseline(accepted);
      }
      reported.add(rp);
      reports.add(rp.report());
      failing += log(rp, threshold);
    }

    for (ReportWriter writer : chosen) {
      if (writer.onePerPlan()) {
        try {
          for (Path page : ReportFiles.writeEach(writer, reported, outputDirectory.toPath())) {
            log.info("sko: " + writer.format() + " report " + page);
          }
        } catch (IOException e) {
          throw new MojoExecutionException(
              "sko: cannot write the " + writer.format() + " reports into " + outputDirectory, e);
        }
        continue;
      }
      Path out = outputDirectory.toPath().resolve("sko." + writer.fileExtension());
      try {
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
          writer.write(reported, stream);
        }
      } catch (IOException e) {
        throw new MojoExecutionException("sko: cannot write the report " + out, e);
      }
      log.info("sko: " + writer.format() + " report " + out);
    }
    if (writeBaseline != null) {
      try {
        BaselineJson.write(Baseline.of(reports), writeBaseline.toPath());
      } catch (IOException e) {
        throw new MojoExecutionException("sko: cannot write the baseline " + writeBaseline, e);
      }
      log.info(
          "sko: the baseline "
              + writeBaseline
              + " accepts every finding of "
              + reports.size()
              + " plan(s)");
    }
    if (!unusable.isEmpty()) {
      throw new MojoFailureException(
          "sko: "
              + unusable.size()
              + " plan file(s) cannot be used:\n"
              + String.join("\n", unusable));
    }
    String verdict =
        "sko: "
            + reported.size()
            + " plan(s), "
            + failing
            + (accepted == null ? "" : " new")
            + " finding(s) at "
            + failOn
            + " or above";
    if (failing > 0 && writeBaseline == null) {
      throw new MojoFailureException(verdict + "; see the log above or " + outputDirectory);
    }
    log.info(verdict);
  }

  /**
   * Logs each finding of {@code plan} at its severity's level ({@code [ERROR]}, {@code [WARNING]},
   * {@code [INFO]}); those a baseline accepts at debug level.
   *
   * @return how many findings fail the build
   */
  private int log(ReportedPlan plan, Severity threshold) {
    Log log = getLog();
    Baseline.@Nullable Comparison comparison = plan.baseline().orElse(null);
    int failing = 0;
    for (Finding f : plan.report().findings()) {
      String where =
          plan.file().orElse(plan.report().planName())
              + plan.region(f.location())
                  .map(r -> ":[" + r.line() + "," + r.column() + "]")
                  .orElse("");
      String line = where + " " + f.ruleId() + " @ " + f.location() + ": " + f.message();
      boolean isNew = comparison == null || comparison.state(f) == Baseline.State.NEW;
      if (!isNew) {
        log.debug(line + " (accepted by the baseline)");
        continue;
      }
      if (f.severity().isAtLeast(threshold)) {
        failing++;
      }
      switch (f.severity()) {
        case ERROR:
          log.error(line);
          break;
        case WARNING:
          log.warn(line);
          break;
        default:
          log.info(line);
      }
    }
    if (comparison != null && !comparison.absent().isEmpty()) {
      log.info(
          plan.file().orElse(plan.report().planName())
              + ": "
              + comparison.absent().size()
              + " finding(s) of the baseline are gone; write it anew to drop them");
    }
    return failing;
  }

  private Baseline readBaseline(File file) throws MojoFailureException {
    try {
      return BaselineJson.read(file.toPath());
    } catch (BaselineJson.FormatException e) {
      throw new MojoFailureException(
          file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new MojoFailureException(file + ": error: no such baseline file");
    } catch (IOException e) {
      throw new MojoFailureException(file + ": error: cannot read the baseline: " + e.getMessage());
    }
  }

  /**
   * The plan files matching the patterns, relative to the project, with forward slashes, sorted.
   */
  List<String> planFiles() throws MojoExecutionException {
    Path base = basedir.toPath();
    TreeSet<String> found = new TreeSet<>();
    for (String pattern : plans.isEmpty() ? DEFAULT_PLANS : plans) {
      List<PathMatcher> matchers = new ArrayList<>();
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      if (pattern.contains("**/")) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "")));
      }
      Path root = base.resolve(fixedPrefix(pattern));
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .map(base::relativize)
            .filter(p -> matchers.stream().anyMatch(m -> m.matches(p)))
            .map(p -> p.toString().replace(p.getFileSystem().getSeparator(), "/"))
            .forEach(found::add);
      } catch (IOException e) {
        throw new MojoExecutionException("sko: cannot list the plan files under " + root, e);
      }
    }
    return new ArrayList<>(found);
  }

  /** The directories of {@code pattern} before its first wildcard, such as {@code src/sko}. */
  static String fixedPrefix(String pattern) {
    String[] parts = pattern.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].matches(".*[*?\\[{].*")) {
        break;
      }
      prefix.append(parts[i]).append('/');
    }
    return prefix.toString();
  }
}
