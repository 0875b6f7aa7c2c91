package dev.sko.rules.catalog.support;

import static dev.sko.rules.catalog.support.Wording.days;
import static dev.sko.rules.catalog.support.Wording.words;

import dev.sko.core.ActivityKind;
import dev.sko.core.Cadence;
import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
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

  /** The key of the shared {@link FollowThrough} facts. */
  private enum Key {
    FOLLOW_THROUGH
  }

  /**
   * The follow-through facts of the plan under review, computed once per validation in one pass
   * over the reinforcement plan and shared by the rules that ask.
   */
  public static FollowThrough followThrough(RuleContext review) {
    return review.derived(Key.FOLLOW_THROUGH, FollowThrough.class, FollowThrough::of);
  }

  /**
   * What the follow-through rules ask of the reinforcement plan, as yes/no answers and indexes into
   * {@link KickoffPlan#reinforcement()}, computed in one pass ({@link #followThrough}) so that each
   * rule answers in constant time and walks the activities only to report. An activity counts as
   * after the event when its last day falls after the last event day ({@link #isAfterEvent}).
   */
  public static final class FollowThrough {
    private final int lastEventDay;
    private final int afterEvent;
    private final int firstToStart;
    private final int lastToEnd;
    private final boolean recurringManagerCoaching;
    private final int oneOffManagerCoaching;

    private FollowThrough(KickoffPlan plan) {
      this.lastEventDay = plan.lastEventDay().offset();
      List<ReinforcementActivity> all = plan.reinforcement();
      int count = 0;
      int first = -1;
      int last = -1;
      boolean recurring = false;
      int oneOff = -1;
      for (int i = 0; i < all.size(); i++) {
        ReinforcementActivity a = all.get(i);
        if (!isAfterEvent(a)) {
          continue;
        }
        count++;
        // The first of equals wins both ways, as the rules have always named it.
        if (first < 0 || a.firstDay().isBefore(all.get(first).firstDay())) {
          first = i;
        }
        if (last < 0 || a.lastDay().isAfter(all.get(last).lastDay())) {
          last = i;
        }
        if (a.kind().isManagerCoaching()) {
          if (a.cadence().isRecurring()) {
            recurring = true;
          } else if (oneOff < 0) {
            oneOff = i;
          }
        }
      }
      this.afterEvent = count;
      this.firstToStart = first;
      this.lastToEnd = last;
      this.recurringManagerCoaching = recurring;
      this.oneOffManagerCoaching = oneOff;
    }

    /** The facts of {@code plan}. */
    public static FollowThrough of(KickoffPlan plan) {
      return new FollowThrough(plan);
    }

    /** Whether {@code a} still runs after the last event day; no day is built to decide it. */
    public boolean isAfterEvent(ReinforcementActivity a) {
      return a.lastDay().offset() > lastEventDay;
    }

    /**
     * Days from the last event day to {@code day}, as {@link EventClock#DAYS_AFTER_EVENT} counts
     * them, without building the last event day.
     */
    public int daysAfterEvent(RelativeDay day) {
      return day.offset() - lastEventDay;
    }

    /** The number of activities that run after the last event day. */
    public int afterEvent() {
      return afterEvent;
    }

    /**
     * The index of the activity after the event that starts first (the first of equals), or -1 when
     * none runs after the event.
     */
    public int firstToStart() {
      return firstToStart;
    }

    /**
     * The index of the activity after the event that ends last (the first of equals), or -1 when
     * none runs after the event.
     */
    public int lastToEnd() {
      return lastToEnd;
    }

    /** Whether some manager coaching after the event repeats. */
    public boolean recurringManagerCoaching() {
      return recurringManagerCoaching;
    }

    /** The index of the first one-off manager coaching after the event, or -1. */
    public int oneOffManagerCoaching() {
      return oneOffManagerCoaching;
    }
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
    return new Duration[] {
      Duration.ofSeconds(aboutMin(expected, tolerance)),
      Duration.ofSeconds(aboutMax(expected, tolerance))
    };
  }

  /** The shortest length, in seconds, that counts as "about" {@code expected} ({@link #about}). */
  public static long aboutMin(Duration expected, double tolerance) {
    return Math.round(expected.toSeconds() * (1 - tolerance));
  }

  /** The longest length, in seconds, that counts as "about" {@code expected} ({@link #about}). */
  public static long aboutMax(Duration expected, double tolerance) {
    return Math.round(expected.toSeconds() * (1 + tolerance));
  }

  /** Whether {@code length} lies within {@code bounds} (both included). */
  public static boolean within(Duration length, Duration[] bounds) {
    return length.compareTo(bounds[0]) >= 0 && length.compareTo(bounds[1]) <= 0;
  }

  /**
   * Whether {@code length} lies within {@code min} to {@code max} seconds (both included): {@link
   * #within(Duration, Duration[])} without building the bounds.
   */
  public static boolean within(Duration length, long min, long max) {
    long seconds = length.getSeconds();
    return seconds >= min && (seconds < max || (seconds == max && length.getNano() == 0));
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

  /**
   * Whether some activity of {@code kinds} meets {@code window}: {@code !timing(plan, kinds,
   * window).timely().isEmpty()} answered without building the lists.
   */
  public static boolean anyMeets(KickoffPlan plan, Set<ActivityKind> kinds, IntRange window) {
    List<ReinforcementActivity> activities = plan.reinforcement();
    for (int i = 0; i < activities.size(); i++) {
      ReinforcementActivity a = activities.get(i);
      if (kinds.contains(a.kind()) && meets(a, window)) {
        return true;
      }
    }
    return false;
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
