package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.testing.PlanArbitraries;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bit masks ({@code coveredTopicBits}, {@code presenterRoleBits}) hold what the sets and lists
 * hold, and the accessors without an Optional ({@code groupSizeOrZero}, {@code
 * rotationIntervalOrZero}, {@code regionOrEmpty}, {@code nameOrEmpty}) say what the Optional
 * getters say, with 0, zero or the empty string for absent (never a given value: a group size is at
 * least 1, an interval positive, a region or name not blank), and give the same object on every
 * call.
 */
class CachedAccessorsTest {
  @Provide
  Arbitrary<Session> sessions() {
    return PlanArbitraries.sessions();
  }

  @Property(tries = 300)
  void they_say_what_the_optional_getters_say(@ForAll("sessions") Session s) {
    assertThat(s.groupSizeOrZero()).isEqualTo(s.groupSize().orElse(0));
    assertThat(s.groupSize().isPresent()).isEqualTo(s.groupSizeOrZero() > 0);
    assertThat(s.rotationIntervalOrZero()).isEqualTo(s.rotationInterval().orElse(Duration.ZERO));
    assertThat(s.rotationInterval().isPresent()).isEqualTo(!s.rotationIntervalOrZero().isZero());
    assertThat(s.rotationIntervalOrZero()).isSameAs(s.rotationIntervalOrZero());
    assertThat(s.audience().nameOrEmpty()).isEqualTo(s.audience().name().orElse(""));
    assertThat(s.audience().name().isPresent()).isEqualTo(!s.audience().nameOrEmpty().isEmpty());
    for (Topic t : Topic.values()) {
      assertThat((s.coveredTopicBits() & (1L << t.ordinal())) != 0)
          .isEqualTo(s.coveredTopics().contains(t));
    }
    for (PresenterRole r : PresenterRole.values()) {
      assertThat((s.presenterRoleBits() & (1 << r.ordinal())) != 0).isEqualTo(s.hasPresenter(r));
    }
    for (Presenter p : s.presenters()) {
      assertThat(p.regionOrEmpty()).isEqualTo(p.region().orElse(""));
      assertThat(p.region().isPresent()).isEqualTo(!p.regionOrEmpty().isEmpty());
      assertThat(p.regionOrEmpty()).isSameAs(p.regionOrEmpty());
    }
  }
}
