package dev.sko.rules.catalog.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.Cadence;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Metric;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code sko.goals.manager-commitment} answers a clean roster without building its managers ({@link
 * ManagerCommitment#everyManagerCommits}); the shortcut holds exactly when the full check reports
 * nothing, on rosters whose managers, named managers and commitments share a few names.
 */
class ManagerCommitmentShortcutTest {
  private static final List<String> NAMES = List.of("Maya", "Sam", "m1", "Lee");

  private static final PlanValidator RULE =
      PlanValidator.builder()
          .ruleSet(RuleSet.of("commitment", List.of(ManagerCommitment.RULE)))
          .build();

  @Provide
  Arbitrary<KickoffPlan> rosters() {
    Arbitrary<Rep> rep =
        Combinators.combine(
                Arbitraries.of(RepRole.values()),
                Arbitraries.of(NAMES).optional(0.7),
                Arbitraries.of(NAMES))
            .as(
                (role, manager, name) -> {
                  Rep.Builder b = Rep.builder().id("x").name(name).role(role);
                  manager.ifPresent(b::manager);
                  return b.build();
                });
    Arbitrary<dev.sko.core.ManagerCommitment> commitment =
        Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(true, false))
            .as(
                (manager, written) ->
                    dev.sko.core.ManagerCommitment.builder()
                        .manager(manager)
                        .coachingCadence(Cadence.WEEKLY)
                        .metric(Metric.DIALS_PER_REP_PER_DAY)
                        .written(written)
                        .build());
    return Combinators.combine(
            rep.list().ofMinSize(1).ofMaxSize(8),
            commitment.list().ofMaxSize(4),
            Arbitraries.of(true, false))
        .as(
            (reps, commitments, closing) -> {
              List<Rep> roster = new ArrayList<>();
              for (int i = 0; i < reps.size(); i++) {
                // ids m0, m1, ... so that a manager's id can be the name a rep gives
                roster.add(Rep.builder().from(reps.get(i)).id("m" + i).build());
              }
              AgendaDay.Builder day =
                  AgendaDay.builder()
                      .addSession(TestPlans.session("open", SessionKind.KEYNOTE, 9, 0, 30));
              if (closing) {
                day.addSession(
                    TestPlans.session("close", SessionKind.WRITTEN_COMMITMENTS, 16, 0, 30));
              }
              return TestPlans.minimalBuilder()
                  .headcount(roster.size())
                  .roster(roster)
                  .managerCommitments(commitments)
                  .days(List.of(day.build()))
                  .build();
            });
  }

  @Property(tries = 1000)
  void the_shortcut_holds_exactly_when_the_check_reports_nothing(
      @ForAll("rosters") KickoffPlan plan) {
    boolean idIsName = false;
    for (Rep rep : plan.roster()) {
      idIsName |= rep.role() == RepRole.MANAGER && rep.id().equals(rep.name());
    }
    boolean clean;
    try {
      clean = RULE.validate(plan).findings().isEmpty();
    } catch (RuntimeException e) {
      clean = false;
    }

    assertThat(ManagerCommitment.everyManagerCommits(plan, plan.roster()))
        .isEqualTo(clean && !idIsName);
  }
}
