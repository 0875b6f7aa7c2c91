package dev.sko.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The format each session kind counts as (issue 2's list), kind by kind. */
class SessionKindTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "KEYNOTE, PRESENTATION",
    "PRESENTATION_TALK, PRESENTATION",
    "PRODUCT_UPDATE, PRESENTATION",
    "ROADMAP, PRESENTATION",
    "PANEL, PRESENTATION",
    "CUSTOMER_STORY, PRESENTATION",
    "MOTIVATIONAL_TALK, PRESENTATION",
    "QA, INTERACTIVE",
    "WORKSHOP, INTERACTIVE",
    "ROLE_PLAY, INTERACTIVE",
    "SKILL_STATION, INTERACTIVE",
    "DEAL_CLINIC, INTERACTIVE",
    "WIN_LOSS_REVIEW, INTERACTIVE",
    "PEER_WAR_STORIES, INTERACTIVE",
    "CUSTOMER_INTERACTION, INTERACTIVE",
    "BREAKOUT, INTERACTIVE",
    "GOAL_SETTING, INTERACTIVE",
    "WRITTEN_COMMITMENTS, INTERACTIVE",
    "TERRITORY_QUOTA_COMP, INTERACTIVE",
    "RECOGNITION, SOCIAL",
    "TEAM_GAME, SOCIAL",
    "SOCIAL_TIME, SOCIAL",
    "MEAL, LOGISTICS",
    "BREAK, LOGISTICS",
    "TRAVEL, LOGISTICS",
    "REGISTRATION, LOGISTICS"
  })
  void mapsToItsFormat(SessionKind kind, SessionFormat format) {
    assertThat(kind.format()).isEqualTo(format);
  }

  @Test
  void theTableAboveCoversEveryKind() {
    // 26 rows above; a new kind must get a row (and a decision about its format).
    assertThat(SessionKind.values()).hasSize(26);
  }

  @ParameterizedTest
  @EnumSource(SessionFormat.class)
  void onlyPresentationAndInteractiveCountAsContent(SessionFormat format) {
    assertThat(format.isContent())
        .isEqualTo(format == SessionFormat.PRESENTATION || format == SessionFormat.INTERACTIVE);
  }

  @Test
  void practiceKindsImplySkillsTraining() {
    Set<SessionKind> practice =
        EnumSet.of(
            SessionKind.WORKSHOP,
            SessionKind.ROLE_PLAY,
            SessionKind.SKILL_STATION,
            SessionKind.DEAL_CLINIC,
            SessionKind.WIN_LOSS_REVIEW,
            SessionKind.PEER_WAR_STORIES);

    for (SessionKind kind : SessionKind.values()) {
      assertThat(kind.impliedTopics().contains(Topic.SKILLS_TRAINING))
          .as(kind.name())
          .isEqualTo(practice.contains(kind));
    }
  }

  @Test
  void customerSessionsAreTheOnesCustomersCanSpeakIn() {
    assertThat(EnumSet.allOf(SessionKind.class))
        .filteredOn(SessionKind::isCustomerSession)
        .containsExactlyInAnyOrder(
            SessionKind.CUSTOMER_STORY, SessionKind.CUSTOMER_INTERACTION, SessionKind.PANEL);
  }
}
