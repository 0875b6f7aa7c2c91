package dev.sko.core.testing;

import dev.sko.core.AgendaDay;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Small valid plans and sessions for unit tests in every module: start from {@link
 * #minimalBuilder()} and change only what the test is about.
 */
public final class TestPlans {
  private TestPlans() {}

  /** The first day of every test plan: a Tuesday. */
  public static final LocalDate START = LocalDate.of(2027, 1, 12);

  /**
   * A builder holding a valid one-day, 30-person in-person plan at a hotel, with one 30-minute
   * workshop at 09:00; {@code .days(...)} replaces the agenda.
   */
  public static KickoffPlan.Builder minimalBuilder() {
    return KickoffPlan.builder()
        .name("Test kickoff")
        .format(EventFormat.IN_PERSON)
        .venue(VenueKind.HOTEL)
        .startDate(START)
        .headcount(30)
        .addDay(AgendaDay.of(session("s1", SessionKind.WORKSHOP, 9, 0, 30)));
  }

  /** {@link #minimalBuilder()} built. */
  public static KickoffPlan minimal() {
    return minimalBuilder().build();
  }

  /**
   * A session builder of {@code kind} starting at {@code hour:minute} with {@code minutes} of talk.
   */
  public static Session.Builder sessionBuilder(
      String id, SessionKind kind, int hour, int minute, int minutes) {
    return Session.builder()
        .id(id)
        .title("Session " + id)
        .kind(kind)
        .start(LocalTime.of(hour, minute))
        .talkTime(Duration.ofMinutes(minutes));
  }

  /** A session of {@code kind} starting at {@code hour:minute} with {@code minutes} of talk. */
  public static Session session(String id, SessionKind kind, int hour, int minute, int minutes) {
    return sessionBuilder(id, kind, hour, minute, minutes).build();
  }
}
