package dev.sko.rules.catalog.support;

import static dev.sko.rules.catalog.support.Wording.days;
import static dev.sko.rules.catalog.support.Wording.words;

import dev.sko.core.ActivityKind;
import dev.sko.core.Cadence;
import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.rules.IntRange;
import dev.sko.rules.Location;
import dev.sko.rules.RuleContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reinforcement plan as the reinforcement, measurement and survey rules read it: activities
 * with their index, which of them run after the event, their timing against a window, and their
 * names in messages.
 *
 * <p>An activity counts as reinforcement <em>after the event</em> when its last day falls after the
 * last event day.
 */
public final class Activities {
  private Activities() {}

  /** The reinforcement plan as a whole. */
  public static final Location REINFORCEMENT = Location.of("reinforcement");

  /** The location of reinforcement activity {@code index}. */
  public static Location at(int index) {
    return Location.element("reinforcement", index);
  }

  /**
   * A reinforcement activity and its index in {@link KickoffPlan#reinforcement()}.
   *
   * @param index the activity's index in the plan
   * @param activity the activity
   */
  public record Indexed(int index, ReinforcementActivity activity) {
    /** The activity's location. */
    public Location location() {
      return at(index);
    }
  }

  /** Whether {@code a} still runs after the last event day. */
  public static boolean isAfterEvent(KickoffPlan plan, ReinforcementActivity a) {
    return a.lastDay().isAfter(plan.lastEventDay());
  }

  /** The activities that run after the last event day, in plan order. */
  public static List<Indexed> afterEvent(KickoffPlan plan) {
    List<Indexed> found = new ArrayList<>();
    List<ReinforcementActivity> all = plan.reinforcement();
    for (int i = 0; i < all.size(); i++) {
      if (isAfterEvent(plan, all.get(i))) {
        found.add(new Indexed(i, all.get(i)));
      }
    }
    return found;
  }

  /** The activities of {@code kind}, in plan order. */
  public static List<Indexed> ofKind(KickoffPlan plan, ActivityKind kind) {
    List<Indexed> found = new ArrayList<>();
    List<ReinforcementActivity> all = plan.reinforcement();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind() == kind) {
        found.add(new Indexed(i, all.get(i)));
      }
    }
    return found;
  }

  /** The activity's description, or its kind in words: {@code "the LMS course"}. */
  public static String name(ReinforcementActivity a) {
    return a.description().map(d -> "\"" + d + "\"").orElse("the " + words(a.kind()));
  }

  /** The kind in words, then the description if any: {@code LMS course "Objection handling"}. */
  public static String titled(ReinforcementActivity a) {
    return words(a.kind()) + described(a);
  }

  /** The activity's description in quotes after a space, or nothing: {@code "Week-1 stand-ups"}. */
  public static String described(ReinforcementActivity a) {
    return a.description().map(d -> " \"" + d + "\"").orElse("");
  }

  /** When the activity runs: "on day T+5" or "weekly from day T+5 to T+30". */
  public static String when(ReinforcementActivity a) {
    return a.cadence().isRecurring()
        ? words(a.cadence()) + " from day " + a.firstDay() + " to " + a.lastDay()
        : "on day " + a.firstDay();
  }

  /**
   * When a review runs: "on day T+40" or "from day T+40 to T+60" (T+n days: {@link
   * EventClock#T_PLUS}).
   */
  public static String span(ReinforcementActivity a) {
    return a.firstDay().equals(a.lastDay())
        ? "on day " + a.firstDay()
        : "from day " + a.firstDay() + " to " + a.lastDay();
  }

  /**
   * The lengths that count as "about" {@code expected}: {@code expected} plus or minus {@code
   * tolerance} (a fraction), rounded to whole seconds.
   */
  public static Duration[] about(Duration expected, double tolerance) {
    long seconds = expected.toSeconds();
    return new Duration[] {
      Duration.ofSeconds(Math.round(seconds * (1 - tolerance))),
      Duration.ofSeconds(Math.round(seconds * (1 + tolerance)))
    };
  }

  /** Whether {@code length} lies within {@code bounds} (both included). */
  public static boolean within(Duration length, Duration[] bounds) {
    return length.compareTo(bounds[0]) >= 0 && length.compareTo(bounds[1]) <= 0;
  }

  /** Whether {@code actual} happens at least as often as {@code expected}, and repeats. */
  public static boolean atLeastAsOften(Cadence actual, Cadence expected) {
    return actual.isRecurring() && actual.intervalDays() <= expected.intervalDays();
  }

  /**
   * Whether the days {@code a} spans meet {@code window} (day offsets from the first event day).
   */
  public static boolean meets(ReinforcementActivity a, IntRange window) {
    return a.firstDay().offset() <= window.max() && a.lastDay().offset() >= window.min();
  }

  /** Days between {@code a}'s span and {@code window}; 0 when they meet. */
  public static int distance(ReinforcementActivity a, IntRange window) {
    if (a.lastDay().offset() < window.min()) {
      return window.min() - a.lastDay().offset();
    }
    return Math.max(0, a.firstDay().offset() - window.max());
  }

  /**
   * The activities of some kinds timed against a window on the {@link EventClock#T_PLUS} clock: all
   * of them in plan order, and those whose days meet the window.
   *
   * @param all the activities of the kinds, in plan order
   * @param timely those of {@code all} that meet the window, in plan order
   * @param window the window, in days from the first event day
   */
  public record Timing(List<Indexed> all, List<Indexed> timely, IntRange window) {
    /** Copies the lists. */
    public Timing {
      all = List.copyOf(all);
      timely = List.copyOf(timely);
    }

    /** Whether the plan has none of the activities. */
    public boolean none() {
      return all.isEmpty();
    }

    /**
     * The first timely activity, else the one nearest the window; call only when not {@link #none}.
     */
    public Indexed best() {
      return timely.isEmpty() ? nearest(all, window) : timely.get(0);
    }

    /**
     * Reports that none of the activities meets the window, on the one nearest it: "The {@code
     * what} "…" runs on day T+40, outside day T+28 to T+35 (T+0 is the first event day); {@code
     * why}".
     */
    public void reportOutside(RuleContext review, String what, String why) {
      Indexed near = best();
      ReinforcementActivity a = near.activity();
      review
          .finding(
              near.location(),
              "The "
                  + what
                  + described(a)
                  + " runs "
                  + span(a)
                  + ", outside "
                  + days(window)
                  + "; "
                  + why)
          .evidence(a.firstDay(), window)
          .remediation("Move the " + what + " to " + days(window))
          .report();
    }
  }

  /**
   * The activities of {@code kinds} and which of them meet {@code window} (days from the first
   * event day): the walk the day-30 review and the governance read-out share.
   */
  public static Timing timing(KickoffPlan plan, Set<ActivityKind> kinds, IntRange window) {
    List<Indexed> all = new ArrayList<>();
    List<Indexed> timely = new ArrayList<>();
    List<ReinforcementActivity> activities = plan.reinforcement();
    for (int i = 0; i < activities.size(); i++) {
      ReinforcementActivity a = activities.get(i);
      if (kinds.contains(a.kind())) {
        Indexed indexed = new Indexed(i, a);
        all.add(indexed);
        if (meets(a, window)) {
          timely.add(indexed);
        }
      }
    }
    return new Timing(all, timely, window);
  }

  /** The activity of {@code candidates} nearest {@code window}; the first of equals. */
  public static Indexed nearest(List<Indexed> candidates, IntRange window) {
    Indexed best = candidates.get(0);
    for (Indexed i : candidates) {
      if (distance(i.activity(), window) < distance(best.activity(), window)) {
        best = i;
      }
    }
    return best;
  }
}
