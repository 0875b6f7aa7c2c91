package dev.sko.examples.plans;

import dev.sko.core.CostModel;
import dev.sko.core.Money;
import dev.sko.core.QaStyle;
import dev.sko.core.Rep;
import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** Shorthands the sample plans share, so that each agenda reads like the source's. */
final class Agenda {
  private Agenda() {}

  /**
   * B2B_SKO_GUIDE: lost selling time spreads a monthly quota over 20 working days ("30 x 30 lakh /
   * 20 working days x 3 days"); the core's {@link CostModel#standard()} holds the figure.
   */
  static final int WORKING_DAYS_PER_MONTH = CostModel.DEFAULT_WORKING_DAYS_PER_MONTH;

  /**
   * A session builder with the id, title, kind, start ({@code "09:00"}) and talk time in minutes
   * set; the rest is left to the caller.
   */
  static Session.Builder session(
      String id, String title, SessionKind kind, String start, int talkMinutes) {
    return Session.builder()
        .id(id)
        .title(title)
        .kind(kind)
        .start(LocalTime.parse(start))
        .talkTime(Duration.ofMinutes(talkMinutes));
  }

  /** {@code session} with {@code qaMinutes} of questions collected through a moderator. */
  static Session.Builder withModeratedQa(Session.Builder session, int qaMinutes) {
    return session.qaTime(Duration.ofMinutes(qaMinutes)).qaStyle(QaStyle.MODERATED);
  }

  /** {@code minutes} as a duration. */
  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  /**
   * Lost selling time (B2B_SKO_GUIDE), priced the way the core's {@link CostModel} prices it: the
   * reps' monthly quotas together, divided by {@link #WORKING_DAYS_PER_MONTH}, times the days out
   * of the field.
   */
  static Money lostSellingTime(Money totalMonthlyQuota, long eventDays) {
    return CostModel.standard().lostSellingTime(totalMonthlyQuota, BigDecimal.valueOf(eventDays));
  }

  /** The monthly quotas of {@code roster} added up; every rep must have one, in one currency. */
  static Money totalMonthlyQuota(List<Rep> roster, String currencyCode) {
    Money total = Money.zero(currencyCode);
    for (Rep rep : roster) {
      total =
          total.plus(
              rep.monthlyQuota()
                  .orElseThrow(
                      () -> new IllegalArgumentException("rep " + rep.id() + " has no quota")));
    }
    return total;
  }
}
