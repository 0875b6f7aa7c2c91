package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.AgendaDay;
import dev.sko.core.Budget;
import dev.sko.core.CostCategory;
import dev.sko.core.CostItem;
import dev.sko.core.CostModel;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.SessionKind;
import dev.sko.core.internal.Figures;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleOption;
import dev.sko.rules.RuleSet;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.catalog.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  /** One presentation, one workshop (a third interactive), a budget with an average quota. */
  static KickoffPlan plan() {
    return TestPlans.minimalBuilder()
        .days(
            List.of(
                AgendaDay.of(
                    TestPlans.session("talk", SessionKind.PRESENTATION_TALK, 9, 0, 60),
                    TestPlans.session("work", SessionKind.WORKSHOP, 10, 0, 30))))
        .budget(
            Budget.builder("USD")
                .addItems(CostItem.of(CostCategory.VENUE_AV, "Hotel", Money.of(30_000, "USD")))
                .averageMonthlyQuota(Money.of(100_000, "USD"))
                .build())
        .build();
  }

  static String render(RuleSet set, KickoffPlan plan) {
    PlanValidator validator = PlanValidator.builder().ruleSet(set).build();
    ValidationReport report = validator.validate(plan);
    return HtmlReportWriter.of(validator).render(List.of(ReportedPlan.of(report).withPlan(plan)));
  }

  @Test
  void namesItsFormat() {
    HtmlReportWriter writer = HtmlReportWriter.of(Profiles.recommended());
    assertThat(writer.format()).isEqualTo("html");
    assertThat(writer.fileExtension()).isEqualTo("html");
    assertThat(writer).hasToString("HtmlReportWriter[recommended]");
  }

  @Test
  void needsThePlanItDraws() {
    ValidationReport report = ReportFixtures.report();
    HtmlReportWriter writer = HtmlReportWriter.of(ReportFixtures.validator());
    assertThatThrownBy(() -> writer.render(List.of(ReportedPlan.of(report))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Test kickoff'")
        .hasMessageContaining("withPlan");
    assertThatThrownBy(() -> writer.render(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one plan");
  }

  @Test
  void writesUtf8AndLeavesTheStreamOpen() throws IOException {
    KickoffPlan plan =
        TestPlans.minimalBuilder().name("Kickoff \u00e9t\u00e9 \u2013 \uD83D\uDE80").build();
    ValidationReport report = ReportFixtures.validator().validate(plan);
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out =
        new FilterOutputStream(bytes) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    HtmlReportWriter.of(ReportFixtures.validator())
        .write(List.of(ReportedPlan.of(report).withPlan(plan)), out);
    String html = bytes.toString(StandardCharsets.UTF_8);
    assertThat(closed[0]).isFalse();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">")
        .contains("<h1>Kickoff \u00e9t\u00e9 \u2013 \uD83D\uDE80</h1>")
        .contains("<title>Kickoff \u00e9t\u00e9 \u2013 \uD83D\uDE80 \u2013 sko plan review</title>")
        .endsWith("</html>\n");
  }

  @Test
  void everyFindingIsListedWithItsDataAndWaivedOnesApart() {
    KickoffPlan plan = TestPlans.minimal();
    ValidationReport report = ReportFixtures.validator().validate(plan);
    String html =
        HtmlReportWriter.of(ReportFixtures.validator())
            .render(List.of(ReportedPlan.of(report).withPlan(plan)));
    assertThat(count(html, "<li class=\"finding "))
        .isEqualTo(report.findings().size() + report.waivedFindings().size());
    assertThat(html)
        .contains(
            "data-rule=\"test.errors\" data-severity=\"ERROR\" data-path=\"days[0].sessions[0]\"")
        .contains("data-rule=\"test.infos\" data-severity=\"INFO\" data-path=\"\"")
        .contains("<ol class=\"finding-list\" data-group=\"WAIVED\">")
        .contains("<b>Waived:</b> Agreed with the VP")
        // The session's finding is linked to its block, and the block's pop-up links back.
        .contains("<a class=\"where\" href=\"#p1-s-0-0\">")
        .contains("href=\"#p1-f-1\"")
        // Every escaped awkward character of the message is there as text.
        .contains("say &quot;hi&quot; \\ now");
    assertThat(html).contains("data-severity=\"ERROR\"><span class=\"badge sev-error\"");
  }

  @Test
  void hostileStringsAreEscapedInTextAttributesAndSvg() {
    String hostile = "<script>x()</script> \"q\" 'a' & </svg> ]]> -->";
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .name(hostile)
            .theme(hostile)
            .days(
                List.of(
                    AgendaDay.builder()
                        .label(hostile)
                        .addSessions(
                            TestPlans.sessionBuilder(
                                    "x\" onfocus=\"y", SessionKind.KEYNOTE, 9, 0, 30)
                                .title(hostile)
                                .build())
                        .build()))
            .build();
    String html = render(Profiles.recommended(), plan);
    String escaped =
        "&lt;script&gt;x()&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp; &lt;/svg&gt; ]]&gt;"
            + " --&gt;";
    assertThat(html).doesNotContain("<script").doesNotContain("onfocus=\"y").contains(escaped);
    assertThat(count(html, "</svg>")).isEqualTo(count(html, "<svg "));
    assertThat(html).contains("data-session-id=\"x&quot; onfocus=&quot;y\"");
    // In the calendar's SVG title too.
    assertThat(html).contains("Follow-through calendar of " + escaped + "</title>");
  }

  @Test
  void theMixBarShowsTheShareAndTheRuleSetsThresholds() {
    String recommended = render(Profiles.recommended(), plan());
    assertThat(recommended)
        .contains("data-share=\"" + (30.0 / 90) + "\"")
        .contains("data-interactive-minutes=\"30\" data-content-minutes=\"90\"")
        .contains("<b class=\"share\">33.3%</b>");
    assertThat(thresholds(recommended)).containsExactly("error-below=0.3", "warn-below=0.4");

    assertThat(thresholds(render(Profiles.classic(), plan())))
        .containsExactly("error-below=0.0", "warn-below=0.3");
    RuleSet custom =
        Profiles.recommended().withOption(HtmlReportWriter.MIX_RULE, "warn-below", 0.55);
    assertThat(thresholds(render(custom, plan())))
        .containsExactly("error-below=0.3", "warn-below=0.55");

    String without = render(Profiles.recommended().without(HtmlReportWriter.MIX_RULE), plan());
    assertThat(thresholds(without)).isEmpty();
    assertThat(without).contains("does not run sko.agenda.interactive-share");
  }

  @Test
  void anAgendaWithoutContentHasNoMix() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .days(List.of(AgendaDay.of(TestPlans.session("m", SessionKind.MEAL, 12, 0, 60))))
            .build();
    String html = render(Profiles.recommended(), plan);
    assertThat(html).doesNotContain("class=\"mix-bar\"").contains("has no content time");
  }

  @Test
  void theCostFiguresUseTheRuleSetsWorkingDaysAndBenchmarks() {
    // 30 reps x 100,000 a month over 1 day: 150,000 at 20 working days, 300,000 at 10.
    String standard = render(Profiles.recommended(), plan());
    assertThat(standard)
        .contains("20 working days a month")
        .contains("<td>150,000.00 USD</td>")
        .contains("<td>" + Figures.money(CostModel.BENCHMARK_HARD_COST_PER_REP) + "</td>")
        .contains("<td>" + Figures.money(CostModel.BENCHMARK_LOADED_COST_PER_REP) + "</td>");
    RuleSet tuned =
        Profiles.recommended()
            .withOption(HtmlReportWriter.BREAK_EVEN_RULE, ReviewSettings.WORKING_DAYS, 10)
            .withOption(
                HtmlReportWriter.PER_REP_RULE, ReviewSettings.BENCHMARK_HARD, Money.of(1500, "USD"))
            .withOption(
                HtmlReportWriter.PER_REP_RULE,
                ReviewSettings.BENCHMARK_LOADED,
                Money.of(4500, "USD"));
    assertThat(render(tuned, plan()))
        .contains("10 working days a month")
        .contains("<td>300,000.00 USD</td>")
        .contains("<td>1,500.00 USD</td>")
        .contains("<td>4,500.00 USD</td>");
    // Without the cost rules, the sources' model and benchmarks.
    String bare =
        render(
            Profiles.recommended()
                .without(HtmlReportWriter.BREAK_EVEN_RULE, HtmlReportWriter.PER_REP_RULE),
            plan());
    assertThat(bare)
        .contains("20 working days a month")
        .contains("<td>" + Figures.money(CostModel.BENCHMARK_HARD_COST_PER_REP) + "</td>");
  }

  @Test
  void aPlanWithoutBudgetSaysWhichFiguresAreMissing() {
    String html = render(Profiles.recommended(), TestPlans.minimal());
    assertThat(html).contains("<span class=\"na\">no budget</span>").contains("not computable");
  }

  @Test
  void theTimelineHasOneBlockPerSessionAndOneGroupPerDay() {
    KickoffPlan plan =
        TestPlans.minimalBuilder()
            .days(
                List.of(
                    AgendaDay.of(
                        TestPlans.session("a", SessionKind.WORKSHOP, 9, 0, 60),
                        TestPlans.session("b", SessionKind.ROLE_PLAY, 9, 30, 60)),
                    AgendaDay.of(TestPlans.session("c", SessionKind.KEYNOTE, 9, 0, 30))))
            .build();
    String html = render(Profiles.recommended(), plan);
    assertThat(count(html, "<div class=\"session ")).isEqualTo(3);
    assertThat(count(html, "<section class=\"day\"")).isEqualTo(2);
    // The clashing pair side by side, each half wide; the lone keynote full width.
    assertThat(html)
        .contains(
            "data-session-id=\"a\" data-format=\"INTERACTIVE\" style=\"top:0px;height:96px;left:0%;width:50%\"")
        .contains(
            "data-session-id=\"b\" data-format=\"INTERACTIVE\" style=\"top:48px;height:96px;left:50%;width:50%\"")
        .contains(
            "data-session-id=\"c\" data-format=\"PRESENTATION\" style=\"top:0px;height:48px;left:0%;width:100%\"");
  }

  @Test
  void severalPlansShareOneDocumentWithTheirOwnIds() {
    KickoffPlan plan = TestPlans.minimal();
    ValidationReport report = ReportFixtures.validator().validate(plan);
    ReportedPlan one = ReportedPlan.of(report).withPlan(plan);
    String html = HtmlReportWriter.of(ReportFixtures.validator()).render(List.of(one, one));
    assertThat(count(html, "<article class=\"plan\"")).isEqualTo(2);
    assertThat(html).contains("id=\"p1-plan\"").contains("id=\"p2-plan\"");
    assertThat(html).contains("<title>sko plan review: 2 plans</title>");
  }

  /** The rules and options the page reads are the catalogue's: a drift check of the names. */
  @Test
  void theRulesAndOptionsItReadsAreInTheCatalogue() {
    RuleSet all = Profiles.recommended();
    assertThat(options(all, HtmlReportWriter.MIX_RULE)).anyMatch(o -> o.type() == Double.class);
    assertThat(options(all, HtmlReportWriter.BREAK_EVEN_RULE))
        .anyMatch(o -> o.key().equals(ReviewSettings.WORKING_DAYS) && o.type() == Integer.class);
    assertThat(options(all, HtmlReportWriter.PER_REP_RULE))
        .anyMatch(o -> o.key().equals(ReviewSettings.BENCHMARK_HARD) && o.type() == Money.class)
        .anyMatch(o -> o.key().equals(ReviewSettings.BENCHMARK_LOADED) && o.type() == Money.class);
  }

  @Test
  void formatsLengthsForReading() {
    // Money and percentages are sko-core's Figures, shared with the rules' messages (FiguresTest).
    assertThat(HtmlPage.minutes(java.time.Duration.ofMinutes(45))).isEqualTo("45 min");
    assertThat(HtmlPage.minutes(java.time.Duration.ofMinutes(90))).isEqualTo("90 min");
    assertThat(HtmlPage.minutes(java.time.Duration.ofMinutes(120))).isEqualTo("2 h");
    assertThat(HtmlPage.minutes(java.time.Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
  }

  private static List<RuleOption<?>> options(RuleSet set, String id) {
    return set.rule(id).orElseThrow().options();
  }

  private static List<String> thresholds(String html) {
    Matcher m =
        Pattern.compile("<g class=\"threshold\" data-key=\"([^\"]+)\" data-fraction=\"([^\"]+)\"")
            .matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) + "=" + m.group(2));
    }
    return found;
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
