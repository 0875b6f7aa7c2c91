package dev.sko.examples;

import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Phase;
import dev.sko.core.PhaseCalendar;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import dev.sko.rules.report.HtmlReportWriter;
import dev.sko.rules.report.ReportedPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The README's first command: validates the sample plans under the built-in profiles and prints a
 * review of each — a summary of findings per profile, the full review under the plan's own profile
 * (findings grouped by severity, with locations and remediations), the computed cost, per-rep and
 * break-even figures, and the phase calendar.
 *
 * <pre>
 * --all                     every sample plan (the default)
 * --plan NAME               one sample plan (see --list)
 * --profile NAME            review under this profile instead of the plan's own
 * --html DIR                write each reviewed plan's HTML review into DIR
 *                           (default target/walkthrough-html) and print its path
 * --list                    the sample plans and profiles
 * --help                    this text
 * </pre>
 */
public final class Walkthrough {
  /** Where the HTML reviews go unless {@code --html} says otherwise. */
  static final String DEFAULT_HTML_DIR = "target/walkthrough-html";

  private static final String HELP =
      String.join(
          "\n",
          "Usage: Walkthrough [--all | --plan NAME] [--profile NAME] [--html DIR] [--list] [--help]",
          "",
          "Validates the sample kickoff plans against the built-in rule catalogue and prints a review.",
          "",
          "  --all           review every sample plan (the default)",
          "  --plan NAME     review one sample plan: "
              + String.join(", ", SamplePlans.all().keySet()),
          "  --profile NAME  review under this profile instead of the plan's own:",
          "                  " + String.join(", ", profiles().keySet()),
          "  --html DIR      write each reviewed plan's HTML review into DIR (default "
              + DEFAULT_HTML_DIR
              + ")",
          "  --list          list the sample plans and the profiles",
          "  --help          print this text",
          "",
          "With Maven: mvn -B -q -pl sko-examples -am verify -DskipTests -Dwalkthrough"
              + " -Dwalkthrough.args=\"--plan theater --profile behaviorChange\"");

  /** The profile each sample plan is reviewed under by default: the school it follows. */
  private static final Map<String, String> OWN_PROFILE =
      Map.of(
          "behavior-change", "behaviorChange",
          "b2b-30", "classic",
          "acceleration-summit", "accelerationSummit",
          "enterprise-250", "recommended+planningProcess",
          "theater", "behaviorChange");

  private final PrintStream out;

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /** Runs the walkthrough with {@code args}; see the class documentation. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the walkthrough, printing to {@code out} and errors to {@code err}.
   *
   * @return 0 on success, 1 when the HTML reviews cannot be written, 2 on bad arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Optional<String> plan = Optional.empty();
    Optional<String> profile = Optional.empty();
    Path htmlDir = Path.of(DEFAULT_HTML_DIR);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help":
        case "-h":
          out.println(HELP);
          return 0;
        case "--list":
          out.println("Sample plans: " + String.join(", ", SamplePlans.all().keySet()));
          out.println("Profiles:     " + String.join(", ", profiles().keySet()));
          return 0;
        case "--all":
          plan = Optional.empty();
          break;
        case "--plan":
        case "--profile":
        case "--html":
          if (i + 1 >= args.length) {
            err.println(
                args[i]
                    + " needs a "
                    + (args[i].equals("--html") ? "folder" : "name")
                    + "\n\n"
                    + HELP);
            return 2;
          }
          if (args[i].equals("--plan")) {
            plan = Optional.of(args[++i]);
          } else if (args[i].equals("--profile")) {
            profile = Optional.of(args[++i]);
          } else {
            htmlDir = Path.of(args[++i]);
          }
          break;
        default:
          err.println("unknown argument \"" + args[i] + "\"\n\n" + HELP);
          return 2;
      }
    }
    if (plan.isPresent() && !SamplePlans.all().containsKey(plan.get())) {
      err.println(
          "unknown plan \""
              + plan.get()
              + "\"; the sample plans are "
              + String.join(", ", SamplePlans.all().keySet()));
      return 2;
    }
    if (profile.isPresent() && !profiles().containsKey(profile.get())) {
      err.println(
          "unknown profile \""
              + profile.get()
              + "\"; the profiles are "
              + String.join(", ", profiles().keySet()));
      return 2;
    }
    Walkthrough w = new Walkthrough(out);
    Map<String, Path> pages = new LinkedHashMap<>();
    for (Map.Entry<String, KickoffPlan> e : SamplePlans.all().entrySet()) {
      if (plan.isEmpty() || plan.get().equals(e.getKey())) {
        String profileName = profile.orElse(ownProfile(e.getKey()));
        w.review(e.getKey(), e.getValue(), profileName);
        pages.put(e.getKey(), htmlDir.resolve(e.getKey() + ".html"));
      }
    }
    try {
      Files.createDirectories(htmlDir);
      for (Map.Entry<String, Path> page : pages.entrySet()) {
        String profileName = profile.orElse(ownProfile(page.getKey()));
        writeHtml(
            Objects.requireNonNull(SamplePlans.all().get(page.getKey())),
            Objects.requireNonNull(profiles().get(profileName)),
            page.getValue());
      }
    } catch (IOException e) {
      err.println("cannot write the HTML reviews to " + htmlDir.toAbsolutePath() + ": " + e);
      return 1;
    }
    out.println(
        "HTML reviews of " + pages.size() + " plans written to " + htmlDir.toAbsolutePath());
    return 0;
  }

  /** Writes the HTML review of {@code plan} under {@code set} to {@code file}. */
  static void writeHtml(KickoffPlan plan, RuleSet set, Path file) throws IOException {
    PlanValidator validator = validator(set);
    ReportedPlan reported = ReportedPlan.of(validator.validate(plan)).withPlan(plan);
    try (OutputStream o = Files.newOutputStream(file)) {
      HtmlReportWriter.of(validator).write(List.of(reported), o);
    }
  }

  /** The name of the profile sample plan {@code key} is reviewed under by default. */
  static String ownProfile(String key) {
    return OWN_PROFILE.getOrDefault(key, "recommended");
  }

  /** The profiles by name, and the recommended profile with the planning add-on. */
  static Map<String, RuleSet> profiles() {
    Map<String, RuleSet> all = new LinkedHashMap<>(Profiles.all());
    all.put("recommended+planningProcess", Profiles.recommended().with(Profiles.planningProcess()));
    return all;
  }

  private void review(String key, KickoffPlan plan, String profileName) {
    String rule = "=".repeat(100);
    out.println(rule);
    out.printf(
        Locale.ROOT,
        "%s  [%s]  %s, %s, %d people, %s days from %s%n",
        plan.name(),
        key,
        plan.format(),
        plan.venue(),
        plan.headcount(),
        trim(BigDecimal.valueOf(plan.eventDays())),
        plan.startDate());
    out.println(rule);

    out.println("\nFindings per profile (errors / warnings / info):");
    for (Map.Entry<String, RuleSet> p : profiles().entrySet()) {
      ValidationReport r = validator(p.getValue()).validate(plan);
      out.printf(
          Locale.ROOT,
          "  %-28s %3d / %3d / %3d%n",
          p.getKey(),
          r.count(Severity.ERROR),
          r.count(Severity.WARNING),
          r.count(Severity.INFO));
    }

    costs(plan);
    phases(plan);

    out.println("\nReview under " + profileName + ":\n");
    RuleSet set = profiles().get(profileName);
    if (set == null) {
      throw new IllegalStateException("no profile " + profileName);
    }
    out.println(validator(set).validate(plan).toText());
  }

  private static PlanValidator validator(RuleSet set) {
    return PlanValidator.builder().ruleSet(set).build();
  }

  private void costs(KickoffPlan plan) {
    CostSummary c = CostModel.standard().summarize(plan);
    out.println("\nCost and return:");
    List<String> lines = new ArrayList<>();
    c.hardCost().ifPresent(m -> lines.add(row("hard cost", money(m))));
    c.lostSellingTime().ifPresent(m -> lines.add(row("lost selling time", money(m))));
    c.allInCost().ifPresent(m -> lines.add(row("all-in cost", money(m))));
    c.hardCostPerRep()
        .ifPresent(
            m ->
                lines.add(
                    row(
                        "hard cost per rep",
                        money(m)
                            + "  (benchmark "
                            + money(CostModel.BENCHMARK_HARD_COST_PER_REP)
                            + ")")));
    c.salaryLoadedCostPerRep()
        .ifPresent(
            m ->
                lines.add(
                    row(
                        "loaded cost per rep",
                        money(m)
                            + "  (rep time at salary; benchmark "
                            + money(CostModel.BENCHMARK_LOADED_COST_PER_REP)
                            + ")")));
    c.allInCostPerRep()
        .ifPresent(
            m -> lines.add(row("all-in cost per rep", money(m) + "  (selling time at quota)")));
    c.breakEvenAttainment()
        .ifPresent(
            b ->
                lines.add(
                    row(
                        "break-even attainment",
                        "+"
                            + trim(b.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN))
                            + "% of annual quota")));
    if (lines.isEmpty()) {
      lines.add("  (the plan has no budget or quotas to compute from)");
    }
    lines.forEach(out::println);
  }

  private void phases(KickoffPlan plan) {
    PhaseCalendar calendar = PhaseCalendar.of(plan);
    out.println("\nPhase calendar:");
    for (Phase phase : Phase.values()) {
      out.printf(
          Locale.ROOT,
          "  %-10s %s .. %s  (%s .. %s)%n",
          phase,
          calendar.start(phase),
          calendar.end(phase),
          calendar.startDate(phase),
          calendar.endDate(phase));
    }
  }

  private static String row(String label, String value) {
    return String.format(Locale.ROOT, "  %-24s %s", label, value);
  }

  private static String money(Money m) {
    Money r = m.rounded();
    return String.format(Locale.ROOT, "%,.2f %s", r.amount(), r.currency().getCurrencyCode());
  }

  private static String trim(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
