package dev.sko.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.AgendaDay;
import dev.sko.core.KickoffPlan;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.PlanArbitraries;
import dev.sko.core.testing.SeedPlans;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.Location;
import dev.sko.rules.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The README's promise that an app can show findings "without parsing text", held for every rule of
 * the catalogue: when a finding's message names an element of the plan by its quoted name (the
 * theme, a session, an outcome, a pre-work item, a reinforcement activity, a content submission, a
 * metric target), the finding carries that element's {@link Location}, as its own location or in
 * its evidence's {@link dev.sko.rules.Evidence#related() related} places (issue 17, item 4).
 */
class FindingPartiesTest {

  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void every_element_a_message_names_is_a_location_the_finding_carries(
      @ForAll("plans") KickoffPlan plan) {
    assertEveryNamedElementIsCarried(plan);
  }

  @Example
  void the_seed_plans_findings_carry_every_element_their_messages_name() {
    assertEveryNamedElementIsCarried(SeedPlans.behaviorChange());
    assertEveryNamedElementIsCarried(SeedPlans.b2bThirtyPerson());
    assertEveryNamedElementIsCarried(SeedPlans.enterpriseWithPartnerSummit());
  }

  /** Fails on the old code: the overlap named the other session only in its message. */
  @Example
  void an_overlap_names_both_sessions_with_ids_and_locations_in_its_evidence() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .days(
                List.of(
                    AgendaDay.of(
                        TestPlans.session("keynote", SessionKind.KEYNOTE, 9, 0, 45),
                        TestPlans.session("workshop", SessionKind.WORKSHOP, 9, 30, 60))))
            .build();

    ValidationReport report = ProfileCombinations.validator("recommended").validate(plan);

    Finding overlap = report.findings("sko.agenda.overlap").get(0);
    assertThat(overlap.location().sessionId()).contains("workshop");
    assertThat(overlap.evidence().related())
        .extracting(Location::path)
        .containsExactly("days[0].sessions[1]", "days[0].sessions[0]");
    assertThat(overlap.evidence().relatedSessionIds()).containsExactly("workshop", "keynote");
    assertThat(overlap.evidence().related().get(1).sessionTitle())
        .contains(plan.sessions().get(0).title());
    assertThat(overlap.evidence().actual(Integer.class)).contains(15);
    assertEveryNamedElementIsCarried(plan);
  }

  private static void assertEveryNamedElementIsCarried(KickoffPlan plan) {
    Map<String, Set<Location>> named = namedElements(plan);
    for (String name : ProfileCombinations.names()) {
      for (Finding f : ProfileCombinations.validator(name).validate(plan).findings()) {
        for (Map.Entry<String, Set<Location>> e : named.entrySet()) {
          if (!f.message().contains(e.getKey())) {
            continue;
          }
          List<Location> carried = new ArrayList<>(f.evidence().related());
          carried.add(f.location());
          assertThat(carried)
              .as(
                  "%s: %s names %s, one of %s, but carries only %s",
                  name, f.ruleId(), e.getKey(), e.getValue(), carried)
              .anyMatch(c -> e.getValue().stream().anyMatch(l -> within(c, l)));
        }
      }
    }
  }

  /** Whether {@code carried} is {@code element} or a place inside it. */
  private static boolean within(Location carried, Location element) {
    return carried.equals(element) || carried.path().startsWith(element.path() + ".");
  }

  /** Each quoted name the plan's elements go by, with every element that has it. */
  private static Map<String, Set<Location>> namedElements(KickoffPlan plan) {
    Map<String, Set<Location>> named = new LinkedHashMap<>();
    plan.theme().ifPresent(t -> put(named, t, Location.of("theme")));
    for (int d = 0; d < plan.days().size(); d++) {
      List<dev.sko.core.Session> sessions = plan.days().get(d).sessions();
      for (int s = 0; s < sessions.size(); s++) {
        put(named, sessions.get(s).title(), Location.session(d, s, sessions.get(s)));
      }
    }
    for (int i = 0; i < plan.outcomes().size(); i++) {
      put(named, plan.outcomes().get(i).title(), Location.element("outcomes", i));
    }
    for (int i = 0; i < plan.prework().size(); i++) {
      put(named, plan.prework().get(i).title(), Location.element("prework", i));
    }
    for (int i = 0; i < plan.reinforcement().size(); i++) {
      Location at = Location.element("reinforcement", i);
      plan.reinforcement().get(i).description().ifPresent(d -> put(named, d, at));
    }
    for (int i = 0; i < plan.metricTargets().size(); i++) {
      put(named, plan.metricTargets().get(i).metric().name(), Location.element("metricTargets", i));
    }
    plan.planning()
        .flatMap(p -> p.callForContent())
        .ifPresent(
            c -> {
              for (int i = 0; i < c.submissions().size(); i++) {
                put(
                    named,
                    c.submissions().get(i).title(),
                    Location.of("planning.callForContent.submissions[" + i + "]"));
              }
            });
    return named;
  }

  private static void put(Map<String, Set<Location>> named, String name, Location at) {
    named.computeIfAbsent("\"" + name + "\"", k -> new LinkedHashSet<>()).add(at);
  }
}
