package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.support.Wording.and;
import static dev.sko.rules.catalog.support.Wording.hyphenated;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import dev.sko.core.Tier;
import dev.sko.core.Topic;
import dev.sko.rules.PlanIndex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What each performance tier's breakouts should focus on: the table behind {@code
 * sko.tiers.breakouts}. For each tier it lists requirements; a requirement is one topic, or a set
 * of alternatives of which any one will do. The tiers' breakouts meet the focus when their topics
 * meet every requirement of the tier.
 *
 * <pre>{@code
 * TierFocus mine = TierFocus.builder()
 *     .require(Tier.TOP, Topic.NEGOTIATION)
 *     .require(Tier.MIDDLE, Topic.DISCOVERY)
 *     .require(Tier.BOTTOM, Topic.FUNDAMENTALS, Topic.OBJECTION_HANDLING) // either one
 *     .build();
 * PlanValidator validator = PlanValidator.builder()
 *     .ruleSet(Profiles.behaviorChange())
 *     .option("sko.tiers.breakouts", "focus", mine)
 *     .build();
 * }</pre>
 */
@Immutable
public final class TierFocus {
  private static final TierFocus STANDARD =
      builder()
          .require(Tier.TOP, Topic.NEGOTIATION)
          .require(Tier.TOP, Topic.MULTI_THREADING)
          .require(Tier.MIDDLE, Topic.DISCOVERY)
          .require(Tier.MIDDLE, Topic.FORECASTING)
          .require(Tier.BOTTOM, Topic.FUNDAMENTALS, Topic.OBJECTION_HANDLING)
          .build();

  private static final Topic[] TOPICS = Topic.values();

  private final ImmutableMap<Tier, ImmutableList<ImmutableSet<Topic>>> requirements;
  private final ImmutableList<Tier> tiers;

  private TierFocus(ImmutableMap<Tier, ImmutableList<ImmutableSet<Topic>>> requirements) {
    this.requirements = requirements;
    this.tiers = requirements.keySet().asList();
  }

  /**
   * BEHAVIOR_CHANGE_MODEL's tier breakouts: the top tier gets advanced negotiation and
   * multi-threading, the middle tier discovery depth and forecasting hygiene, the bottom tier
   * fundamentals (objection handling, gap selling), so fundamentals or objection handling.
   */
  public static TierFocus standard() {
    return STANDARD;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tiers that have a focus, in tier order (top first). */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * The requirements of {@code tier}, each a set of alternative topics; empty when the tier has no
   * focus.
   */
  public List<Set<Topic>> requirements(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    List<ImmutableSet<Topic>> found = requirements.get(tier);
    return found == null ? List.of() : List.copyOf(found);
  }

  /** The requirements of {@code tier} that {@code covered} does not meet, in order. */
  public List<Set<Topic>> unmet(Tier tier, Set<Topic> covered) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(covered, "covered");
    List<Set<Topic>> unmet = new ArrayList<>();
    for (Set<Topic> requirement : requirements(tier)) {
      if (Sets.intersection(requirement, covered).isEmpty()) {
        unmet.add(requirement);
      }
    }
    return unmet;
  }

  /**
   * Whether the sessions for {@code tier} meet every requirement of {@code tier}, asked of the
   * plan's fact sheet ({@link PlanIndex#tierCovers}) without building sets; true when the tier has
   * no focus.
   */
  public boolean isMet(Tier tier, PlanIndex facts) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(facts, "facts");
    List<ImmutableSet<Topic>> found = requirements.get(tier);
    if (found == null) {
      return true;
    }
    for (int r = 0; r < found.size(); r++) {
      if (!anyCovered(found.get(r), tier, facts)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyCovered(Set<Topic> requirement, Tier tier, PlanIndex facts) {
    for (Topic t : TOPICS) {
      if (requirement.contains(t) && facts.tierCovers(tier, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * One requirement in words: {@code negotiation} or {@code fundamentals or objection handling}.
   */
  public static String inWords(Set<Topic> requirement) {
    Objects.requireNonNull(requirement, "requirement");
    StringJoiner words = new StringJoiner(" or ");
    for (Topic t : Topic.values()) {
      if (requirement.contains(t)) {
        words.add(hyphenated(t));
      }
    }
    return words.toString();
  }

  /** The requirements of {@code tier} in words: {@code negotiation and multi-threading}. */
  public String inWords(Tier tier) {
    Objects.requireNonNull(tier, "tier");
    return and(requirements(tier).stream().map(TierFocus::inWords).collect(Collectors.toList()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TierFocus && ((TierFocus) o).requirements.equals(requirements);
  }

  @Override
  public int hashCode() {
    return requirements.hashCode();
  }

  /** {@code TOP: NEGOTIATION + MULTI_THREADING; BOTTOM: FUNDAMENTALS or OBJECTION_HANDLING}. */
  @Override
  public String toString() {
    StringJoiner tiers = new StringJoiner("; ");
    requirements.forEach(
        (tier, reqs) -> {
          StringJoiner all = new StringJoiner(" + ");
          for (Set<Topic> r : reqs) {
            StringJoiner any = new StringJoiner(" or ");
            r.forEach(t -> any.add(t.name()));
            all.add(any.toString());
          }
          tiers.add(tier + ": " + all);
        });
    return tiers.toString();
  }

  /** Builds a {@link TierFocus}. */
  public static final class Builder {
    private final Map<Tier, List<ImmutableSet<Topic>>> requirements = new EnumMap<>(Tier.class);

    private Builder() {}

    /**
     * Adds a requirement to {@code tier}: its breakouts cover {@code topic}, or any one of {@code
     * alternatives}.
     */
    @CanIgnoreReturnValue
    public Builder require(Tier tier, Topic topic, Topic... alternatives) {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(alternatives, "alternatives");
      ImmutableSet<Topic> any = Sets.immutableEnumSet(topic, alternatives);
      List<ImmutableSet<Topic>> list = requirements.computeIfAbsent(tier, t -> new ArrayList<>());
      if (list.contains(any)) {
        throw new IllegalArgumentException(
            "TierFocus requirement " + any + " is given twice for tier " + tier);
      }
      list.add(any);
      return this;
    }

    /**
     * The focus.
     *
     * @throws IllegalArgumentException if no tier has a requirement
     */
    public TierFocus build() {
      if (requirements.isEmpty()) {
        throw new IllegalArgumentException(
            "TierFocus must give at least one tier a focus, but was empty");
      }
      ImmutableMap.Builder<Tier, ImmutableList<ImmutableSet<Topic>>> b = ImmutableMap.builder();
      for (Tier t : Tier.values()) {
        List<ImmutableSet<Topic>> reqs = requirements.get(t);
        if (reqs != null) {
          b.put(t, ImmutableList.copyOf(reqs));
        }
      }
      return new TierFocus(b.buildOrThrow());
    }
  }
}
