package dev.sko.examples;

import dev.sko.core.AgendaDay;
import dev.sko.core.EventFormat;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Presenter;
import dev.sko.core.PresenterRole;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.VenueKind;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.catalog.Profiles;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The README's first command: validates a plan under the recommended profile and prints the review.
 */
public final class Walkthrough {
  private Walkthrough() {}

  /** Runs the walkthrough. */
  public static void main(String[] args) {
    KickoffPlan plan =
        KickoffPlan.builder()
            .name("FY27 Sales Kickoff")
            .format(EventFormat.IN_PERSON)
            .venue(VenueKind.HOTEL)
            .startDate(LocalDate.of(2027, 1, 12))
            .headcount(30)
            .addDay(
                AgendaDay.of(
                    Session.builder()
                        .id("d1-ceo")
                        .title("Where we are going")
                        .kind(SessionKind.KEYNOTE)
                        .start(LocalTime.of(9, 0))
                        .talkTime(Duration.ofMinutes(60))
                        .addPresenter(Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
                        .build(),
                    Session.builder()
                        .id("d1-roleplay")
                        .title("Discovery role play")
                        .kind(SessionKind.ROLE_PLAY)
                        .start(LocalTime.of(9, 30))
                        .talkTime(Duration.ofMinutes(90))
                        .build()))
            .build();
    PlanValidator validator = PlanValidator.builder().ruleSet(Profiles.recommended()).build();
    System.out.println(validator.validate(plan).toText());
  }
}
