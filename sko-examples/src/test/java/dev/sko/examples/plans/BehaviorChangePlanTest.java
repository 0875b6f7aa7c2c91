package dev.sko.examples.plans;

import static dev.sko.examples.plans.PlanFacts.activity;
import static dev.sko.examples.plans.PlanFacts.dayOf;
import static dev.sko.examples.plans.PlanFacts.session;
import static dev.sko.examples.plans.PlanFacts.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.Audience;
import dev.sko.core.Cadence;
import dev.sko.core.CostModel;
import dev.sko.core.CostSummary;
import dev.sko.core.Direction;
import dev.sko.core.EventFormat;
import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Phase;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.QaStyle;
import dev.sko.core.QuestionKind;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Rep;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.StakeholderRole;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.Tier;
import dev.sko.core.TierAssignment;
import dev.sko.core.Tiering;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BehaviorChangePlanTest {
  private final KickoffPlan plan = SamplePlans.behaviorChange();

  @Test
  void it_is_a_two_day_in_person_event_at_a_regional_hub() {
    assertThat(plan.eventDays()).isEqualTo(2.0);
    assertThat(plan.days()).hasSize(2);
    assertThat(plan.format()).isEqualTo(EventFormat.IN_PERSON);
    assertThat(plan.venue()).isEqualTo(VenueKind.REGIONAL_HUB);
    assertThat(plan.headcount()).isEqualTo(BehaviorChangePlan.HEADCOUNT);
  }

  @Test
  void day_one_morning_is_org_state_gtm_and_product_each_within_the_talk_cap_with_moderated_qa() {
    for (String id : List.of("d1-org-state", "d1-gtm", "d1-product")) {
      Session s = session(plan, id);
      assertThat(dayOf(plan, id)).isZero();
      assertThat(s.start().getHour()).as(id).isLessThan(12);
      assertThat(s.talkTime()).as(id).isLessThanOrEqualTo(Duration.ofMinutes(30));
      assertThat(s.qaTime()).as(id).isPositive();
      assertThat(s.qaStyle()).as(id).isEqualTo(QaStyle.MODERATED);
    }
    assertThat(session(plan, "d1-org-state").coveredTopics()).contains(Topic.VISION_STRATEGY);
    assertThat(session(plan, "d1-gtm").coveredTopics()).contains(Topic.MESSAGING_POSITIONING);
    assertThat(session(plan, "d1-product").coveredTopics()).contains(Topic.PRODUCT_ROADMAP);
  }

  @Test
  void every_presentation_keeps_to_the_caps_and_no_roadmap_deep_dive_is_in_the_main_room() {
    List<Session> presentations =
        plan.sessions().stream()
            .filter(s -> s.format() == SessionFormat.PRESENTATION)
            .collect(Collectors.toList());

    assertThat(presentations).isNotEmpty();
    for (Session s : presentations) {
      assertThat(s.talkTime()).as(s.id()).isLessThanOrEqualTo(Duration.ofMinutes(30));
      if (s.isExecutiveLed()) {
        assertThat(s.length()).as(s.id()).isLessThanOrEqualTo(Duration.ofMinutes(45));
      }
      if (s.coveredTopics().contains(Topic.PRODUCT_ROADMAP)) {
        assertThat(s.length()).as(s.id()).isLessThan(Duration.ofMinutes(60));
      }
    }
  }

  @Test
  void nothing_on_the_kill_list_is_on_the_agenda() {
    assertThat(plan.sessions())
        .extracting(Session::kind)
        .doesNotContain(
            SessionKind.MOTIVATIONAL_TALK, SessionKind.TEAM_GAME, SessionKind.RECOGNITION);
    assertThat(plan.sessions()).extracting(Session::qaStyle).doesNotContain(QaStyle.OPEN_MIC);
    assertThat(plan.recognitionCategories()).isEmpty();
    assertThat(plan.reinforcement())
        .extracting(ReinforcementActivity::kind)
        .doesNotContain(ActivityKind.LMS_COURSE);
  }

  @Test
  void interactive_time_is_well_above_forty_percent_of_content_time() {
    assertThat(PlanFacts.interactiveShare(plan)).isGreaterThan(0.6);
  }

  @Test
  void the_agenda_covers_the_core_content_areas() {
    Set<Topic> covered = EnumSet.noneOf(Topic.class);
    plan.sessions().stream()
        .filter(s -> s.format().isContent())
        .forEach(s -> covered.addAll(s.coveredTopics()));

    assertThat(covered)
        .contains(
            Topic.VISION_STRATEGY,
            Topic.TARGETS_QUOTAS,
            Topic.PRODUCT_ROADMAP,
            Topic.MESSAGING_POSITIONING,
            Topic.SKILLS_TRAINING);
  }

  @Test
  void day_one_afternoon_has_a_breakout_per_tier_with_the_tiers_focus_then_goals_with_managers() {
    Map<Tier, Set<Topic>> focus =
        Map.of(
            Tier.TOP, Set.of(Topic.NEGOTIATION, Topic.MULTI_THREADING),
            Tier.MIDDLE, Set.of(Topic.DISCOVERY, Topic.FORECASTING),
            Tier.BOTTOM, Set.of(Topic.FUNDAMENTALS, Topic.OBJECTION_HANDLING));
    for (Tier tier : Tier.values()) {
      List<Session> breakouts =
          plan.sessions().stream()
              .filter(s -> s.audience().equals(Audience.tier(tier)))
              .collect(Collectors.toList());
      assertThat(breakouts).as("%s", tier).hasSize(1);
      Session breakout = breakouts.get(0);
      assertThat(breakout.room()).isEqualTo(RoomKind.BREAKOUT);
      assertThat(breakout.start().getHour()).isGreaterThanOrEqualTo(12);
      assertThat(dayOf(plan, breakout.id())).isZero();
      assertThat(breakout.coveredTopics()).containsAll(focus.get(tier));
    }
    Session goals = session(plan, "d1-goals");
    assertThat(goals.kind()).isEqualTo(SessionKind.GOAL_SETTING);
    assertThat(goals.presenters()).extracting(Presenter::role).containsOnly(PresenterRole.MANAGER);
    assertThat(plan.tierPolicy()).hasValueSatisfying(p -> assertThat(p.announced()).isFalse());
  }

  @Test
  void day_two_morning_has_three_recorded_skill_stations_rotating_every_45_minutes() {
    Session stations = session(plan, "d2-stations");

    assertThat(sessions(plan, SessionKind.SKILL_STATION)).containsExactly(stations);
    assertThat(dayOf(plan, "d2-stations")).isEqualTo(1);
    assertThat(stations.start().getHour()).isLessThan(12);
    assertThat(stations.rotationInterval()).contains(Duration.ofMinutes(45));
    assertThat(stations.length()).isEqualTo(Duration.ofMinutes(3 * 45));
    assertThat(stations.recorded()).isTrue();
    assertThat(stations.coveredTopics())
        .contains(Topic.OBJECTION_HANDLING, Topic.DISCOVERY, Topic.MULTI_THREADING);
  }

  @Test
  void day_two_afternoon_has_peer_war_stories_then_written_manager_commitments() {
    Session stories = session(plan, "d2-war-stories");
    Session close = session(plan, "d2-commitments");

    assertThat(dayOf(plan, stories.id())).isEqualTo(1);
    assertThat(stories.kind()).isEqualTo(SessionKind.PEER_WAR_STORIES);
    assertThat(stories.presenters()).isNotEmpty().allMatch(p -> p.role() == PresenterRole.PEER_REP);
    assertThat(stories.isExecutiveLed()).isFalse();
    assertThat(close.start()).isAfter(stories.start());
    assertThat(close.kind()).isEqualTo(SessionKind.WRITTEN_COMMITMENTS);
    assertThat(plan.sessions()).extracting(Session::kind).contains(SessionKind.SOCIAL_TIME);
  }

  @Test
  void the_roster_has_thirty_reps_each_with_their_own_goal_and_written_coaching_plan() {
    List<Rep> roster = plan.roster();

    assertThat(roster).hasSize(30);
    assertThat(roster).extracting(Rep::id).doesNotHaveDuplicates();
    assertThat(roster.stream().map(r -> r.q1Goal().orElseThrow())).doesNotHaveDuplicates();
    for (Rep rep : roster) {
      assertThat(rep.region()).as(rep.id()).isPresent();
      assertThat(rep.manager()).as(rep.id()).isPresent();
      assertThat(rep.monthlyQuota()).as(rep.id()).isPresent();
      assertThat(rep.trailingAttainment()).as(rep.id()).isPresent();
      assertThat(rep.coachingPlan())
          .as(rep.id())
          .hasValueSatisfying(
              c -> {
                assertThat(c.written()).isTrue();
                assertThat(c.agreedWithManager()).isTrue();
              });
    }
  }

  @Test
  void each_reps_coaching_plan_works_on_the_focus_of_the_tier_their_attainment_puts_them_in() {
    Map<Tier, List<String>> words =
        Map.of(
            Tier.TOP, List.of("Negotiation", "Multi-threading"),
            Tier.MIDDLE, List.of("Discovery", "Forecasting"),
            Tier.BOTTOM, List.of("Objection handling", "Fundamentals"));
    TierAssignment tiers = Tiering.assign(plan);

    assertThat(tiers.untiered()).isEmpty();
    for (Tier tier : Tier.values()) {
      assertThat(tiers.reps(tier)).as("%s", tier).hasSize(10);
      for (Rep rep : tiers.reps(tier)) {
        String focus = rep.coachingPlan().orElseThrow().focus();
        assertThat(words.get(tier)).as(rep.id()).anyMatch(focus::startsWith);
      }
    }
  }

  @Test
  void every_manager_on_the_roster_commits_in_writing_to_a_recurring_cadence_and_a_metric() {
    Set<String> managers =
        plan.roster().stream().map(r -> r.manager().orElseThrow()).collect(Collectors.toSet());

    assertThat(managers).hasSize(4);
    assertThat(plan.managerCommitments())
        .extracting(ManagerCommitment::manager)
        .containsExactlyInAnyOrderElementsOf(managers);
    for (ManagerCommitment c : plan.managerCommitments()) {
      assertThat(c.written()).isTrue();
      assertThat(c.coachingCadence()).isEqualTo(Cadence.WEEKLY);
    }
  }

  @Test
  void three_measurable_outcomes_each_have_weekly_monthly_and_quarterly_actions() {
    assertThat(plan.outcomes()).hasSize(3);
    assertThat(plan.outcomes()).allMatch(Outcome::hasFullActionPlan);
    assertThat(plan.outcomes()).allMatch(o -> o.metric().isPresent());
    assertThat(plan.theme()).isPresent();
  }

  @Test
  void the_metric_table_has_the_sources_nine_rows_measured_at_day_30() {
    List<MetricTarget> targets = plan.metricTargets();

    assertThat(targets).extracting(MetricTarget::metric).containsExactlyElementsOf(Metric.common());
    for (MetricTarget t : targets) {
      assertThat(t.owner()).as(t.metric().name()).isPresent();
      assertThat(t.indicator()).as(t.metric().name()).isPresent();
      assertThat(t.measurementDay()).as(t.metric().name()).contains(RelativeDay.after(30));
    }
    assertThat(targets.stream().map(MetricTarget::effectiveIndicator))
        .containsExactly(
            IndicatorType.LEAD,
            IndicatorType.LEAD,
            IndicatorType.LEAD,
            IndicatorType.LEAD,
            IndicatorType.LEAD,
            IndicatorType.MID,
            IndicatorType.MID,
            IndicatorType.LAG,
            IndicatorType.LEAD);
  }

  @Test
  void the_metric_targets_carry_the_sources_baselines_and_targets() {
    assertTarget(Metric.DIALS_PER_REP_PER_DAY, 35, 42);
    assertTarget(Metric.DISCOVERY_CALLS_BOOKED_PER_WEEK, 4.7, 6.0);
    assertTarget(Metric.OBJECTION_HANDLING_SCORE, 3, 4);
    assertTarget(Metric.COACHING_SESSIONS_PER_WEEK, 1, 3);
    assertTarget(Metric.MULTI_THREADED_CONTACTS, 1.8, 3.0);
    assertTarget(Metric.PIPELINE_CREATED, 100, 120);
    assertTarget(Metric.SLIPPED_CLOSE_DATES, 100, 69);
    assertTarget(Metric.MANAGER_ONE_ON_ONE_COMPLETION_RATE, 60, 95);
    MetricTarget attainment = target(Metric.Q1_ATTAINMENT);
    assertThat(attainment.target() - attainment.baseline()).isEqualTo(5.0);
    assertThat(target(Metric.SLIPPED_CLOSE_DATES).direction()).isEqualTo(Direction.DECREASE);
  }

  @Test
  void every_target_improves_on_its_baseline_in_its_direction() {
    for (MetricTarget t : plan.metricTargets()) {
      double gain =
          t.direction() == Direction.INCREASE
              ? t.target() - t.baseline()
              : t.baseline() - t.target();
      assertThat(gain).as(t.metric().name()).isPositive();
    }
  }

  private void assertTarget(Metric metric, double baseline, double target) {
    MetricTarget t = target(metric);
    assertThat(t.baseline()).as(metric.name()).isEqualTo(baseline);
    assertThat(t.target()).as(metric.name()).isEqualTo(target);
  }

  private MetricTarget target(Metric metric) {
    return plan.metricTargets().stream()
        .filter(t -> t.metric().equals(metric))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void stand_ups_run_daily_for_fifteen_minutes_in_the_first_week_back() {
    ReinforcementActivity standups = activity(plan, ActivityKind.DAILY_STANDUP);

    assertThat(standups.cadence()).isEqualTo(Cadence.DAILY);
    assertThat(standups.length()).isEqualTo(Duration.ofMinutes(15));
    assertThat(plan.daysAfterEvent(standups.firstDay())).isEqualTo(1);
    assertThat(standups.firstDay()).isEqualTo(RelativeDay.after(2));
    assertThat(plan.daysAfterEvent(standups.lastDay())).isEqualTo(7);
  }

  @Test
  void weekly_one_on_ones_and_manager_check_ins_run_in_weeks_two_to_four() {
    for (ActivityKind kind :
        List.of(ActivityKind.ONE_ON_ONE_COACHING, ActivityKind.MANAGER_CHECK_IN)) {
      ReinforcementActivity a = activity(plan, kind);
      assertThat(a.cadence()).as("%s", kind).isEqualTo(Cadence.WEEKLY);
      assertThat(plan.daysAfterEvent(a.firstDay())).as("%s", kind).isEqualTo(8);
      assertThat(a.lastDay()).as("%s", kind).isEqualTo(RelativeDay.after(30));
    }
    assertThat(activity(plan, ActivityKind.ONE_ON_ONE_COACHING).length())
        .isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void the_coaching_cadence_has_its_call_reviews_territory_reviews_and_skill_assessments() {
    ReinforcementActivity calls = activity(plan, ActivityKind.CALL_REVIEW);
    ReinforcementActivity territory = activity(plan, ActivityKind.TERRITORY_REVIEW);
    ReinforcementActivity assessment = activity(plan, ActivityKind.SKILL_ASSESSMENT);

    assertThat(calls.cadence()).isEqualTo(Cadence.BIWEEKLY);
    assertThat(calls.length()).isEqualTo(Duration.ofMinutes(60));
    assertThat(territory.cadence()).isEqualTo(Cadence.MONTHLY);
    assertThat(territory.length()).isEqualTo(Duration.ofMinutes(60));
    assertThat(assessment.cadence()).isEqualTo(Cadence.QUARTERLY);
    assertThat(assessment.firstDay()).isGreaterThan(RelativeDay.after(30));
  }

  @Test
  void behaviour_is_reviewed_at_day_30_and_governance_reads_out_at_day_32() {
    ReinforcementActivity review = activity(plan, ActivityKind.BEHAVIOR_REVIEW);
    ReinforcementActivity governance = activity(plan, ActivityKind.GOVERNANCE_REVIEW);

    assertThat(review.firstDay()).isEqualTo(RelativeDay.after(30));
    assertThat(review.cadence()).isEqualTo(Cadence.ONCE);
    assertThat(governance.firstDay()).isEqualTo(RelativeDay.after(32));
    assertThat(governance.participants())
        .containsExactlyInAnyOrder(
            StakeholderRole.SALES_LEADER, StakeholderRole.REVOPS, StakeholderRole.ENABLEMENT);
  }

  @Test
  void the_gap_survey_runs_at_t_minus_28_with_five_likert_questions() {
    Survey gap = survey(SurveyKind.PRE_EVENT_GAP);

    assertThat(gap.day()).isEqualTo(RelativeDay.before(28));
    assertThat(gap.questions()).hasSize(5).allMatch(q -> q.kind() == QuestionKind.LIKERT);
  }

  @Test
  void the_post_event_survey_is_anonymous_within_two_days_with_three_free_text_questions() {
    Survey post = survey(SurveyKind.POST_EVENT);

    assertThat(post.anonymous()).isTrue();
    assertThat(plan.daysAfterEvent(post.day())).isBetween(0, 2);
    assertThat(post.freeTextQuestions()).isEqualTo(3);
  }

  private Survey survey(SurveyKind kind) {
    return plan.surveys().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void all_pre_work_is_due_before_the_event_and_managers_calibrate_the_rubric_for_90_minutes() {
    assertThat(plan.prework())
        .extracting(PreworkItem::kind)
        .contains(
            PreworkKind.RECORDED_CONTENT,
            PreworkKind.PRE_READ,
            PreworkKind.BEHAVIOR_CONTRACT,
            PreworkKind.RUBRIC_CALIBRATION,
            PreworkKind.CALL_LIBRARY,
            PreworkKind.MANAGER_PREP);
    assertThat(plan.prework()).allMatch(p -> p.dueDay().isBefore(RelativeDay.EVENT_START));
    PreworkItem rubric =
        plan.prework().stream()
            .filter(p -> p.kind() == PreworkKind.RUBRIC_CALIBRATION)
            .findFirst()
            .orElseThrow();
    assertThat(rubric.length()).contains(Duration.ofMinutes(90));
    assertThat(rubric.audience()).isEqualTo(PreworkAudience.MANAGERS);
  }

  @Test
  void the_four_phases_run_from_t_minus_28_to_t_plus_30() {
    List<PhaseMilestone> milestones = plan.planning().orElseThrow().milestones();

    assertThat(milestones)
        .containsExactly(
            PhaseMilestone.of(Phase.DIAGNOSE, RelativeDay.before(28), RelativeDay.before(14)),
            PhaseMilestone.of(Phase.DESIGN, RelativeDay.before(14), RelativeDay.before(2)),
            PhaseMilestone.of(Phase.DELIVER, RelativeDay.EVENT_START, plan.lastEventDay()),
            PhaseMilestone.of(Phase.DRIVE, RelativeDay.after(2), RelativeDay.after(30)));
  }

  @Test
  void the_budget_prices_the_rosters_lost_selling_time_and_keeps_hard_cost_under_the_limit() {
    CostSummary cost = CostModel.standard().summarize(plan);

    assertThat(cost.budgetPricesSellingTime()).isTrue();
    assertThat(cost.budgetedSoftCost()).isEqualTo(cost.lostSellingTime());
    assertThat(cost.hardCostPerRep().orElseThrow()).isLessThan(Money.of(4000, "USD"));
    assertThat(cost.hardCostPerRep().orElseThrow())
        .isLessThanOrEqualTo(CostModel.BENCHMARK_HARD_COST_PER_REP);
  }
}
