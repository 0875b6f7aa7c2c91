package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.KickoffPlan;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.rules.catalog.ProfileCombinations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For generated plans and generated rule sets (random subsets of a pool of rules, some of which
 * throw, with random severity overrides, options and waivers), validation never throws and the
 * report depends only on the inputs, not on the order they were registered in. The same holds for
 * the catalogue's profiles (the catalogue's own properties are in {@code
 * dev.sko.rules.catalog.CatalogPropertiesTest}).
 */
class ValidationPropertiesTest {
  private static final RuleOption<Integer> MAX_MINUTES =
      RuleOption.integer("max-minutes", 45, 1, 24 * 60, "Longest session");
  private static final RuleOption<Integer> UNDECLARED =
      RuleOption.integer("undeclared", 1, 1, 2, "Never declared");

  /** Recurses until the stack overflows when {@code depth} starts at 0 or above. */
  private static int recurse(int depth) {
    return depth < 0 ? 0 : recurse(depth + 1) + 1;
  }

  private static int sessionCount(KickoffPlan plan) {
    return plan.sessions().size();
  }

  /** The pool the generated rule sets draw from: plain, graded, optioned and failing rules. */
  static final List<Rule> POOL =
      List.of(
          Rule.builder("pool.long-session")
              .title("Sessions are at most max-minutes long")
              .option(MAX_MINUTES)
              .check(
                  (plan, f) -> {
                    int max = f.option(MAX_MINUTES);
                    for (PlanIndex.LocatedSession s : f.index().sessions()) {
                      long minutes = s.session().length().toMinutes();
                      if (minutes > max) {
                        f.finding(s.location(), s.session().id() + " runs " + minutes + " min")
                            .evidence(minutes, max)
                            .remediation("Shorten it")
                            .report();
                      }
                    }
                  })
              .build(),
          Rule.builder("pool.busy-day")
              .title("A day has at most three sessions")
              .check(
                  (plan, f) -> {
                    for (int d = 0; d < plan.days().size(); d++) {
                      int n = plan.days().get(d).sessions().size();
                      if (n > 3) {
                        f.finding(Location.day(d), n + " sessions")
                            .severity(n > 6 ? Severity.ERROR : Severity.WARNING)
                            .actual(n)
                            .report();
                      }
                    }
                  })
              .build(),
          Rule.builder("pool.headcount")
              .title("Reports the headcount")
              .defaultSeverity(Severity.INFO)
              .check(
                  (plan, f) ->
                      f.finding(Location.plan(), "headcount")
                          .figure("headcount", plan.headcount())
                          .report())
              .build(),
          Rule.builder("pool.twice-per-day")
              .title("Two findings at one place")
              .defaultSeverity(Severity.ERROR)
              .check(
                  (plan, f) -> {
                    for (int d = 0; d < plan.days().size(); d++) {
                      f.report(Location.day(d), "second");
                      f.report(Location.day(d), "first");
                    }
                  })
              .build(),
          Rule.builder("pool.throws-on-odd")
              .title("Throws when the plan has an odd number of sessions")
              .check(
                  (plan, f) -> {
                    f.report(Location.of("budget"), "before throwing");
                    if (sessionCount(plan) % 2 == 1) {
                      throw new IllegalStateException(sessionCount(plan) + " sessions");
                    }
                  })
              .build(),
          Rule.builder("pool.throws-checked")
              .title("Throws a checked exception")
              .check(
                  (plan, f) -> {
                    throw new IOException("cannot read " + plan.name());
                  })
              .build(),
          Rule.builder("pool.overflows")
              .title("Overflows the stack on one-day plans")
              .check(
                  (plan, f) -> {
                    if (plan.days().size() == 1) {
                      recurse(0);
                    }
                  })
              .build(),
          Rule.builder("pool.undeclared-option")
              .title("Reads an option it does not declare")
              .check((plan, f) -> f.report(Location.plan(), "value " + f.option(UNDECLARED)))
              .build(),
          Rule.builder("pool.blank-message")
              .title("Reports a blank message")
              .check((plan, f) -> f.report(Location.day(0), " "))
              .build(),
          TestRules.silent("pool.silent"));

  /** Waiver targets: the whole rule, or one location. */
  private static final List<String> TARGETS =
      List.of(
          "*", "", "budget", "days[0]", "days[1]", "days[0].sessions[0]", "days[1].sessions[2]");

  /** One generated configuration of a validator. */
  record Config(
      List<Rule> rules,
      Map<String, Severity> severities,
      List<Waiver> waivers,
      boolean failFast,
      Optional<Integer> maxMinutes,
      long seed) {

    /** The validator with everything registered in the generated order. */
    PlanValidator inOrder() {
      PlanValidator.Builder b = PlanValidator.builder().failFast(failFast);
      rules.forEach(b::addRule);
      severities.forEach(b::severity);
      waivers.forEach(b::waive);
      option(b);
      return b.build();
    }

    /** The same validator with rules (as a rule set), overrides and waivers in another order. */
    PlanValidator shuffled() {
      Random random = new Random(seed);
      List<Rule> rs = new ArrayList<>(rules);
      Collections.shuffle(rs, random);
      List<Map.Entry<String, Severity>> overrides = new ArrayList<>(severities.entrySet());
      Collections.shuffle(overrides, random);
      List<Waiver> ws = new ArrayList<>(waivers);
      Collections.shuffle(ws, random);
      PlanValidator.Builder b = PlanValidator.builder();
      option(b);
      ws.forEach(b::waive);
      overrides.forEach(e -> b.severity(e.getKey(), e.getValue()));
      return b.ruleSet(RuleSet.of("pool", rs)).failFast(failFast).build();
    }

    private void option(PlanValidator.Builder b) {
      if (rules.contains(POOL.get(0))) {
        maxMinutes.ifPresent(m -> b.option("pool.long-session", "max-minutes", m));
      }
    }
  }

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<Config> configs() {
    return Arbitraries.of(POOL)
        .list()
        .uniqueElements()
        .ofMaxSize(POOL.size())
        .flatMap(
            rules ->
                Combinators.combine(
                        Arbitraries.of(Severity.class).optional().list().ofSize(rules.size()),
                        Arbitraries.of(TARGETS).set().ofMaxSize(2).list().ofSize(rules.size()),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 24 * 60).optional(),
                        Arbitraries.longs())
                    .as(
                        (severities, targets, failFast, max, seed) ->
                            new Config(
                                rules,
                                severities(rules, severities),
                                waivers(rules, targets),
                                failFast,
                                max,
                                seed)));
  }

  private static Map<String, Severity> severities(
      List<Rule> rules, List<Optional<Severity>> chosen) {
    Map<String, Severity> map = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      String id = rules.get(i).id();
      chosen.get(i).ifPresent(s -> map.put(id, s));
    }
    return map;
  }

  private static List<Waiver> waivers(List<Rule> rules, List<Set<String>> targets) {
    List<Waiver> waivers = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      String id = rules.get(i).id();
      for (String target : targets.get(i)) {
        waivers.add(
            target.equals("*")
                ? Waiver.of(id, "accepted everywhere")
                : Waiver.at(id, target, "accepted at " + target));
      }
    }
    return waivers;
  }

  /** Each finding as a line with its evidence and waiver, for readable failures. */
  private static List<String> describe(List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    for (Finding f : findings) {
      lines.add(
          f + " [" + f.evidence() + "]" + f.waiver().map(w -> " waived: " + w.reason()).orElse(""));
    }
    return lines;
  }

  @Property
  void validation_never_throws_and_the_registration_order_never_changes_the_report(
      @ForAll("plans") KickoffPlan plan, @ForAll("configs") Config config) {
    ValidationReport report = config.inOrder().validate(plan);
    ValidationReport other = config.shuffled().validate(plan);

    assertThat(describe(other.findings())).isEqualTo(describe(report.findings()));
    assertThat(describe(other.waivedFindings())).isEqualTo(describe(report.waivedFindings()));
    assertThat(other.findings()).isEqualTo(report.findings());
    assertThat(other.waivedFindings()).isEqualTo(report.waivedFindings());
    assertThat(other.counts()).isEqualTo(report.counts());
    assertThat(other.rulesRun()).isEqualTo(report.rulesRun());
    assertThat(other.stoppedEarly()).isEqualTo(report.stoppedEarly());
    assertThat(other.toText()).isEqualTo(report.toText());
  }

  @Property
  void one_validator_gives_the_same_report_for_the_same_plan_every_time(
      @ForAll("plans") KickoffPlan plan, @ForAll("configs") Config config) {
    PlanValidator validator = config.inOrder();

    ValidationReport first = validator.validate(plan);
    ValidationReport second = validator.validate(plan);

    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.waivedFindings()).isEqualTo(first.waivedFindings());
    assertThat(second.toText()).isEqualTo(first.toText());
  }

  @Provide
  Arbitrary<String> profiles() {
    return Arbitraries.of(ProfileCombinations.names());
  }

  /** {@code set} with its rules (each with its severity and options) in a shuffled order. */
  static RuleSet reordered(RuleSet set, long seed) {
    List<String> ids = new ArrayList<>(set.ids());
    Collections.shuffle(ids, new Random(seed));
    RuleSet reordered = RuleSet.empty(set.name());
    for (String id : ids) {
      String[] others = set.ids().stream().filter(o -> !o.equals(id)).toArray(String[]::new);
      reordered = reordered.with(set.without(others));
    }
    return reordered.named(set.name());
  }

  /**
   * One profile's shared validator, validating twice, and a validator built anew from the same
   * rules in another order, validating a copy of the plan, give the same report.
   */
  @Property
  void a_profile_gives_the_same_report_for_the_same_plan_from_any_validator_of_it(
      @ForAll("plans") KickoffPlan plan, @ForAll("profiles") String profile, @ForAll long seed) {
    RuleSet set = ProfileCombinations.ruleSet(profile);
    RuleSet shuffled = reordered(set, seed);
    ValidationReport first = ProfileCombinations.validator(profile).validate(plan);
    ValidationReport again = ProfileCombinations.validator(profile).validate(plan);
    ValidationReport other =
        PlanValidator.builder()
            .ruleSet(shuffled)
            .build()
            .validate(KickoffPlan.builder().from(plan).build());

    assertThat(shuffled.ids()).isEqualTo(set.ids());
    for (ValidationReport report : List.of(again, other)) {
      assertThat(describe(report.findings())).isEqualTo(describe(first.findings()));
      assertThat(report.findings()).isEqualTo(first.findings());
      assertThat(report.waivedFindings()).isEqualTo(first.waivedFindings());
      assertThat(report.counts()).isEqualTo(first.counts());
      assertThat(report.rulesRun()).isEqualTo(first.rulesRun()).isEqualTo(set.rules().size());
      assertThat(report.toText()).isEqualTo(first.toText());
    }
  }

  @Property
  void findings_are_sorted_counted_and_split_by_waiver(
      @ForAll("plans") KickoffPlan plan, @ForAll("configs") Config config) {
    ValidationReport report = config.inOrder().validate(plan);

    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER).noneMatch(Finding::isWaived);
    assertThat(report.waivedFindings())
        .isSortedAccordingTo(Finding.ORDER)
        .allMatch(Finding::isWaived);
    for (Severity s : Severity.values()) {
      assertThat(report.count(s))
          .isEqualTo(report.findings().stream().filter(f -> f.severity() == s).count());
    }
    assertThat(report.hasErrors()).isEqualTo(report.count(Severity.ERROR) > 0);
    assertThat(report.waivedFindings())
        .noneMatch(f -> f.message().startsWith("Rule " + f.ruleId() + " failed with"));
    int selected = config.rules().size();
    assertThat(report.rulesRun()).isBetween(report.stoppedEarly() ? 1 : selected, selected);
  }
}
