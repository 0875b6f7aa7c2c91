package dev.sko.rules.catalog.session;

import static dev.sko.rules.catalog.support.Wording.quoted;

import dev.sko.core.AudienceKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each deal clinic is led by a top performer (an "A-player") from a different region than the
 * clinic's group. The group's region is the session's {@link dev.sko.core.Audience#region region}
 * audience; when the audience is not a region the rule still requires a top performer and says the
 * region cannot be checked. A top performer whose region is not set cannot be shown to come from
 * another region either.
 */
public final class DealClinicFacilitator {
  private DealClinicFacilitator() {}

  /**
   * The rule {@code sko.session.deal-clinic-facilitator}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.session.deal-clinic-facilitator")
          .title("A deal clinic is led by a top performer from another region")
          .source(
              "ACCELERATION_SUMMIT (deal clinics led by an A-player rep from a different region)")
          .rationale(
              "Learning from a peer feels safe, and a facilitator from another region or team brings"
                  + " emotional distance from the deals and spreads good practice across regions."
                  + " The clinic's group region is its region audience; when the audience is not a"
                  + " region, only the top performer is checked and the finding says the region"
                  + " could not be.")
          .defaultSeverity(Severity.INFO)
          .check(DealClinicFacilitator::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    for (int i = facts.first(SessionKind.DEAL_CLINIC); i >= 0; i = facts.next(i)) {
      Session s = facts.session(i);
      boolean regional = s.audience().kind() == AudienceKind.REGION;
      if (regional ? ledFromElsewhere(s) : s.hasPresenter(PresenterRole.TOP_PERFORMER)) {
        continue; // the clean cases, decided without building lists or messages
      }
      String groupRegion = s.audience().name().orElse("");
      List<Presenter> top = new ArrayList<>();
      for (Presenter p : s.presenters()) {
        if (p.role() == PresenterRole.TOP_PERFORMER) {
          top.add(p);
        }
      }
      String clinic = "The deal clinic " + quoted(s);
      if (top.isEmpty()) {
        review
            .finding(
                facts.location(i),
                clinic
                    + " is not led by a top performer"
                    + (s.presenters().isEmpty()
                        ? " (it has no presenter)"
                        : " (led by " + roles(s.presenters()) + ")")
                    + (regional
                        ? "; it should be led by an A-player rep from a region other than "
                            + groupRegion
                        : "; it should be led by an A-player rep from another region (the"
                            + " group's region cannot be checked: the audience is "
                            + s.audience()
                            + ", not a region)"))
            .evidence(
                s.presenters().isEmpty() ? "no presenter" : roles(s.presenters()),
                PresenterRole.TOP_PERFORMER)
            .remediation(
                "Have a top-performing rep"
                    + (regional ? " from outside " + groupRegion : " from another region")
                    + " facilitate the clinic")
            .report();
        continue;
      }
      if (!regional) {
        continue;
      }
      boolean fromElsewhere =
          top.stream().anyMatch(p -> p.region().isPresent() && !sameRegion(p, groupRegion));
      if (fromElsewhere) {
        continue;
      }
      Optional<String> known = top.stream().flatMap(p -> p.region().stream()).findFirst();
      boolean someUnknown = top.stream().anyMatch(p -> p.region().isEmpty());
      review
          .finding(
              facts.location(i),
              clinic
                  + " for region "
                  + groupRegion
                  + (known.isEmpty()
                      ? " is led by a top performer whose region is not given, so the rule"
                          + " cannot tell whether the facilitator comes from another region"
                      : " is led by a top performer from "
                          + known.get()
                          + ", the group's own region"
                          + (someUnknown ? " (any other top performer's region is not given)" : "")
                          + "; the facilitator should come from another region"))
          .evidence(known.orElse("not given"), "a region other than " + groupRegion)
          .remediation(
              known.isEmpty()
                  ? "Give the facilitator's region, and pick one from outside " + groupRegion
                  : "Swap facilitators between regions so an A-player from outside "
                      + groupRegion
                      + " leads this clinic")
          .report();
    }
  }

  private static boolean sameRegion(Presenter p, String region) {
    return p.region().map(r -> r.strip().equalsIgnoreCase(region.strip())).orElse(false);
  }

  /**
   * Whether a top performer whose region is given and is not the clinic's region leads the clinic,
   * compared as {@link #sameRegion} does, without the Optional getters.
   */
  private static boolean ledFromElsewhere(Session s) {
    String groupRegion = s.audience().nameOrEmpty().strip();
    List<Presenter> presenters = s.presenters();
    for (int p = 0; p < presenters.size(); p++) {
      Presenter presenter = presenters.get(p);
      String region = presenter.regionOrEmpty();
      if (presenter.role() == PresenterRole.TOP_PERFORMER
          && !region.isEmpty()
          && !region.strip().equalsIgnoreCase(groupRegion)) {
        return true;
      }
    }
    return false;
  }

  private static String roles(List<Presenter> presenters) {
    return presenters.stream()
        .map(p -> p.role().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
