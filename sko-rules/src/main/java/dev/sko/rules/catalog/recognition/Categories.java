package dev.sko.rules.catalog.recognition;

import dev.sko.core.KickoffPlan;
import dev.sko.core.RecognitionCategory;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.RuleOption;
import dev.sko.rules.Severity;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognition honours at least {@code min-categories} categories, not only top revenue. Checked
 * only when the plan has recognition: a {@link SessionKind#RECOGNITION} session or recognition
 * categories.
 */
public final class Categories {
  private Categories() {}

  /** Option {@code min-categories}: its description gives the figure and its source. */
  public static final RuleOption<Integer> MIN_CATEGORIES =
      RuleOption.integer(
          "min-categories",
          2,
          1,
          RecognitionCategory.values().length,
          "Fewest recognition categories (B2B_SKO_GUIDE: top performers across multiple"
              + " categories, not just the top revenue earner)");

  /**
   * The rule {@code sko.recognition.categories}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.recognition.categories")
          .title("Recognition honours several categories, not only top revenue")
          .source("B2B_SKO_GUIDE (recognise top performers across multiple categories)")
          .rationale(
              "Recognising only the top revenue earner tells everyone else their work does not"
                  + " count. Several categories (quota attainment, deals closed, best customer"
                  + " reference, most improved) recognise more of the behaviours the company wants."
                  + " Checked only when the plan has recognition: a recognition session or"
                  + " recognition categories.")
          .defaultSeverity(Severity.INFO)
          .option(MIN_CATEGORIES)
          .check(Categories::check)
          .build();

  private static void check(KickoffPlan plan, RuleContext review) {
    PlanIndex facts = review.index();
    int first = facts.first(SessionKind.RECOGNITION);
    Set<RecognitionCategory> categories = plan.recognitionCategories();
    if (first < 0 && categories.isEmpty()) {
      return;
    }
    int min = review.option(MIN_CATEGORIES);
    // Equal to the set of top revenue alone, asked without building that set.
    boolean onlyRevenue =
        categories.size() == 1 && categories.contains(RecognitionCategory.TOP_REVENUE);
    if (categories.size() >= min && !onlyRevenue) {
      return;
    }
    Location where = first < 0 ? Location.of("recognitionCategories") : facts.location(first);
    String actual =
        categories.isEmpty()
            ? "names no category"
            : "honours "
                + (onlyRevenue ? "only " : "")
                + categories.stream()
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "));
    review
        .finding(
            where,
            "Recognition "
                + actual
                + "; it should honour at least "
                + min
                + " categories, not only top revenue")
        .evidence(categories.size(), min)
        .remediation(
            "Add categories such as top quota attainment, most deals closed, best customer"
                + " reference and most improved")
        .report();
  }
}
