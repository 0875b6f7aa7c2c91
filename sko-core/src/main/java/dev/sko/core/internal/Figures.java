package dev.sko.core.internal;

import dev.sko.core.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How sko writes a figure for people: money, percentages and plain numbers, in one place, so that a
 * rule's message and the HTML review say "4,000.00 USD" or "39.9%" the same way and a share on the
 * page is the share in the finding. The catalogue's {@code Wording} and the report writers both
 * call it; neither may depend on the other.
 *
 * <p>Not API: the package is exported only to the sko modules (see sko-core's {@code
 * module-info.java}).
 */
public final class Figures {
  private Figures() {}

  /**
   * Money with its minor unit: {@code 135,000.00 INR}, the digits grouped and rounded half-even to
   * the currency's minor unit ({@code 1,234 JPY}).
   */
  public static String money(Money m) {
    return money(m, false);
  }

  /**
   * Money without the minor unit when the rounded amount is whole: {@code 25,000 USD}, but {@code
   * 4,000.01 USD}.
   */
  public static String moneyShort(Money m) {
    return money(m, true);
  }

  private static String money(Money m, boolean dropWholeMinorUnit) {
    // What DecimalFormat("#,##0.##") with the amount's scale as minimum fraction digits writes,
    // without building a DecimalFormat (and its symbols) per message: the rounded amount already
    // has exactly the digits to show, so only the grouping commas are added.
    Money r = m.rounded();
    String digits = r.amount().toPlainString(); // never negative: Money checks it
    int point = digits.indexOf('.');
    int intEnd = point < 0 ? digits.length() : point;
    StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3 + 5);
    for (int i = 0; i < intEnd; i++) {
      if (i > 0 && (intEnd - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(digits.charAt(i));
    }
    if (point >= 0 && !(dropWholeMinorUnit && r.amount().stripTrailingZeros().scale() <= 0)) {
      sb.append(digits, point, digits.length());
    }
    return sb.append(' ').append(r.currency().getCurrencyCode()).toString();
  }

  /** A ratio as a percentage to three significant digits: 0.005 as {@code 0.5%}. */
  public static String percent(BigDecimal ratio) {
    BigDecimal pct = ratio.movePointRight(2).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return pct.stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * A share (a fraction) as a percentage rounded down to a tenth: {@code 39.9%}, so that a share
   * below a threshold never shows as the threshold.
   */
  public static String percentDown(double share) {
    double tenths = Math.floor(share * 1000) / 10;
    return tenths == Math.rint(tenths)
        ? (long) tenths + "%"
        : String.format(Locale.ROOT, "%.1f%%", tenths);
  }

  /** A figure as a plain number, without trailing zeros: {@code 2}, {@code 1.4}, {@code 35.5}. */
  public static String number(double value) {
    return number(BigDecimal.valueOf(value));
  }

  /** A figure as a plain number, without trailing zeros: {@code 2}, {@code 1.4}, {@code 35.5}. */
  public static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
