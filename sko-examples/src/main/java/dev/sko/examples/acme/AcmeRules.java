package dev.sko.examples.acme;

import dev.sko.core.AudienceKind;
import dev.sko.core.RelativeDay;
import dev.sko.core.RoomKind;
import dev.sko.core.Session;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleProvider;
import dev.sko.rules.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A company rule pack, as an enablement engineer would write one: three ACME policies beside the
 * built-in catalogue. It is registered in {@code META-INF/services/dev.sko.rules.RuleProvider}, so
 * a validator picks it up only when it opts in with {@code
 * PlanValidator.builder().discoverRules()}.
 */
public final class AcmeRules implements RuleProvider {
  /** The latest time an EMEA session may end, local time (ACME travel policy). */
  public static final RuleOption<LocalTime> LATEST_EMEA_END =
      RuleOption.of(
          "latest-end",
          LocalTime.class,
          LocalTime.of(17, 0),
          "Latest local end time of an EMEA session (ACME travel policy: 17:00)",
          t -> true,
          "a local time");

  /** {@code acme.no-friday-days}: no kickoff day falls on a Friday. */
  public static final Rule NO_FRIDAY_DAYS =
      Rule.builder("acme.no-friday-days")
          .title("No kickoff day falls on a Friday")
          .rationale(
              "Fridays are for closing: ACME keeps reps in the field at the end of the week.")
          .source("ACME field policy")
          .defaultSeverity(Severity.WARNING)
          .check(
              (plan, review) -> {
                for (int d = 0; d < plan.days().size(); d++) {
                  LocalDate date = plan.dateOf(RelativeDay.of(d));
                  if (date.getDayOfWeek() == DayOfWeek.FRIDAY) {
                    review
                        .finding(Location.day(d), "Day " + (d + 1) + " (" + date + ") is a Friday")
                        .evidence(date.getDayOfWeek(), "not FRIDAY")
                        .remediation("Start the kickoff earlier in the week")
                        .report();
                  }
                }
              })
          .build();

  /** {@code acme.breakout-owner}: every breakout has exactly one content owner. */
  public static final Rule BREAKOUT_OWNER =
      Rule.builder("acme.breakout-owner")
          .title("Every breakout has exactly one content owner")
          .rationale("One owner per breakout: a session owned by two people is owned by nobody.")
          .source("ACME enablement policy")
          .defaultSeverity(Severity.ERROR)
          .check(
              (plan, review) -> {
                for (LocatedSession s : review.index().sessions()) {
                  int owners = s.session().contentOwners().size();
                  if (s.session().room() == RoomKind.BREAKOUT && owners != 1) {
                    review
                        .finding(s.location(), "Breakout has " + owners + " content owners")
                        .evidence(owners, 1)
                        .remediation("Name exactly one content owner for this breakout")
                        .report();
                  }
                }
              })
          .build();

  /** {@code acme.emea-end-time}: EMEA sessions end by 17:00 local time. */
  public static final Rule EMEA_END_TIME =
      Rule.builder("acme.emea-end-time")
          .title("EMEA sessions end by 17:00 local time")
          .rationale("EMEA attendees travel home the same evening; late sessions lose them.")
          .source("ACME travel policy")
          .option(LATEST_EMEA_END)
          .check(
              (plan, review) -> {
                LocalTime latest = review.option(LATEST_EMEA_END);
                int latestMinute = latest.getHour() * 60 + latest.getMinute();
                for (LocatedSession s : review.index().sessions()) {
                  Session session = s.session();
                  boolean emea =
                      session.audience().kind() == AudienceKind.REGION
                          && session.audience().name().orElse("").equals("EMEA");
                  if (emea && session.endMinute() > latestMinute) {
                    review
                        .finding(s.location(), "EMEA session ends after " + latest)
                        .evidence(session.endMinute() - latestMinute, 0)
                        .remediation("Move it so that it ends by " + latest)
                        .report();
                  }
                }
              })
          .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public AcmeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(NO_FRIDAY_DAYS, BREAKOUT_OWNER, EMEA_END_TIME);
  }
}
