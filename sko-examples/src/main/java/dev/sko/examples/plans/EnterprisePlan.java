package dev.sko.examples.plans;

import static dev.sko.examples.plans.Agenda.minutes;
import static dev.sko.examples.plans.Agenda.session;
import static dev.sko.examples.plans.Agenda.withModeratedQa;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Audience;
import dev.sko.core.CallForContent;
import dev.sko.core.ContentSubmission;
import dev.sko.core.CoreTeamMember;
import dev.sko.core.CoreTeamRole;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Outcome;
import dev.sko.core.PlanningData;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.QuestionKind;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.RepRole;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.SubmissionState;
import dev.sko.core.SubmissionType;
import dev.sko.core.Survey;
import dev.sko.core.SurveyKind;
import dev.sko.core.SurveyQuestion;
import dev.sko.core.Topic;
import dev.sko.core.VenueKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A 250-person enterprise kickoff planned the GitLab way (GITLAB_HANDBOOK), built for {@link
 * SamplePlans#enterpriseGitLabStyle()}: a core team with an accountable field-enablement leader, an
 * executive sponsor (VP Field Operations) and logistics, content and communications DRIs; a call
 * for content opened more than three months ahead and open for three weeks, whose role-based and
 * "choose your own adventure" submissions are accepted, deferred to the enablement backlog or still
 * in triage; three days of mainstage keynotes, customer and partner speakers, role-based breakouts,
 * a final choose-your-own-adventure breakout, awards and the comp overview; then a Partner Summit
 * day; a post-event survey and post-event content sharing.
 */
final class EnterprisePlan {
  private EnterprisePlan() {}

  /** The sample company's kickoff. */
  static final String NAME = "SKO FY27 and Partner Summit";

  /** A theme the core team confirms with the CRO leaders (GITLAB_HANDBOOK, Q3 status update). */
  static final String THEME = "One platform, one team";

  /** The first event day: a Monday. */
  static final LocalDate START = LocalDate.of(2027, 2, 1);

  /** The field organisation: 250 people. */
  static final int HEADCOUNT = 250;

  /**
   * GITLAB_HANDBOOK: the call for content begins no later than three months before the kickoff;
   * this plan opens it at T-100.
   */
  static final RelativeDay CALL_OPENS = RelativeDay.before(100);

  /** GITLAB_HANDBOOK: the call for content stays open for 3 weeks. */
  static final int CALL_OPEN_DAYS = 21;

  /** The day the planning status was last brought up to date: 60 days before the event. */
  static final LocalDate STATUS_DATE = START.minusDays(60);

  /** The label of the partner day (GITLAB_HANDBOOK: Partner Summit). */
  static final String PARTNER_SUMMIT = "Partner Summit";

  /** The audience of the Partner Summit's sessions. */
  static final Audience PARTNERS = Audience.group("partners");

  private static final Presenter CEO = Presenter.of("Rosa Delgado", PresenterRole.EXECUTIVE);
  private static final Presenter CRO = Presenter.of("Ethan Cole", PresenterRole.EXECUTIVE);
  private static final Presenter VP_CHANNEL = Presenter.of("Amara Obi", PresenterRole.EXECUTIVE);
  private static final Presenter CPO = Presenter.of("Noah Fischer", PresenterRole.PRODUCT);
  private static final Presenter CMO = Presenter.of("Isla Grant", PresenterRole.MARKETING);

  static KickoffPlan build() {
    return KickoffPlan.builder()
        .name(NAME)
        .theme(THEME)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.CONFERENCE_CENTER)
        .startDate(START)
        .headcount(HEADCOUNT)
        .addDays(mainstageDay(), roleBasedDay(), adventureAndAwardsDay(), partnerSummit())
        .outcomes(objectives())
        .reinforcement(postEvent())
        .addSurveys(postEventSurvey())
        .addRecognitionCategories(
            RecognitionCategory.TOP_REVENUE,
            RecognitionCategory.TOP_QUOTA_ATTAINMENT,
            RecognitionCategory.TEAM_ACHIEVEMENT,
            RecognitionCategory.COMPANY_VALUES)
        .planning(planning())
        .build();
  }

  /**
   * Day 1, mainstage: keynotes, a customer speaker and a partner speaker, marketing's messaging,
   * and the motivational speaker the handbook lists among mainstage content.
   */
  private static AgendaDay mainstageDay() {
    return AgendaDay.builder()
        .label("Mainstage")
        .addSessions(
            session(
                    "d1-checkin",
                    "Registration and check-in",
                    SessionKind.REGISTRATION,
                    "08:00",
                    60)
                .build(),
            keynote("d1-ceo", "The year ahead", CEO, "09:00", Topic.VISION_STRATEGY),
            keynote(
                "d1-cro",
                "The field plan: targets, segments and how we win",
                CRO,
                "09:45",
                Topic.VISION_STRATEGY,
                Topic.TARGETS_QUOTAS),
            session("d1-break-am", "Break", SessionKind.BREAK, "10:30", 15).build(),
            withModeratedQa(
                    session(
                        "d1-product",
                        "Product keynote: what ships this year",
                        SessionKind.ROADMAP,
                        "10:45",
                        30),
                    15)
                .addPresenter(CPO)
                .build(),
            withModeratedQa(
                    session(
                        "d1-customer",
                        "Customer speaker: consolidating the toolchain",
                        SessionKind.CUSTOMER_STORY,
                        "11:30",
                        30),
                    10)
                .addPresenter(Presenter.of("Kenji Watanabe", PresenterRole.CUSTOMER))
                .build(),
            session("d1-lunch", "Lunch", SessionKind.MEAL, "12:10", 60).build(),
            withModeratedQa(
                    session(
                        "d1-partner",
                        "Partner speaker: winning enterprise deals together",
                        SessionKind.PRESENTATION_TALK,
                        "13:10",
                        30),
                    10)
                .addPresenter(Presenter.of("Chiara Bianchi", PresenterRole.PARTNER))
                .build(),
            withModeratedQa(
                    session(
                        "d1-messaging",
                        "Messaging and positioning for the year",
                        SessionKind.PRESENTATION_TALK,
                        "13:50",
                        30),
                    10)
                .addPresenter(CMO)
                .addTopic(Topic.MESSAGING_POSITIONING)
                .build(),
            session("d1-break-pm", "Break", SessionKind.BREAK, "14:30", 15).build(),
            session(
                    "d1-motivational",
                    "Motivational speaker",
                    SessionKind.MOTIVATIONAL_TALK,
                    "14:45",
                    30)
                .addPresenter(Presenter.of("Guest speaker", PresenterRole.EXTERNAL_SPEAKER))
                .build(),
            session("d1-reception", "Welcome reception", SessionKind.SOCIAL_TIME, "18:30", 150)
                .build())
        .build();
  }

  private static Session keynote(
      String id, String title, Presenter presenter, String start, Topic... topics) {
    return withModeratedQa(session(id, title, SessionKind.KEYNOTE, start, 30), 15)
        .addPresenter(presenter)
        .addTopics(topics)
        .build();
  }

  /**
   * Day 2: role-based breakouts teaching the skills and behaviours of each role, chosen through the
   * call for content; two rounds, one room per role.
   */
  private static AgendaDay roleBasedDay() {
    return AgendaDay.builder()
        .label("Role-based breakouts")
        .addSessions(
            roleBreakout(
                "d2-ae-1", RepRole.ACCOUNT_EXECUTIVE, "Value-based discovery", "09:00", "ENT"),
            roleBreakout(
                "d2-se-1",
                RepRole.SALES_ENGINEER,
                "The technical win in a platform deal",
                "09:00",
                "ENT"),
            roleBreakout(
                "d2-csm-1",
                RepRole.CUSTOMER_SUCCESS,
                "Expansion plays in the first 90 days",
                "09:00",
                "Customer Success"),
            roleBreakout(
                "d2-channel-1",
                RepRole.CHANNEL,
                "Co-selling with partners",
                "09:00",
                "Channel & Alliances"),
            roleBreakout(
                "d2-sdr-1",
                RepRole.SALES_DEVELOPMENT,
                "Multi-channel prospecting",
                "09:00",
                "COMM"),
            session("d2-break-am", "Break", SessionKind.BREAK, "10:30", 15).build(),
            roleBreakout(
                "d2-ae-2",
                RepRole.ACCOUNT_EXECUTIVE,
                "Negotiating the platform deal",
                "10:45",
                "ENT"),
            roleBreakout(
                "d2-se-2", RepRole.SALES_ENGINEER, "Demo to the business outcome", "10:45", "ENT"),
            roleBreakout(
                "d2-csm-2",
                RepRole.CUSTOMER_SUCCESS,
                "Adoption reviews that lead to renewals",
                "10:45",
                "Customer Success"),
            roleBreakout(
                "d2-channel-2",
                RepRole.CHANNEL,
                "Partner-sourced pipeline",
                "10:45",
                "Channel & Alliances"),
            roleBreakout(
                "d2-sdr-2",
                RepRole.SALES_DEVELOPMENT,
                "Handing over a qualified meeting",
                "10:45",
                "COMM"),
            session("d2-lunch", "Lunch", SessionKind.MEAL, "12:15", 60).build(),
            birdsOfAFeather("d2-bof-security", "Selling to security teams", "13:15"),
            birdsOfAFeather("d2-bof-public-sector", "Public sector buyers", "13:15"),
            birdsOfAFeather("d2-bof-new-hires", "First year in the field", "13:15"),
            session("d2-dinner", "Team dinners by region", SessionKind.SOCIAL_TIME, "18:30", 150)
                .build())
        .build();
  }

  /** A role-based breakout; its content owner is the segment's Field Enablement program manager. */
  private static Session roleBreakout(
      String id, RepRole role, String title, String start, String segment) {
    return session(id, title, SessionKind.WORKSHOP, start, 90)
        .audience(Audience.role(role))
        .room(RoomKind.BREAKOUT)
        .addPresenter(Presenter.of(segment + " field team", PresenterRole.PEER_REP))
        .addContentOwner("Field Enablement program manager, " + segment)
        .build();
  }

  /** A Birds of a Feather session (GITLAB_HANDBOOK: non-mainstage content). */
  private static Session birdsOfAFeather(String id, String topic, String start) {
    return session(id, "Birds of a Feather: " + topic, SessionKind.BREAKOUT, start, 60)
        .audience(Audience.group("birds of a feather: " + topic))
        .room(RoomKind.BREAKOUT)
        .addContentOwner("Content DRI")
        .build();
  }

  /**
   * Day 3: the final breakout is choose-your-own-adventure (attendees step out of their role track
   * and pick a topic), then the comp overview, awards and the closing keynote.
   */
  private static AgendaDay adventureAndAwardsDay() {
    return AgendaDay.builder()
        .label("Choose your own adventure, awards")
        .addSessions(
            adventure("d3-cyoa-security", "Deep dive: the security features from the keynote"),
            adventure("d3-cyoa-dib", "Diversity, inclusion and belonging in sales"),
            adventure("d3-cyoa-pm", "Project management for complex deals"),
            session("d3-break", "Break", SessionKind.BREAK, "10:15", 15).build(),
            session(
                    "d3-comp",
                    "Compensation overview: how this year's plans pay",
                    SessionKind.TERRITORY_QUOTA_COMP,
                    "10:30",
                    45)
                .addPresenter(CRO)
                .build(),
            session(
                    "d3-awards",
                    "Awards and President's Club",
                    SessionKind.RECOGNITION,
                    "11:15",
                    45)
                .addPresenters(CEO, CRO)
                .build(),
            withModeratedQa(
                    session(
                        "d3-close",
                        "Closing keynote: the story arc of the year",
                        SessionKind.KEYNOTE,
                        "12:00",
                        20),
                    10)
                .addPresenter(CRO)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            session("d3-lunch", "Lunch and departures", SessionKind.MEAL, "12:30", 60).build())
        .build();
  }

  /** A choose-your-own-adventure breakout: its audience is whoever picked it. */
  private static Session adventure(String id, String topic) {
    return session(id, "Choose your own adventure: " + topic, SessionKind.BREAKOUT, "09:00", 75)
        .audience(Audience.group("adventure: " + topic))
        .room(RoomKind.BREAKOUT)
        .addTopic(Topic.SKILLS_TRAINING)
        .addContentOwner("Content DRI")
        .build();
  }

  /** Day 4: the Partner Summit, for partners (GITLAB_HANDBOOK: Partner Summit sessions). */
  private static AgendaDay partnerSummit() {
    return AgendaDay.builder()
        .label(PARTNER_SUMMIT)
        .addSessions(
            withModeratedQa(
                    session(
                        "ps-keynote",
                        "Partner keynote: the partner programme this year",
                        SessionKind.KEYNOTE,
                        "09:00",
                        30),
                    15)
                .addPresenter(VP_CHANNEL)
                .audience(PARTNERS)
                .addTopic(Topic.VISION_STRATEGY)
                .build(),
            withModeratedQa(
                    session(
                        "ps-roadmap",
                        "Product roadmap for partners",
                        SessionKind.PRODUCT_UPDATE,
                        "09:45",
                        30),
                    15)
                .addPresenter(CPO)
                .audience(PARTNERS)
                .build(),
            session("ps-break", "Break", SessionKind.BREAK, "10:30", 15).audience(PARTNERS).build(),
            session(
                    "ps-co-selling",
                    "Partner enablement: co-selling plays",
                    SessionKind.WORKSHOP,
                    "10:45",
                    90)
                .addPresenter(Presenter.of("Channel enablement", PresenterRole.ENABLEMENT))
                .audience(PARTNERS)
                .build(),
            session("ps-lunch", "Lunch", SessionKind.MEAL, "12:15", 60).audience(PARTNERS).build(),
            session(
                    "ps-sponsors",
                    "Partner sponsor sessions",
                    SessionKind.PRESENTATION_TALK,
                    "13:15",
                    30)
                .addPresenter(Presenter.of("Sponsoring partners", PresenterRole.PARTNER))
                .audience(PARTNERS)
                .build(),
            session("ps-reception", "Partner reception", SessionKind.SOCIAL_TIME, "17:00", 120)
                .audience(PARTNERS)
                .build())
        .build();
  }

  /** The kickoff's objectives, set with the theme (GITLAB_HANDBOOK: theme, sub-themes, goals). */
  private static List<Outcome> objectives() {
    return List.of(
        Outcome.builder().title("Every field role can tell the platform story").build(),
        Outcome.builder().title("Partners co-sell in every enterprise region").build(),
        Outcome.builder().title("Every rep leaves knowing their comp plan").build());
  }

  /** GITLAB_HANDBOOK, Communications sub-team: post-event content sharing and the event summary. */
  private static List<ReinforcementActivity> postEvent() {
    return List.of(
        ReinforcementActivity.builder()
            .kind(ActivityKind.RECAP_VIDEO)
            .description(
                "Post-event content sharing: mainstage and breakout recordings, event summary")
            .firstDay(RelativeDay.after(6))
            .length(minutes(30))
            .owner("Communications DRI")
            .build());
  }

  /** GITLAB_HANDBOOK, Communications sub-team: survey planning and execution. */
  private static Survey postEventSurvey() {
    return Survey.builder()
        .kind(SurveyKind.POST_EVENT)
        .day(RelativeDay.after(4))
        .addQuestions(
            SurveyQuestion.of("How valuable was SKO for your role?", QuestionKind.LIKERT),
            SurveyQuestion.of("Which session should we keep next year?", QuestionKind.FREE_TEXT),
            SurveyQuestion.of("What should we change?", QuestionKind.FREE_TEXT))
        .build();
  }

  /** The core team and the call for content, as of {@link #STATUS_DATE}. */
  private static PlanningData planning() {
    return PlanningData.builder()
        .addCoreTeam(
            CoreTeamMember.of("Field Enablement leader", CoreTeamRole.ACCOUNTABLE_OWNER),
            CoreTeamMember.of("VP, Field Operations", CoreTeamRole.EXECUTIVE_SPONSOR),
            CoreTeamMember.of("Event Support & Logistics DRI", CoreTeamRole.LOGISTICS_DRI),
            CoreTeamMember.of("Content DRI", CoreTeamRole.CONTENT_DRI),
            CoreTeamMember.of("Communications DRI", CoreTeamRole.COMMUNICATIONS_DRI),
            CoreTeamMember.of("Field Enablement program manager, ENT", CoreTeamRole.SUPPORTING),
            CoreTeamMember.of("Field Enablement program manager, COMM", CoreTeamRole.SUPPORTING),
            CoreTeamMember.of(
                "Field Enablement program manager, Customer Success", CoreTeamRole.SUPPORTING),
            CoreTeamMember.of(
                "Field Enablement program manager, Channel & Alliances", CoreTeamRole.SUPPORTING))
        .callForContent(callForContent())
        .statusDate(STATUS_DATE)
        .build();
  }

  /**
   * The call for content for breakouts: accepted submissions became the sessions above; those not
   * chosen went to the Field Enablement backlog (deferred); one is still in triage. Mainstage
   * submissions only tease out learning objectives, without a formal selection.
   */
  private static CallForContent callForContent() {
    return CallForContent.builder()
        .opensOn(CALL_OPENS)
        .openForDays(CALL_OPEN_DAYS)
        .addSubmissions(
            accepted("Value-based discovery", SubmissionType.ROLE_BASED),
            accepted("The technical win in a platform deal", SubmissionType.ROLE_BASED),
            accepted("Expansion plays in the first 90 days", SubmissionType.ROLE_BASED),
            accepted("Co-selling with partners", SubmissionType.ROLE_BASED),
            accepted("Multi-channel prospecting", SubmissionType.ROLE_BASED),
            ContentSubmission.of(
                "Territory planning in spreadsheets",
                SubmissionType.ROLE_BASED,
                SubmissionState.DEFERRED),
            accepted(
                "Deep dive: the security features from the keynote",
                SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
            accepted(
                "Diversity, inclusion and belonging in sales",
                SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
            accepted(
                "Project management for complex deals", SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE),
            ContentSubmission.of(
                "Building a personal brand on social media",
                SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE,
                SubmissionState.DEFERRED),
            ContentSubmission.of(
                "Negotiating renewals",
                SubmissionType.CHOOSE_YOUR_OWN_ADVENTURE,
                SubmissionState.TRIAGE),
            accepted("The field plan: learning objectives", SubmissionType.MAINSTAGE))
        .build();
  }

  private static ContentSubmission accepted(String title, SubmissionType type) {
    return ContentSubmission.of(title, type, SubmissionState.ACCEPTED);
  }
}
