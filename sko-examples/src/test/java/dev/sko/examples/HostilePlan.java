package dev.sko.examples;

import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.Cadence;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.PreworkItem;
import dev.sko.core.PreworkKind;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A plan whose every free-text field is markup meant to escape its context: a script, quotes of
 * both kinds, an ampersand, the end of an SVG, of a CDATA section and of a comment, an image with
 * an error handler. Its review must show each string as text and run or load nothing.
 */
final class HostilePlan {
  private HostilePlan() {}

  static final String SCRIPT = "<script>window.pwned=1</script>";
  static final String QUOTES = "\"Double\" & 'single' quotes";
  static final String END_SVG = "</svg><img src=x onerror=\"window.pwned=1\">";
  static final String CDATA = "]]><b>not bold</b>";
  static final String COMMENT = "--><!-- <style>body{display:none}</style>";
  static final String ENTITY = "&lt;already&gt; &amp; &#x3C;";

  /** A session id that tries to leave its attribute. */
  static final String HOSTILE_ID = "x\" onfocus=\"window.pwned=1";

  /** Every hostile string, each of which the page must show literally. */
  static final List<String> STRINGS =
      List.of(SCRIPT, QUOTES, END_SVG, CDATA, COMMENT, ENTITY, "</title><script>x()</script>");

  static KickoffPlan build() {
    Presenter ceo = Presenter.of(QUOTES, PresenterRole.EXECUTIVE);
    Session keynote =
        Session.builder()
            .id(HOSTILE_ID)
            .title(SCRIPT)
            .kind(SessionKind.KEYNOTE)
            .start(LocalTime.of(9, 0))
            .talkTime(Duration.ofMinutes(60))
            .addPresenter(ceo)
            .build();
    Session clashA =
        Session.builder()
            .id("clash-a")
            .title(END_SVG)
            .kind(SessionKind.WORKSHOP)
            .start(LocalTime.of(10, 30))
            .talkTime(Duration.ofMinutes(60))
            .room(RoomKind.BREAKOUT)
            .build();
    Session clashB =
        Session.builder()
            .id("clash-b")
            .title(CDATA)
            .kind(SessionKind.ROLE_PLAY)
            .start(LocalTime.of(10, 45))
            .talkTime(Duration.ofMinutes(45))
            .room(RoomKind.BREAKOUT)
            .build();
    Session lunch =
        Session.builder()
            .id("lunch")
            .title(COMMENT)
            .kind(SessionKind.MEAL)
            .start(LocalTime.of(12, 0))
            .talkTime(Duration.ofMinutes(60))
            .build();
    Session roadmap =
        Session.builder()
            .id("roadmap")
            .title(ENTITY)
            .kind(SessionKind.ROADMAP)
            .start(LocalTime.of(13, 0))
            .talkTime(Duration.ofMinutes(90))
            .build();
    return KickoffPlan.builder()
        .name("</title><script>x()</script>")
        .theme(QUOTES)
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.HOTEL)
        .startDate(LocalDate.of(2027, 1, 12))
        .headcount(30)
        .addDays(
            AgendaDay.builder().label(COMMENT).addSessions(keynote, clashA, clashB, lunch).build(),
            AgendaDay.of(roadmap))
        .addPrework(
            PreworkItem.builder()
                .kind(PreworkKind.PRE_READ)
                .title(CDATA)
                .dueDay(RelativeDay.before(7))
                .build())
        .addReinforcement(
            ReinforcementActivity.builder()
                .kind(ActivityKind.ONE_ON_ONE_COACHING)
                .cadence(Cadence.WEEKLY)
                .firstDay(RelativeDay.after(20))
                .lastDay(RelativeDay.after(30))
                .length(Duration.ofMinutes(30))
                .description(END_SVG)
                .owner(SCRIPT)
                .build())
        .build();
  }
}
