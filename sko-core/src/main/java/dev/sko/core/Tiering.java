package dev.sko.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits reps into performance tiers by trailing six-month attainment (BEHAVIOR_CHANGE_MODEL: "top
 * 33%, middle 33%, bottom 33%", used for breakout assignment only, never announced).
 *
 * <h2>The rule</h2>
 *
 * <ol>
 *   <li>Reps without a {@link Rep#trailingAttainment()} are not tiered: they go to {@link
 *       TierAssignment#untiered()}.
 *   <li>The others are ranked by attainment, highest first; reps with equal attainment are ranked
 *       by {@link Rep#id()} in ascending {@link String#compareTo natural order}. A tie at a tier
 *       boundary is therefore broken by id (the smaller id gets the higher tier), which keeps the
 *       tiers' sizes balanced and makes the result independent of the input order.
 *   <li>Of {@code n} ranked reps, the top and the bottom tier each take {@code n/3} rounded to the
 *       nearest whole number ({@link #outerTierSize}) and the middle tier takes the rest. So a team
 *       of 9 splits 3/3/3, 10 splits 3/4/3 (the extra rep goes to the middle), 11 splits 4/3/4 (the
 *       two extra reps go to the top and the bottom) and 30 splits 10/10/10. Sizes never differ by
 *       more than one, and the rule treats top and bottom alike.
 * </ol>
 */
public final class Tiering {
  private Tiering() {}

  /** BEHAVIOR_CHANGE_MODEL: the team is split into thirds (top, middle and bottom 33%). */
  public static final int PARTS = 3;

  private static final Comparator<Rep> BEST_FIRST =
      Comparator.comparingDouble((Rep r) -> r.trailingAttainment().orElse(0))
          .reversed()
          .thenComparing(Rep::id);

  /** The plan's roster in tiers; see the class documentation for the rule. */
  public static TierAssignment assign(KickoffPlan plan) {
    return assign(plan.roster());
  }

  /**
   * {@code reps} in tiers; see the class documentation for the rule. The result does not depend on
   * the order of {@code reps}.
   *
   * @throws IllegalArgumentException if two reps share an id
   */
  public static TierAssignment assign(Collection<Rep> reps) {
    Set<String> ids = new HashSet<>();
    List<Rep> rated = new ArrayList<>();
    List<Rep> unrated = new ArrayList<>();
    for (Rep rep : reps) {
      Checks.check(ids.add(rep.id()), "Rep.id", rep.id(), "must be unique among the reps tiered");
      (rep.trailingAttainment().isPresent() ? rated : unrated).add(rep);
    }
    rated.sort(BEST_FIRST);
    unrated.sort(Comparator.comparing(Rep::id));
    int n = rated.size();
    int outer = outerTierSize(n);
    return TierAssignment.builder()
        .top(rated.subList(0, outer))
        .middle(rated.subList(outer, n - outer))
        .bottom(rated.subList(n - outer, n))
        .untiered(unrated)
        .build();
  }

  /**
   * The size of the top tier, and of the bottom tier, for {@code ratedReps} reps with an
   * attainment: {@code ratedReps / 3} rounded to the nearest whole number (it is never exactly
   * half-way), i.e. {@code (ratedReps + 1) / 3} in integer division.
   *
   * @throws IllegalArgumentException if {@code ratedReps} is negative
   */
  public static int outerTierSize(int ratedReps) {
    Checks.check(ratedReps >= 0, "ratedReps", ratedReps, "must not be negative");
    return (ratedReps + 1) / PARTS;
  }

  /**
   * The size of {@code tier} for {@code ratedReps} reps with an attainment: {@link #outerTierSize}
   * for the top and bottom, the rest for the middle.
   *
   * @throws IllegalArgumentException if {@code ratedReps} is negative
   */
  public static int tierSize(Tier tier, int ratedReps) {
    Objects.requireNonNull(tier, "tier");
    int outer = outerTierSize(ratedReps);
    return tier == Tier.MIDDLE ? ratedReps - 2 * outer : outer;
  }
}
