package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.Registry.Profile.ACCELERATION_SUMMIT;
import static dev.sko.rules.catalog.Registry.Profile.BEHAVIOR_CHANGE;
import static dev.sko.rules.catalog.Registry.Profile.CLASSIC;
import static dev.sko.rules.catalog.Registry.Profile.RECOMMENDED;

import dev.sko.core.AudienceKind;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QaStyle;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.rules.IntRange;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Session formats: CATALOGUE.md "Session formats". */
final class SessionRules {
  private SessionRules() {}

  /** {@code sko.session.deal-clinic-size}. */
  static final Rule DEAL_CLINIC_SIZE = new DealClinicSize();

  /** {@code sko.session.deal-clinic-facilitator}. */
  static final Rule DEAL_CLINIC_FACILITATOR = new DealClinicFacilitator();

  /** {@code sko.session.customer-panel-balance}. */
  static final Rule CUSTOMER_PANEL_BALANCE = new CustomerPanelBalance();

  /** {@code sko.session.skill-station-rotation}. */
  static final Rule SKILL_STATION_ROTATION = new SkillStationRotation();

  /** {@code sko.session.moderated-qa}. */
  static final Rule MODERATED_QA = new ModeratedQa();

  /** {@code sko.session.recorded-roleplay}. */
  static final Rule RECORDED_ROLEPLAY = new RecordedRoleplay();

  static void register(Registry r) {
    r.add(DEAL_CLINIC_SIZE)
        .in(RECOMMENDED, Severity.WARNING)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(DEAL_CLINIC_FACILITATOR)
        .in(RECOMMENDED, Severity.INFO)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(CUSTOMER_PANEL_BALANCE)
        .in(RECOMMENDED, Severity.INFO)
        .in(CLASSIC, Severity.INFO)
        .in(ACCELERATION_SUMMIT, Severity.WARNING);
    r.add(SKILL_STATION_ROTATION)
        .in(RECOMMENDED, Severity.INFO)
        .in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(MODERATED_QA).in(RECOMMENDED, Severity.INFO).in(BEHAVIOR_CHANGE, Severity.WARNING);
    r.add(RECORDED_ROLEPLAY).in(BEHAVIOR_CHANGE, Severity.INFO);
  }

  /**
   * Each deal clinic's groups hold {@code group-size} reps (ACCELERATION_SUMMIT: 5 to 10). A clinic
   * that does not say its group size gets a finding too, naming the missing group size: the size is
   * a design decision of the clinic, so the planner should state it rather than have the rule
   * guess.
   */
  static final class DealClinicSize extends CatalogRule {
    static final RuleOption<IntRange> GROUP_SIZE =
        RuleOption.range(
            "group-size",
            IntRange.of(5, 10),
            1,
            1000,
            "Reps per deal clinic group (ACCELERATION_SUMMIT: groups of 5-10 reps)");

    DealClinicSize() {
      super(
          "sko.session.deal-clinic-size",
          "Deal clinic groups hold 5 to 10 reps",
          "ACCELERATION_SUMMIT (deal clinics in groups of 5-10 reps)",
          "In a deal clinic reps bring one or two live opportunities and work through them"
              + " together. Below five reps the group lacks perspectives; above ten not every"
              + " rep's deal gets time. A clinic without a group size is reported as well,"
              + " since the rule cannot tell whether its groups work.",
          Severity.WARNING,
          GROUP_SIZE);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      IntRange range = findings.option(GROUP_SIZE);
      for (LocatedSession located : findings.index().sessions(SessionKind.DEAL_CLINIC)) {
        Session s = located.session();
        if (s.groupSize().isEmpty()) {
          findings
              .finding(
                  located.location(),
                  "The deal clinic \""
                      + s.title()
                      + "\" does not say how many reps each group holds; groups should hold "
                      + range.min()
                      + " to "
                      + range.max()
                      + " reps")
              .figure("group-size-range", range)
              .remediation(
                  "Set the clinic's group size: split the reps into groups of "
                      + range.min()
                      + " to "
                      + range.max())
              .report();
          continue;
        }
        int size = s.groupSize().getAsInt();
        if (range.contains(size)) {
          continue;
        }
        boolean tooSmall = size < range.min();
        findings
            .finding(
                located.location(),
                "The deal clinic \""
                    + s.title()
                    + "\" works in groups of "
                    + size
                    + (size == 1 ? " rep" : " reps")
                    + "; groups should hold "
                    + range.min()
                    + " to "
                    + range.max()
                    + " reps")
            .evidence(size, range)
            .remediation(
                tooSmall
                    ? "Merge groups so each holds at least " + range.min() + " reps"
                    : "Split the groups so each holds at most "
                        + range.max()
                        + " reps and every rep's deal gets time")
            .report();
      }
    }
  }

  /**
   * Each deal clinic is led by a top performer (an "A-player") from a different region than the
   * clinic's group. The group's region is the session's {@link dev.sko.core.Audience#region region}
   * audience; when the audience is not a region the rule still requires a top performer and says
   * the region cannot be checked. A top performer whose region is not set cannot be shown to come
   * from another region either.
   */
  static final class DealClinicFacilitator extends CatalogRule {
    DealClinicFacilitator() {
      super(
          "sko.session.deal-clinic-facilitator",
          "A deal clinic is led by a top performer from another region",
          "ACCELERATION_SUMMIT (deal clinics led by an A-player rep from a different region)",
          "Learning from a peer feels safe, and a facilitator from another region or team brings"
              + " emotional distance from the deals and spreads good practice across regions."
              + " The clinic's group region is its region audience; when the audience is not a"
              + " region, only the top performer is checked and the finding says the region"
              + " could not be.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions(SessionKind.DEAL_CLINIC)) {
        Session s = located.session();
        boolean regional = s.audience().kind() == AudienceKind.REGION;
        String groupRegion = s.audience().name().orElse("");
        if (regional && ledFromElsewhere(s, groupRegion)) {
          continue; // the clean case, decided without building lists or messages
        }
        List<Presenter> top = new ArrayList<>();
        for (Presenter p : s.presenters()) {
          if (p.role() == PresenterRole.TOP_PERFORMER) {
            top.add(p);
          }
        }
        String clinic = "The deal clinic \"" + s.title() + "\"";
        if (top.isEmpty()) {
          findings
              .finding(
                  located.location(),
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
        findings
            .finding(
                located.location(),
                clinic
                    + " for region "
                    + groupRegion
                    + (known.isEmpty()
                        ? " is led by a top performer whose region is not given, so the rule"
                            + " cannot tell whether the facilitator comes from another region"
                        : " is led by a top performer from "
                            + known.get()
                            + ", the group's own region"
                            + (someUnknown
                                ? " (any other top performer's region is not given)"
                                : "")
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

    /** Whether a top performer with a region other than {@code groupRegion} leads the clinic. */
    private static boolean ledFromElsewhere(Session s, String groupRegion) {
      for (Presenter p : s.presenters()) {
        if (p.role() == PresenterRole.TOP_PERFORMER
            && p.region().isPresent()
            && !sameRegion(p, groupRegion)) {
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

  /**
   * Customer sessions include promoters, neutrals and detractors. A customer session is a session
   * of a {@link SessionKind#isCustomerSession() customer kind} (customer story, customer
   * interaction, panel) that has customer presenters or a customer mix; a panel of employees only
   * is not checked.
   */
  static final class CustomerPanelBalance extends CatalogRule {
    CustomerPanelBalance() {
      super(
          "sko.session.customer-panel-balance",
          "Customer sessions include promoters, neutrals and detractors",
          "ACCELERATION_SUMMIT (customer interactions must include promoters, neutrals and"
              + " detractors)",
          "Market leaders do not need customers telling them how great they are; they want to"
              + " hear how to get better. A customer session with only happy customers teaches"
              + " little, so the mix should hold promoters, neutrals and detractors. A customer"
              + " session whose mix is not given is reported as well: the planner picks the"
              + " customers, so the plan should say who they are.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        if (!isCustomerSession(s)) {
          continue;
        }
        Set<CustomerSentiment> missing = EnumSet.allOf(CustomerSentiment.class);
        missing.removeAll(s.customerMix());
        if (missing.isEmpty()) {
          continue;
        }
        String message =
            s.customerMix().isEmpty()
                ? "The customer session \""
                    + s.title()
                    + "\" does not say which customers take part; it should include promoters,"
                    + " neutrals and detractors"
                : "The customer session \""
                    + s.title()
                    + "\" has "
                    + words(s.customerMix())
                    + " but no "
                    + words(missing)
                    + "; it should include promoters, neutrals and detractors";
        findings
            .finding(located.location(), message)
            .evidence(s.customerMix().size(), CustomerSentiment.values().length)
            .figure("missing", words(missing))
            .remediation(
                "Invite "
                    + words(missing)
                    + " as well, and have someone close to the field ask about the good, the bad"
                    + " and the ugly")
            .report();
      }
    }

    static boolean isCustomerSession(Session s) {
      return s.kind().isCustomerSession()
          && (!s.customerMix().isEmpty() || s.hasPresenter(PresenterRole.CUSTOMER));
    }

    private static String words(Set<CustomerSentiment> sentiments) {
      List<String> names = new ArrayList<>();
      for (CustomerSentiment c : CustomerSentiment.values()) {
        if (sentiments.contains(c)) {
          names.add(c.name().toLowerCase(Locale.ROOT) + "s");
        }
      }
      if (names.size() <= 1) {
        return String.join("", names);
      }
      return String.join(", ", names.subList(0, names.size() - 1))
          + " and "
          + names.get(names.size() - 1);
    }
  }

  /**
   * Skill stations rotate at least every {@code max-interval} (BEHAVIOR_CHANGE_MODEL: every 45
   * min): a station's rotation interval is at most that, or, without a rotation interval, the
   * station session itself is no longer than that.
   */
  static final class SkillStationRotation extends CatalogRule {
    static final RuleOption<Duration> MAX_INTERVAL =
        RuleOption.duration(
            "max-interval",
            Duration.ofMinutes(45),
            "Longest time at one skill station before groups rotate (BEHAVIOR_CHANGE_MODEL:"
                + " rotate every 45 min)");

    SkillStationRotation() {
      super(
          "sko.session.skill-station-rotation",
          "Skill stations rotate at least every 45 minutes",
          "BEHAVIOR_CHANGE_MODEL (skill stations rotate every 45 min)",
          "Skill stations keep practice focused: each group drills one skill, then moves on"
              + " while attention is still high. A station session either states its rotation"
              + " interval, which must be at most the limit, or is itself no longer than one"
              + " rotation.",
          Severity.INFO,
          MAX_INTERVAL);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      Duration max = findings.option(MAX_INTERVAL);
      for (LocatedSession located : findings.index().sessions(SessionKind.SKILL_STATION)) {
        Session s = located.session();
        Optional<Duration> interval = s.rotationInterval();
        if (interval.isPresent()) {
          if (interval.get().compareTo(max) <= 0) {
            continue;
          }
          findings
              .finding(
                  located.location(),
                  "The skill stations \""
                      + s.title()
                      + "\" rotate every "
                      + minutes(interval.get())
                      + "; groups should rotate at least every "
                      + minutes(max))
              .evidence(interval.get(), max)
              .remediation("Rotate groups every " + minutes(max) + " or sooner")
              .report();
        } else if (s.length().compareTo(max) > 0) {
          findings
              .finding(
                  located.location(),
                  "The skill station \""
                      + s.title()
                      + "\" runs "
                      + minutes(s.length())
                      + " without a rotation; groups should rotate at least every "
                      + minutes(max))
              .evidence(s.length(), max)
              .remediation(
                  "Set a rotation interval of at most "
                      + minutes(max)
                      + ", or split the session into stations of "
                      + minutes(max)
                      + " each")
              .report();
        }
      }
    }
  }

  /**
   * Leadership Q&amp;A is moderated. Leadership Q&amp;A is a {@link SessionKind#QA} session, or a
   * session with an executive presenter and Q&amp;A time; its questions should be collected and
   * moderated ({@link QaStyle#MODERATED}), not taken at an open mic. A Q&amp;A session that says it
   * takes no questions is reported as well, since it does not say how questions are handled.
   */
  static final class ModeratedQa extends CatalogRule {
    ModeratedQa() {
      super(
          "sko.session.moderated-qa",
          "Leadership Q&A is moderated, not open mic",
          "BEHAVIOR_CHANGE_MODEL (Q&A via a polling tool, not open mic; CEO open-mic Q&A is on"
              + " the kill list)",
          "An open microphone in front of the whole team tends to become an airing of"
              + " grievances. Collecting questions through a polling tool, or taking them in small"
              + " groups, lets leaders answer what matters to most people. Checked for Q&A"
              + " sessions and for executive sessions with Q&A time.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        boolean leadershipQa =
            s.kind() == SessionKind.QA || (s.isExecutiveLed() && !s.qaTime().isZero());
        if (!leadershipQa || s.qaStyle() == QaStyle.MODERATED) {
          continue;
        }
        String what = "The Q&A of \"" + s.title() + "\"";
        String message =
            s.qaStyle() == QaStyle.OPEN_MIC
                ? what
                    + " is an open mic; leadership Q&A should be moderated, with questions"
                    + " collected in advance or through a polling tool"
                : what
                    + " does not say how questions are taken; leadership Q&A should be"
                    + " moderated, with questions collected in advance or through a polling"
                    + " tool";
        findings
            .finding(located.location(), message)
            .evidence(s.qaStyle(), QaStyle.MODERATED)
            .remediation(
                "Collect questions through a polling tool with a moderator (set qaStyle"
                    + " MODERATED), or take them in small groups")
            .report();
      }
    }
  }

  /** Role plays and skill stations are recorded for later review. */
  static final class RecordedRoleplay extends CatalogRule {
    RecordedRoleplay() {
      super(
          "sko.session.recorded-roleplay",
          "Role plays and skill stations are recorded",
          "BEHAVIOR_CHANGE_MODEL (record every role play for call-review tools)",
          "A recorded role play becomes coaching material: the manager and the rep can review it"
              + " together after the event, as they would review a real call.",
          Severity.INFO);
    }

    @Override
    public void check(KickoffPlan plan, RuleContext findings) {
      for (LocatedSession located : findings.index().sessions()) {
        Session s = located.session();
        boolean practice =
            s.kind() == SessionKind.ROLE_PLAY || s.kind() == SessionKind.SKILL_STATION;
        if (!practice || s.recorded()) {
          continue;
        }
        findings
            .finding(
                located.location(),
                "The "
                    + (s.kind() == SessionKind.ROLE_PLAY ? "role play" : "skill station")
                    + " \""
                    + s.title()
                    + "\" is not recorded; record every role play so managers can review it"
                    + " with the rep")
            .evidence(false, true)
            .remediation(
                "Record the session and load the recordings into the call-review tool by tier")
            .report();
      }
    }
  }

  static String minutes(Duration d) {
    return d.toMinutes() + " min";
  }
}
