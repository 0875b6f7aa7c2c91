package dev.sko.rules.catalog;

import dev.sko.rules.RuleDocs;
import dev.sko.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates {@code docs/rules.md} from the built-in rules' metadata and the profile matrix ({@link
 * Profiles}). The build runs it after compiling {@code sko-rules} ({@code exec-maven-plugin}); CI
 * fails when the committed file differs from what the build wrote.
 */
public final class CatalogDocs {
  private CatalogDocs() {}

  /** The Markdown of the whole built-in catalogue. */
  public static String markdown() {
    Map<String, RuleSet> columns = new LinkedHashMap<>();
    columns.put("R", Profiles.recommended());
    columns.put("C", Profiles.classic());
    columns.put("B", Profiles.behaviorChange());
    columns.put("A", Profiles.accelerationSummit());
    columns.put("P", Profiles.planningProcess());
    String intro =
        "Every built-in rule of `sko`, generated from the rules' own metadata.\n\n"
            + "Columns are the profiles of `dev.sko.rules.catalog.Profiles`: **R** `recommended()`,"
            + " **C** `classic()`, **B** `behaviorChange()`, **A** `accelerationSummit()`, **P**"
            + " `planningProcess()` (an add-on that composes with any other). A cell is the severity"
            + " of the rule's findings in that profile: **E** error, **W** warning, **I** info,"
            + " **E/W** (or **I/W**) the rule grades each finding by how far the plan is off, **-**"
            + " not in the profile. Source keys are those of the five source documents ("
            + "`SKO_GUIDE`, `B2B_SKO_GUIDE`, `ACCELERATION_SUMMIT`, `BEHAVIOR_CHANGE_MODEL`,"
            + " `GITLAB_HANDBOOK`), explained in [sources.md](sources.md).\n\n"
            + Catalog.rules().size()
            + " rules.";
    return RuleDocs.markdown("sko rule catalogue", intro, columns, Catalog.rules());
  }

  /**
   * Writes the catalogue documentation to the path given as the only argument.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CatalogDocs <output file>, e.g. docs/rules.md");
    }
    boolean changed = RuleDocs.write(Path.of(args[0]), markdown());
    System.out.println((changed ? "wrote " : "up to date: ") + args[0]);
  }
}
