package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleSet;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.Waiver;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the built-in catalogue over generated plans and every profile, alone and with the
 * planning-process add-on: no rule fails, every finding points inside the plan, and the report
 * moves in the expected direction when a waiver is added, a rule is disabled or the agenda is moved
 * within the day.
 *
 * <p>The properties leave {@code tries} unset: {@code src/test/resources/junit-platform.properties}
 * sets the default for the normal build, and the mutation run overrides it.
 */
class CatalogPropertiesTest {
  private static final int MINUTES_PER_DAY = 24 * 60;

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<String> ruleSets() {
    return Arbitraries.of(ProfileCombinations.names());
  }

  private static List<Finding> all(ValidationReport report) {
    return Stream.concat(report.findings().stream(), report.waivedFindings().stream()).toList();
  }

  /** A rule that threw shows as an ERROR finding with this message. */
  private static boolean failed(Finding f) {
    return f.message().startsWith("Rule " + f.ruleId() + " failed with");
  }

  // ------------------------------------------------------------ locations

  /**
   * Every try validates its plan with all eight rule sets: generating a plan costs far more than
   * validating it.
   */
  @Property
  void no_rule_fails_on_any_plan_and_every_finding_points_inside_the_plan(
      @ForAll("plans") KickoffPlan plan) {
    for (String name : ProfileCombinations.names()) {
      ValidationReport report = ProfileCombinations.validator(name).validate(plan);

      assertThat(all(report)).as(name).noneMatch(CatalogPropertiesTest::failed);
      assertThat(report.waivedFindings()).as(name).isEmpty();
      for (Finding f : report.findings()) {
        assertThat(f.location().isWithin(plan))
            .as("%s: %s points outside the plan", name, f)
            .isTrue();
        Object at = f.location().resolveIn(plan).orElse(null);
        if (at instanceof Session) {
          Session session = (Session) at;
          assertThat(f.location().sessionId())
              .as("%s: %s names the session it points at", name, f)
              .contains(session.id());
          assertThat(f.location().sessionTitle()).as(name).contains(session.title());
        }
      }
    }
  }

  /** The shape of a path: indexes left out, as in {@code days[].sessions[]}. */
  private static String shape(Location location) {
    return location.path().replaceAll("\\[\\d+]", "[]");
  }

  /**
   * A fixed sample of generated plans (fixed seed, so the test gives the same answer every run)
   * draws findings from every rule of the catalogue and at every kind of place the rules point at,
   * so the properties above are not true merely because the plans never trip a rule. (An example
   * rather than a JUnit test: jqwik generators run on jqwik's threads only.)
   */
  @Example
  void generated_plans_draw_findings_from_every_catalogue_rule_at_every_kind_of_location() {
    RandomGenerator<KickoffPlan> generator = PlanArbitraries.plans().generator(1000);
    Random random = new Random(20270112);
    Map<String, Integer> findingsByRule = new LinkedHashMap<>();
    Set<String> shapes = new TreeSet<>();
    for (int i = 0; i < 200; i++) {
      KickoffPlan plan = generator.next(random).value();
      for (String name : ProfileCombinations.names()) {
        for (Finding f : ProfileCombinations.validator(name).validate(plan).findings()) {
          findingsByRule.merge(f.ruleId(), 1, Integer::sum);
          shapes.add(shape(f.location()));
        }
      }
    }

    Set<String> catalogue = Catalog.rules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(catalogue).as("no id twice").hasSize(Catalog.rules().size());
    assertThat(findingsByRule.keySet())
        .as("rules with findings: %s", findingsByRule)
        .containsExactlyInAnyOrderElementsOf(catalogue);
    // Every kind of place a catalogue rule reports at (grep Location. in the catalogue).
    assertThat(shapes)
        .containsAll(
            List.of(
                "",
                "days[]",
                "days[].sessions[]",
                "outcomes",
                "outcomes[]",
                "roster",
                "roster[]",
                "roster[].manager",
                "tierPolicy",
                "theme",
                "venue",
                "budget",
                "metricTargets",
                "metricTargets[]",
                "reinforcement",
                "reinforcement[]",
                "surveys",
                "surveys[]",
                "prework",
                "prework[]",
                "recognitionCategories",
                "planning.coreTeam",
                "planning.callForContent",
                "planning.callForContent.submissions[]",
                // planning.milestones itself only under options stricter than the phase calendar
                "planning.milestones[]"));
  }

  // ------------------------------------------------------------ waivers

  /** Where a generated waiver applies. */
  enum Scope {
    /** Every finding of the rule. */
    WHOLE_RULE,
    /** The location of one of the report's findings. */
    A_FINDINGS_LOCATION,
    /** A path that may or may not hold a finding of the rule. */
    SOME_PATH
  }

  private static final List<String> SOME_PATHS =
      List.of(
          "",
          "budget",
          "days[0]",
          "days[0].sessions[0]",
          "days[1].sessions[2]",
          "roster",
          "roster[0]",
          "surveys",
          "planning.coreTeam",
          "metricTargets[1]");

  private static <T> T pick(List<T> from, int pick) {
    return from.get(pick % from.size());
  }

  /** The finding without its waiver, as it is when nothing waives it. */
  private static Finding unwaived(Finding f) {
    return Finding.builder().from(f).waiver(Optional.empty()).build();
  }

  /**
   * The waiver's rule is one with findings in the report, or any rule of the rule set (a waiver for
   * a rule the validator does not hold fails at build); it covers the whole rule, the place of one
   * of the report's findings, or one of {@link #SOME_PATHS}.
   */
  @Property
  void adding_a_waiver_only_moves_the_findings_it_covers_to_the_waived_findings(
      @ForAll("plans") KickoffPlan plan,
      @ForAll("ruleSets") String name,
      @ForAll boolean ruleWithFindings,
      @ForAll Scope scope,
      @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    ValidationReport without = ProfileCombinations.validator(name).validate(plan);
    List<Finding> found = without.findings();
    Optional<Finding> chosen =
        ruleWithFindings && !found.isEmpty() ? Optional.of(pick(found, pick)) : Optional.empty();
    String ruleId =
        chosen
            .map(Finding::ruleId)
            .orElseGet(
                () ->
                    pick(
                        List.copyOf(new TreeSet<>(ProfileCombinations.ruleSet(name).ids())), pick));
    Waiver waiver =
        switch (scope) {
          case WHOLE_RULE -> Waiver.of(ruleId, "accepted");
          case A_FINDINGS_LOCATION -> {
            List<Finding> ofRule = without.findings(ruleId);
            yield ofRule.isEmpty()
                ? Waiver.of(ruleId, "accepted")
                : Waiver.at(ruleId, pick(ofRule, pick).location().path(), "accepted there");
          }
          case SOME_PATH -> Waiver.at(ruleId, pick(SOME_PATHS, pick), "accepted there");
        };

    ValidationReport with =
        PlanValidator.builder()
            .ruleSet(ProfileCombinations.ruleSet(name))
            .waive(waiver)
            .build()
            .validate(plan);

    List<Finding> covered =
        found.stream().filter(f -> waiver.covers(f.ruleId(), f.location())).toList();
    assertThat(without.waivedFindings()).isEmpty();
    assertThat(found).containsAll(with.findings());
    assertThat(with.findings())
        .containsExactlyElementsOf(found.stream().filter(f -> !covered.contains(f)).toList());
    assertThat(with.waivedFindings()).allMatch(f -> f.waiver().equals(Optional.of(waiver)));
    assertThat(with.waivedFindings().stream().map(CatalogPropertiesTest::unwaived))
        .containsExactlyElementsOf(covered);
    assertThat(all(with).stream().map(CatalogPropertiesTest::unwaived))
        .containsExactlyInAnyOrderElementsOf(found);
    assertThat(with.rulesRun()).isEqualTo(without.rulesRun());

    Statistics.label("the waiver covers a finding").collect(!covered.isEmpty());
    Statistics.label("the waiver covers a finding")
        .coverage(c -> c.check(true).percentage(p -> p >= 25));
  }

  // ------------------------------------------------------------ disabling

  /**
   * The disabled rule is one with findings in the report or any rule of the rule set; it is left
   * out both ways an app can: {@link RuleSet#without} and {@link PlanValidator.Builder#disable}.
   */
  @Property
  void disabling_a_rule_removes_exactly_its_findings(
      @ForAll("plans") KickoffPlan plan,
      @ForAll("ruleSets") String name,
      @ForAll boolean ruleWithFindings,
      @ForAll @IntRange(min = 0, max = 10_000) int pick) {
    RuleSet set = ProfileCombinations.ruleSet(name);
    ValidationReport full = ProfileCombinations.validator(name).validate(plan);
    String id =
        ruleWithFindings && !full.findings().isEmpty()
            ? pick(full.findings(), pick).ruleId()
            : pick(List.copyOf(new TreeSet<>(set.ids())), pick);
    List<Finding> expected = full.findings().stream().filter(f -> !f.ruleId().equals(id)).toList();

    ValidationReport without =
        PlanValidator.builder().ruleSet(set.without(id)).build().validate(plan);
    ValidationReport disabled =
        PlanValidator.builder().ruleSet(set).disable(id).build().validate(plan);

    assertThat(without.findings()).containsExactlyElementsOf(expected);
    assertThat(disabled.findings()).containsExactlyElementsOf(expected);
    assertThat(without.rulesRun()).isEqualTo(full.rulesRun() - 1);
    assertThat(disabled.rulesRun()).isEqualTo(full.rulesRun() - 1);

    Statistics.label("disabling removes a finding")
        .collect(expected.size() < full.findings().size());
    Statistics.label("disabling removes a finding")
        .coverage(c -> c.check(true).percentage(p -> p >= 25));
  }

  // ------------------------------------------------------------ moving the agenda

  /**
   * A rule of this test that does judge the clock: no session ends after 18:00. It shows that the
   * shift property tells a time-of-day rule apart (its findings do change) rather than passing
   * because shifts change nothing.
   */
  static final Rule ENDS_BY_SIX =
      Rule.builder("test.ends-by-six")
          .title("No session ends after 18:00")
          .check(
              (plan, findings) -> {
                for (PlanIndex.LocatedSession s : findings.index().sessions()) {
                  if (s.session().endMinute() > 18 * 60) {
                    findings.report(s.location(), "ends after 18:00");
                  }
                }
              })
          .build();

  /**
   * The rules whose findings may change when every session moves by the same minutes within its
   * day. No catalogue rule judges a clock time: {@code sko.agenda.overlap} is the only one that
   * reads start and end times, and it compares the sessions of one day with each other, which a
   * common shift leaves as they were (the other rules read lengths, kinds, presenters and dates).
   * The acme pack's {@code acme.emea-end-time} (sko-examples) judges the clock but is in no
   * profile. So the set holds only this test's own {@link #ENDS_BY_SIX}.
   */
  static final Set<String> TIME_OF_DAY_RULES = Set.of(ENDS_BY_SIX.id());

  /**
   * Rules whose message and remediation print clock times ("09:00-10:30 overlaps …"): their
   * findings are compared by rule id, severity, location (with the session) and evidence, which
   * must not change; every other finding must stay equal in every field, message included.
   */
  static final Set<String> PRINTS_CLOCK_TIMES = Set.of("sko.agenda.overlap");

  private static final Map<String, PlanValidator> WITH_ENDS_BY_SIX = new LinkedHashMap<>();

  static {
    for (String name : ProfileCombinations.names()) {
      WITH_ENDS_BY_SIX.put(
          name,
          PlanValidator.builder()
              .ruleSet(ProfileCombinations.ruleSet(name))
              .addRule(ENDS_BY_SIX)
              .build());
    }
  }

  /** A plan and the minutes every session moves by, keeping each within its day. */
  record Shifted(KickoffPlan plan, int minutes) {
    KickoffPlan shiftedPlan() {
      List<AgendaDay> days = new ArrayList<>();
      for (AgendaDay day : plan.days()) {
        List<Session> sessions = new ArrayList<>();
        for (Session s : day.sessions()) {
          int start = s.startMinute() + minutes;
          sessions.add(
              Session.builder().from(s).start(LocalTime.of(start / 60, start % 60)).build());
        }
        days.add(AgendaDay.builder().from(day).sessions(sessions).build());
      }
      return KickoffPlan.builder().from(plan).days(days).build();
    }
  }

  @Provide
  Arbitrary<Shifted> shiftedPlans() {
    return PlanArbitraries.plans()
        .flatMap(
            plan -> {
              int earliest =
                  plan.sessions().stream().mapToInt(Session::startMinute).min().orElse(0);
              int latest =
                  plan.sessions().stream()
                      .mapToInt(Session::endMinute)
                      .max()
                      .orElse(MINUTES_PER_DAY);
              return Arbitraries.integers()
                  .between(-earliest, MINUTES_PER_DAY - latest)
                  .map(m -> new Shifted(plan, m));
            });
  }

  /** The finding as it must stay: with its clock times left out for {@link #PRINTS_CLOCK_TIMES}. */
  private static Finding timeless(Finding f) {
    return PRINTS_CLOCK_TIMES.contains(f.ruleId())
        ? Finding.builder().from(f).message("(clock times)").remediation("(clock times)").build()
        : f;
  }

  private static List<Finding> timeless(ValidationReport report, boolean timeOfDayRules) {
    return report.findings().stream()
        .filter(f -> TIME_OF_DAY_RULES.contains(f.ruleId()) == timeOfDayRules)
        .map(CatalogPropertiesTest::timeless)
        .toList();
  }

  @Property
  void shifting_every_session_within_the_day_changes_no_finding_but_time_of_day_ones(
      @ForAll("shiftedPlans") Shifted shifted, @ForAll("ruleSets") String name) {
    PlanValidator validator = Objects.requireNonNull(WITH_ENDS_BY_SIX.get(name), name);
    ValidationReport before = validator.validate(shifted.plan());
    ValidationReport after = validator.validate(shifted.shiftedPlan());

    assertThat(timeless(after, false)).containsExactlyElementsOf(timeless(before, false));

    Statistics.label("time-of-day findings change")
        .collect(!timeless(after, true).equals(timeless(before, true)));
    Statistics.label("time-of-day findings change").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("overlap findings").collect(!before.findings("sko.agenda.overlap").isEmpty());
    Statistics.label("overlap findings").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }
}
