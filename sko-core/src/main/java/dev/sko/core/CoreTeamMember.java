package dev.sko.core;

import org.immutables.value.Value;

/** A member of the planning core team (GITLAB_HANDBOOK). */
@Value.Immutable
public abstract class CoreTeamMember {
  CoreTeamMember() {}

  /** The member's name. */
  public abstract String name();

  /** The member's role. */
  public abstract CoreTeamRole role();

  /** {@code name} in {@code role}. */
  public static CoreTeamMember of(String name, CoreTeamRole role) {
    return builder().name(name).role(role).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoreTeamMember}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCoreTeamMember.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "CoreTeamMember.name");
  }
}
