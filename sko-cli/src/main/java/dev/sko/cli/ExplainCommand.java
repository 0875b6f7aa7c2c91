package dev.sko.cli;

import dev.sko.rules.DidYouMean;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleDocs;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.report.SarifReportWriter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sko explain RULE_ID}: a rule's documentation, its options and the source it follows. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Sko.Version.class,
    description = "Prints a rule's documentation, severities per profile, options and source.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RULE_ID", description = "a rule id, such as sko.agenda.overlap")
  String ruleId = "";

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  @Override
  public Integer call() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    Map<String, RuleSet> profiles = Profiles.all();
    Map<String, Rule> rules = new TreeMap<>();
    for (RuleSet set : profiles.values()) {
      for (Rule rule : set.rules()) {
        rules.putIfAbsent(rule.id(), rule);
      }
    }
    Rule rule = rules.get(ruleId);
    if (rule == null) {
      spec.commandLine()
          .getErr()
          .println("sko explain: " + DidYouMean.message("rule id", ruleId, rules.keySet()));
      return Sko.UNUSABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(rule.id() + ": " + rule.title().strip());
    out.println();
    out.println(rule.rationale().strip());
    out.println();
    out.println("Severity per profile (- not in the profile):");
    for (Map.Entry<String, RuleSet> p : profiles.entrySet()) {
      out.println("  " + p.getKey() + ": " + RuleDocs.severityCell(p.getValue(), rule));
    }
    if (!rule.options().isEmpty()) {
      out.println();
      out.println("Options (override with PlanValidator.Builder.option):");
      for (RuleOption<?> option : rule.options()) {
        out.println(
            "  "
                + option.key()
                + " = "
                + option.format(option.defaultValue())
                + "  "
                + option.description());
        for (Map.Entry<String, RuleSet> p : profiles.entrySet()) {
          Object value = p.getValue().optionOverrides(rule.id()).get(option.key());
          if (value != null) {
            out.println("      " + p.getKey() + ": " + option.format(value));
          }
        }
      }
    }
    out.println();
    out.println("Source: " + rule.source());
    Optional<String> more = SarifReportWriter.builtInHelpUri(rule.id());
    more.ifPresent(uri -> out.println("More: " + uri));
    out.flush();
    return Sko.CLEAN;
  }
}
