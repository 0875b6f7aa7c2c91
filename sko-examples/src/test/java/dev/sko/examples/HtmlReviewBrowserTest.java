package dev.sko.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.examples.plans.SamplePlans;
import dev.sko.rules.Finding;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.PlanValidator;
import dev.sko.rules.RuleSet;
import dev.sko.rules.ValidationReport;
import dev.sko.rules.report.HtmlReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the HTML review of each sample plan, and of a plan whose strings are hostile markup, in
 * headless Chromium (the Debian {@code chromium} and {@code chromium-driver} packages, which {@code
 * .ci/run} installs) and checks the page through its DOM: every finding of the report is on it, the
 * timeline has one block per session, the mix bar's share is the report's, no console error, no
 * request leaves the file. A full-page screenshot of each goes to {@code target/html-review/}. The
 * tests fail, never skip, when Chromium cannot start.
 */
class HtmlReviewBrowserTest {
  /** Where the pages and screenshots go. */
  static final Path OUT = Path.of("target", "html-review");

  /** A report page must stay small enough to mail and to open at once. */
  static final long MAX_BYTES = 200 * 1024;

  private static final String CHROMIUM = System.getProperty("sko.chromium", "/usr/bin/chromium");

  private static final String CHROMEDRIVER =
      System.getProperty("sko.chromedriver", "/usr/bin/chromedriver");

  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() throws IOException {
    Files.createDirectories(OUT);
    Path profile = Files.createTempDirectory("sko-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // Without the background-networking flags a closed network makes Chromium retry its services.
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  static Stream<String> samplePlans() {
    return SamplePlans.all().keySet().stream();
  }

  /** The report the walkthrough makes of sample plan {@code key}, under its own profile. */
  static ValidationReport report(String key) {
    return validator(key).validate(plan(key));
  }

  static PlanValidator validator(String key) {
    RuleSet set = Objects.requireNonNull(Walkthrough.profiles().get(Walkthrough.ownProfile(key)));
    return PlanValidator.builder().ruleSet(set).build();
  }

  static KickoffPlan plan(String key) {
    return Objects.requireNonNull(SamplePlans.all().get(key));
  }

  /** Writes the walkthrough's page of {@code key}, opens it, and returns its path. */
  static Path open(String key) throws IOException {
    Path page = OUT.resolve(key + ".html");
    Walkthrough.writeHtml(
        plan(key),
        Objects.requireNonNull(Walkthrough.profiles().get(Walkthrough.ownProfile(key))),
        page);
    load(page);
    return page;
  }

  static void load(Path page) {
    driver.manage().logs().get(LogType.BROWSER); // drop entries from earlier pages
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(page.toAbsolutePath().toUri().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samplePlans")
  void theReviewOfEachSamplePlanRendersEveryFindingSessionAndTheMix(String key) throws Exception {
    Path page = open(key);
    assertThat(Files.size(page)).as("size of %s", page).isLessThan(MAX_BYTES);
    screenshot(key);

    ValidationReport report = report(key);
    assertThat(report.findings()).as("the sample plan has findings to show").isNotEmpty();
    assertEveryFindingOnPage(report);
    assertSessionFindingsOnTheirBlocks(report);

    KickoffPlan plan = plan(key);
    List<String> blocks =
        strings(
            "return [...document.querySelectorAll('.session')]" + ".map(e => e.dataset.sessionId)");
    List<String> ids = new ArrayList<>();
    for (Session s : plan.sessions()) {
      ids.add(s.id());
    }
    assertThat(blocks)
        .as("one timeline block per session")
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(number("return document.querySelectorAll('section.day').length"))
        .as("one lane group per day")
        .isEqualTo(plan.days().size());

    assertMixIsTheReports(plan, report);
    assertOffline(page);
  }

  @Test
  void theTheaterPagesGapAndMissingReviewAreDrawn() throws Exception {
    open(SamplePlans.THEATER);
    // The theater plan's only reinforcement starts late and it has no behaviour review.
    assertThat(number("return document.querySelectorAll('svg.cal .gap').length")).isEqualTo(1);
    assertThat(number("return document.querySelectorAll('svg.cal .missing').length")).isEqualTo(1);
    assertThat(number("return document.querySelectorAll('svg.cal .cal-flag').length"))
        .as("calendar markers for the follow-through findings")
        .isPositive();
  }

  @Test
  void theCheckFailsWhenAFindingIsMissingFromThePage() throws Exception {
    open(SamplePlans.THEATER);
    ValidationReport report = report(SamplePlans.THEATER);
    assertEveryFindingOnPage(report);
    Finding removed = report.findings().get(report.findings().size() - 1);
    js(
        "const all = document.querySelectorAll('li.finding'); all[arguments[0]].remove(); return all.length;",
        report.findings().size() - 1);
    assertThatThrownBy(() -> assertEveryFindingOnPage(report))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(removed.ruleId())
        .hasMessageContaining(removed.message());
  }

  @Test
  void hostileStringsRenderAsTextAndInjectNothing() throws Exception {
    KickoffPlan plan = HostilePlan.build();
    PlanValidator validator =
        PlanValidator.builder()
            .ruleSet(Objects.requireNonNull(Walkthrough.profiles().get("recommended")))
            .build();
    ValidationReport report = validator.validate(plan);
    Path page = OUT.resolve("hostile.html");
    Files.writeString(
        page,
        HtmlReportWriter.of(validator)
            .render(List.of(dev.sko.rules.report.ReportedPlan.of(report).withPlan(plan))));
    load(page);
    screenshot("hostile");

    assertThat(number("return document.querySelectorAll('script, img, iframe, object').length"))
        .as("no injected element")
        .isZero();
    assertThat(number("return document.querySelectorAll('svg').length"))
        .as("only the page's own two drawings: the mix bar and the calendar")
        .isEqualTo(2);
    assertThat(
            number(
                "return [...document.querySelectorAll('*')].filter(e =>"
                    + " [...e.attributes].some(a => a.name.startsWith('on'))).length"))
        .as("no event-handler attribute")
        .isZero();
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(driver.getTitle()).startsWith(plan.name());
    String text = (String) js("return document.body.textContent");
    for (String hostile : HostilePlan.STRINGS) {
      assertThat(text).as("the literal text").contains(hostile);
    }
    assertThat(
            strings(
                "return [...document.querySelectorAll('.session')]"
                    + ".map(e => e.dataset.sessionId)"))
        .contains(HostilePlan.HOSTILE_ID);
    assertEveryFindingOnPage(report);
    assertOffline(page);
  }

  // ------------------------------------------------------------------ checks

  /**
   * Every finding of {@code report}, waived ones included, is on the page once, with its rule,
   * severity, location and message; throws an {@link AssertionError} naming what is missing.
   */
  static void assertEveryFindingOnPage(ValidationReport report) {
    List<List<String>> onPage = new ArrayList<>();
    for (Object row :
        (List<?>)
            js(
                "return [...document.querySelectorAll('li.finding')].map(e =>"
                    + " [e.dataset.rule, e.dataset.severity, e.dataset.path,"
                    + " e.querySelector('.msg').textContent])")) {
      List<String> cells = new ArrayList<>();
      for (Object cell : (List<?>) row) {
        cells.add(String.valueOf(cell));
      }
      onPage.add(cells);
    }
    List<Finding> expected = new ArrayList<>(report.findings());
    expected.addAll(report.waivedFindings());
    List<String> missing = new ArrayList<>();
    for (Finding f : expected) {
      List<String> row = List.of(f.ruleId(), f.severity().name(), f.location().path(), f.message());
      if (!onPage.remove(row)) {
        missing.add(f.toString());
      }
    }
    if (!missing.isEmpty() || !onPage.isEmpty()) {
      throw new AssertionError(
          "findings missing from the page: "
              + missing
              + "; on the page but not in the report: "
              + onPage);
    }
  }

  /** A finding about a session is shown in that session's pop-up on the timeline. */
  static void assertSessionFindingsOnTheirBlocks(ValidationReport report) {
    for (Finding f : report.findings()) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^days\\[(\\d+)]\\.sessions\\[(\\d+)]")
              .matcher(f.location().path());
      if (m.find()) {
        String pop =
            (String)
                js(
                    "return document.getElementById(arguments[0]).querySelector('.pop').textContent",
                    "p1-s-" + m.group(1) + "-" + m.group(2));
        assertThat(pop).as("pop-up of %s", f.location()).contains(f.message());
      }
    }
  }

  /**
   * The bar's share is the plan's interactive share, and the rule's own figure where it has one.
   */
  static void assertMixIsTheReports(KickoffPlan plan, ValidationReport report) {
    PlanIndex index = PlanIndex.of(plan);
    double share = (double) index.minutes(SessionFormat.INTERACTIVE) / index.contentMinutes();
    double onPage =
        Double.parseDouble(
            (String) js("return document.querySelector('svg.mix-bar').dataset.share"));
    assertThat(onPage).as("the mix bar's share").isEqualTo(share);
    for (Finding f : report.findings(HtmlReportWriter.MIX_RULE)) {
      assertThat(onPage)
          .as("the share in the finding's evidence")
          .isEqualTo(f.evidence().actual().orElseThrow());
    }
    assertThat(number("return document.querySelectorAll('svg.mix-bar .threshold').length"))
        .as("the profile's thresholds on the bar")
        .isPositive();
  }

  /** No console error, and no request but the page itself (no fetch, image, font or script). */
  static void assertOffline(Path page) {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    assertThat(errors).as("console errors").isEmpty();
    String self = page.toAbsolutePath().toUri().toString();
    List<String> requests = new ArrayList<>();
    Json json = new Json();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> entry = json.toType(e.getMessage(), Json.MAP_TYPE);
      @SuppressWarnings("unchecked")
      Map<String, Object> message = get(entry, "message", Map.class);
      if ("Network.requestWillBeSent".equals(message.get("method"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = get(message, "params", Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> request = get(params, "request", Map.class);
        requests.add(String.valueOf(request.get("url")));
      }
    }
    assertThat(requests).as("requests the page made").containsOnly(self);
    assertThat(number("return performance.getEntriesByType('resource').length"))
        .as("resources the page loaded")
        .isZero();
  }

  static void screenshot(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = get(metrics, "cssContentSize", Map.class);
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", get(size, "width", Number.class).doubleValue(),
            "height", get(size, "height", Number.class).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.write(
        OUT.resolve(name + ".png"), Base64.getDecoder().decode(get(shot, "data", String.class)));
  }

  /** Runs {@code script} in the page; fails if it returns nothing. */
  private static Object js(String script, Object... args) {
    return Objects.requireNonNull(
        ((JavascriptExecutor) driver).executeScript(script, args), "result of " + script);
  }

  /** The value of {@code key} in a JSON object, which must be there. */
  @SuppressWarnings("unchecked")
  private static <T> T get(Map<String, Object> map, String key, Class<? super T> type) {
    return (T) type.cast(Objects.requireNonNull(map.get(key), key));
  }

  private static long number(String script) {
    return ((Number) js(script)).longValue();
  }

  private static List<String> strings(String script) {
    List<String> list = new ArrayList<>();
    for (Object o : (List<?>) js(script)) {
      list.add(String.valueOf(o));
    }
    return list;
  }
}
