package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 6: every claim in the catalogue traces to a seed sentence, and a statistic from a
 * survey or study says whose, as the seed does.
 */
class SourcedClaimsTest {

  /** Claims the audit found in no seed, each with the rule that made it. */
  private static final Map<String, String> UNSOURCED =
      Map.of(
          "sko.presentation.qa-built-in", "build in Q&A; 20 min",
          "sko.metrics.defined", "KPI dashboards",
          "sko.agenda.core-content", "Both classic guides name the same core",
          "sko.tiers.not-announced", "costs more motivation than the breakouts win",
          "sko.reinforcement.plan-present", "All four guides agree");

  /** A figure from a study the seed names, and the name a message must carry beside it. */
  private static final Map<String, String> STUDY_OF =
      Map.of(
          "71%", "Pavilion 2026",
          "r=0.61", "Sandler 2026",
          "23% more pipeline", "Force Management 2026",
          "0.3%", "Pavilion 2026",
          "deals slipped per rep per extra day", "Bessemer 2026");

  @Test
  void no_rule_repeats_a_claim_that_no_seed_makes() {
    for (Rule rule : Catalog.rules()) {
      List<String> texts = new ArrayList<>(List.of(rule.title(), rule.rationale(), rule.source()));
      for (RuleOption<?> option : rule.options()) {
        texts.add(option.description());
      }
      UNSOURCED
          .values()
          .forEach(
              claim ->
                  assertThat(texts)
                      .as(rule.id())
                      .noneSatisfy(t -> assertThat(t).containsIgnoringCase(claim)));
    }
    assertThat(Catalog.rules().stream().map(Rule::id)).containsAll(UNSOURCED.keySet());
  }

  @Test
  void a_statistic_in_a_message_names_the_study_it_comes_from() {
    // Three days with a motivational speaker, no roster and no follow-through: the findings that
    // quote the seeds' studies.
    var plan =
        TestPlans.minimalBuilder()
            .addDay(
                AgendaDay.of(TestPlans.session("speaker", SessionKind.MOTIVATIONAL_TALK, 9, 0, 45)))
            .addDay(AgendaDay.of(TestPlans.session("s3", SessionKind.WORKSHOP, 9, 0, 30)))
            .build();
    List<Finding> findings = new ArrayList<>();
    for (RuleSet profile : List.of(Profiles.recommended(), Profiles.behaviorChange())) {
      findings.addAll(PlanValidator.builder().ruleSet(profile).build().validate(plan).findings());
    }

    TreeSet<String> quoted = new TreeSet<>();
    for (Finding f : findings) {
      STUDY_OF.forEach(
          (figure, study) -> {
            if (f.message().contains(figure)) {
              quoted.add(figure);
              assertThat(f.message()).as(f.ruleId()).contains(study);
            }
          });
    }
    assertThat(quoted).containsExactlyInAnyOrderElementsOf(STUDY_OF.keySet());
  }
}
