package dev.sko.examples.acme;

import dev.sko.rules.RuleDocs;
import dev.sko.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Documents the ACME rule pack with the same generator as the built-in catalogue; the build writes
 * {@code docs/acme-rules.md} with it.
 */
public final class AcmeDocs {
  private AcmeDocs() {}

  /** The Markdown of the ACME rule pack. */
  public static String markdown() {
    AcmeRules pack = new AcmeRules();
    return RuleDocs.markdown(
        "ACME rule pack (example)",
        "An example company rule pack, found through `ServiceLoader` when a validator opts in with"
            + " `discoverRules()`. Source: `sko-examples/src/main/java/dev/sko/examples/acme/`.",
        Map.of("ACME", RuleSet.of("acme", pack.rules())),
        pack.rules());
  }

  /**
   * Writes the documentation to the path given as the only argument.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: AcmeDocs <output file>");
    }
    boolean changed = RuleDocs.write(Path.of(args[0]), markdown());
    System.out.println((changed ? "wrote " : "up to date: ") + args[0]);
  }
}
