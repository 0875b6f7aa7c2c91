package dev.sko.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.Budget;
import dev.sko.core.CallForContent;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.CustomerSentiment;
import dev.sko.core.DayLength;
import dev.sko.core.IndicatorType;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ManagerCommitment;
import dev.sko.core.Metric;
import dev.sko.core.MetricTarget;
import dev.sko.core.Money;
import dev.sko.core.Outcome;
import dev.sko.core.Phase;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkAudience;
import dev.sko.core.PreworkKind;
import dev.sko.core.QaStyle;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import dev.sko.core.StakeholderRole;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.Tier;
import dev.sko.core.Topic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three seed plans of issue 2 build, and their key figures are what their sources say. */
class SeedPlansTest {

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("behaviorChange", (Supplier<KickoffPlan>) SeedPlans::behaviorChange),
        Arguments.of("b2bThirtyPerson", (Supplier<KickoffPlan>) SeedPlans::b2bThirtyPerson),
        Arguments.of(
            "enterpriseWithPartnerSummit",
            (Supplier<KickoffPlan>) SeedPlans::enterpriseWithPartnerSummit));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void buildsTheSameValueEveryTimeAndRoundTrips(String name, Supplier<KickoffPlan> seed) {
    KickoffPlan plan = seed.get();

    assertThat(seed.get()).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(KickoffPlan.builder().from(plan).build()).isEqualTo(plan);
  }

  /** Content minutes (presentation and interactive formats) that are interactive. */
  static double interactiveShare(List<Session> sessions) {
    long interactive = minutes(sessions, s -> s.format() == SessionFormat.INTERACTIVE);
    long content = minutes(sessions, s -> s.format().isContent());
    return (double) interactive / content;
  }

  private static long minutes(List<Session> sessions, java.util.function.Predicate<Session> which) {
    return sessions.stream().filter(which).mapToLong(s -> s.length().toMinutes()).sum();
  }

  private static List<Session> startingAt(AgendaDay day, String time) {
    LocalTime start = LocalTime.parse(time);
    return day.sessions().stream()
        .filter(s -> s.start().equals(start))
        .collect(Collectors.toList());
  }

  @Nested
  class BehaviorChangeModel {
    final KickoffPlan plan = SeedPlans.behaviorChange();
    final AgendaDay day1 = plan.days().get(0);
    final AgendaDay day2 = plan.days().get(1);

    @Test
    void isATwoDayEventAtAHub() {
      assertThat(plan.days()).hasSize(SeedPlans.BEHAVIOR_CHANGE_EVENT_DAYS);
      assertThat(plan.eventDays()).isEqualTo(2.0);
      assertThat(plan.lastEventDay()).isEqualTo(RelativeDay.after(1));
      assertThat(plan.endDate()).isEqualTo(LocalDate.of(2027, 1, 13));
      assertThat(plan.headcount()).isEqualTo(16);
      assertThat(plan.roster()).hasSize(12);
      assertThat(plan.sessions()).hasSize(14);
      assertThat(plan.theme()).isEmpty();
      assertThat(plan.recognitionCategories()).isEmpty();
    }

    @Test
    void day1MorningKeepsEachTopicToAnHourWithModeratedQuestions() {
      List<Session> morningTalks =
          day1.sessions().stream()
              .filter(s -> s.start().isBefore(LocalTime.NOON) && s.format().isContent())
              .collect(Collectors.toList());

      assertThat(morningTalks)
          .extracting(Session::kind)
          .containsExactly(
              SessionKind.KEYNOTE, SessionKind.PRESENTATION_TALK, SessionKind.PRODUCT_UPDATE);
      assertThat(morningTalks)
          .allSatisfy(
              s -> {
                assertThat(s.length()).isLessThanOrEqualTo(SeedPlans.MAX_MAIN_ROOM_TOPIC);
                assertThat(s.qaStyle()).isEqualTo(QaStyle.MODERATED);
              });
      assertThat(plan.sessions()).noneMatch(s -> s.qaStyle() == QaStyle.OPEN_MIC);
    }

    @Test
    void day1AfternoonRunsOneBreakoutPerTierInParallel() {
      List<Session> breakouts = startingAt(day1, "13:15");

      assertThat(breakouts)
          .extracting(Session::audience)
          .containsExactlyInAnyOrder(
              Audience.tier(Tier.TOP), Audience.tier(Tier.MIDDLE), Audience.tier(Tier.BOTTOM));
      assertThat(breakouts)
          .allSatisfy(
              s -> {
                assertThat(s.kind()).isEqualTo(SessionKind.GOAL_SETTING);
                assertThat(s.room()).isEqualTo(RoomKind.BREAKOUT);
              });
      Map<Tier, Set<Topic>> focus =
          breakouts.stream()
              .collect(Collectors.toMap(s -> s.audience().tier().orElseThrow(), Session::topics));
      assertThat(focus.get(Tier.TOP)).contains(Topic.NEGOTIATION, Topic.MULTI_THREADING);
      assertThat(focus.get(Tier.MIDDLE)).contains(Topic.DISCOVERY, Topic.FORECASTING);
      assertThat(focus.get(Tier.BOTTOM)).contains(Topic.FUNDAMENTALS);
    }

    @Test
    void day2MorningRotatesThreeRecordedSkillStationsEvery45Minutes() {
      Session stations = day2.sessions().get(0);

      assertThat(stations.kind()).isEqualTo(SessionKind.SKILL_STATION);
      assertThat(stations.start()).isEqualTo(LocalTime.of(9, 0));
      assertThat(stations.rotationInterval()).contains(Duration.ofMinutes(45));
      assertThat(stations.length()).isEqualTo(Duration.ofMinutes(45 * 3));
      assertThat(stations.recorded()).isTrue();
      assertThat(stations.coveredTopics())
          .contains(Topic.OBJECTION_HANDLING, Topic.DISCOVERY, Topic.MULTI_THREADING);
    }

    @Test
    void day2AfternoonIsPeersThenWrittenManagerCommitments() {
      List<Session> afternoon =
          day2.sessions().stream()
              .filter(s -> !s.start().isBefore(LocalTime.NOON) && s.format().isContent())
              .collect(Collectors.toList());

      assertThat(afternoon)
          .extracting(Session::kind)
          .containsExactly(SessionKind.PEER_WAR_STORIES, SessionKind.GOAL_SETTING);
      assertThat(afternoon.get(0).presenters()).isNotEmpty().allMatch(p -> p.role().isPeer());
      assertThat(afternoon.get(1).presenters())
          .extracting(Presenter::role)
          .containsOnly(PresenterRole.MANAGER);
      assertThat(day2.sessions()).noneMatch(Session::isExecutiveLed);
      assertThat(plan.managerCommitments())
          .hasSize(3)
          .allMatch(ManagerCommitment::written)
          .allMatch(c -> c.coachingCadence().isRecurring());
    }

    @Test
    void tiersComeFromAttainmentAndAreNotAnnounced() {
      assertThat(plan.tierPolicy())
          .hasValueSatisfying(
              p -> {
                assertThat(p.announced()).isFalse();
                assertThat(p.lookbackMonths()).isEqualTo(6);
              });
      List<Double> attainment =
          plan.roster().stream()
              .map(r -> r.trailingAttainment().orElseThrow())
              .sorted(Comparator.reverseOrder())
              .collect(Collectors.toList());
      // Thirds of four: the weakest of the top third beats the strongest of the middle.
      assertThat(attainment.get(3)).isGreaterThan(attainment.get(4));
      assertThat(attainment.get(7)).isGreaterThan(attainment.get(8));
    }

    @Test
    void everyRepLeavesWithAGoalAndAWrittenAgreedCoachingPlan() {
      assertThat(plan.roster())
          .allSatisfy(
              r -> {
                assertThat(r.q1Goal()).isPresent();
                assertThat(r.manager()).isPresent();
                assertThat(r.coachingPlan())
                    .hasValueSatisfying(
                        c -> assertThat(c.written() && c.agreedWithManager()).isTrue());
              });
    }

    @Test
    void theMetricTableHasEveryRowMeasuredAtDay30() {
      List<MetricTarget> table = plan.metricTargets();

      assertThat(table).extracting(MetricTarget::metric).containsExactlyElementsOf(Metric.common());
      assertThat(table)
          .allSatisfy(
              t -> {
                assertThat(t.owner()).isPresent();
                assertThat(t.measurementDay()).contains(SeedPlans.MEASUREMENT_DAY);
              });
      Map<IndicatorType, Long> byIndicator =
          table.stream()
              .collect(
                  Collectors.groupingBy(MetricTarget::effectiveIndicator, Collectors.counting()));
      assertThat(byIndicator)
          .containsEntry(IndicatorType.LEAD, 6L)
          .containsEntry(IndicatorType.MID, 2L)
          .containsEntry(IndicatorType.LAG, 1L);
      MetricTarget dials = table.get(0);
      assertThat(dials.target() / dials.baseline())
          .isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
      MetricTarget slipped =
          table.stream()
              .filter(t -> t.metric().equals(Metric.SLIPPED_CLOSE_DATES))
              .findFirst()
              .orElseThrow();
      assertThat(slipped.target()).isLessThan(slipped.baseline());
    }

    @Test
    void theDrivePhaseStartsTheDayAfterAndRunsToTheGovernanceReadOut() {
      List<ReinforcementActivity> drive = plan.reinforcement();
      RelativeDay first =
          drive.stream()
              .map(ReinforcementActivity::firstDay)
              .min(Comparator.naturalOrder())
              .orElseThrow();

      assertThat(plan.daysAfterEvent(first)).isEqualTo(1);
      assertThat(drive)
          .filteredOn(a -> a.kind() == ActivityKind.DAILY_STANDUP)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.length()).isEqualTo(Duration.ofMinutes(15));
                assertThat(a.firstDay().daysUntil(a.lastDay())).isEqualTo(6);
              });
      assertThat(drive)
          .filteredOn(a -> a.kind() == ActivityKind.ONE_ON_ONE_COACHING)
          .singleElement()
          .satisfies(a -> assertThat(a.length()).isEqualTo(Duration.ofMinutes(45)));
      assertThat(drive)
          .filteredOn(a -> a.kind() == ActivityKind.BEHAVIOR_REVIEW)
          .singleElement()
          .satisfies(a -> assertThat(a.firstDay()).isEqualTo(RelativeDay.after(30)));
      assertThat(drive)
          .filteredOn(a -> a.kind() == ActivityKind.GOVERNANCE_REVIEW)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.firstDay()).isEqualTo(SeedPlans.GOVERNANCE_DAY);
                assertThat(a.participants())
                    .containsExactlyInAnyOrder(
                        StakeholderRole.SALES_LEADER,
                        StakeholderRole.REVOPS,
                        StakeholderRole.ENABLEMENT);
              });
    }

    @Test
    void surveysDiagnoseAtT28AndAskThreeFreeTextQuestionsAnonymouslyAfter() {
      Survey gap = plan.surveys().get(0);
      Survey after = plan.surveys().get(1);

      assertThat(gap.kind()).isEqualTo(SurveyKind.PRE_EVENT_GAP);
      assertThat(gap.day()).isEqualTo(RelativeDay.before(28));
      assertThat(gap.questions()).hasSize(5).allMatch(q -> q.kind() == QuestionKind.LIKERT);
      assertThat(after.kind()).isEqualTo(SurveyKind.POST_EVENT);
      assertThat(plan.daysAfterEvent(after.day())).isEqualTo(1);
      assertThat(after.anonymous()).isTrue();
      assertThat(after.freeTextQuestions()).isEqualTo(3);
    }

    @Test
    void theFourPhasesRunFromT28ToT30() {
      List<PhaseMilestone> phases = plan.planning().map(PlanningData::milestones).orElseThrow();

      assertThat(phases)
          .extracting(PhaseMilestone::phase)
          .containsExactlyElementsOf(EnumSet.allOf(Phase.class));
      assertThat(phases.get(0).start()).isEqualTo(RelativeDay.before(28));
      assertThat(phases.get(1).start()).isEqualTo(RelativeDay.before(14));
      assertThat(phases.get(3).end()).isEqualTo(RelativeDay.after(30));
      assertThat(plan.prework())
          .filteredOn(p -> p.kind() == PreworkKind.RUBRIC_CALIBRATION)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.length()).contains(Duration.ofMinutes(90));
                assertThat(p.audience()).isEqualTo(PreworkAudience.MANAGERS);
              });
      assertThat(plan.prework()).allMatch(p -> p.dueDay().isBefore(RelativeDay.EVENT_START));
    }
  }

  @Nested
  class B2bThirtyPerson {
    final KickoffPlan plan = SeedPlans.b2bThirtyPerson();
    final Budget budget = plan.budget().orElseThrow();

    @Test
    void isATwoDaySkoForThirtyPeople() {
      assertThat(plan.headcount()).isEqualTo(SeedPlans.B2B_HEADCOUNT).isEqualTo(30);
      assertThat(plan.roster()).hasSize(30);
      assertThat(plan.days()).hasSize(2);
      assertThat(plan.eventDays()).isEqualTo(2.0);
      assertThat(plan.sessions()).hasSize(21);
    }

    @Test
    void startsFromTwoOutcomesWithWeeklyMonthlyAndQuarterlyActions() {
      assertThat(plan.outcomes()).hasSize(2).allMatch(Outcome::hasFullActionPlan);
    }

    @Test
    void spendsAtLeast40PercentOfContentTimeInteractively() {
      assertThat(interactiveShare(plan.sessions())).isGreaterThanOrEqualTo(0.40);
    }

    @Test
    void topPerformersTeachAndRecognitionHasSeveralCategories() {
      assertThat(plan.sessions())
          .anyMatch(
              s -> s.presenters().stream().anyMatch(p -> p.role() == PresenterRole.TOP_PERFORMER));
      assertThat(plan.recognitionCategories())
          .hasSizeGreaterThanOrEqualTo(4)
          .doesNotContain(RecognitionCategory.TOP_REVENUE);
      assertThat(plan.sessions()).anyMatch(s -> s.kind() == SessionKind.SOCIAL_TIME);
    }

    @Test
    void reinforcementRunsThirtyDaysFromTheFirstWeekBack() {
      RelativeDay first =
          plan.reinforcement().stream()
              .map(ReinforcementActivity::firstDay)
              .min(Comparator.naturalOrder())
              .orElseThrow();
      RelativeDay last =
          plan.reinforcement().stream()
              .map(ReinforcementActivity::lastDay)
              .max(Comparator.naturalOrder())
              .orElseThrow();

      assertThat(plan.daysAfterEvent(first)).isBetween(1, 7);
      assertThat(last).isEqualTo(RelativeDay.after(30));
      assertThat(plan.reinforcement())
          .extracting(ReinforcementActivity::kind)
          .contains(
              ActivityKind.RECAP_VIDEO,
              ActivityKind.SKILL_CHALLENGE,
              ActivityKind.QUICK_WINS_CHANNEL,
              ActivityKind.MANAGER_CHECK_IN);
    }

    @Test
    void hardCostsFallInTheGuidesAllInRange() {
      Money lakh = Money.of(100_000, "INR");

      assertThat(budget.currency().getCurrencyCode()).isEqualTo("INR");
      assertThat(budget.hardCost()).isEqualTo(Money.of(2_950_000, "INR"));
      // B2B_SKO_GUIDE: "25-60 lakh INR all-in".
      assertThat(budget.hardCost()).isBetween(lakh.times(25), lakh.times(60));
      // B2B_SKO_GUIDE: "travel and accommodation alone can cost 10-20 lakh INR".
      Money travelAndStay =
          budget.items().stream()
              .filter(
                  i ->
                      i.category() == CostCategory.TRAVEL
                          || i.category() == CostCategory.ACCOMMODATION)
              .map(CostItem::amount)
              .reduce(Money.zero("INR"), Money::plus);
      assertThat(travelAndStay).isBetween(lakh.times(10), lakh.times(20));
    }

    @Test
    void lostSellingTimeIsTheRostersQuotaOverTwentyWorkingDaysTimesTheDays() {
      Money rosterQuota =
          plan.roster().stream()
              .map(r -> r.monthlyQuota().orElseThrow())
              .reduce(Money.zero("INR"), Money::plus);
      Money expected =
          rosterQuota
              .dividedBy(SeedPlans.WORKING_DAYS_PER_MONTH)
              .times(BigDecimal.valueOf(plan.eventDays()));

      assertThat(budget.softCost()).isEqualTo(expected).isEqualTo(Money.of(9_000_000, "INR"));
      assertThat(budget.countsSellingTime()).isTrue();
      assertThat(budget.averageMonthlyQuota()).contains(SeedPlans.B2B_MONTHLY_QUOTA);
    }
  }

  @Nested
  class EnterpriseWithPartnerSummit {
    final KickoffPlan plan = SeedPlans.enterpriseWithPartnerSummit();

    @Test
    void isThreeDaysAndAHalfDayPartnerSummitFor250People() {
      assertThat(plan.headcount()).isEqualTo(250);
      assertThat(plan.days()).hasSize(4);
      assertThat(plan.eventDays()).isEqualTo(3.5);
      assertThat(plan.eventHalfDays()).isEqualTo(7);
      assertThat(plan.endDate()).isEqualTo(LocalDate.of(2027, 2, 11));
      assertThat(plan.sessions()).hasSize(39);
      assertThat(plan.roster()).isEmpty();
      assertThat(plan.budget()).isEmpty();
    }

    @Test
    void thePartnerSummitIsAHalfDayForPartners() {
      AgendaDay summit = plan.days().get(3);

      assertThat(summit.label()).contains("Partner Summit");
      assertThat(summit.length()).isEqualTo(DayLength.HALF);
      assertThat(summit.sessions())
          .isNotEmpty()
          .allMatch(s -> s.audience().equals(SeedPlans.PARTNERS));
      assertThat(plan.days().subList(0, 3))
          .allSatisfy(
              d ->
                  assertThat(d.sessions()).noneMatch(s -> s.audience().equals(SeedPlans.PARTNERS)));
    }

    @Test
    void theMainstageHasKeynotesCustomerAndPartnerSpeakersAndTheCompOverview() {
      AgendaDay mainstage = plan.days().get(0);

      assertThat(mainstage.sessions())
          .extracting(Session::kind)
          .contains(
              SessionKind.KEYNOTE,
              SessionKind.PRODUCT_UPDATE,
              SessionKind.CUSTOMER_STORY,
              SessionKind.PANEL,
              SessionKind.MOTIVATIONAL_TALK,
              SessionKind.TERRITORY_QUOTA_COMP);
      assertThat(mainstage.sessions())
          .filteredOn(s -> s.kind() == SessionKind.CUSTOMER_STORY)
          .singleElement()
          .satisfies(s -> assertThat(s.customerMix()).containsExactly(CustomerSentiment.PROMOTER));
    }

    @Test
    void roleBasedBreakoutsRunInThreeRoundsOfParallelTracks() {
      List<Session> roleBased =
          plan.days().get(1).sessions().stream()
              .filter(s -> s.audience().role().isPresent())
              .collect(Collectors.toList());

      assertThat(roleBased).hasSize(12).allMatch(s -> s.room() == RoomKind.BREAKOUT);
      Map<RepRole, Long> perRole =
          roleBased.stream()
              .collect(
                  Collectors.groupingBy(
                      s -> s.audience().role().orElseThrow(), Collectors.counting()));
      assertThat(perRole)
          .containsOnlyKeys(SeedPlans.BREAKOUT_ROLES)
          .allSatisfy((r, n) -> assertThat(n).isEqualTo(3));
      Map<LocalTime, List<Session>> rounds =
          roleBased.stream().collect(Collectors.groupingBy(Session::start));
      assertThat(rounds).hasSize(3).allSatisfy((t, round) -> assertThat(round).hasSize(4));
    }

    @Test
    void theFinalBreakoutIsChooseYourOwnAdventure() {
      List<Session> adventures = startingAt(plan.days().get(2), "09:00");

      assertThat(adventures)
          .hasSize(3)
          .allSatisfy(
              s -> {
                assertThat(s.title()).startsWith("Choose your own adventure");
                assertThat(s.room()).isEqualTo(RoomKind.BREAKOUT);
              });
    }

    @Test
    void theCoreTeamHasAnOwnerASponsorAndThreeDris() {
      List<CoreTeamMember> team = plan.planning().orElseThrow().coreTeam();

      assertThat(team)
          .extracting(CoreTeamMember::role)
          .contains(
              CoreTeamRole.ACCOUNTABLE_OWNER,
              CoreTeamRole.EXECUTIVE_SPONSOR,
              CoreTeamRole.LOGISTICS_DRI,
              CoreTeamRole.CONTENT_DRI,
              CoreTeamRole.COMMUNICATIONS_DRI);
    }

    @Test
    void theCallForContentOpensThreeMonthsOutForThreeWeeks() {
      PlanningData planning = plan.planning().orElseThrow();
      CallForContent call = planning.callForContent().orElseThrow();

      assertThat(call.opensOn().offset()).isLessThanOrEqualTo(-90);
      assertThat(call.openForDays()).isEqualTo(21);
      assertThat(call.closesOn()).isEqualTo(RelativeDay.before(70));
      assertThat(plan.dateOf(call.opensOn())).isEqualTo(LocalDate.of(2026, 11, 9));
      Map<SubmissionState, Long> byState =
          call.submissions().stream()
              .collect(Collectors.groupingBy(s -> s.state(), Collectors.counting()));
      assertThat(byState)
          .containsEntry(SubmissionState.ACCEPTED, 7L)
          .containsEntry(SubmissionState.DEFERRED, 2L)
          .doesNotContainKey(SubmissionState.TRIAGE);
      assertThat(call.submissions())
          .extracting(s -> s.type())
          .containsOnly(SubmissionType.ROLE_BASED, SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE);
      assertThat(planning.statusDate())
          .hasValueSatisfying(d -> assertThat(d).isBefore(plan.startDate()));
    }
  }
}
