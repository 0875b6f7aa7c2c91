package dev.sko.examples.cli;

import dev.sko.json.LocatedPlan;
import dev.sko.json.PlanJson;
import dev.sko.json.PlanJsonException;
import dev.sko.json.SourceMap;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.report.JsonReportWriter;
import dev.sko.rules.report.ReportedPlan;
import dev.sko.rules.report.SarifReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan-file check for CI: validates JSON plan files and exits non-zero when a finding reaches
 * the threshold, so a pipeline can gate a pull request on it.
 *
 * <pre>
 * validate PLAN.json... [--profile P]... [--format text|json|sarif] [--fail-on error|warning|info]
 *                       [--output FILE] [--discover] [--help]
 * </pre>
 *
 * <p>Exit status: {@value #CLEAN} when no unwaived finding reaches the threshold, {@value
 * #FINDINGS} when one does, {@value #UNUSABLE} when an input cannot be used (a plan file that is
 * missing or not a valid plan document, an unknown profile, a bad argument). Unusable inputs are
 * explained on standard error, one line each in the form {@code FILE:LINE:COLUMN: error: …}; the
 * other files are still validated and reported.
 */
public final class Validate {
  private Validate() {}

  /** The exit status when no unwaived finding reaches the threshold. */
  public static final int CLEAN = 0;

  /** The exit status when an unwaived finding reaches the threshold. */
  public static final int FINDINGS = 1;

  /** The exit status when an input cannot be used. */
  public static final int UNUSABLE = 2;

  /** The profile used when none is given. */
  public static final String DEFAULT_PROFILE = "recommended";

  static final String USAGE =
      "Usage: validate PLAN.json... [options]\n"
          + "\n"
          + "Validates sko plan files (JSON, format version "
          + PlanJson.FORMAT_VERSION
          + ") against a rule profile.\n"
          + "\n"
          + "Options:\n"
          + "  --profile P       the rule profile; give several to combine them (default "
          + DEFAULT_PROFILE
          + ")\n"
          + "                    one of: %s\n"
          + "  --format F        text (default), json or sarif\n"
          + "  --fail-on S       the least severity that fails: error (default), warning or info\n"
          + "  --output FILE     write the report to FILE instead of standard output\n"
          + "  --discover        also run rule packs found on the class path\n"
          + "  --help            show this help\n"
          + "\n"
          + "Exit status: 0 no finding at or above the threshold, 1 such findings,\n"
          + "             2 unusable input (a missing or malformed plan file, an unknown profile).\n";

  /** Runs the check and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the check with {@code args}, writing the report to {@code out} (unless {@code --output}
   * names a file) and problems to {@code err}.
   *
   * @return the exit status: {@link #CLEAN}, {@link #FINDINGS} or {@link #UNUSABLE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("validate: " + e.getMessage());
      err.println("Run 'validate --help' for usage.");
      return UNUSABLE;
    }
    if (options.help) {
      out.print(String.format(Locale.ROOT, USAGE, String.join(", ", Profiles.all().keySet())));
      return CLEAN;
    }
    RuleSet rules;
    try {
      rules = ruleSet(options.profiles);
    } catch (IllegalArgumentException e) {
      err.println("validate: " + e.getMessage());
      return UNUSABLE;
    }
    PlanValidator.Builder builder = PlanValidator.builder().ruleSet(rules);
    if (options.discover) {
      builder.discoverRules();
    }
    PlanValidator validator = builder.build();

    boolean unusable = false;
    List<ReportedPlan> reported = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String file : options.files) {
      Optional<LocatedPlan> plan = read(file, err);
      if (plan.isEmpty()) {
        unusable = true;
        continue;
      }
      ValidationReport report = validator.validate(plan.get().plan());
      SourceMap sources = plan.get().sourceMap();
      names.add(file);
      reported.add(
          ReportedPlan.fromFile(
              report, uri(file), location -> Optional.of(sources.nearest(location.path()))));
    }

    String text = render(options.format, reported, names, validator, options.failOn);
    if (options.output != null) {
      try {
        Path output = Path.of(options.output);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } catch (IOException | InvalidPathException e) {
        err.println(options.output + ": error: cannot write the report: " + e.getMessage());
        return UNUSABLE;
      }
    } else {
      out.print(text);
      out.flush();
    }

    if (unusable) {
      return UNUSABLE;
    }
    for (ReportedPlan plan : reported) {
      if (!plan.report().findingsAtLeast(options.failOn).isEmpty()) {
        return FINDINGS;
      }
    }
    return CLEAN;
  }

  private static RuleSet ruleSet(List<String> names) {
    Map<String, RuleSet> profiles = Profiles.all();
    RuleSet combined = null;
    for (String name : names.isEmpty() ? List.of(DEFAULT_PROFILE) : names) {
      RuleSet profile = profiles.get(name);
      if (profile == null) {
        throw new IllegalArgumentException(
            "unknown profile \""
                + name
                + "\"; the profiles are "
                + String.join(", ", profiles.keySet()));
      }
      combined = combined == null ? profile : combined.with(profile);
    }
    if (combined == null) {
      throw new IllegalStateException("no profile");
    }
    return combined;
  }

  private static Optional<LocatedPlan> read(String file, PrintStream err) {
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

  /** The file as a URI reference: relative paths stay relative, with forward slashes. */
  static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    String slashed = path.normalize().toString().replace(path.getFileSystem().getSeparator(), "/");
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.toAbsolutePath().toUri().toString();
    }
  }

  private static String render(
      String format,
      List<ReportedPlan> plans,
      List<String> names,
      PlanValidator validator,
      Severity failOn) {
    switch (format) {
      case "json":
        return JsonReportWriter.write(plans);
      case "sarif":
        return SarifReportWriter.builder().rules(validator.rules()).build().write(plans);
      default:
        return text(plans, names, failOn);
    }
  }

  /**
   * One line per finding in the compiler style {@code FILE:LINE:COLUMN: SEVERITY rule @ path:
   * message}, then a summary line per file; {@code names} are the files as given.
   */
  static String text(List<ReportedPlan> plans, List<String> names, Severity failOn) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < plans.size(); i++) {
      ReportedPlan plan = plans.get(i);
      ValidationReport report = plan.report();
      String file = names.get(i);
      for (Finding f : report.findings()) {
        line(sb, plan, file, f, f.severity().name());
      }
      for (Finding f : report.waivedFindings()) {
        line(sb, plan, file, f, "WAIVED");
        sb.append("    waived: ").append(f.waiver().orElseThrow().reason()).append('\n');
      }
      int failing = report.findingsAtLeast(failOn).size();
      sb.append(file)
          .append(": \"")
          .append(report.planName())
          .append("\": ")
          .append(plural(report.count(Severity.ERROR), "error"))
          .append(", ")
          .append(plural(report.count(Severity.WARNING), "warning"))
          .append(", ")
          .append(report.count(Severity.INFO))
          .append(" info, ")
          .append(report.waivedFindings().size())
          .append(" waived (")
          .append(plural(report.rulesRun(), "rule"))
          .append("); ")
          .append(failing == 0 ? "passes" : "fails")
          .append(" at --fail-on ")
          .append(failOn.name().toLowerCase(Locale.ROOT))
          .append('\n');
    }
    return sb.toString();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static void line(
      StringBuilder sb, ReportedPlan plan, String file, Finding f, String label) {
    sb.append(file);
    plan.region(f.location())
        .ifPresent(r -> sb.append(':').append(r.line()).append(':').append(r.column()));
    sb.append(": ")
        .append(label)
        .append(' ')
        .append(f.ruleId())
        .append(" @ ")
        .append(f.location())
        .append(": ")
        .append(f.message())
        .append('\n');
    f.remediation().ifPresent(r -> sb.append("    fix: ").append(r).append('\n'));
  }

  /** The parsed command line. */
  static final class Options {
    final List<String> files = new ArrayList<>();
    final List<String> profiles = new ArrayList<>();
    String format = "text";
    Severity failOn = Severity.ERROR;
    @Nullable String output;
    boolean discover;
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help":
          case "-h":
            o.help = true;
            break;
          case "--discover":
            o.discover = true;
            break;
          case "--profile":
            o.profiles.add(value(args, ++i, arg));
            break;
          case "--format":
            o.format = value(args, ++i, arg);
            if (!List.of("text", "json", "sarif").contains(o.format)) {
              throw new IllegalArgumentException(
                  "--format must be text, json or sarif, but was \"" + o.format + "\"");
            }
            break;
          case "--fail-on":
            String level = value(args, ++i, arg);
            switch (level) {
              case "error":
                o.failOn = Severity.ERROR;
                break;
              case "warning":
                o.failOn = Severity.WARNING;
                break;
              case "info":
                o.failOn = Severity.INFO;
                break;
              default:
                throw new IllegalArgumentException(
                    "--fail-on must be error, warning or info, but was \"" + level + "\"");
            }
            break;
          case "--output":
            o.output = value(args, ++i, arg);
            break;
          default:
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            o.files.add(arg);
        }
      }
      if (!o.help && o.files.isEmpty()) {
        throw new IllegalArgumentException("no plan file given");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
