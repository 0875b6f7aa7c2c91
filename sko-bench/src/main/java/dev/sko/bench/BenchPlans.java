package dev.sko.bench;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.Cadence;
import dev.sko.core.KickoffPlan;
import dev.sko.core.MetricTarget;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.Tier;
import dev.sko.examples.plans.SamplePlans;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans the benchmarks validate, grown from the walkthrough's behaviour-change sample plan
 * ({@link SamplePlans#behaviorChange()}) to the size the performance issue names: 2 days, 30
 * sessions, a 48-rep roster, 12 reinforcement activities and 9 metric targets.
 *
 * <ul>
 *   <li>{@link #clean()} draws no WARNING or ERROR under {@code Profiles.recommended()}; its only
 *       findings are the two computed insights (cost per rep, break-even attainment) that the
 *       profile reports for every plan with a budget;
 *   <li>{@link #typical()} is the same plan with a common slip: a talk of 45 minutes, over the cap,
 *       that also runs into the break after it (a WARNING and an ERROR);
 *   <li>{@link #headlineFindings()} is the typical plan without follow-through, so two of the three
 *       headline rules of the peer benchmark report (the "two findings");
 *   <li>{@link #scaled(int)} is a plan of any number of sessions, for the scaling benchmark.
 * </ul>
 */
public final class BenchPlans {
  private BenchPlans() {}

  /** The roster size of the realistic plan. */
  public static final int REPS = 48;

  /** The headcount: the 48 reps, their managers, the VP Sales, enablement, marketing, product. */
  public static final int HEADCOUNT = 60;

  private static final Presenter TOP_REP =
      Presenter.of("Avery Brooks", PresenterRole.TOP_PERFORMER, "West");

  /** The realistic plan, clean under {@code Profiles.recommended()} but for its cost insights. */
  public static KickoffPlan clean() {
    KickoffPlan base = SamplePlans.behaviorChange();
    List<AgendaDay> days = new ArrayList<>(base.days());
    AgendaDay day2 = days.get(1);
    List<Session> sessions = new ArrayList<>(day2.sessions());
    sessions.add(
        session(
                "d2-customer",
                "A customer on why they bought and what nearly stopped them",
                SessionKind.CUSTOMER_STORY,
                15,
                0,
                30)
            .qaTime(Duration.ofMinutes(15))
            .qaStyle(dev.sko.core.QaStyle.MODERATED)
            .build());
    String[] regions = {
      "Central", "East", "Central", "East", "Central", "East", "Central", "East", "Central", "East"
    };
    for (int i = 0; i < 10; i++) {
      sessions.add(
          session(
                  "d2-clinic-" + (i + 1),
                  "Deal clinic " + (i + 1) + ": live opportunities",
                  SessionKind.DEAL_CLINIC,
                  15,
                  45,
                  90)
              .room(RoomKind.BREAKOUT)
              .groupSize(6)
              .audience(Audience.region(regions[i]))
              .addPresenter(TOP_REP)
              .build());
    }
    // The recommended profile asks for territories, quotas and comp plans at the event
    // (ACCELERATION_SUMMIT); the behaviour-change sample, true to its source, has no such session.
    sessions.add(
        session(
                "d2-territory",
                "Your territory, quota and comp plan, reviewed with your manager",
                SessionKind.TERRITORY_QUOTA_COMP,
                17,
                15,
                30)
            .room(RoomKind.BREAKOUT)
            .addPresenter(Presenter.of("Maya Chen", PresenterRole.MANAGER))
            .addContentOwner("RevOps")
            .build());
    days.set(1, AgendaDay.builder().from(day2).sessions(sessions).build());
    return KickoffPlan.builder()
        .from(base)
        .headcount(HEADCOUNT)
        .days(days)
        .roster(roster(base.roster()))
        .reinforcement(reinforcement(base.reinforcement()))
        .build();
  }

  /** The realistic plan with the slips a first draft typically has; see the class comment. */
  public static KickoffPlan typical() {
    KickoffPlan clean = clean();
    List<AgendaDay> days = new ArrayList<>(clean.days());
    AgendaDay day1 = days.get(0);
    List<Session> sessions = new ArrayList<>(day1.sessions());
    for (int i = 0; i < sessions.size(); i++) {
      Session s = sessions.get(i);
      if (s.id().equals("d1-gtm")) {
        sessions.set(i, Session.builder().from(s).talkTime(Duration.ofMinutes(45)).build());
      }
    }
    days.set(0, AgendaDay.builder().from(day1).sessions(sessions).build());
    return KickoffPlan.builder().from(clean).days(days).build();
  }

  /** {@link #typical()} without reinforcement activities: two headline findings. */
  public static KickoffPlan headlineFindings() {
    return KickoffPlan.builder().from(typical()).reinforcement(List.of()).build();
  }

  /**
   * A new plan equal to {@code template}, for the fresh-plan benchmark: the plan, every day, every
   * session, the budget (the values with lazily computed attributes), and every rep, reinforcement
   * activity and metric target are new instances built through their builders, so nothing the
   * template computed on an earlier validation is cached on the copy. The other parts (outcomes,
   * surveys, prework, commitments, planning data) are shared with the template.
   */
  public static KickoffPlan fresh(KickoffPlan template) {
    List<AgendaDay> days = new ArrayList<>(template.days().size());
    for (AgendaDay day : template.days()) {
      List<Session> sessions = new ArrayList<>(day.sessions().size());
      for (Session s : day.sessions()) {
        sessions.add(Session.builder().from(s).build());
      }
      days.add(AgendaDay.builder().from(day).sessions(sessions).build());
    }
    List<Rep> roster = new ArrayList<>(template.roster().size());
    for (Rep r : template.roster()) {
      roster.add(Rep.builder().from(r).build());
    }
    List<ReinforcementActivity> reinforcement = new ArrayList<>(template.reinforcement().size());
    for (ReinforcementActivity a : template.reinforcement()) {
      reinforcement.add(ReinforcementActivity.builder().from(a).build());
    }
    List<MetricTarget> targets = new ArrayList<>(template.metricTargets().size());
    for (MetricTarget t : template.metricTargets()) {
      targets.add(MetricTarget.builder().from(t).build());
    }
    KickoffPlan.Builder plan =
        KickoffPlan.builder()
            .from(template)
            .days(days)
            .roster(roster)
            .reinforcement(reinforcement)
            .metricTargets(targets);
    template.budget().ifPresent(b -> plan.budget(Budget.builder().from(b).build()));
    return plan.build();
  }

  private static Session.Builder session(
      String id, String title, SessionKind kind, int hour, int minute, int minutes) {
    return Session.builder()
        .id(id)
        .title(title)
        .kind(kind)
        .start(LocalTime.of(hour, minute))
        .talkTime(Duration.ofMinutes(minutes));
  }

  /** The sample's 30 reps and 18 more like them, so the tiers keep their thirds. */
  private static List<Rep> roster(List<Rep> sample) {
    List<Rep> reps = new ArrayList<>(sample);
    for (int i = sample.size(); i < REPS; i++) {
      Rep like = sample.get(i % sample.size());
      reps.add(
          Rep.builder()
              .from(like)
              .id(String.format("NA-%02d", i + 1))
              .name("Rep " + (i + 1))
              .build());
    }
    return reps;
  }

  /** The sample's activities and four more, to twelve. */
  private static List<ReinforcementActivity> reinforcement(List<ReinforcementActivity> sample) {
    List<ReinforcementActivity> all = new ArrayList<>(sample);
    all.add(
        activity(
            ActivityKind.DEAL_REVIEW,
            "Weekly deal review of the multi-threaded deals",
            Cadence.WEEKLY,
            9,
            30,
            45));
    all.add(
        activity(
            ActivityKind.RECAP_VIDEO, "Recap video of the skill stations", Cadence.ONCE, 3, 3, 10));
    all.add(
        activity(
            ActivityKind.SKILL_CHALLENGE,
            "Discovery skill challenge, scored on recorded calls",
            Cadence.WEEKLY,
            9,
            30,
            20));
    all.add(
        activity(
            ActivityKind.QUICK_WINS_CHANNEL,
            "Quick wins channel: one win a day, posted",
            Cadence.DAILY,
            2,
            30,
            5));
    return all;
  }

  private static ReinforcementActivity activity(
      ActivityKind kind, String description, Cadence cadence, int first, int last, int minutes) {
    return ReinforcementActivity.builder()
        .kind(kind)
        .description(description)
        .cadence(cadence)
        .firstDay(RelativeDay.after(first))
        .lastDay(RelativeDay.after(last))
        .length(Duration.ofMinutes(minutes))
        .owner("Enablement")
        .build();
  }

  /**
   * A two-day plan of {@code sessions} sessions for the scaling benchmark: the realistic plan's
   * roster and follow-through around an agenda of hour-long breakout workshops, run in parallel
   * tracks from 09:00 to 17:00 on each day.
   */
  public static KickoffPlan scaled(int sessions) {
    if (sessions < 2) {
      throw new IllegalArgumentException(
          "scaled(sessions) needs at least 2 sessions, but was " + sessions);
    }
    List<List<Session>> perDay = List.of(new ArrayList<>(), new ArrayList<>());
    Tier[] tiers = Tier.values();
    for (int i = 0; i < sessions; i++) {
      int day = i % 2;
      int slot = (i / 2) % 8;
      perDay
          .get(day)
          .add(
              session("s" + i, "Workshop " + i, SessionKind.WORKSHOP, 9 + slot, 0, 60)
                  .room(RoomKind.BREAKOUT)
                  .audience(Audience.tier(tiers[i % tiers.length]))
                  .build());
    }
    return KickoffPlan.builder()
        .from(clean())
        .days(
            List.of(
                AgendaDay.builder().sessions(perDay.get(0)).build(),
                AgendaDay.builder().sessions(perDay.get(1)).build()))
        .build();
  }
}
