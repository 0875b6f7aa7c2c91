package dev.sko.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a session is for: everyone, one performance {@link Tier}, one {@link RepRole}, one region, or
 * a named group such as partners. Two sessions at the same time clash when their audiences overlap.
 */
@Value.Immutable
public abstract class Audience {
  Audience() {}

  private static final Audience EVERYONE =
      ImmutableAudience.builder().kind(AudienceKind.EVERYONE).build();

  /** The kind of audience. */
  public abstract AudienceKind kind();

  /** The tier, for a {@link AudienceKind#TIER} audience. */
  public abstract Optional<Tier> tier();

  /** The role, for a {@link AudienceKind#ROLE} audience. */
  public abstract Optional<RepRole> role();

  /** The region or group name, for {@link AudienceKind#REGION} and {@link AudienceKind#GROUP}. */
  public abstract Optional<String> name();

  /**
   * The region or group name, or the empty string for other audiences: {@link #name()} without the
   * {@code Optional} it builds on each call, computed once per audience for code that asks on every
   * validation.
   */
  @Value.Lazy
  public String nameOrEmpty() {
    return name().orElse("");
  }

  /**
   * A new builder, for code that sets the fields one by one (a plan reader); the factories below
   * say the same in one call. {@link Builder#build()} checks that exactly the field the kind needs
   * is set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Audience}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableAudience.Builder {}

  /** Everyone at the event. */
  public static Audience everyone() {
    return EVERYONE;
  }

  /** One performance tier. */
  public static Audience tier(Tier tier) {
    return ImmutableAudience.builder().kind(AudienceKind.TIER).tier(tier).build();
  }

  /** One role. */
  public static Audience role(RepRole role) {
    return ImmutableAudience.builder().kind(AudienceKind.ROLE).role(role).build();
  }

  /** One region. */
  public static Audience region(String region) {
    return ImmutableAudience.builder().kind(AudienceKind.REGION).name(region).build();
  }

  /** A named group, such as {@code "partners"} or a segment. */
  public static Audience group(String group) {
    return ImmutableAudience.builder().kind(AudienceKind.GROUP).name(group).build();
  }

  /**
   * Whether some attendee can be in both audiences. Everyone overlaps with every audience; two
   * audiences of the same kind overlap only when they are equal; a tier, a role and a region of
   * different kinds are taken to overlap, since one rep can be in all three; a named group (such as
   * partners) overlaps no tier, role or region, since it is not part of the team.
   */
  public boolean overlaps(Audience other) {
    if (kind() == AudienceKind.EVERYONE || other.kind() == AudienceKind.EVERYONE) {
      return true;
    }
    if (kind() != other.kind()) {
      // A partner group is a different set of people from any tier, role or region of the team.
      return kind() != AudienceKind.GROUP && other.kind() != AudienceKind.GROUP;
    }
    return equals(other);
  }

  @Value.Check
  void check() {
    Checks.check(
        tier().isPresent() == (kind() == AudienceKind.TIER),
        "Audience.tier",
        tier(),
        "must be set exactly for a TIER audience");
    Checks.check(
        role().isPresent() == (kind() == AudienceKind.ROLE),
        "Audience.role",
        role(),
        "must be set exactly for a ROLE audience");
    boolean named = kind() == AudienceKind.REGION || kind() == AudienceKind.GROUP;
    Checks.check(
        name().isPresent() == named,
        "Audience.name",
        name(),
        "must be set exactly for a REGION or GROUP audience");
    name().ifPresent(n -> Checks.nonBlank(n, "Audience.name"));
  }

  @Override
  public String toString() {
    switch (kind()) {
      case TIER:
        return "tier " + tier().orElseThrow();
      case ROLE:
        return "role " + role().orElseThrow();
      case REGION:
        return "region " + name().orElseThrow();
      case GROUP:
        return "group " + name().orElseThrow();
      default:
        return "everyone";
    }
  }
}
