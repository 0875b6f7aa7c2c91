package dev.sko.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sko} command: {@code sko validate PLAN…}, {@code sko rules}, {@code sko explain
 * RULE_ID}; {@code --help} and {@code --version} on each.
 *
 * <p>Exit status: {@value #CLEAN} clean, {@value #FINDINGS} findings at the threshold, {@value
 * #UNUSABLE} unusable input (a missing or malformed plan or baseline file, an unknown profile or
 * rule id, a bad option), {@value #INTERNAL_ERROR} a fault of sko itself.
 */
@Command(
    name = "sko",
    mixinStandardHelpOptions = true,
    versionProvider = Sko.Version.class,
    description = "Checks sales kickoff plans against evidence-based rules.",
    subcommands = {
      ValidateCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no unwaived, new finding at or above --fail-on",
      "1:at least one such finding",
      "2:unusable input: a missing or malformed plan or baseline file, an unknown profile or rule"
          + " id, a bad option",
      "3:a fault of sko itself"
    })
public final class Sko implements Runnable {
  /** The exit status when no unwaived, new finding reaches the threshold. */
  public static final int CLEAN = 0;

  /** The exit status when an unwaived, new finding reaches the threshold. */
  public static final int FINDINGS = 1;

  /** The exit status when an input cannot be used. */
  public static final int UNUSABLE = 2;

  /** The exit status when sko itself fails. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}.
   *
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Sko());
    cli.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
    cli.getCommandSpec().exitCodeOnExecutionException(INTERNAL_ERROR);
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(UNUSABLE);
      sub.getCommandSpec().exitCodeOnExecutionException(INTERNAL_ERROR);
    }
    return cli;
  }

  /** Without a subcommand: the usage. */
  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /** The version of sko, from the jar's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"sko " + version(), "JVM: ${java.version} (${java.vendor})"};
    }
  }

  /** The version this sko was built as, such as {@code 0.1.0}. */
  static String version() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Sko.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IOException("version.properties is missing from the sko jar");
      }
      p.load(in);
    }
    return p.getProperty("version", "unknown");
  }
}
