package dev.sko.rules.catalog.planning;

import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.KickoffPlan;
import dev.sko.core.PlanningData;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * The core team names an accountable owner, an executive sponsor, and DRIs for logistics, content
 * and communications. One finding per missing role.
 */
public final class CoreTeam {
  private CoreTeam() {}

  private static final Location CORE_TEAM_LOCATION = Location.of("planning.coreTeam");

  /** The roles GITLAB_HANDBOOK's core team holds, in its order. */
  public static final List<CoreTeamRole> REQUIRED =
      List.of(
          CoreTeamRole.ACCOUNTABLE_OWNER,
          CoreTeamRole.EXECUTIVE_SPONSOR,
          CoreTeamRole.LOGISTICS_DRI,
          CoreTeamRole.CONTENT_DRI,
          CoreTeamRole.COMMUNICATIONS_DRI);

  /**
   * The rule {@code sko.planning.core-team}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.planning.core-team")
          .title(
              "The core team has an owner, a sponsor and logistics, content and communications DRIs")
          .source("GITLAB_HANDBOOK (SKO core team)")
          .rationale(
              "A kickoff is too big for one person: one leader is accountable for delivery on budget,"
                  + " an executive sponsor drives alignment across leadership, and separate owners"
                  + " (DRIs) run logistics, content and communications.")
          .defaultSeverity(Severity.WARNING)
          .check(CoreTeam::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    // The roles present as a bit set over their ordinals: no set, no lambda on a full team.
    long present = 0;
    PlanningData planning = plan.planning().orElse(null);
    if (planning != null) {
      List<CoreTeamMember> team = planning.coreTeam();
      for (int i = 0; i < team.size(); i++) {
        present |= 1L << team.get(i).role().ordinal();
      }
    }
    for (int r = 0; r < REQUIRED.size(); r++) {
      CoreTeamRole role = REQUIRED.get(r);
      if ((present & (1L << role.ordinal())) != 0) {
        continue;
      }
      review
          .finding(
              CORE_TEAM_LOCATION,
              "The core team has no " + describe(role) + "; every core-team role needs a name")
          .figure("missing-role", role)
          .remediation("Name the " + describe(role) + " in the planning core team")
          .report();
    }
  }

  private static String describe(CoreTeamRole role) {
    switch (role) {
      case ACCOUNTABLE_OWNER:
        return "accountable owner (the enablement leader who answers for delivery)";
      case EXECUTIVE_SPONSOR:
        return "executive sponsor";
      case LOGISTICS_DRI:
        return "event support and logistics DRI";
      case CONTENT_DRI:
        return "content DRI";
      case COMMUNICATIONS_DRI:
        return "communications DRI";
      default:
        return role.name();
    }
  }
}
