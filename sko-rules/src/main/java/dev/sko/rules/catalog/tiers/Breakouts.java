package dev.sko.rules.catalog.tiers;

import static dev.sko.rules.catalog.support.Wording.and;

import dev.sko.core.AudienceKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.Tier;
import dev.sko.core.Topic;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import dev.sko.rules.catalog.TierFocus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Breakouts exist for each performance tier (sessions whose audience is the tier), and cover the
 * tier's focus ({@link TierFocus}, option {@code focus}). When no session is for a tier at all, one
 * finding says so; otherwise one finding per tier without a breakout or without its focus.
 */
public final class Breakouts {
  private Breakouts() {}

  /** Option {@code focus}: its description gives the figure and its source. */
  public static final RuleOption<TierFocus> FOCUS =
      RuleOption.of(
          "focus",
          TierFocus.class,
          TierFocus.standard(),
          "Each tier's breakout focus (BEHAVIOR_CHANGE_MODEL: top tier advanced negotiation"
              + " and multi-threading; middle tier discovery depth and forecasting hygiene;"
              + " bottom tier fundamentals such as objection handling)",
          f -> true,
          "a TierFocus");

  /**
   * The rule {@code sko.tiers.breakouts}, declared with the public {@link Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.tiers.breakouts")
          .title("Each performance tier has breakouts with its own focus")
          .source(
              "BEHAVIOR_CHANGE_MODEL (tier-specific breakouts: top negotiation and multi-threading;"
                  + " middle discovery and forecasting; bottom fundamentals)")
          .rationale(
              "Reps at different levels need different practice: the top third stretches on"
                  + " negotiation and multi-threading, the middle third deepens discovery and"
                  + " forecasting, the bottom third rebuilds fundamentals. A breakout counts for a"
                  + " tier when its audience is that tier; its focus is met when the tier's sessions"
                  + " cover the tier's topics. The focus is the option \"focus\".")
          .defaultSeverity(Severity.INFO)
          .option(FOCUS)
          .check(Breakouts::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    TierFocus focus = review.option(FOCUS);
    PlanIndex facts = review.index();
    if (!facts.hasAudience(AudienceKind.TIER)) {
      review
          .finding(
              Location.plan(),
              "No session is for a performance tier; each tier should have its own breakouts")
          .evidence(0, focus.tiers().size())
          .remediation(
              "Tier the reps by trailing six-month attainment and add a breakout for each tier: "
                  + describe(focus))
          .report();
      return;
    }
    List<Tier> tiers = focus.tiers();
    for (int t = 0; t < tiers.size(); t++) {
      Tier tier = tiers.get(t);
      if (facts.hasSessionFor(tier) && focus.isMet(tier, facts)) {
        continue; // the clean case, decided from the facts without building sets
      }
      String name = tier.name().toLowerCase(Locale.ROOT);
      if (!facts.hasSessionFor(tier)) {
        review
            .finding(
                Location.plan(),
                "No breakout is for the "
                    + name
                    + " tier; it should get breakouts on "
                    + focus.inWords(tier))
            .evidence(0, 1)
            .figure("tier", tier)
            .remediation("Add a breakout for the " + name + " tier on " + focus.inWords(tier))
            .report();
        continue;
      }
      int first = -1;
      Set<Topic> covered = EnumSet.noneOf(Topic.class);
      for (int i = 0; i < facts.sessionCount(); i++) {
        Session s = facts.session(i);
        if (s.audience().kind() == AudienceKind.TIER && s.audience().tier().orElseThrow() == tier) {
          first = first < 0 ? i : first;
          covered.addAll(s.coveredTopics());
        }
      }
      List<Set<Topic>> unmet = focus.unmet(tier, covered);
      if (unmet.isEmpty()) {
        continue;
      }
      String missing = and(unmet.stream().map(TierFocus::inWords).collect(Collectors.toList()));
      review
          .finding(
              facts.location(first),
              "The "
                  + name
                  + " tier's breakouts do not cover "
                  + missing
                  + "; its focus is "
                  + focus.inWords(tier))
          .evidence(focus.requirements(tier).size() - unmet.size(), focus.requirements(tier).size())
          .figure("tier", tier)
          .figure("missing", missing)
          .remediation("Tag or add a breakout for the " + name + " tier on " + missing)
          .report();
    }
  }

  private static String describe(TierFocus focus) {
    List<String> parts = new ArrayList<>();
    for (Tier t : focus.tiers()) {
      parts.add(t.name().toLowerCase(Locale.ROOT) + ": " + focus.inWords(t));
    }
    return String.join("; ", parts);
  }
}
