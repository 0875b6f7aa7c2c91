package dev.sko.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A sales kickoff plan: the root of the domain model.
 *
 * <pre>{@code
 * KickoffPlan plan = KickoffPlan.builder()
 *     .name("FY27 Sales Kickoff")
 *     .format(EventFormat.IN_PERSON).venue(VenueKind.HOTEL)
 *     .startDate(LocalDate.of(2027, 1, 12)).headcount(30)
 *     .addDay(AgendaDay.of(keynote, workshop, dinner))
 *     .addDay(AgendaDay.of(skillStations, peerStories))
 *     .addReinforcement(weeklyOneOnOnes)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} fails with an {@link IllegalArgumentException} naming the field and the value
 * when the plan is not valid (blank name, headcount below 1, no days, a session id used twice, a
 * roster longer than the headcount, more than {@link #MAX_DAYS} days, a start date so near the ends
 * of the calendar that some {@link RelativeDay} has no date …), and with an {@link
 * IllegalStateException} naming the missing attributes when a required one is not set. Days
 * relative to the event ({@link RelativeDay}) count from the first event day, {@code T+0}.
 */
@Value.Immutable
public abstract class KickoffPlan {
  KickoffPlan() {}

  /** The most days an event can have: every event day is a {@link RelativeDay}. */
  public static final int MAX_DAYS = RelativeDay.MAX_OFFSET + 1;

  private static final LocalDate EARLIEST_START = LocalDate.MIN.plusDays(RelativeDay.MAX_OFFSET);

  private static final LocalDate LATEST_START = LocalDate.MAX.minusDays(RelativeDay.MAX_OFFSET);

  /** The event's name. */
  public abstract String name();

  /** The event's theme, if it has one. */
  public abstract Optional<String> theme();

  /** In person, hybrid or virtual. */
  public abstract EventFormat format();

  /** The kind of venue. */
  public abstract VenueKind venue();

  /** The date of the first event day ({@code T+0}). */
  public abstract LocalDate startDate();

  /** How many people attend. */
  public abstract int headcount();

  /** The agenda, one entry per consecutive event day. */
  public abstract List<AgendaDay> days();

  /** The two or three most important outcomes (big bets). */
  public abstract List<Outcome> outcomes();

  /** The reps, with their quotas, attainment, goals and coaching plans. */
  public abstract List<Rep> roster();

  /** How reps are tiered, if they are. */
  public abstract Optional<TierPolicy> tierPolicy();

  /** The metric targets: baselines, targets, owners. */
  public abstract List<MetricTarget> metricTargets();

  /** The reinforcement activities after the event. */
  public abstract List<ReinforcementActivity> reinforcement();

  /** Surveys before and after the event. */
  public abstract List<Survey> surveys();

  /** Pre-work assigned before the event. */
  public abstract List<PreworkItem> prework();

  /** Managers' written coaching commitments. */
  public abstract List<ManagerCommitment> managerCommitments();

  /** The categories recognition and awards honour. */
  public abstract Set<RecognitionCategory> recognitionCategories();

  /** The budget, if known. */
  public abstract Optional<Budget> budget();

  /** The planning data, if the plan carries it. */
  public abstract Optional<PlanningData> planning();

  /** The event's length in days: full days count 1, half days 0.5. */
  public double eventDays() {
    return eventHalfDays() / 2.0;
  }

  /** The event's length in half days (exact). */
  public int eventHalfDays() {
    List<AgendaDay> days = days();
    int halfDays = 0;
    for (int d = 0; d < days.size(); d++) { // indexed: no iterator on the validation path
      halfDays += days.get(d).length().halfDays();
    }
    return halfDays;
  }

  /** The last event day: {@code T+(days - 1)}. */
  public RelativeDay lastEventDay() {
    return RelativeDay.of(lastEventOffset());
  }

  /** The last event day's offset from the first, {@code lastEventDay().offset()} without a day. */
  int lastEventOffset() {
    return days().size() - 1;
  }

  /** The date of the last event day. */
  public LocalDate endDate() {
    return startDate().plusDays(days().size() - 1L);
  }

  /** The date of {@code day}. */
  public LocalDate dateOf(RelativeDay day) {
    return day.toDate(startDate());
  }

  /**
   * Days from the last event day to {@code day} on the {@link EventClock#DAYS_AFTER_EVENT} clock: 1
   * for the first day after the event, 0 for the last event day.
   */
  public int daysAfterEvent(RelativeDay day) {
    return EventClock.DAYS_AFTER_EVENT.count(this, day);
  }

  /** Every session of every day, in agenda order. */
  @Value.Lazy
  public List<Session> sessions() {
    List<Session> all = new ArrayList<>();
    days().forEach(d -> all.addAll(d.sessions()));
    return List.copyOf(all);
  }

  /**
   * The managers the roster's reps name ({@link Rep#manager()}), each once, in roster order;
   * computed once per plan, on first use, so that a rule walks them on every validation without an
   * {@code Optional} per rep.
   */
  @Value.Lazy
  public List<String> namedManagers() {
    Set<String> names = new LinkedHashSet<>();
    for (Rep rep : roster()) {
      rep.manager().ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KickoffPlan}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableKickoffPlan.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "KickoffPlan.name");
    theme().ifPresent(t -> Checks.nonBlank(t, "KickoffPlan.theme"));
    Checks.check(headcount() >= 1, "KickoffPlan.headcount", headcount(), "must be at least 1");
    Checks.check(!days().isEmpty(), "KickoffPlan.days", days(), "must hold at least one day");
    Checks.check(
        days().size() <= MAX_DAYS,
        "KickoffPlan.days",
        days().size() + " days",
        "must hold at most " + MAX_DAYS + " days, the days a RelativeDay can address");
    Checks.check(
        !startDate().isBefore(EARLIEST_START) && !startDate().isAfter(LATEST_START),
        "KickoffPlan.startDate",
        startDate(),
        "must leave every RelativeDay (±"
            + RelativeDay.MAX_OFFSET
            + " days) a calendar date, from "
            + EARLIEST_START
            + " to "
            + LATEST_START);
    Set<String> ids = new HashSet<>();
    for (int d = 0; d < days().size(); d++) {
      for (Session s : days().get(d).sessions()) {
        Checks.check(
            ids.add(s.id()),
            "KickoffPlan.days[" + d + "].sessions.id",
            s.id(),
            "must be unique in the plan, and this id is used twice");
      }
    }
    Checks.unique(roster(), Rep::id, "KickoffPlan.roster.id");
    Checks.check(
        roster().size() <= headcount(),
        "KickoffPlan.roster",
        roster().size() + " reps",
        "must not be larger than headcount " + headcount());
    budget().ifPresent(this::checkQuotaCurrencies);
    Checks.unique(metricTargets(), t -> t.metric().name(), "KickoffPlan.metricTargets.metric");
    if (format() == EventFormat.VIRTUAL) {
      Checks.check(
          venue() == VenueKind.VIRTUAL_PLATFORM,
          "KickoffPlan.venue",
          venue(),
          "must be VIRTUAL_PLATFORM for a VIRTUAL event");
    } else {
      Checks.check(
          venue() != VenueKind.VIRTUAL_PLATFORM,
          "KickoffPlan.venue",
          venue(),
          "must be a place people meet in for a " + format() + " event");
    }
  }

  /** Every rep's quota is in the budget's currency: amounts of different currencies never mix. */
  private void checkQuotaCurrencies(Budget budget) {
    for (int i = 0; i < roster().size(); i++) {
      Rep rep = roster().get(i);
      String field = "KickoffPlan.roster[" + i + "]";
      rep.monthlyQuota().ifPresent(q -> checkCurrency(q, field + ".monthlyQuota", budget));
      rep.annualQuota().ifPresent(q -> checkCurrency(q, field + ".annualQuota", budget));
    }
  }

  private static void checkCurrency(Money quota, String field, Budget budget) {
    Checks.check(
        quota.currency().equals(budget.currency()),
        field,
        quota,
        "must be in the budget's currency "
            + budget.currency().getCurrencyCode()
            + "; amounts of different currencies never mix, convert first");
  }
}
