package dev.sko.rules.catalog.support;

import dev.sko.core.EventClock;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.internal.Figures;
import dev.sko.rules.IntRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The wording every built-in rule's messages share: minutes, money, percentages, day counts, lists
 * and plural forms, written once so that every message says "45 min" or "4,000 USD" the same way.
 * Money, percentages and plain numbers are sko-core's {@link Figures}, which the report writers use
 * too, so a figure on the HTML review reads as it does in the finding.
 */
public final class Wording {
  private Wording() {}

  /** Minutes: {@code 45 min}, or {@code 7.5 min} for a length that is not whole minutes. */
  public static String minutes(Duration d) {
    long seconds = d.toSeconds();
    return seconds % 60 == 0
        ? d.toMinutes() + " min"
        : String.format(Locale.ROOT, "%.1f min", seconds / 60.0);
  }

  /**
   * Money as a message writes it: {@code 135,000.00 INR}, the digits grouped and rounded to the
   * currency's minor unit (written by {@link Figures}, which the reports share).
   */
  public static String money(Money m) {
    return Figures.money(m);
  }

  /**
   * Money without the minor unit when the amount is whole: {@code 25,000 USD}, but {@code 4,000.01
   * USD}.
   */
  public static String moneyShort(Money m) {
    return Figures.moneyShort(m);
  }

  /** A ratio as a percentage to three significant digits: 0.005 as {@code 0.5%}. */
  public static String percent(BigDecimal ratio) {
    return Figures.percent(ratio);
  }

  /**
   * A share (a fraction) as a percentage rounded down to a tenth: {@code 39.9%}, so that a share
   * below a threshold never shows as the threshold.
   */
  public static String percentDown(double share) {
    return Figures.percentDown(share);
  }

  /** A figure as a plain number, without trailing zeros: {@code 2}, {@code 1.4}, {@code 35.5}. */
  public static String number(double value) {
    return Figures.number(value);
  }

  /** A figure as a plain number, without trailing zeros: {@code 2}, {@code 1.4}, {@code 35.5}. */
  public static String number(BigDecimal value) {
    return Figures.number(value);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  public static String and(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  /** An enum constant in lower-case words: {@code ONE_ON_ONE_COACHING} as "1:1 coaching". */
  public static String words(Enum<?> constant) {
    String w = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return w.replace("lms ", "LMS ")
        .replace("one on one", "1:1")
        .replace("standup", "stand-up")
        .replace("biweekly", "bi-weekly");
  }

  /** Half days as a number of days: {@code 2}, {@code 2.5}. */
  public static String halfDayNumber(int halfDays) {
    return halfDays % 2 == 0 ? String.valueOf(halfDays / 2) : (halfDays / 2) + ".5";
  }

  /** Half days in words: {@code 1 day}, {@code 0.5 days}, {@code 2.5 days}. */
  public static String halfDays(int halfDays) {
    return halfDayNumber(halfDays) + " " + plural(halfDays == 2 ? 1 : 2, "day", "days");
  }

  /**
   * An enum constant in lower-case words joined by hyphens: {@code in-person}, {@code
   * multi-threading}.
   */
  public static String hyphenated(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A window on the {@link EventClock#T_PLUS} clock, saying so: {@code "day T+28 to T+35 (T+0 is
   * the first event day)"}.
   */
  public static String days(IntRange window) {
    return "day "
        + RelativeDay.of(window.min())
        + " to "
        + RelativeDay.of(window.max())
        + " ("
        + EventClock.T_PLUS.legend()
        + ")";
  }

  /**
   * A day on both clocks ({@link EventClock}): {@code "day T+5, 4 days after the event"} for a
   * two-day event, {@code "day T+1, the last event day"}.
   */
  public static String dayAfter(KickoffPlan plan, RelativeDay day) {
    int after = EventClock.DAYS_AFTER_EVENT.count(plan, day);
    if (after == 0) {
      return "day " + day + ", the last event day";
    }
    return "day "
        + day
        + ", "
        + count(Math.abs(after), "day", "days")
        + " "
        + (after > 0 ? "after" : "before the end of")
        + " the event";
  }

  /**
   * Day {@code n} on the {@link EventClock#DAYS_AFTER_EVENT} clock with its T+n day: {@code "7 days
   * after the event (day T+8)"} for a two-day event.
   */
  public static String daysAfter(KickoffPlan plan, int n) {
    return EventClock.DAYS_AFTER_EVENT.name(n)
        + " (day "
        + EventClock.DAYS_AFTER_EVENT.day(plan, n)
        + ")";
  }

  /** The session's title in double quotes: {@code "Opening keynote"}. */
  public static String quoted(Session s) {
    return "\"" + s.title() + "\"";
  }

  /** A count and the noun in the form it takes: {@code 1 day}, {@code 3 days}. */
  public static String count(long n, String one, String many) {
    return n + " " + plural(n, one, many);
  }

  /** The noun in the form {@code n} takes: {@code one} for 1, {@code many} otherwise. */
  public static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
