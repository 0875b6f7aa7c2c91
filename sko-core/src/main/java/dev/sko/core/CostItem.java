package dev.sko.core;

import org.immutables.value.Value;

/** One line of the budget. */
@Value.Immutable
public abstract class CostItem {
  CostItem() {}

  /** The category, which decides whether the cost is hard or soft. */
  public abstract CostCategory category();

  /** What the money is for. */
  public abstract String description();

  /** The amount. */
  public abstract Money amount();

  /** Whether this is a hard (cash) cost. */
  public boolean isHard() {
    return category().isHard();
  }

  /** A cost of {@code amount} in {@code category}. */
  public static CostItem of(CostCategory category, String description, Money amount) {
    return builder().category(category).description(description).amount(amount).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostItem}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableCostItem.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(description(), "CostItem.description");
  }
}
