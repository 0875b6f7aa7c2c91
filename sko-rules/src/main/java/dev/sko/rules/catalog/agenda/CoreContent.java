package dev.sko.rules.catalog.agenda;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Topic;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.List;

/**
 * The agenda covers the core content areas of SKO_GUIDE and B2B_SKO_GUIDE: vision and strategy,
 * targets and quotas, product and roadmap, messaging and positioning, and skills training. One
 * finding per missing area: an ERROR for skills training, a WARNING for any other.
 */
public final class CoreContent {
  private CoreContent() {}

  /** A core area, the severity when it is missing, and what to add. */
  private static final class Area {
    final Topic topic;
    final String words;
    final Severity missing;
    final String remediation;

    Area(Topic topic, String words, Severity missing, String remediation) {
      this.topic = topic;
      this.words = words;
      this.missing = missing;
      this.remediation = remediation;
    }
  }

  private static final List<Area> AREAS =
      List.of(
          new Area(
              Topic.VISION_STRATEGY,
              "vision and strategy",
              Severity.WARNING,
              "Add a short CEO or CRO session on where the company is going and how the sales"
                  + " team's work connects to it (tag it VISION_STRATEGY)"),
          new Area(
              Topic.TARGETS_QUOTAS,
              "targets and quotas",
              Severity.WARNING,
              "Add a session on the year's targets and quotas, or deliver territories, quotas"
                  + " and comp plans at the event (tag it TARGETS_QUOTAS)"),
          new Area(
              Topic.PRODUCT_ROADMAP,
              "product and roadmap",
              Severity.WARNING,
              "Add a short product update, or record it as pre-work and keep a live Q&A (tag"
                  + " it PRODUCT_ROADMAP)"),
          new Area(
              Topic.MESSAGING_POSITIONING,
              "messaging and positioning",
              Severity.WARNING,
              "Add the year's messaging and positioning (value propositions, ICP, battle"
                  + " cards) with practice sessions (tag it MESSAGING_POSITIONING)"),
          new Area(
              Topic.SKILLS_TRAINING,
              "skills training",
              Severity.ERROR,
              "Add hands-on skills training: workshops, role plays, skill stations or deal"
                  + " clinics on the team's biggest skill gaps"));

  /**
   * The rule {@code sko.agenda.core-content}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.agenda.core-content")
          .title("The agenda covers the core content areas")
          .source("SKO_GUIDE (what a kickoff includes), B2B_SKO_GUIDE (what to cover)")
          .rationale(
              "SKO_GUIDE lists what a kickoff typically includes: leadership vision, target review"
                  + " and quota setting, product and roadmap updates, new messaging and positioning,"
                  + " and training sessions. B2B_SKO_GUIDE's list of what to cover overlaps it"
                  + " (company direction, GTM strategy and product updates, sales skills training)"
                  + " and calls skills training the most important and most underinvested part. A"
                  + " kickoff without skills training is an error; missing any other area is a"
                  + " warning."
                  + " Coverage counts content sessions (presentations and interactive sessions) by"
                  + " their tagged topics plus those their kind implies.")
          .defaultSeverity(Severity.WARNING)
          .severities(Severity.WARNING, Severity.ERROR)
          .check(CoreContent::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    for (int a = 0; a < AREAS.size(); a++) {
      Area area = AREAS.get(a);
      if (facts.contentCovers(area.topic)) {
        continue; // the fact sheet knows the topics content sessions cover
      }
      review
          .finding(
              Location.plan(),
              "No content session covers "
                  + area.words
                  + "; a kickoff should cover vision and strategy, targets and quotas, product"
                  + " and roadmap, messaging and positioning, and skills training")
          .severity(area.missing)
          .evidence(0, 1)
          .figure("topic", area.topic)
          .remediation(area.remediation)
          .report();
    }
  }
}
