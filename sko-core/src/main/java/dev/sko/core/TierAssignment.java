package dev.sko.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Reps assigned to performance tiers by {@link Tiering}: the top, middle and bottom thirds of the
 * reps with a trailing attainment, each ordered best first (attainment descending, then id
 * ascending), and the reps that have no attainment and so no tier, ordered by id.
 */
@Value.Immutable
public abstract class TierAssignment {
  TierAssignment() {}

  /** The top third, best first. */
  public abstract List<Rep> top();

  /** The middle third, best first. */
  public abstract List<Rep> middle();

  /** The bottom third, best first. */
  public abstract List<Rep> bottom();

  /** Reps without a trailing attainment, which are not tiered, ordered by id. */
  public abstract List<Rep> untiered();

  /** The reps of {@code tier}, best first. */
  public List<Rep> reps(Tier tier) {
    switch (tier) {
      case TOP:
        return top();
      case MIDDLE:
        return middle();
      case BOTTOM:
        return bottom();
    }
    throw new AssertionError(tier);
  }

  /** Every tier with its reps, in the order TOP, MIDDLE, BOTTOM; each tier is present. */
  public Map<Tier, List<Rep>> asMap() {
    Map<Tier, List<Rep>> map = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      map.put(tier, reps(tier));
    }
    return Collections.unmodifiableMap(map);
  }

  /** The tier of the rep with id {@code repId}; empty if that rep is untiered or not assigned. */
  public Optional<Tier> tierOf(String repId) {
    Objects.requireNonNull(repId, "repId");
    for (Tier tier : Tier.values()) {
      if (reps(tier).stream().anyMatch(r -> r.id().equals(repId))) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /** How many reps were tiered (all but the untiered). */
  public int tieredCount() {
    return top().size() + middle().size() + bottom().size();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableTierAssignment.Builder {}
}
