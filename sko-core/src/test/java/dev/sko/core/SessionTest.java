package dev.sko.core;

import static dev.sko.core.testing.TestPlans.session;
import static dev.sko.core.testing.TestPlans.sessionBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTest {

  @Test
  void lengthIsTalkPlusQuestions() {
    Session keynote =
        sessionBuilder("k", SessionKind.KEYNOTE, 9, 0, 45)
            .qaTime(Duration.ofMinutes(15))
            .qaStyle(QaStyle.MODERATED)
            .build();

    assertThat(keynote.length()).isEqualTo(Duration.ofMinutes(60));
    assertThat(keynote.startMinute()).isEqualTo(9 * 60);
    assertThat(keynote.endMinute()).isEqualTo(10 * 60);
  }

  @Test
  void aSessionMayEndExactlyAtMidnight() {
    Session late = session("late", SessionKind.SOCIAL_TIME, 23, 0, 60);

    assertThat(late.endMinute()).isEqualTo(24 * 60);
  }

  @ParameterizedTest(name = "{0}:{1}+{2} and {3}:{4}+{5} overlap: {6}")
  @CsvSource({
    // back to back: the first ends the minute the second starts
    "9, 0, 30, 9, 30, 30, false",
    // one shared minute
    "9, 0, 31, 9, 30, 30, true",
    // one inside the other
    "9, 0, 120, 10, 0, 15, true",
    // same start
    "14, 0, 5, 14, 0, 90, true",
    // far apart
    "9, 0, 30, 15, 0, 30, false",
    // the second ends the minute the first starts
    "10, 0, 30, 9, 0, 60, false"
  })
  void overlapMeansSharingAMinute(
      int h1, int m1, int len1, int h2, int m2, int len2, boolean overlap) {
    Session a = session("a", SessionKind.WORKSHOP, h1, m1, len1);
    Session b = session("b", SessionKind.WORKSHOP, h2, m2, len2);

    assertThat(a.overlapsInTime(b)).isEqualTo(overlap);
    assertThat(b.overlapsInTime(a)).isEqualTo(overlap);
  }

  @Test
  void questionTimeCountsTowardsOverlap() {
    Session talk =
        sessionBuilder("t", SessionKind.PRESENTATION_TALK, 9, 0, 30)
            .qaTime(Duration.ofMinutes(10))
            .qaStyle(QaStyle.MODERATED)
            .build();

    assertThat(talk.overlapsInTime(session("n", SessionKind.BREAK, 9, 35, 10))).isTrue();
    assertThat(talk.overlapsInTime(session("n", SessionKind.BREAK, 9, 40, 10))).isFalse();
  }

  @Test
  void coveredTopicsAddTheKindsTopicsToTheTaggedOnes() {
    Session workshop =
        sessionBuilder("w", SessionKind.WORKSHOP, 9, 0, 60).addTopic(Topic.DISCOVERY).build();
    Session keynote =
        sessionBuilder("k", SessionKind.KEYNOTE, 9, 0, 30).addTopic(Topic.VISION_STRATEGY).build();
    Session untagged = session("u", SessionKind.MEAL, 12, 0, 60);

    assertThat(workshop.coveredTopics())
        .containsExactlyInAnyOrder(Topic.DISCOVERY, Topic.SKILLS_TRAINING);
    assertThat(workshop.topics()).containsExactly(Topic.DISCOVERY);
    assertThat(keynote.coveredTopics()).containsExactly(Topic.VISION_STRATEGY);
    assertThat(untagged.coveredTopics()).isEmpty();
  }

  @Test
  void executiveLedWhenAnyPresenterIsAnExecutive() {
    Session panel =
        sessionBuilder("p", SessionKind.PANEL, 9, 0, 45)
            .addPresenter(Presenter.of("Ana", PresenterRole.CUSTOMER))
            .addPresenter(Presenter.of("Bo", PresenterRole.EXECUTIVE))
            .build();
    Session peers =
        sessionBuilder("q", SessionKind.PEER_WAR_STORIES, 9, 0, 45)
            .addPresenter(Presenter.of("Cy", PresenterRole.PEER_REP))
            .addPresenter(Presenter.of("Di", PresenterRole.TOP_PERFORMER))
            .build();

    assertThat(panel.isExecutiveLed()).isTrue();
    assertThat(peers.isExecutiveLed()).isFalse();
    assertThat(session("n", SessionKind.BREAK, 9, 0, 15).isExecutiveLed()).isFalse();
  }

  @Test
  void defaultsAreNoQuestionsMainStageEveryoneNotRecorded() {
    Session s = session("s", SessionKind.WORKSHOP, 9, 0, 30);

    assertThat(s.qaTime()).isZero();
    assertThat(s.qaStyle()).isEqualTo(QaStyle.NONE);
    assertThat(s.audience()).isEqualTo(Audience.everyone());
    assertThat(s.room()).isEqualTo(RoomKind.MAIN_STAGE);
    assertThat(s.recorded()).isFalse();
    assertThat(s.groupSize()).isEmpty();
    assertThat(s.rotationInterval()).isEmpty();
    assertThat(s.format()).isEqualTo(SessionFormat.INTERACTIVE);
  }

  @Test
  void questionTimeOfExactlyOneDayFitsTheDayButNotAfterTheTalk() {
    // qaTime = 24 h passes "must fit in one day" (the limit is inclusive); it is the talk before
    // it that pushes the session past midnight.
    assertThatThrownBy(
            () ->
                sessionBuilder("s1", SessionKind.WORKSHOP, 0, 0, 1)
                    .start(LocalTime.MIDNIGHT)
                    .qaTime(Duration.ofDays(1))
                    .qaStyle(QaStyle.MODERATED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Session.start plus its length must end by midnight of the same day (session s1),"
                + " but was \"00:00 + PT24H1M\"");
    assertThatThrownBy(
            () ->
                sessionBuilder("s1", SessionKind.WORKSHOP, 0, 0, 1)
                    .qaTime(Duration.ofDays(1).plusMinutes(1))
                    .qaStyle(QaStyle.MODERATED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Session.qaTime must fit in one day, but was PT24H1M");
  }
}
