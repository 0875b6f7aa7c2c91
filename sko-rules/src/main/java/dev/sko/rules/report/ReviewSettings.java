package dev.sko.rules.report;

import dev.sko.core.CostModel;
import dev.sko.core.Money;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures the HTML review draws beside the plan that belong to the rule set the plan was
 * validated with, read from the rules' options as that rule set configures them (a profile's
 * override, else the option's default), so the page shows the thresholds the findings were judged
 * by and never a copy of them.
 *
 * <p>The report package does not know the catalogue's classes; it names the rules and options by
 * their ids and keys, the same public names that configuration and waivers use, and a test checks
 * them against the catalogue. A rule set without one of these rules (a custom rule set, a profile
 * that disables it) simply has no thresholds to draw, and the page says so.
 */
final class ReviewSettings {
  static final String MIX_RULE = HtmlReportWriter.MIX_RULE;

  static final String PER_REP_RULE = HtmlReportWriter.PER_REP_RULE;

  /** {@link #PER_REP_RULE}'s benchmark of hard cost per rep. */
  static final String BENCHMARK_HARD = "benchmark-hard";

  /** {@link #PER_REP_RULE}'s benchmark of loaded cost per rep. */
  static final String BENCHMARK_LOADED = "benchmark-loaded";

  static final String BREAK_EVEN_RULE = HtmlReportWriter.BREAK_EVEN_RULE;

  /** {@link #BREAK_EVEN_RULE}'s working days per month. */
  static final String WORKING_DAYS = "working-days";

  /** One threshold of the mix bar: the option's key, its value as a fraction, its description. */
  record Threshold(String key, double fraction, String label, String description) {}

  private final RuleSet ruleSet;

  ReviewSettings(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
  }

  /** The name of the rule set (the profile or profiles). */
  String profile() {
    return ruleSet.name();
  }

  /** The percentage options of {@link #MIX_RULE}, lowest first; empty without the rule. */
  List<Threshold> mixThresholds() {
    List<Threshold> thresholds = new ArrayList<>();
    Optional<Rule> rule = ruleSet.rule(MIX_RULE);
    if (rule.isEmpty()) {
      return thresholds;
    }
    for (RuleOption<?> option : rule.get().options()) {
      if (option.type() == Double.class) {
        Object value = value(rule.get(), option);
        double fraction = (Double) value;
        thresholds.add(
            new Threshold(option.key(), fraction, option.format(value), option.description()));
      }
    }
    thresholds.sort((a, b) -> Double.compare(a.fraction(), b.fraction()));
    return thresholds;
  }

  /** The cost model of {@link #BREAK_EVEN_RULE}'s working days, else the sources' model. */
  CostModel costModel() {
    Optional<Integer> days = option(BREAK_EVEN_RULE, WORKING_DAYS, Integer.class);
    return days.isPresent()
        ? CostModel.builder().workingDaysPerMonth(days.get()).build()
        : CostModel.standard();
  }

  /** The hard-cost benchmark per rep: the rule set's, else {@link CostModel}'s. */
  Money benchmarkHard() {
    return option(PER_REP_RULE, BENCHMARK_HARD, Money.class)
        .orElse(CostModel.BENCHMARK_HARD_COST_PER_REP);
  }

  /** The loaded-cost benchmark per rep: the rule set's, else {@link CostModel}'s. */
  Money benchmarkLoaded() {
    return option(PER_REP_RULE, BENCHMARK_LOADED, Money.class)
        .orElse(CostModel.BENCHMARK_LOADED_COST_PER_REP);
  }

  private <T> Optional<T> option(String ruleId, String key, Class<T> type) {
    Optional<Rule> rule = ruleSet.rule(ruleId);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    for (RuleOption<?> option : rule.get().options()) {
      if (option.key().equals(key) && option.type() == type) {
        return Optional.of(type.cast(value(rule.get(), option)));
      }
    }
    return Optional.empty();
  }

  /** The option's value in the rule set: its override, checked by the option, else its default. */
  private Object value(Rule rule, RuleOption<?> option) {
    Map<String, Object> overrides = ruleSet.optionOverrides(rule.id());
    Object override = overrides.get(option.key());
    return override == null ? option.defaultValue() : option.accept(rule.id(), override);
  }
}
