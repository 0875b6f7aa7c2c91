package dev.sko.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
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
    checkArgument(
        amount.signum() >= 0,
        "Money.amount must not be negative, but was %s",
        amount.toPlainString());
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
    checkArgument(
        factor.signum() >= 0,
        "Money factor must not be negative, but was %s",
        factor.toPlainString());
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount times a non-negative whole {@code factor}, exactly. */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /** This amount divided by a positive {@code divisor}, to {@link #DIVISION_CONTEXT}. */
  public Money dividedBy(BigDecimal divisor) {
    checkArgument(
        divisor.signum() > 0,
        "Money divisor must be positive, but was %s",
        divisor.toPlainString());
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
