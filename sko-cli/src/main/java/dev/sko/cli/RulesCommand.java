package dev.sko.cli;

import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sko rules}: the rules of a profile, one per line, with the severity they report at. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Sko.Version.class,
    description = "Lists the rules of a profile with their severities.")
final class RulesCommand implements Callable<Integer> {
  @CommandLine.Mixin ProfileOption profile = new ProfileOption();

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    RuleSet set;
    try {
      set = profile.ruleSet();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sko rules: " + e.getMessage());
      return Sko.UNUSABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = new ArrayList<>(set.rules());
    rules.sort(Comparator.comparing(Rule::id));
    int width = 0;
    for (Rule rule : rules) {
      width = Math.max(width, rule.id().length());
    }
    out.println(set.name() + ": " + rules.size() + (rules.size() == 1 ? " rule" : " rules"));
    for (Rule rule : rules) {
      String severity = set.severityOverride(rule.id()).map(s -> s.name()).orElse(severities(rule));
      out.println(
          String.format(
              Locale.ROOT, "%-13s %-" + width + "s  %s", severity, rule.id(), rule.title()));
    }
    out.flush();
    return Sko.CLEAN;
  }

  /** {@code WARNING}, or {@code ERROR/WARNING} for a rule that grades its findings itself. */
  static String severities(Rule rule) {
    List<String> names = new ArrayList<>();
    rule.severities().forEach(s -> names.add(s.name()));
    return String.join("/", names);
  }
}
