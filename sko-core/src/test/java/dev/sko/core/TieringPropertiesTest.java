package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TieringPropertiesTest {

  /**
   * Up to 60 reps with unique ids; attainments come from a small set so that ties are common, and
   * about one rep in six has none.
   */
  @Provide
  Arbitrary<List<Rep>> teams() {
    Arbitrary<Rep> rep =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 5))
            .as(
                (id, tenths, unrated) -> {
                  Rep.Builder b = Rep.builder().id(id).name("Rep " + id);
                  if (unrated != 0) {
                    b.trailingAttainment(tenths / 10.0);
                  }
                  return b.build();
                });
    return rep.list().ofMaxSize(60).uniqueElements(Rep::id);
  }

  @Property
  boolean tiersAndUntieredPartitionTheReps(@ForAll("teams") List<Rep> reps) {
    TierAssignment tiers = Tiering.assign(reps);
    List<Rep> all = new ArrayList<>();
    all.addAll(tiers.top());
    all.addAll(tiers.middle());
    all.addAll(tiers.bottom());
    all.addAll(tiers.untiered());
    return all.size() == reps.size() && new HashSet<>(all).equals(new HashSet<>(reps));
  }

  @Property
  void onlyRepsWithAnAttainmentAreTiered(@ForAll("teams") List<Rep> reps) {
    TierAssignment tiers = Tiering.assign(reps);

    assertThat(tiers.untiered()).allMatch(r -> r.trailingAttainment().isEmpty());
    assertThat(tiers.asMap().values())
        .allSatisfy(t -> assertThat(t).allMatch(r -> r.trailingAttainment().isPresent()));
  }

  @Property
  void sizesDifferByAtMostOne_andTopEqualsBottom(@ForAll("teams") List<Rep> reps) {
    TierAssignment tiers = Tiering.assign(reps);
    int top = tiers.top().size();
    int middle = tiers.middle().size();
    int bottom = tiers.bottom().size();

    assertThat(top).isEqualTo(bottom);
    assertThat(Math.abs(top - middle)).isLessThanOrEqualTo(1);
    for (Tier tier : Tier.values()) {
      assertThat(tiers.reps(tier)).hasSize(Tiering.tierSize(tier, tiers.tieredCount()));
    }
  }

  @Property
  void noRepIsInALowerTierThanARepWithLessAttainment(@ForAll("teams") List<Rep> reps) {
    TierAssignment tiers = Tiering.assign(reps);
    Tier[] order = Tier.values();
    for (int higher = 0; higher < order.length; higher++) {
      for (int lower = higher + 1; lower < order.length; lower++) {
        for (Rep up : tiers.reps(order[higher])) {
          for (Rep down : tiers.reps(order[lower])) {
            assertThat(up.trailingAttainment().getAsDouble())
                .isGreaterThanOrEqualTo(down.trailingAttainment().getAsDouble());
          }
        }
      }
    }
  }

  @Property
  boolean isIndependentOfTheInputOrder(@ForAll("teams") List<Rep> reps, @ForAll long seed) {
    List<Rep> shuffled = new ArrayList<>(reps);
    Collections.shuffle(shuffled, new Random(seed));
    return Tiering.assign(shuffled).equals(Tiering.assign(reps));
  }

  @Property
  boolean eachRepIsFoundInItsTier(@ForAll("teams") List<Rep> reps) {
    TierAssignment tiers = Tiering.assign(reps);
    Set<String> seen = new HashSet<>();
    for (Tier tier : Tier.values()) {
      for (Rep r : tiers.reps(tier)) {
        if (!tiers.tierOf(r.id()).equals(java.util.Optional.of(tier)) || !seen.add(r.id())) {
          return false;
        }
      }
    }
    return true;
  }
}
