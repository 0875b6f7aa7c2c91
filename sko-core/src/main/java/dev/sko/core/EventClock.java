package dev.sko.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The two clocks the sources count days on, defined once. Every rule that counts days around the
 * event uses one of them and says which in its messages.
 *
 * <ul>
 *   <li>{@link #T_PLUS}, "T+n": {@code n} days from the first event day, {@code T+0}. This is
 *       BEHAVIOR_CHANGE_MODEL's clock: its phases (diagnose T-28 to T-14, deliver T-0 to T+2, drive
 *       to T+30), the behaviour review at day 30 and the governance read-out at day 32 count from
 *       the first event day. A {@link RelativeDay} is a day on this clock.
 *   <li>{@link #DAYS_AFTER_EVENT}, "n days after the event": counted from the last event day, so
 *       day 1 is the first day back in the field and day 0 the last event day itself. SKO_GUIDE's
 *       "immediately after" and B2B_SKO_GUIDE's "first week back" and "forgotten within 2 weeks"
 *       count this way.
 * </ul>
 *
 * <p>For a one-day event the two clocks agree; for a two-day event {@code T+30} is 29 days after
 * the event.
 *
 * <pre>{@code
 * EventClock.T_PLUS.day(plan, 30);            // T+30
 * EventClock.DAYS_AFTER_EVENT.day(plan, 7);   // T+8 for a two-day event
 * EventClock.DAYS_AFTER_EVENT.count(plan, RelativeDay.after(30)); // 29 for a two-day event
 * }</pre>
 */
public enum EventClock {
  /** "T+n": days counted from the first event day, {@code T+0}. */
  T_PLUS {
    @Override
    public RelativeDay day(KickoffPlan plan, int n) {
      checkNotNull(plan, "plan");
      return RelativeDay.of(n);
    }

    @Override
    public int count(KickoffPlan plan, RelativeDay day) {
      checkNotNull(plan, "plan");
      return day.offset();
    }

    @Override
    public String name(int n) {
      return "day " + RelativeDay.of(n);
    }

    @Override
    public String legend() {
      return "T+0 is the first event day";
    }
  },

  /** "n days after the event": days counted from the last event day, the first day back is 1. */
  DAYS_AFTER_EVENT {
    @Override
    public RelativeDay day(KickoffPlan plan, int n) {
      return plan.lastEventDay().plusDays(n);
    }

    @Override
    public int count(KickoffPlan plan, RelativeDay day) {
      return day.offset() - plan.lastEventOffset(); // lastEventDay().daysUntil(day), no day built
    }

    @Override
    public String name(int n) {
      return n + (n == 1 ? " day" : " days") + " after the event";
    }

    @Override
    public String legend() {
      return "counted from the last event day";
    }
  };

  /**
   * The day of {@code plan} that this clock calls {@code n}.
   *
   * @throws IllegalArgumentException if that day lies beyond {@link RelativeDay#MAX_OFFSET}
   */
  public abstract RelativeDay day(KickoffPlan plan, int n);

  /** What this clock calls {@code day} of {@code plan}; negative before its zero day. */
  public abstract int count(KickoffPlan plan, RelativeDay day);

  /** Day {@code n} of this clock in words: {@code "day T+30"}, {@code "7 days after the event"}. */
  public abstract String name(int n);

  /**
   * What the clock counts from, for a message to say which clock it uses: {@code "T+0 is the first
   * event day"}, {@code "counted from the last event day"}.
   */
  public abstract String legend();
}
