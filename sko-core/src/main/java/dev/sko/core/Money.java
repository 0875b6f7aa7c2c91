package dev.sko.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import com.google.errorprone.annotations.concurrent.LazyInit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative amount of one currency, with exact decimal arithmetic.
 *
 * <p>Addition and multiplication are exact. Division is carried to {@link #DIVISION_CONTEXT} (34
 * significant digits, half-even), and {@link #rounded()} rounds half-even to the currency's minor
 * unit. Amounts of different currencies never mix: {@link #plus} of INR and USD fails naming both.
 * Two amounts are equal when their currency and numeric value are equal ({@code 1.0 USD} equals
 * {@code 1.00 USD}).
 */
@Immutable
public final class Money implements Comparable<Money> {
  /** The precision and rounding of every division: IEEE 754 decimal128, half-even. */
  public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;

  @SuppressWarnings("Immutable") // BigDecimal and Currency are immutable
  private final BigDecimal amount;

  @SuppressWarnings("Immutable")
  private final Currency currency;

  /**
   * The amount's unscaled value plus one ({@code amount = unscaled × 10^-scale}), {@link
   * #NO_UNSCALED} when it does not fit a {@code long}, zero until first asked: computed once per
   * instance so that the cost arithmetic ({@link CostModel}) reads a budget's or an option's amount
   * in whole units without allocating. Volatile, so a {@code long} is never read torn.
   */
  @LazyInit private volatile long unscaledPlusOne;

  private static final long NO_UNSCALED = -1;

  /** Powers of ten that fit a {@code long}. */
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * {@code amount} of the currency with ISO 4217 code {@code currencyCode}.
   *
   * @throws IllegalArgumentException if the amount is negative or the code is unknown
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    checkNotNull(amount, "Money.amount");
    return of(amount, currency(currencyCode));
  }

  /** {@code amount} (a decimal string such as {@code "1982.00"}) of the currency {@code code}. */
  public static Money of(String amount, String currencyCode) {
    checkNotNull(amount, "Money.amount");
    checkNotNull(currencyCode, "Money.currency");
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Money.amount must be a decimal number, but was \"" + amount + "\"", e);
    }
    return of(value, currencyCode);
  }

  /** A whole {@code amount} of the currency {@code currencyCode}. */
  public static Money of(long amount, String currencyCode) {
    return of(BigDecimal.valueOf(amount), currencyCode);
  }

  /** {@code amount} of {@code currency}; the amount must not be negative. */
  public static Money of(BigDecimal amount, Currency currency) {
    checkNotNull(amount, "Money.amount");
    checkNotNull(currency, "Money.currency");
    if (amount.signum() < 0) { // the message is written only on failure
      throw new IllegalArgumentException(
          "Money.amount must not be negative, but was " + amount.toPlainString());
    }
    return new Money(amount, currency);
  }

  /** Zero of the currency {@code currencyCode}. */
  public static Money zero(String currencyCode) {
    return of(BigDecimal.ZERO, currencyCode);
  }

  /** Zero of {@code currency}. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  private static Currency currency(String code) {
    checkNotNull(code, "Money.currency");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Money.currency must be an ISO 4217 code such as USD, but was \"" + code + "\"", e);
    }
  }

  /** The exact amount. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /**
   * The sum of this and {@code other}.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This amount times a non-negative {@code factor}, exactly. */
  public Money times(BigDecimal factor) {
    if (factor.signum() < 0) {
      throw new IllegalArgumentException(
          "Money factor must not be negative, but was " + factor.toPlainString());
    }
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times a non-negative whole {@code factor}, exactly. */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /** This amount divided by a positive {@code divisor}, to {@link #DIVISION_CONTEXT}. */
  public Money dividedBy(BigDecimal divisor) {
    if (divisor.signum() <= 0) {
      throw new IllegalArgumentException(
          "Money divisor must be positive, but was " + divisor.toPlainString());
    }
    return new Money(amount.divide(divisor, DIVISION_CONTEXT), currency);
  }

  /** This amount divided by a positive whole {@code divisor}, to {@link #DIVISION_CONTEXT}. */
  public Money dividedBy(long divisor) {
    return dividedBy(BigDecimal.valueOf(divisor));
  }

  /**
   * The ratio of this amount to {@code other} (for instance a cost over a quota), to {@link
   * #DIVISION_CONTEXT}.
   *
   * @throws IllegalArgumentException if the currencies differ or {@code other} is zero
   */
  public BigDecimal ratioTo(Money other) {
    requireSameCurrency(other);
    checkArgument(other.amount.signum() > 0, "cannot divide %s by zero %s", this, other.currency);
    return amount.divide(other.amount, DIVISION_CONTEXT);
  }

  /** This amount rounded half-even to the currency's minor unit (two digits for USD and INR). */
  public Money rounded() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }

  /**
   * The amount in whole units of {@code 10^-scale} (cents at scale 2), exactly, without allocating
   * once the amount's unscaled value is known.
   *
   * @throws ArithmeticException if the amount has more decimals than {@code scale} or the units do
   *     not fit a {@code long}
   */
  long units(int scale) {
    long u = unscaledPlusOne;
    if (u == 0) {
      BigInteger unscaled = amount.unscaledValue();
      u = unscaled.bitLength() < 63 ? unscaled.longValue() + 1 : NO_UNSCALED;
      unscaledPlusOne = u;
    }
    if (u == NO_UNSCALED || scale < amount.scale()) {
      throw new ArithmeticException(
          "the amount " + this + " does not fit a long in units of 10^-" + scale);
    }
    return Math.multiplyExact(u - 1, powerOfTen(scale - amount.scale()));
  }

  /** The amount's scale: its digits after the decimal point (negative for 1E+3). */
  int scale() {
    return amount.scale();
  }

  /**
   * {@code 10^n} for {@code 0 <= n <= 18}.
   *
   * @throws ArithmeticException if {@code 10^n} does not fit a {@code long}
   */
  static long powerOfTen(int n) {
    if (n < 0 || n >= POWERS_OF_TEN.length) {
      throw new ArithmeticException("10^" + n + " does not fit a long");
    }
    return POWERS_OF_TEN[n];
  }

  /**
   * Whether this amount is at most {@code other × factor}, exactly and, for amounts whose units fit
   * a {@code long}, without allocating (the comparison the per-rep limit needs without dividing).
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  boolean isAtMost(Money other, long factor) {
    requireSameCurrency(other);
    int scale = Math.max(amount.scale(), other.amount.scale());
    try {
      return units(scale) <= Math.multiplyExact(other.units(scale), factor);
    } catch (ArithmeticException tooLarge) {
      // Units that overflow a long are compared exactly in decimals instead, never wrapped.
      return amount.compareTo(other.amount.multiply(BigDecimal.valueOf(factor))) <= 0;
    }
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void requireSameCurrency(Money other) {
    checkNotNull(other, "the other amount of money");
    checkArgument(
        currency.equals(other.currency),
        "cannot combine %s with %s: amounts of different currencies never mix; convert first",
        this,
        other);
  }

  /**
   * Orders amounts of one currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Money)) {
      return false;
    }
    Money that = (Money) o;
    return currency.equals(that.currency) && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** The plain amount and the currency code, e.g. {@code 1982.00 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
