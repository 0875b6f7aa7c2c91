package dev.sko.rules.catalog;

import static dev.sko.rules.catalog.FollowThroughFixtures.followThrough;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.CallForContent;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Phase;
import dev.sko.core.PhaseMilestone;
import dev.sko.core.PlanningData;
import dev.sko.core.RelativeDay;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.RuleSet;
import dev.sko.rules.Severity;
import dev.sko.testing.RuleTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanningRulesTest {

  private static final String P = "planningProcess";

  private static List<CoreTeamMember> coreTeam() {
    return List.of(
        CoreTeamMember.of("Alex", CoreTeamRole.ACCOUNTABLE_OWNER),
        CoreTeamMember.of("Sam", CoreTeamRole.EXECUTIVE_SPONSOR),
        CoreTeamMember.of("Kim", CoreTeamRole.LOGISTICS_DRI),
        CoreTeamMember.of("Lee", CoreTeamRole.CONTENT_DRI),
        CoreTeamMember.of("Ira", CoreTeamRole.COMMUNICATIONS_DRI),
        CoreTeamMember.of("Jo", CoreTeamRole.SUPPORTING));
  }

  private static CallForContent call(int opensBefore, int openFor, SubmissionState... states) {
    CallForContent.Builder b =
        CallForContent.builder().opensOn(RelativeDay.before(opensBefore)).openForDays(openFor);
    for (int i = 0; i < states.length; i++) {
      b.addSubmission(
          ContentSubmission.of("Breakout " + (i + 1), SubmissionType.ROLE_BASED, states[i]));
    }
    return b.build();
  }

  private static List<PhaseMilestone> milestones(int diagnose, int design, int driveEnd) {
    return List.of(
        PhaseMilestone.of(Phase.DIAGNOSE, RelativeDay.of(diagnose), RelativeDay.of(-14)),
        PhaseMilestone.of(Phase.DESIGN, RelativeDay.of(design), RelativeDay.of(-2)),
        PhaseMilestone.of(Phase.DELIVER, RelativeDay.of(0), RelativeDay.of(0)),
        PhaseMilestone.of(Phase.DRIVE, RelativeDay.of(1), RelativeDay.of(driveEnd)));
  }

  private static PlanningData.Builder planning() {
    return PlanningData.builder()
        .coreTeam(coreTeam())
        .callForContent(call(90, 21, SubmissionState.ACCEPTED, SubmissionState.DEFERRED))
        .milestones(milestones(-28, -14, 30))
        .statusDate(TestPlans.START.minusDays(20));
  }

  private static KickoffPlan plan(PlanningData planning) {
    return followThrough().planning(planning).build();
  }

  @Test
  void complete_planning_data_passes_every_planning_rule() {
    KickoffPlan plan = plan(planning().build());
    RuleSet composed = Profiles.recommended().with(Profiles.planningProcess());
    for (String id :
        List.of(
            "sko.planning.core-team",
            "sko.planning.call-for-content",
            "sko.planning.content-triage",
            "sko.planning.phase-timeline")) {
      assertThat(RuleTester.of(Profiles.named(P), id).findings(plan)).as(id).isEmpty();
      assertThat(RuleTester.of(composed, id).findings(plan)).as(id).isEmpty();
      if (Profiles.behaviorChange().contains(id)) {
        assertThat(RuleTester.of(Profiles.behaviorChange(), id).findings(plan)).as(id).isEmpty();
      }
    }
  }

  @Test
  void only_the_planning_add_on_and_the_behaviour_change_profile_hold_planning_rules() {
    for (String profile : List.of("recommended", "classic", "accelerationSummit")) {
      for (String id :
          List.of(
              "sko.planning.core-team",
              "sko.planning.call-for-content",
              "sko.planning.content-triage",
              "sko.planning.phase-timeline")) {
        assertThat(Profiles.named(profile).contains(id)).as(profile + " " + id).isFalse();
      }
    }
    assertThat(Profiles.behaviorChange().contains("sko.planning.core-team")).isFalse();
  }

  @Nested
  class CoreTeam {
    private static final String ID = "sko.planning.core-team";

    @Test
    void a_missing_content_dri_is_one_warning() {
      List<CoreTeamMember> team = new ArrayList<>(coreTeam());
      team.removeIf(m -> m.role() == CoreTeamRole.CONTENT_DRI);

      assertThat(
              RuleTester.of(Profiles.named(P), ID)
                  .findings(plan(planning().coreTeam(team).build())))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path()).isEqualTo("planning.coreTeam");
                assertThat(f.evidence().figure("missing-role", CoreTeamRole.class))
                    .contains(CoreTeamRole.CONTENT_DRI);
                assertThat(f.message()).contains("content DRI");
              });
    }

    @Test
    void without_planning_data_every_role_is_missing() {
      assertThat(RuleTester.of(Profiles.named(P), ID).findings(followThrough().build()))
          .extracting(f -> f.evidence().figure("missing-role", CoreTeamRole.class).orElseThrow())
          .containsExactlyInAnyOrder(
              CoreTeamRole.ACCOUNTABLE_OWNER,
              CoreTeamRole.EXECUTIVE_SPONSOR,
              CoreTeamRole.LOGISTICS_DRI,
              CoreTeamRole.CONTENT_DRI,
              CoreTeamRole.COMMUNICATIONS_DRI);
    }

    @Test
    void each_missing_role_is_named_in_words() {
      assertThat(RuleTester.of(Profiles.named(P), ID).findings(followThrough().build()))
          .extracting(Finding::message)
          .containsExactlyInAnyOrder(
              "The core team has no accountable owner (the enablement leader who answers for"
                  + " delivery); every core-team role needs a name",
              "The core team has no executive sponsor; every core-team role needs a name",
              "The core team has no event support and logistics DRI; every core-team role needs a"
                  + " name",
              "The core team has no content DRI; every core-team role needs a name",
              "The core team has no communications DRI; every core-team role needs a name");
    }
  }

  @Nested
  class CallForContentTiming {
    private static final String ID = "sko.planning.call-for-content";

    private List<Finding> callOpening(int opensBefore, int openFor) {
      return RuleTester.of(Profiles.named(P), ID)
          .findings(plan(planning().callForContent(call(opensBefore, openFor)).build()));
    }

    @Test
    void opening_90_days_before_is_in_time_and_89_is_not() {
      assertThat(callOpening(90, 21)).isEmpty();
      assertThat(callOpening(120, 21)).isEmpty();
      assertThat(callOpening(89, 21))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.location().path()).isEqualTo("planning.callForContent");
                assertThat(f.evidence().actual()).contains(RelativeDay.before(89));
                assertThat(f.evidence().expected()).contains(RelativeDay.before(90));
              });
    }

    @ParameterizedTest
    @CsvSource({"18, true", "21, true", "24, true", "17, false", "25, false"})
    void the_call_stays_open_about_three_weeks(int days, boolean fits) {
      List<Finding> found = callOpening(100, days);

      if (fits) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.evidence().actual()).contains(days);
                  assertThat(f.evidence().expected()).contains(21);
                  assertThat(f.evidence().figure("allowed-days", IntRange.class))
                      .contains(IntRange.of(18, 24));
                });
      }
    }

    @Test
    void a_late_short_call_gives_two_findings() {
      assertThat(callOpening(60, 7)).hasSize(2);
    }

    @Test
    void no_call_for_content_is_reported() {
      KickoffPlan plan =
          plan(
              PlanningData.builder()
                  .from(planning().build())
                  .callForContent(Optional.empty())
                  .build());

      assertThat(RuleTester.of(Profiles.named(P), ID).findings(plan))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.evidence().figure("opens-by", RelativeDay.class))
                      .contains(RelativeDay.before(90)));
    }

    @Test
    void the_lead_time_is_an_option() {
      RuleSet set =
          RuleSet.of("t", dev.sko.rules.catalog.planning.CallForContent.RULE)
              .withOption(ID, "opens-before-days", 60);

      assertThat(
              RuleTester.of(set, ID)
                  .findings(plan(planning().callForContent(call(60, 21)).build())))
          .isEmpty();
    }
  }

  @Nested
  class ContentTriage {
    private static final String ID = "sko.planning.content-triage";

    private List<Finding> asOf(int daysBeforeEvent) {
      return RuleTester.of(Profiles.named(P), ID)
          .findings(
              plan(
                  planning()
                      .callForContent(
                          call(
                              100,
                              21,
                              SubmissionState.ACCEPTED,
                              SubmissionState.TRIAGE,
                              SubmissionState.DEFERRED,
                              SubmissionState.TRIAGE))
                      .statusDate(TestPlans.START.minusDays(daysBeforeEvent))
                      .build()));
    }

    @Test
    void submissions_in_triage_31_days_before_are_still_in_time() {
      assertThat(asOf(31)).isEmpty();
    }

    @Test
    void thirty_days_before_each_submission_in_triage_is_reported() {
      assertThat(asOf(30))
          .extracting(f -> f.location().path())
          .containsExactly(
              "planning.callForContent.submissions[1]", "planning.callForContent.submissions[3]");
      assertThat(asOf(30))
          .allSatisfy(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.evidence().actual()).contains(30L);
                assertThat(f.evidence().expected()).contains(30);
              });
    }

    @Test
    void without_a_status_date_it_says_once_that_it_cannot_judge() {
      PlanningData noDate =
          PlanningData.builder()
              .from(
                  planning()
                      .callForContent(call(100, 21, SubmissionState.TRIAGE, SubmissionState.TRIAGE))
                      .build())
              .statusDate(Optional.empty())
              .build();

      assertThat(RuleTester.of(Profiles.named(P), ID).findings(plan(noDate)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.location().path()).isEqualTo("planning.callForContent");
                assertThat(f.evidence().figure("in-triage", Long.class)).contains(2L);
              });
    }

    @Test
    void stays_silent_without_submissions_in_triage_or_without_a_call() {
      assertThat(
              RuleTester.of(Profiles.named(P), ID)
                  .findings(plan(planning().statusDate(TestPlans.START).build())))
          .isEmpty();
      assertThat(RuleTester.of(Profiles.named(P), ID).findings(followThrough().build())).isEmpty();
    }

    @Test
    void the_message_counts_the_days_to_the_event_or_since_it_started() {
      assertThat(asOf(30))
          .extracting(Finding::message)
          .containsExactly(
              "\"Breakout 2\" is still in triage on 2026-12-13, 30 days before the event;"
                  + " submissions should be decided more than 30 days before",
              "\"Breakout 4\" is still in triage on 2026-12-13, 30 days before the event;"
                  + " submissions should be decided more than 30 days before");
      assertThat(asOf(0))
          .first()
          .satisfies(
              f -> assertThat(f.message()).contains("on 2027-01-12, 0 days before the event;"));
      assertThat(asOf(-2))
          .first()
          .satisfies(
              f ->
                  assertThat(f.message())
                      .contains("on 2027-01-14, 2 days after the event started;"));
    }

    @Test
    void without_a_status_date_it_counts_only_the_submissions_in_triage() {
      PlanningData noDate =
          PlanningData.builder()
              .from(
                  planning()
                      .callForContent(
                          call(100, 21, SubmissionState.ACCEPTED, SubmissionState.TRIAGE))
                      .build())
              .statusDate(Optional.empty())
              .build();

      assertThat(RuleTester.of(Profiles.named(P), ID).findings(plan(noDate)))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message())
                    .isEqualTo(
                        "1 submission is in triage, and the planning data has no status date to"
                            + " judge them by");
                assertThat(f.evidence().figure("in-triage", Long.class)).contains(1L);
              });
    }
  }

  @Nested
  class PhaseTimeline {
    private static final String ID = "sko.planning.phase-timeline";

    private List<Finding> timeline(String profile, int diagnose, int design, int driveEnd) {
      return RuleTester.of(Profiles.named(profile), ID)
          .findings(plan(planning().milestones(milestones(diagnose, design, driveEnd)).build()));
    }

    @ParameterizedTest
    @CsvSource({"behaviorChange, WARNING", "planningProcess, INFO"})
    void diagnose_starting_at_t_minus_27_is_late(String profile, Severity expected) {
      assertThat(timeline(profile, -27, -14, 30))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(expected);
                assertThat(f.location().path()).isEqualTo("planning.milestones[0]");
                assertThat(f.evidence().actual()).contains(RelativeDay.of(-27));
                assertThat(f.evidence().expected()).contains(RelativeDay.of(-28));
              });
    }

    @Test
    void design_starting_at_t_minus_13_is_late() {
      assertThat(timeline(P, -28, -13, 30))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("planning.milestones[1]");
                assertThat(f.evidence().actual()).contains(RelativeDay.of(-13));
              });
    }

    @Test
    void drive_ending_at_t_plus_29_is_short() {
      assertThat(timeline(P, -35, -20, 29))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("planning.milestones[3]");
                assertThat(f.evidence().actual()).contains(RelativeDay.of(29));
                assertThat(f.evidence().expected()).contains(RelativeDay.of(30));
              });
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 45})
    void drive_to_t_plus_30_or_later_passes(int end) {
      assertThat(timeline("behaviorChange", -28, -14, end)).isEmpty();
    }

    /**
     * Issue 17, item 5: the milestones default to PhaseCalendar's windows, so a plan that does not
     * restate the model's phases is not warned three times (it was, once per phase).
     */
    @Test
    void without_milestones_the_phase_calendars_default_windows_pass() {
      assertThat(
              RuleTester.of(Profiles.named("behaviorChange"), ID).findings(followThrough().build()))
          .isEmpty();
      assertThat(RuleTester.of(Profiles.named(P), ID).findings(followThrough().build())).isEmpty();
    }

    @Test
    void a_default_window_short_of_a_stricter_option_is_reported_as_the_default() {
      RuleSet stricter = Profiles.behaviorChange().withOption(ID, "diagnose-by-days-before", 35);

      assertThat(RuleTester.of(stricter, ID).findings(followThrough().build()))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.location().path()).isEqualTo("planning.milestones");
                assertThat(f.message()).contains("by default");
                assertThat(f.evidence().actual(RelativeDay.class)).contains(RelativeDay.of(-28));
                assertThat(f.evidence().expected(RelativeDay.class)).contains(RelativeDay.of(-35));
              });
    }
  }
}
