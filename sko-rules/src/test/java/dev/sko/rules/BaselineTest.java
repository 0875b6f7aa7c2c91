package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Baseline}: accepted findings follow their sessions, and only new ones count. */
class BaselineTest {
  /** Reports every session whose title says it is long, and the plan once. */
  static final Rule LONG =
      Rule.builder("acme.long-sessions")
          .title("No long sessions")
          .defaultSeverity(Severity.ERROR)
          .check(
              (plan, findings) -> {
                for (PlanIndex.LocatedSession s : findings.index().sessions()) {
                  if (s.session().title().contains("long")) {
                    findings.report(s.location(), s.session().title() + " runs long");
                  }
                }
              })
          .build();

  static final Rule ADVICE = TestRules.reporting("acme.advice", Severity.INFO, "");

  static final PlanValidator VALIDATOR =
      PlanValidator.builder().addRule(LONG).addRule(ADVICE).build();

  static Session session(String id, String title, int hour) {
    return TestPlans.sessionBuilder(id, SessionKind.WORKSHOP, hour, 0, 30).title(title).build();
  }

  static KickoffPlan plan(Session... sessions) {
    return TestPlans.minimalBuilder().days(List.of(AgendaDay.of(sessions))).build();
  }

  static final KickoffPlan TODAY =
      plan(session("a", "a long one", 9), session("b", "b", 10), session("c", "c long", 11));

  @Test
  void a_baseline_of_todays_report_accepts_every_finding() {
    ValidationReport report = VALIDATOR.validate(TODAY);
    Baseline baseline = Baseline.of(List.of(report));

    assertThat(baseline.entries())
        .extracting(Baseline.Entry::ruleId, Baseline.Entry::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme.advice", "plan"),
            org.assertj.core.groups.Tuple.tuple("acme.long-sessions", "session:a"),
            org.assertj.core.groups.Tuple.tuple("acme.long-sessions", "session:c"));
    Baseline.Comparison c = baseline.compare(report);
    assertThat(c.newFindings()).isEmpty();
    assertThat(c.unchangedFindings()).hasSize(3);
    assertThat(c.absent()).isEmpty();
    for (Finding f : report.findings()) {
      assertThat(c.state(f)).isEqualTo(Baseline.State.UNCHANGED);
    }
  }

  @Test
  void reordered_sessions_keep_their_findings_unchanged() {
    Baseline baseline = Baseline.of(List.of(VALIDATOR.validate(TODAY)));
    KickoffPlan reordered =
        plan(session("c", "c long", 9), session("b", "b", 10), session("a", "a long one", 11));
    ValidationReport report = VALIDATOR.validate(reordered);

    assertThat(report.findings(LONG.id()))
        .extracting(f -> f.location().path())
        .containsExactly("days[0].sessions[0]", "days[0].sessions[2]");
    assertThat(baseline.compare(report).newFindings()).isEmpty();
  }

  @Test
  void a_new_violation_is_new_and_a_fixed_one_is_absent() {
    Baseline baseline = Baseline.of(List.of(VALIDATOR.validate(TODAY)));
    KickoffPlan edited =
        plan(session("b", "b", 10), session("c", "c long", 11), session("d", "d too long", 12));
    ValidationReport report = VALIDATOR.validate(edited);
    Baseline.Comparison c = baseline.compare(report);

    assertThat(c.newFindings())
        .extracting(f -> f.location().fingerprint())
        .containsExactly("session:d");
    assertThat(c.state(c.newFindings().get(0))).isEqualTo(Baseline.State.NEW);
    assertThat(c.newFindingsAtLeast(Severity.ERROR)).hasSize(1);
    assertThat(c.unchangedFindings()).hasSize(2);
    assertThat(c.absent()).extracting(Baseline.Entry::location).containsExactly("session:a");
    assertThat(c.absent().get(0).message()).isEqualTo("a long one runs long");
  }

  @Test
  void matching_counts_findings_of_a_rule_at_one_place() {
    Rule twice =
        Rule.builder("acme.twice")
            .title("Twice")
            .defaultSeverity(Severity.WARNING)
            .check(
                (plan, findings) -> {
                  findings.report(Location.of("budget"), "first");
                  findings.report(Location.of("budget"), "second");
                })
            .build();
    ValidationReport report = TestRules.validate(twice);
    Baseline one =
        Baseline.of(List.of(Baseline.Entry.of(report.planName(), "acme.twice", "budget", "first")));

    Baseline.Comparison c = one.compare(report);
    assertThat(c.unchangedFindings()).hasSize(1);
    assertThat(c.newFindings()).hasSize(1);
    assertThat(c.newFindingsAtLeast(Severity.ERROR)).isEmpty();
    assertThat(c.newFindingsAtLeast(Severity.WARNING)).hasSize(1);
  }

  @Test
  void entries_of_other_plans_and_messages_do_not_match_or_count_as_absent() {
    ValidationReport report = VALIDATOR.validate(TODAY);
    List<Baseline.Entry> entries = new ArrayList<>();
    entries.add(Baseline.Entry.of("Another plan", "acme.long-sessions", "session:a", "x"));
    entries.add(Baseline.Entry.of(report.planName(), "acme.long-sessions", "session:c", "old"));
    Baseline.Comparison c = Baseline.of(entries).compare(report);

    assertThat(c.unchangedFindings())
        .extracting(f -> f.location().fingerprint())
        .containsExactly("session:c");
    assertThat(c.newFindings()).hasSize(2);
    assertThat(c.absent()).isEmpty();
  }

  @Test
  void waived_findings_stay_out_of_a_new_baseline_and_never_count() {
    PlanValidator waiving =
        PlanValidator.builder().addRule(LONG).waive(LONG.id(), "accepted for FY27").build();
    ValidationReport report = waiving.validate(TODAY);
    assertThat(Baseline.of(List.of(report)).isEmpty()).isTrue();

    Baseline.Comparison c = Baseline.empty().compare(report);
    assertThat(c.newFindings()).isEmpty();
    assertThat(c.state(report.waivedFindings().get(0))).isEqualTo(Baseline.State.NEW);
  }

  @Test
  void bad_entries_and_foreign_findings_fail_with_the_field() {
    assertThatThrownBy(() -> Baseline.Entry.of(" ", "acme.x", "plan", "m"))
        .hasMessageContaining("plan must not be blank");
    assertThatThrownBy(() -> Baseline.Entry.of("P", "Not An Id", "plan", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not An Id");
    assertThatThrownBy(() -> Baseline.Entry.of("P", "acme.x", "", "m"))
        .hasMessageContaining("location must not be blank");
    ValidationReport report = VALIDATOR.validate(TODAY);
    Finding foreign = TestRules.validate(ADVICE).findings().get(0);
    assertThatThrownBy(() -> Baseline.empty().compare(report).state(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a finding of this report");
  }

  @Test
  void baselines_are_values_ordered_by_plan_rule_and_location() {
    Baseline.Entry a = Baseline.Entry.of("P", "acme.b", "plan", "m");
    Baseline.Entry b = Baseline.Entry.of("P", "acme.a", "session:z", "m");
    assertThat(Baseline.of(List.of(a, b))).isEqualTo(Baseline.of(List.of(b, a)));
    assertThat(Baseline.of(List.of(a, b)).entries()).containsExactly(b, a);
    assertThat(Baseline.of(List.of(a))).isNotEqualTo(Baseline.of(List.of(b)));
    assertThat(Baseline.of(List.<Baseline.Entry>of())).isSameAs(Baseline.empty());
    assertThat(Baseline.of(List.of(a))).hasToString("Baseline[1 entry]");
    assertThat(a).hasToString("P: acme.b @ plan");
  }

  @Test
  void the_location_fingerprint_is_the_session_id_the_plan_or_the_path() {
    assertThat(Location.plan().fingerprint()).isEqualTo("plan");
    assertThat(Location.of("budget").fingerprint()).isEqualTo("budget");
    assertThat(Location.session(2, 3, session("d2-x", "X", 9)).fingerprint())
        .isEqualTo("session:d2-x");
  }
}
