package dev.sko.core;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The event's budget in one currency: cost items, hard and soft, plus the quota assumption used to
 * price lost selling time when the roster carries no quotas.
 */
@Value.Immutable
public abstract class Budget {
  Budget() {}

  /** The currency every item is in. */
  public abstract Currency currency();

  /** The cost items. */
  public abstract List<CostItem> items();

  /**
   * The average monthly quota per rep, used where the roster does not give each rep's quota
   * (B2B_SKO_GUIDE's example: 30 lakh INR).
   */
  public abstract Optional<Money> averageMonthlyQuota();

  /**
   * The average annual quota per rep, for quotas set per year (BEHAVIOR_CHANGE_MODEL: "100 reps
   * with 1M quotas"); give it or {@link #averageMonthlyQuota()}, not both.
   */
  public abstract Optional<Money> averageAnnualQuota();

  /**
   * The average quota per rep for a year: {@link #averageAnnualQuota()}, or {@link
   * CostModel#MONTHS_PER_YEAR} times {@link #averageMonthlyQuota()}, exactly; computed once per
   * budget, on first use.
   */
  @Value.Lazy
  public Optional<Money> averageQuotaPerYear() {
    return averageAnnualQuota()
        .or(() -> averageMonthlyQuota().map(q -> q.times(CostModel.MONTHS_PER_YEAR)));
  }

  /**
   * What one quota-carrying rep costs a year in salary and benefits, on average. With it the cost
   * model values the reps' time at the event at salary, the way ACCELERATION_SUMMIT's 5,281 USD
   * "loaded" cost per rep does ({@link CostSummary#salaryLoadedCostPerRep()}); lost selling time,
   * valued at quota, is a different quantity.
   */
  public abstract Optional<Money> averageAnnualSalaryCost();

  /** The sum of the hard (cash) items; computed once per budget, on first use. */
  @Value.Lazy
  public Money hardCost() {
    return sum(true);
  }

  /** The sum of the soft (time) items; computed once per budget, on first use. */
  @Value.Lazy
  public Money softCost() {
    return sum(false);
  }

  /** Whether any item prices lost selling time or rep time. */
  public boolean countsSellingTime() {
    List<CostItem> items = items();
    for (int i = 0; i < items.size(); i++) { // indexed: no iterator on the rules' clean path
      if (!items.get(i).isHard()) {
        return true;
      }
    }
    return false;
  }

  private Money sum(boolean hard) {
    Money total = Money.zero(currency());
    for (CostItem item : items()) {
      if (item.isHard() == hard) {
        total = total.plus(item.amount());
      }
    }
    return total;
  }

  /** A budget in the currency with ISO code {@code currencyCode}. */
  public static Builder builder(String currencyCode) {
    return new Builder().currency(Money.zero(currencyCode).currency());
  }

  /** A new builder; set the currency. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableBudget.Builder {}

  @Value.Check
  void check() {
    for (int i = 0; i < items().size(); i++) {
      CostItem item = items().get(i);
      Checks.check(
          item.amount().currency().equals(currency()),
          "Budget.items[" + i + "].amount",
          item.amount(),
          "must be in the budget's currency "
              + currency().getCurrencyCode()
              + "; amounts of different currencies never mix");
    }
    averageMonthlyQuota().ifPresent(q -> checkCurrency(q, "Budget.averageMonthlyQuota"));
    averageAnnualQuota().ifPresent(q -> checkCurrency(q, "Budget.averageAnnualQuota"));
    averageAnnualSalaryCost().ifPresent(q -> checkCurrency(q, "Budget.averageAnnualSalaryCost"));
    Checks.check(
        averageMonthlyQuota().isEmpty() || averageAnnualQuota().isEmpty(),
        "Budget.averageAnnualQuota",
        averageAnnualQuota().orElse(null),
        "must not be given beside Budget.averageMonthlyQuota "
            + averageMonthlyQuota().orElse(null)
            + "; give one");
  }

  private void checkCurrency(Money amount, String field) {
    Checks.check(
        amount.currency().equals(currency()),
        field,
        amount,
        "must be in the budget's currency " + currency().getCurrencyCode());
  }
}
