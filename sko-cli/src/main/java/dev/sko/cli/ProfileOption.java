package dev.sko.cli;

import dev.sko.rules.RuleSet;
import dev.sko.rules.catalog.Profiles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --profile} option of the commands that pick rules: repeat it to combine profiles. */
final class ProfileOption {
  @Option(
      names = "--profile",
      paramLabel = "P",
      description =
          "the rule profile; repeat to combine profiles (default: "
              + Profiles.DEFAULT
              + "). One of: ${COMPLETION-CANDIDATES}",
      completionCandidates = ProfileNames.class)
  List<String> profiles = new ArrayList<>();

  /**
   * The profiles named, combined.
   *
   * @throws IllegalArgumentException naming an unknown profile and the closest known one
   */
  RuleSet ruleSet() {
    return Profiles.named(profiles);
  }

  /** The profile names, for the help. */
  static final class ProfileNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Profiles.all().keySet().iterator();
    }
  }
}
