package dev.sko.core;

import static dev.sko.core.testing.TestPlans.minimalBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TieringTest {

  private static Rep rep(String id, double attainment) {
    return Rep.builder().id(id).name("Rep " + id).trailingAttainment(attainment).build();
  }

  private static Rep unrated(String id) {
    return Rep.builder().id(id).name("Rep " + id).build();
  }

  /** {@code n} reps r01, r02, … with distinct attainments, r01 the best. */
  private static List<Rep> team(int n) {
    List<Rep> reps = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      reps.add(rep(String.format("r%02d", i), 2.0 - i / 100.0));
    }
    return reps;
  }

  private static List<String> ids(List<Rep> reps) {
    return reps.stream().map(Rep::id).collect(Collectors.toList());
  }

  /** The acceptance example: the tier split of teams of 9, 10 and 11 reps (and 30). */
  @ParameterizedTest(name = "{0} reps split {1}/{2}/{3}")
  @CsvSource({"9, 3, 3, 3", "10, 3, 4, 3", "11, 4, 3, 4", "30, 10, 10, 10"})
  void splitsTeamsOf9_10And11(int n, int top, int middle, int bottom) {
    TierAssignment tiers = Tiering.assign(team(n));

    assertThat(tiers.top()).hasSize(top);
    assertThat(tiers.middle()).hasSize(middle);
    assertThat(tiers.bottom()).hasSize(bottom);
    assertThat(tiers.untiered()).isEmpty();
    assertThat(Tiering.tierSize(Tier.TOP, n)).isEqualTo(top);
    assertThat(Tiering.tierSize(Tier.MIDDLE, n)).isEqualTo(middle);
    assertThat(Tiering.tierSize(Tier.BOTTOM, n)).isEqualTo(bottom);
  }

  @Test
  void aTeamOf10_theBestThreeOnTop_theNextFourInTheMiddle_theLastThreeAtTheBottom() {
    TierAssignment tiers = Tiering.assign(team(10));

    assertThat(ids(tiers.top())).containsExactly("r01", "r02", "r03");
    assertThat(ids(tiers.middle())).containsExactly("r04", "r05", "r06", "r07");
    assertThat(ids(tiers.bottom())).containsExactly("r08", "r09", "r10");
  }

  @Test
  void aTeamOf11_theTwoExtraRepsGoToTheTopAndTheBottom() {
    TierAssignment tiers = Tiering.assign(team(11));

    assertThat(ids(tiers.top())).containsExactly("r01", "r02", "r03", "r04");
    assertThat(ids(tiers.middle())).containsExactly("r05", "r06", "r07");
    assertThat(ids(tiers.bottom())).containsExactly("r08", "r09", "r10", "r11");
  }

  @ParameterizedTest(name = "{0} reps split {1}/{2}/{3}")
  @CsvSource({"0, 0, 0, 0", "1, 0, 1, 0", "2, 1, 0, 1", "3, 1, 1, 1", "4, 1, 2, 1", "5, 2, 1, 2"})
  void smallTeams(int n, int top, int middle, int bottom) {
    TierAssignment tiers = Tiering.assign(team(n));

    assertThat(List.of(tiers.top().size(), tiers.middle().size(), tiers.bottom().size()))
        .containsExactly(top, middle, bottom);
  }

  @Test
  void orderedBestFirstWhateverTheInputOrder() {
    List<Rep> reps =
        List.of(rep("c", 0.7), rep("a", 1.4), rep("e", 0.9), rep("b", 1.1), rep("d", 0.5));

    TierAssignment tiers = Tiering.assign(reps);

    assertThat(ids(tiers.top())).containsExactly("a", "b");
    assertThat(ids(tiers.middle())).containsExactly("e");
    assertThat(ids(tiers.bottom())).containsExactly("c", "d");
  }

  @Test
  void aTieAtABoundaryIsBrokenByIdAscending_theSmallerIdGetsTheHigherTier() {
    List<Rep> reps = new ArrayList<>(team(9));
    // ranks 3 and 4 share an attainment, straddling the top/middle boundary; "r04" < "r4x"
    reps.set(2, rep("r4x", 1.96));
    reps.set(3, rep("r04", 1.96));

    TierAssignment tiers = Tiering.assign(reps);

    assertThat(ids(tiers.top())).containsExactly("r01", "r02", "r04");
    assertThat(ids(tiers.middle())).startsWith("r4x");
    assertThat(tiers.tierOf("r04")).contains(Tier.TOP);
    assertThat(tiers.tierOf("r4x")).contains(Tier.MIDDLE);
  }

  @Test
  void repsWithoutAttainmentAreUntiered_andDoNotCountTowardsTheThirds() {
    List<Rep> reps = new ArrayList<>(team(3));
    reps.add(unrated("z"));
    reps.add(unrated("m"));

    TierAssignment tiers = Tiering.assign(reps);

    assertThat(ids(tiers.untiered())).containsExactly("m", "z");
    assertThat(tiers.tieredCount()).isEqualTo(3);
    assertThat(List.of(tiers.top().size(), tiers.middle().size(), tiers.bottom().size()))
        .containsExactly(1, 1, 1);
    assertThat(tiers.tierOf("m")).isEmpty();
    assertThat(tiers.tierOf("nobody")).isEmpty();
  }

  @Test
  void aZeroAttainmentIsRated() {
    TierAssignment tiers = Tiering.assign(List.of(rep("a", 0.0), rep("b", 1.0), rep("c", 0.5)));

    assertThat(ids(tiers.bottom())).containsExactly("a");
    assertThat(tiers.untiered()).isEmpty();
  }

  @Test
  void tiersThePlansRoster() {
    KickoffPlan plan = minimalBuilder().roster(team(10)).build();

    assertThat(Tiering.assign(plan)).isEqualTo(Tiering.assign(team(10)));
  }

  @Test
  void asMapHoldsEveryTierInOrder() {
    TierAssignment tiers = Tiering.assign(team(2));

    assertThat(tiers.asMap()).containsOnlyKeys(Tier.TOP, Tier.MIDDLE, Tier.BOTTOM);
    assertThat(new ArrayList<>(tiers.asMap().keySet()))
        .containsExactly(Tier.TOP, Tier.MIDDLE, Tier.BOTTOM);
    assertThat(tiers.asMap().get(Tier.MIDDLE)).isEmpty();
    assertThat(tiers.asMap()).containsEntry(Tier.BOTTOM, List.of(rep("r02", 1.98)));
    for (Tier tier : Tier.values()) {
      assertThat(tiers.asMap().get(tier)).isEqualTo(tiers.reps(tier));
    }
  }

  @Test
  void twoRepsWithOneIdAreRejected() {
    assertThatThrownBy(() -> Tiering.assign(List.of(rep("a", 1.0), unrated("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rep.id must be unique among the reps tiered, but was \"a\"");
  }

  @Test
  void aNegativeTeamSizeIsRejected() {
    assertThat(Tiering.outerTierSize(0)).isZero();
    assertThatThrownBy(() -> Tiering.outerTierSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void thirds() {
    assertThat(Tiering.PARTS).isEqualTo(3);
  }
}
