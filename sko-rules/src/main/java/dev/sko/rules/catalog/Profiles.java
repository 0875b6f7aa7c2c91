package dev.sko.rules.catalog;

import dev.sko.rules.DidYouMean;
import dev.sko.rules.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in profiles: one rule set per school of thought in the sources, plus the library's own
 * evidence-weighted default. The sources disagree (two to three days or two at most; awards on
 * stage or on the kill list); a profile picks one side and says so in each rule's documentation.
 *
 * <ul>
 *   <li>{@link #recommended()}: the library's evidence-weighted default;
 *   <li>{@link #classic()}: SKO_GUIDE and B2B_SKO_GUIDE;
 *   <li>{@link #behaviorChange()}: BEHAVIOR_CHANGE_MODEL;
 *   <li>{@link #accelerationSummit()}: ACCELERATION_SUMMIT;
 *   <li>{@link #planningProcess()}: GITLAB_HANDBOOK plus the phase timeline, an add-on that
 *       composes with any other profile: {@code
 *       Profiles.recommended().with(Profiles.planningProcess())}.
 * </ul>
 *
 * <p>Each method returns the same immutable rule set every time.
 */
public final class Profiles {
  private Profiles() {}

  /** The library's evidence-weighted default. */
  public static RuleSet recommended() {
    return Catalog.profile(ProfileMatrix.Profile.RECOMMENDED);
  }

  /** The classic kickoff of SKO_GUIDE and B2B_SKO_GUIDE. */
  public static RuleSet classic() {
    return Catalog.profile(ProfileMatrix.Profile.CLASSIC);
  }

  /** The behaviour-change kickoff of BEHAVIOR_CHANGE_MODEL. */
  public static RuleSet behaviorChange() {
    return Catalog.profile(ProfileMatrix.Profile.BEHAVIOR_CHANGE);
  }

  /** SBI's Acceleration Summit (ACCELERATION_SUMMIT). */
  public static RuleSet accelerationSummit() {
    return Catalog.profile(ProfileMatrix.Profile.ACCELERATION_SUMMIT);
  }

  /**
   * The planning-process add-on (GITLAB_HANDBOOK and the phase timeline); compose it with another.
   */
  public static RuleSet planningProcess() {
    return Catalog.profile(ProfileMatrix.Profile.PLANNING_PROCESS);
  }

  /** Every profile by name, in the catalogue's column order. */
  public static Map<String, RuleSet> all() {
    return Catalog.profilesByName();
  }

  /** The name of the profile tools use when none is named: {@code recommended}. */
  public static final String DEFAULT = "recommended";

  /**
   * The profile called {@code name}.
   *
   * @throws IllegalArgumentException naming an unknown profile, the closest known one and all of
   *     them
   */
  public static RuleSet named(String name) {
    return named(List.of(Objects.requireNonNull(name, "name")));
  }

  /**
   * The profiles called {@code names}, combined in order with {@link RuleSet#with}, or the {@link
   * #DEFAULT} profile when {@code names} is empty: what a command line's repeated {@code --profile}
   * or a build plugin's list of profiles means.
   *
   * @throws IllegalArgumentException naming an unknown profile, the closest known one and all of
   *     them
   */
  public static RuleSet named(List<String> names) {
    Objects.requireNonNull(names, "names");
    RuleSet combined = null;
    for (String name : names.isEmpty() ? List.of(DEFAULT) : names) {
      // Only the named profiles are built (a command line's default builds recommended() alone).
      RuleSet profile = Catalog.profileNamed(Objects.requireNonNull(name, "profile name"));
      if (profile == null) {
        List<String> known = Catalog.profileNames();
        throw new IllegalArgumentException(
            DidYouMean.message("profile", name, known)
                + " The profiles are "
                + String.join(", ", known)
                + ".");
      }
      combined = combined == null ? profile : combined.with(profile);
    }
    return Objects.requireNonNull(combined, "combined");
  }
}
