package dev.sko.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.Audience;
import dev.sko.core.AudienceKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.Tier;
import dev.sko.core.Topic;
import dev.sko.core.testing.PlanArbitraries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fact sheet answers every question as a walk over the plan's sessions would: each fact is
 * checked against the plain computation from the plan, for generated plans.
 */
class PlanIndexTest {
  @Provide
  Arbitrary<KickoffPlan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 200)
  void positions_match_the_agenda(@ForAll("plans") KickoffPlan plan) {
    PlanIndex facts = PlanIndex.of(plan);
    List<Session> walked = new ArrayList<>();
    int i = 0;
    for (int d = 0; d < plan.days().size(); d++) {
      assertThat(facts.dayStart(d)).isEqualTo(i);
      List<Session> day = plan.days().get(d).sessions();
      for (int s = 0; s < day.size(); s++, i++) {
        assertThat(facts.session(i)).isSameAs(day.get(s));
        assertThat(facts.dayIndex(i)).isEqualTo(d);
        assertThat(facts.sessionIndex(i)).isEqualTo(s);
        assertThat(facts.location(i)).isEqualTo(Location.session(d, s, day.get(s)));
        assertThat(facts.sessions().get(i).location()).isEqualTo(facts.location(i));
        assertThat(facts.sessions().get(i).dayIndex()).isEqualTo(d);
        assertThat(facts.sessions().get(i).sessionIndex()).isEqualTo(s);
        assertThat(facts.sessions().get(i)).hasToString(facts.location(i).toString());
        walked.add(day.get(s));
      }
    }
    assertThat(facts.dayStart(plan.days().size())).isEqualTo(i);
    assertThat(facts.sessionCount()).isEqualTo(walked.size());
    assertThat(facts.eventHalfDays()).isEqualTo(plan.eventHalfDays());
  }

  @Property(tries = 200)
  void kinds_chain_in_agenda_order(@ForAll("plans") KickoffPlan plan) {
    PlanIndex facts = PlanIndex.of(plan);
    for (SessionKind kind : SessionKind.values()) {
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < plan.sessions().size(); i++) {
        if (plan.sessions().get(i).kind() == kind) {
          expected.add(i);
        }
      }
      List<Integer> chained = new ArrayList<>();
      for (int i = facts.first(kind); i >= 0; i = facts.next(i)) {
        chained.add(i);
      }
      assertThat(chained).as("%s", kind).isEqualTo(expected);
      assertThat(facts.hasAny(kind)).isEqualTo(!expected.isEmpty());
      assertThat(facts.hasAny(new SessionKind[] {kind})).isEqualTo(!expected.isEmpty());
      assertThat(facts.sessions(kind)).hasSize(expected.size());
    }
  }

  @Property(tries = 200)
  void aggregates_match_a_walk(@ForAll("plans") KickoffPlan plan) {
    PlanIndex facts = PlanIndex.of(plan);
    List<Session> all = plan.sessions();
    for (SessionFormat format : SessionFormat.values()) {
      long minutes = 0;
      Duration talk = Duration.ZERO;
      Duration length = Duration.ZERO;
      Duration talkWithoutQa = Duration.ZERO;
      for (Session s : all) {
        if (s.format() == format) {
          minutes += s.length().toMinutes();
          talk = max(talk, s.talkTime());
          length = max(length, s.length());
          talkWithoutQa = s.qaTime().isZero() ? max(talkWithoutQa, s.talkTime()) : talkWithoutQa;
        }
      }
      assertThat(facts.minutes(format)).isEqualTo(minutes);
      assertThat(facts.longestTalk(format)).isEqualTo(talk);
      assertThat(facts.longest(format)).isEqualTo(length);
      assertThat(facts.longestTalkWithoutQa(format)).isEqualTo(talkWithoutQa);
      for (PresenterRole role : PresenterRole.values()) {
        assertThat(facts.hasPresenter(format, role))
            .isEqualTo(all.stream().anyMatch(s -> s.format() == format && s.hasPresenter(role)));
      }
    }
    for (PresenterRole role : PresenterRole.values()) {
      assertThat(facts.hasPresenter(role))
          .isEqualTo(all.stream().anyMatch(s -> s.hasPresenter(role)));
    }
    for (Topic topic : Topic.values()) {
      assertThat(facts.contentCovers(topic))
          .isEqualTo(
              all.stream()
                  .anyMatch(s -> s.format().isContent() && s.coveredTopics().contains(topic)));
      for (Tier tier : Tier.values()) {
        assertThat(facts.tierCovers(tier, topic))
            .isEqualTo(
                all.stream()
                    .anyMatch(
                        s ->
                            s.audience().equals(Audience.tier(tier))
                                && s.coveredTopics().contains(topic)));
      }
    }
    for (Tier tier : Tier.values()) {
      assertThat(facts.hasSessionFor(tier))
          .isEqualTo(all.stream().anyMatch(s -> s.audience().equals(Audience.tier(tier))));
    }
    for (AudienceKind kind : AudienceKind.values()) {
      assertThat(facts.hasAudience(kind))
          .isEqualTo(all.stream().anyMatch(s -> s.audience().kind() == kind));
    }
    for (QaStyle style : QaStyle.values()) {
      assertThat(facts.hasQa(style))
          .isEqualTo(all.stream().anyMatch(s -> !s.qaTime().isZero() && s.qaStyle() == style));
    }
    assertThat(facts.contentMinutes())
        .isEqualTo(
            facts.minutes(SessionFormat.PRESENTATION) + facts.minutes(SessionFormat.INTERACTIVE));
    assertThat(facts.tiersAnnounced())
        .isEqualTo(plan.tierPolicy().map(p -> p.announced()).orElse(false));
  }

  private static Duration max(Duration a, Duration b) {
    return b.compareTo(a) > 0 ? b : a;
  }

  /**
   * The facts are bit masks, a long per plan (kinds, topics, presenter roles in {@link
   * PlanIndex#ROLE_BITS} bits per format) or an int (Q&amp;A styles, audience kinds, tiers): an
   * enum that outgrew its mask would wrap onto another constant's bit.
   */
  @Example
  void the_enums_fit_the_bit_masks() {
    assertThat(SessionKind.values().length).isLessThanOrEqualTo(Long.SIZE);
    assertThat(Topic.values().length).isLessThanOrEqualTo(Long.SIZE);
    assertThat(PresenterRole.values().length).isLessThanOrEqualTo(PlanIndex.ROLE_BITS);
    assertThat(SessionFormat.values().length * PlanIndex.ROLE_BITS).isLessThanOrEqualTo(Long.SIZE);
    assertThat(QaStyle.values().length).isLessThanOrEqualTo(Integer.SIZE);
    assertThat(AudienceKind.values().length).isLessThanOrEqualTo(Integer.SIZE);
    assertThat(Tier.values().length).isLessThanOrEqualTo(Integer.SIZE);
  }

  @Example
  void a_derived_value_is_computed_once_per_key_and_every_key_keeps_its_own() {
    PlanIndex facts = PlanIndex.of(PlanArbitraries.plans().sample());
    int[] computed = new int[1];
    // More keys than a first allocation holds, so the store must grow and keep the earlier ones.
    int keys = 20;
    for (int k = 0; k < keys; k++) {
      int value = k * 7;
      assertThat(
              facts.derived(
                  "key-" + k,
                  Integer.class,
                  p -> {
                    computed[0]++;
                    return value;
                  }))
          .isEqualTo(value);
    }
    for (int k = 0; k < keys; k++) {
      assertThat(facts.derived("key-" + k, Integer.class, p -> -1)).isEqualTo(k * 7);
    }
    assertThat(computed[0]).isEqualTo(keys);
    assertThatThrownBy(() -> facts.derived("key-0", String.class, p -> "other"))
        .isInstanceOf(ClassCastException.class);
  }
}
