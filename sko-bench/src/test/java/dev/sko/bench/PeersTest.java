package dev.sko.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.bench.peers.EasyRulesPeer;
import dev.sko.bench.peers.HandWrittenPeer;
import dev.sko.bench.peers.Headline;
import dev.sko.bench.peers.HibernateValidatorPeer;
import dev.sko.bench.peers.SkoHeadlinePeer;
import dev.sko.bench.peers.SkoPeer;
import dev.sko.bench.peers.Violation;
import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engines of the peer benchmark (sko with the catalogue's rules, sko with the shared {@code
 * Headline} logic as custom rules, Hibernate Validator, Easy Rules, the hand-written loop) report
 * the same findings on the same plans.
 */
class PeersTest {
  private static final SkoPeer SKO = new SkoPeer();
  private static final SkoHeadlinePeer SKO_HEADLINE = new SkoHeadlinePeer();
  private static final HibernateValidatorPeer HV = new HibernateValidatorPeer();
  private static final EasyRulesPeer EASY_RULES = new EasyRulesPeer();
  private static final HandWrittenPeer HAND_WRITTEN = new HandWrittenPeer();

  @AfterAll
  static void closeFactory() {
    HV.close();
  }

  static Stream<Arguments> plans() {
    Map<String, KickoffPlan> plans = new LinkedHashMap<>();
    plans.put("bench clean", BenchPlans.clean());
    plans.put("bench typical", BenchPlans.typical());
    plans.put("bench headline findings", BenchPlans.headlineFindings());
    plans.putAll(SamplePlans.all());
    plans.put("1 day for 60", withDays(BenchPlans.clean(), 1));
    plans.put("4 days for 60", withDays(BenchPlans.clean(), 4));
    plans.put("5 days for 60", withDays(BenchPlans.clean(), 5));
    plans.put("12 long talks", withLongTalks(12));
    return plans.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void every_engine_reports_what_sko_reports(String name, KickoffPlan plan) {
    List<Violation> expected = SkoPeer.violations(SKO.validate(plan));

    assertThat(SkoPeer.violations(SKO_HEADLINE.validate(plan)))
        .as("sko running Headline as custom rules")
        .isEqualTo(expected);
    assertThat(HV.validate(plan)).as("Hibernate Validator").isEqualTo(expected);
    assertThat(EASY_RULES.validate(plan)).as("Easy Rules").isEqualTo(expected);
    assertThat(HAND_WRITTEN.validate(plan)).as("hand-written").isEqualTo(expected);
  }

  @Test
  void the_plans_cover_every_outcome_of_the_three_rules() {
    List<Violation> all = new ArrayList<>();
    plans().forEach(a -> all.addAll(HAND_WRITTEN.validate((KickoffPlan) a.get()[1])));

    assertThat(all)
        .extracting(Violation::ruleId, Violation::severity)
        .contains(
            org.assertj.core.groups.Tuple.tuple(Headline.TEAM_SIZE, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(Headline.TEAM_SIZE, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(Headline.LENGTH_CAP, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(Headline.PLAN_PRESENT, Severity.ERROR));
    assertThat(all).extracting(Violation::path).contains("", "days[3]", "days[4]", "reinforcement");
    assertThat(HAND_WRITTEN.validate(withLongTalks(12)))
        .filteredOn(v -> v.ruleId().equals(Headline.LENGTH_CAP))
        .hasSize(12);
  }

  @Test
  void the_benchmark_plans_draw_what_the_benchmark_says() {
    assertThat(HAND_WRITTEN.validate(BenchPlans.clean())).isEmpty();
    assertThat(HAND_WRITTEN.validate(BenchPlans.headlineFindings()))
        .extracting(Violation::ruleId)
        .containsExactly(Headline.PLAN_PRESENT, Headline.LENGTH_CAP);
  }

  /** The clean plan with {@code n} one-session days. */
  private static KickoffPlan withDays(KickoffPlan plan, int n) {
    List<AgendaDay> days = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      days.add(AgendaDay.of(session("day" + d, SessionKind.WORKSHOP, 9, 60)));
    }
    return KickoffPlan.builder().from(plan).days(days).build();
  }

  /** A one-day plan of {@code n} 40-minute talks, each over the cap. */
  private static KickoffPlan withLongTalks(int n) {
    List<Session> talks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      talks.add(session("talk" + i, SessionKind.PRESENTATION_TALK, 8 + i, 40));
    }
    return KickoffPlan.builder()
        .from(BenchPlans.clean())
        .days(List.of(AgendaDay.builder().sessions(talks).build()))
        .build();
  }

  private static Session session(String id, SessionKind kind, int hour, int minutes) {
    return Session.builder()
        .id(id)
        .title("Session " + id)
        .kind(kind)
        .start(LocalTime.of(hour, 0))
        .talkTime(Duration.ofMinutes(minutes))
        .build();
  }
}
