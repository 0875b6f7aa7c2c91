package dev.sko.cli;

import dev.sko.json.LocatedPlan;
import dev.sko.json.PlanJson;
import dev.sko.json.PlanJsonException;
import dev.sko.rules.Baseline;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleProvider;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.report.BaselineJson;
import dev.sko.rules.report.ReportFiles;
import dev.sko.rules.report.ReportWriter;
import dev.sko.rules.report.ReportWriters;
import dev.sko.rules.report.ReportedPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sko validate}: validates plan files and exits non-zero when a finding reaches the
 * threshold, so a pipeline can gate a pull request on it. Unusable inputs are explained on standard
 * error, one line each, {@code FILE:LINE:COLUMN: error: …}; the other files are still validated and
 * reported. A pass or fail line per file follows on standard error.
 *
 * <p>A format that is one document per plan (HTML) needs {@code --output DIR} and writes a file per
 * plan there, named by {@link ReportFiles}.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Sko.Version.class,
    description = {
      "Validates sko plan files (JSON or YAML) against rule profiles.",
      "Exit status: 0 no unwaived, new finding at or above --fail-on; 1 such findings;"
          + " 2 unusable input (a missing or malformed plan or baseline file, an unknown profile,"
          + " a bad option)."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PLAN",
      arity = "1..*",
      description = "plan files (JSON, or YAML named .yaml or .yml)")
  List<String> files = new ArrayList<>();

  @CommandLine.Mixin ProfileOption profile = new ProfileOption();

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = ReportWriters.DEFAULT_FORMAT,
      description = "the report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = FormatNames.class)
  String format = ReportWriters.DEFAULT_FORMAT;

  @Option(
      names = "--fail-on",
      paramLabel = "S",
      defaultValue = "error",
      description =
          "the least severity that fails: error, warning or info (default: ${DEFAULT-VALUE})")
  String failOn = "error";

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR",
      description = {
        "write the report to FILE instead of standard output; with --format html (one page per"
            + " plan) the directory DIR to write the pages into, required: plans/b2b-30.json"
            + " becomes DIR/b2b-30.html, and a later plan whose name is taken gets -2, -3 …"
      })
  @Nullable Path output;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "accept the findings this baseline file lists: only new ones fail")
  @Nullable Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "write every unwaived finding to this baseline file and exit 0 (unless an input is"
              + " unusable)")
  @Nullable Path writeBaseline;

  @Option(
      names = "--rules",
      paramLabel = "JAR",
      description = "also run the rule packs (RuleProvider services) of this jar; repeatable")
  List<Path> ruleJars = new ArrayList<>();

  @Option(names = "--discover", description = "also run rule packs found on the class path")
  boolean discover;

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec().commandLine().getErr();
    Severity threshold;
    try {
      threshold = Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      return usage("--fail-on: " + e.getMessage());
    }
    RuleSet rules;
    try {
      rules = profile.ruleSet();
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    PlanValidator.Builder builder = PlanValidator.builder().ruleSet(rules);
    if (discover) {
      builder.discoverRules();
    }
    for (Path jar : ruleJars) {
      Optional<String> problem = addRulePack(builder, jar);
      if (problem.isPresent()) {
        err.println(jar + ": error: " + problem.get());
        return Sko.UNUSABLE;
      }
    }
    PlanValidator validator;
    try {
      validator = builder.build();
    } catch (IllegalArgumentException e) {
      err.println("sko validate: error: " + e.getMessage());
      return Sko.UNUSABLE;
    }
    ReportWriters writers =
        ReportWriters.builder()
            .rules(validator.rules())
            .ruleSet(validator.ruleSet())
            .toolVersion(Sko.version())
            .build();
    Optional<ReportWriter> writer = writers.find(format);
    if (writer.isEmpty()) {
      return usage(
          dev.sko.rules.DidYouMean.message("format", format, writers.formats())
              + " The formats are "
              + String.join(", ", writers.formats())
              + ".");
    }
    if (writer.get().onePerPlan()) {
      if (output == null) {
        return usage(
            "--format "
                + format
                + " writes one file per plan: give the directory for them with --output DIR");
      }
      try {
        Files.createDirectories(output);
      } catch (IOException | InvalidPathException e) {
        err.println(output + ": error: cannot create the report directory: " + describe(e));
        return Sko.UNUSABLE;
      }
    }
    Baseline accepted = null;
    if (baseline != null) {
      accepted = readBaseline(baseline, err);
      if (accepted == null) {
        return Sko.UNUSABLE;
      }
    }

    boolean unusable = false;
    List<ReportedPlan> reported = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ValidationReport> reports = new ArrayList<>();
    for (String file : files) {
      Optional<LocatedPlan> plan = read(file, err);
      if (plan.isEmpty()) {
        unusable = true;
        continue;
      }
      ReportedPlan rp =
          ReportedPlan.validateFile(
              validator, plan.get().plan(), Path.of(file), plan.get().sourceMap()::nearest);
      if (accepted != null) {
        rp = rp.withBaseline(accepted);
      }
      names.add(file);
      reports.add(rp.report());
      reported.add(rp);
    }

    if (writer.get().onePerPlan() && output != null) {
      try {
        for (Path written : ReportFiles.writeEach(writer.get(), reported, output)) {
          err.println(written + ": " + writer.get().format() + " report written");
        }
      } catch (IOException | InvalidPathException e) {
        err.println(output + ": error: cannot write the reports: " + describe(e));
        return Sko.UNUSABLE;
      }
    } else if (output != null) {
      try {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(output)) {
          writer.get().write(reported, out);
        }
      } catch (IOException | InvalidPathException e) {
        err.println(output + ": error: cannot write the report: " + e.getMessage());
        return Sko.UNUSABLE;
      }
    } else {
      PrintWriter out = spec().commandLine().getOut();
      out.print(writer.get().write(reported));
      out.flush();
    }

    if (writeBaseline != null) {
      try {
        BaselineJson.write(Baseline.of(reports), writeBaseline);
      } catch (IOException | InvalidPathException e) {
        err.println(writeBaseline + ": error: cannot write the baseline: " + e.getMessage());
        return Sko.UNUSABLE;
      }
    }

    boolean failing = false;
    String level = threshold.name().toLowerCase(Locale.ROOT);
    for (int i = 0; i < reported.size(); i++) {
      ReportedPlan plan = reported.get(i);
      int fails =
          plan.baseline()
              .map(b -> b.newFindingsAtLeast(threshold).size())
              .orElse(plan.report().findingsAtLeast(threshold).size());
      StringBuilder line =
          new StringBuilder(names.get(i))
              .append(": ")
              .append(fails == 0 ? "passes" : "fails")
              .append(" at --fail-on ")
              .append(level);
      plan.baseline()
          .ifPresent(
              b ->
                  line.append(" (")
                      .append(b.newFindings().size())
                      .append(" new, ")
                      .append(b.unchangedFindings().size())
                      .append(" accepted by the baseline, ")
                      .append(b.absent().size())
                      .append(" gone)"));
      err.println(line);
      failing |= fails > 0;
    }
    err.flush();
    if (unusable) {
      return Sko.UNUSABLE;
    }
    if (writeBaseline != null) {
      err.println(
          writeBaseline + ": the baseline accepts every finding of " + files.size() + " plan(s)");
      return Sko.CLEAN;
    }
    return failing ? Sko.FINDINGS : Sko.CLEAN;
  }

  private CommandLine.Model.CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  private int usage(@Nullable String message) {
    PrintWriter err = spec().commandLine().getErr();
    err.println("sko validate: " + message);
    err.println("Run 'sko validate --help' for usage.");
    return Sko.UNUSABLE;
  }

  /** The service file that names a jar's rule providers. */
  static final String SERVICES = "META-INF/services/" + RuleProvider.class.getName();

  /**
   * Adds the rules of the providers that {@code jar}'s own {@value #SERVICES} names (not those of
   * other jars on the class path); the problem, if the jar has none or cannot be loaded.
   */
  private static Optional<String> addRulePack(PlanValidator.Builder builder, Path jar) {
    if (!Files.isRegularFile(jar)) {
      return Optional.of("no such rule pack jar");
    }
    List<String> providers = new ArrayList<>();
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      java.util.zip.ZipEntry entry = file.getEntry(SERVICES);
      if (entry == null) {
        return Optional.of("the jar names no rule provider (it has no " + SERVICES + ")");
      }
      try (java.io.BufferedReader in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  file.getInputStream(entry), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String name = line.replaceAll("#.*", "").strip();
          if (!name.isEmpty()) {
            providers.add(name);
          }
        }
      }
      // The loader stays open: the rules' classes load from it while plans are validated.
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, Sko.class.getClassLoader());
      for (String name : providers) {
        RuleProvider provider =
            Class.forName(name, true, loader)
                .asSubclass(RuleProvider.class)
                .getConstructor()
                .newInstance();
        builder.addRules(provider.rules());
      }
    } catch (IOException e) {
      return Optional.of("cannot read the rule pack: " + e.getMessage());
    } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
      return Optional.of("cannot load its rule provider: " + e);
    }
    return providers.isEmpty()
        ? Optional.of("the jar names no rule provider in " + SERVICES)
        : Optional.empty();
  }

  /** An I/O problem for a message: its message, or its kind when it has none. */
  private static String describe(Exception e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static @Nullable Baseline readBaseline(Path file, PrintWriter err) {
    try {
      return BaselineJson.read(file);
    } catch (BaselineJson.FormatException e) {
      err.println(file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println(file + ": error: no such baseline file");
    } catch (IOException e) {
      err.println(file + ": error: cannot read the baseline: " + e.getMessage());
    }
    return null;
  }

  private static Optional<LocatedPlan> read(String file, PrintWriter err) {
    try {
      return Optional.of(PlanJson.readWithLocations(Path.of(file)));
    } catch (PlanJsonException e) {
      err.println(file + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
    } catch (NoSuchFileException e) {
      err.println(file + ": error: no such file");
    } catch (IOException | InvalidPathException e) {
      err.println(file + ": error: cannot read it: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The report formats, for the help. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ReportWriters.builder().build().formats().iterator();
    }
  }
}
