package dev.sko.rules.catalog.measurement;

import static dev.sko.rules.catalog.support.Activities.REINFORCEMENT;
import static dev.sko.rules.catalog.support.Activities.described;
import static dev.sko.rules.catalog.support.Activities.meets;
import static dev.sko.rules.catalog.support.Activities.timing;
import static dev.sko.rules.catalog.support.Wording.and;
import static dev.sko.rules.catalog.support.Wording.days;

import dev.sko.core.ActivityKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.StakeholderRole;
import dev.sko.rules.IntRange;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.support.Activities.Indexed;
import dev.sko.rules.catalog.support.Activities.Timing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A governance read-out ({@link ActivityKind#GOVERNANCE_REVIEW}) falls within {@link #WINDOW} (day
 * T+30 to T+35 on the {@link dev.sko.core.EventClock#T_PLUS} clock) with the sales leader, RevOps
 * and enablement taking part.
 */
public final class GovernanceReview {
  private GovernanceReview() {}

  /** Option {@code review-window}: its description gives the figure and its source. */
  public static final RuleOption<IntRange> WINDOW =
      RuleOption.range(
          "review-window",
          IntRange.of(30, 35),
          0,
          RelativeDay.MAX_OFFSET,
          "Days from the first event day (T+n, T+0 is the first event day) on which the governance read-out must fall"
              + " (BEHAVIOR_CHANGE_MODEL: day-30 governance review, read-out at day 32)");

  /** Who decides what continues (BEHAVIOR_CHANGE_MODEL: VP Sales, RevOps and Enablement). */
  public static final Set<StakeholderRole> DECIDERS =
      Set.copyOf(
          EnumSet.of(
              StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT));

  /**
   * The rule {@code sko.measurement.governance-review}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.measurement.governance-review")
          .title("A governance read-out decides which interventions continue")
          .source("BEHAVIOR_CHANGE_MODEL (day-30 governance review: VP Sales, RevOps, Enablement)")
          .rationale(
              "Measuring is only half of it: about day 30 the sales leader, RevOps and enablement"
                  + " read the metric deltas together and decide which interventions stay and which"
                  + " stop before the next quarter, and write the decisions down.")
          .defaultSeverity(Severity.INFO)
          .option(WINDOW)
          .check(GovernanceReview::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    IntRange window = review.option(WINDOW);
    List<ReinforcementActivity> all = plan.reinforcement();
    for (int i = 0; i < all.size(); i++) {
      ReinforcementActivity a = all.get(i);
      if (a.kind() == ActivityKind.GOVERNANCE_REVIEW
          && meets(a, window)
          && hasAllDeciders(a.participants())) {
        return; // a timely read-out with every decider: decided without building the lists
      }
    }
    Timing reviews = timing(plan, GOVERNANCE_REVIEWS, window);
    if (reviews.none()) {
      review
          .finding(
              REINFORCEMENT,
              "No governance read-out is planned to decide which interventions continue after"
                  + " the day-30 measurement")
          .figure("review-window", window)
          .remediation(
              "Add a governance read-out on "
                  + days(window)
                  + " where the sales leader, RevOps and enablement read the metric deltas and"
                  + " decide what continues")
          .report();
      return;
    }
    for (Indexed i : reviews.timely()) {
      if (i.activity().participants().containsAll(DECIDERS)) {
        return;
      }
    }
    Indexed candidate = reviews.best();
    ReinforcementActivity a = candidate.activity();
    if (reviews.timely().isEmpty()) {
      reviews.reportOutside(
          review, "governance read-out", "it should follow the day-30 measurement");
    }
    Set<StakeholderRole> missing = EnumSet.copyOf(DECIDERS);
    missing.removeAll(a.participants());
    if (!missing.isEmpty()) {
      review
          .finding(
              candidate.location(),
              "The governance read-out"
                  + described(a)
                  + " lacks "
                  + people(missing)
                  + "; the sales leader, RevOps and enablement decide together what continues")
          .evidence(roles(missing), roles(DECIDERS))
          .remediation("Invite " + people(missing) + " to the governance read-out")
          .report();
    }
  }

  private static final Set<ActivityKind> GOVERNANCE_REVIEWS =
      Collections.unmodifiableSet(EnumSet.of(ActivityKind.GOVERNANCE_REVIEW));

  private static final StakeholderRole[] DECIDER_ROLES = DECIDERS.toArray(new StakeholderRole[0]);

  /** {@code participants.containsAll(DECIDERS)} without an iterator. */
  private static boolean hasAllDeciders(Set<StakeholderRole> participants) {
    for (StakeholderRole role : DECIDER_ROLES) {
      if (!participants.contains(role)) {
        return false;
      }
    }
    return true;
  }

  private static String people(Set<StakeholderRole> roles) {
    List<String> words = new ArrayList<>();
    for (StakeholderRole role : EnumSet.copyOf(roles)) {
      words.add(
          role == StakeholderRole.REVOPS
              ? "RevOps"
              : role.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return and(words);
  }

  private static String roles(Set<StakeholderRole> roles) {
    return EnumSet.copyOf(roles).stream()
        .map(StakeholderRole::name)
        .collect(Collectors.joining(", "));
  }
}
