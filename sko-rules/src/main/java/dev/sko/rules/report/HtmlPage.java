package dev.sko.rules.report;

import com.google.common.html.HtmlEscapers;
import dev.sko.core.ActivityKind;
import dev.sko.core.AgendaDay;
import dev.sko.core.CostSummary;
import dev.sko.core.DayLength;
import dev.sko.core.KickoffPlan;
import dev.sko.core.Money;
import dev.sko.core.Phase;
import dev.sko.core.PhaseCalendar;
import dev.sko.core.Presenter;
import dev.sko.core.PreworkItem;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.RelativeDay;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.Survey;
import dev.sko.core.internal.Figures;
import dev.sko.rules.Evidence;
import dev.sko.rules.Finding;
import dev.sko.rules.IntRange;
import dev.sko.rules.PlanIndex;
import dev.sko.rules.Severity;
import dev.sko.rules.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders one plan's review as an HTML {@code article}: header, agenda timeline, mix bar,
 * follow-through calendar, cost and return, findings. Every string that comes from the plan or the
 * report goes through {@link #esc}; markup is only ever written from literals here.
 */
final class HtmlPage {
  /** Pixels of timeline per minute of agenda. */
  private static final double PX_PER_MINUTE = 1.6;

  /** The calendar's width in SVG units: the row labels, then the days. */
  private static final int CAL_GUTTER = 200;

  private static final int CAL_PLOT = 880;

  private static final int CAL_WIDTH = CAL_GUTTER + CAL_PLOT + 20;

  private static final int CAL_ROW = 26;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private static final Pattern SESSION_PATH =
      Pattern.compile("^days\\[(\\d+)]\\.sessions\\[(\\d+)]");

  private static final Pattern DAY_PATH = Pattern.compile("^days\\[(\\d+)]");

  private static final Pattern LIST_ELEMENT =
      Pattern.compile("^(reinforcement|surveys|prework)\\[(\\d+)]");

  private final StringBuilder out;
  private final String p; // the id prefix of this plan's article
  private final KickoffPlan plan;
  private final ValidationReport report;
  private final ReviewSettings settings;
  private final List<Finding> all;

  /** The anchor each finding links to (a session block, a calendar marker …), if any. */
  private final Map<Integer, String> anchorOf = new LinkedHashMap<>();

  /** The findings at each anchor, by index into {@link #all}. */
  private final Map<String, List<Integer>> atAnchor = new LinkedHashMap<>();

  private HtmlPage(
      StringBuilder out, int number, ReportedPlan reported, KickoffPlan plan, ReviewSettings s) {
    this.out = out;
    this.p = "p" + number + "-";
    this.plan = plan;
    this.report = reported.report();
    this.settings = s;
    List<Finding> findings = new ArrayList<>(report.findings());
    findings.addAll(report.waivedFindings());
    this.all = findings;
    for (int i = 0; i < all.size(); i++) {
      Optional<String> anchor = anchor(all.get(i).location().path());
      if (anchor.isPresent()) {
        anchorOf.put(i, anchor.get());
        atAnchor.computeIfAbsent(anchor.get(), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** Appends the review of {@code reported} (whose plan is {@code plan}) to {@code out}. */
  static void render(
      StringBuilder out,
      int number,
      ReportedPlan reported,
      KickoffPlan plan,
      ReviewSettings settings) {
    new HtmlPage(out, number, reported, plan, settings).article();
  }

  /** Escapes {@code s} for HTML text and double- or single-quoted attribute values alike. */
  static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }

  // ---------------------------------------------------------------- anchors

  /** The element a finding at {@code path} is drawn on, if the page draws that place. */
  private Optional<String> anchor(String path) {
    Matcher m = SESSION_PATH.matcher(path);
    if (m.find()) {
      int d = Integer.parseInt(m.group(1));
      int s = Integer.parseInt(m.group(2));
      if (d < plan.days().size() && s < plan.days().get(d).sessions().size()) {
        return Optional.of(p + "s-" + d + "-" + s);
      }
      return Optional.empty();
    }
    m = DAY_PATH.matcher(path);
    if (m.find()) {
      int d = Integer.parseInt(m.group(1));
      return d < plan.days().size() ? Optional.of(p + "day-" + d) : Optional.empty();
    }
    m = LIST_ELEMENT.matcher(path);
    if (m.find()) {
      int i = Integer.parseInt(m.group(2));
      int size =
          switch (m.group(1)) {
            case "reinforcement" -> plan.reinforcement().size();
            case "surveys" -> plan.surveys().size();
            default -> plan.prework().size();
          };
      return i < size ? Optional.of(p + "c-" + m.group(1) + "-" + i) : Optional.empty();
    }
    if (path.equals("reinforcement") || path.equals("surveys") || path.equals("prework")) {
      return Optional.of(p + "c-" + path);
    }
    if (path.startsWith("planning.milestones")) {
      return Optional.of(p + "c-phases");
    }
    if (path.startsWith("budget")) {
      return Optional.of(p + "cost");
    }
    return Optional.empty();
  }

  private String findingId(int i) {
    return p + "f-" + (i + 1);
  }

  private List<Integer> findingsAt(String anchor) {
    return atAnchor.getOrDefault(anchor, List.of());
  }

  private static Severity worst(List<Finding> findings) {
    Severity worst = Severity.INFO;
    for (Finding f : findings) {
      if (f.severity().compareTo(worst) < 0) {
        worst = f.severity();
      }
    }
    return worst;
  }

  // ---------------------------------------------------------------- the article

  private void article() {
    out.append("<article class=\"plan\" id=\"").append(p).append("plan\">\n");
    header();
    nav();
    agenda();
    mix();
    calendar();
    cost();
    findings();
    out.append("</article>\n");
  }

  private void header() {
    out.append("<header class=\"plan-head\">\n<p class=\"kicker\">sko plan review</p>\n");
    out.append("<h1>").append(esc(plan.name())).append("</h1>\n");
    plan.theme()
        .ifPresent(
            t ->
                out.append("<p class=\"theme\">Theme: \u201c")
                    .append(esc(t))
                    .append("\u201d</p>\n"));
    out.append("<dl class=\"facts\">\n");
    fact("Format", label(plan.format()));
    fact("Venue", label(plan.venue()));
    fact("Headcount", plan.headcount() + " people");
    fact(
        "Dates",
        DAY.format(plan.startDate())
            + (plan.days().size() > 1 ? " \u2013 " + DAY.format(plan.endDate()) : ""));
    fact("Length", Figures.number(plan.eventDays()) + plural(plan.eventDays(), " day"));
    fact("Profile", settings.profile());
    fact(
        "Rules run",
        report.rulesRun() + (report.stoppedEarly() ? " (stopped at the first error)" : ""));
    out.append("</dl>\n<ul class=\"counts\" aria-label=\"Finding counts\">\n");
    for (Severity s : Severity.values()) {
      int n = report.count(s);
      out.append("<li class=\"count sev-")
          .append(css(s))
          .append("\" data-severity=\"")
          .append(s.name())
          .append("\">")
          .append(badge(s))
          .append(" <b>")
          .append(n)
          .append("</b> ")
          .append(severityWord(s, n))
          .append("</li>\n");
    }
    int waived = report.waivedFindings().size();
    out.append("<li class=\"count waived\" data-severity=\"WAIVED\"><b>")
        .append(waived)
        .append("</b> waived</li>\n</ul>\n</header>\n");
  }

  private void fact(String name, String value) {
    out.append("<div><dt>")
        .append(esc(name))
        .append("</dt><dd>")
        .append(esc(value))
        .append("</dd></div>\n");
  }

  private void nav() {
    out.append("<nav class=\"jump\" aria-label=\"Sections\"><ul>")
        .append("<li><a href=\"#")
        .append(p)
        .append("agenda\">Agenda</a></li>")
        .append("<li><a href=\"#")
        .append(p)
        .append("mix\">Mix</a></li>")
        .append("<li><a href=\"#")
        .append(p)
        .append("calendar\">Follow-through</a></li>")
        .append("<li><a href=\"#")
        .append(p)
        .append("cost\">Cost and return</a></li>")
        .append("<li><a href=\"#")
        .append(p)
        .append("findings\">Findings</a></li>")
        .append("</ul></nav>\n");
  }

  // ---------------------------------------------------------------- agenda timeline

  private void agenda() {
    out.append("<section class=\"agenda\" id=\"")
        .append(p)
        .append("agenda\" aria-labelledby=\"")
        .append(p)
        .append("agenda-h\">\n<h2 id=\"")
        .append(p)
        .append("agenda-h\">Agenda</h2>\n");
    legend();
    out.append("<div class=\"days\">\n");
    for (int d = 0; d < plan.days().size(); d++) {
      day(d, plan.days().get(d));
    }
    out.append("</div>\n</section>\n");
  }

  private void legend() {
    out.append("<ul class=\"legend\" aria-label=\"Session formats\">");
    for (SessionFormat f : SessionFormat.values()) {
      out.append("<li><span class=\"swatch fmt-")
          .append(css(f))
          .append("\" aria-hidden=\"true\"></span>")
          .append(esc(label(f)))
          .append("</li>");
    }
    out.append("<li class=\"legend-note\">Blocks are sized by length; parallel sessions sit side")
        .append(" by side. A badge such as ")
        .append(badge(Severity.WARNING))
        .append(" marks findings: hover or focus the session to read them.</li></ul>\n");
  }

  private void day(int d, AgendaDay day) {
    List<Session> sessions = day.sessions();
    String dayId = p + "day-" + d;
    List<TrackLayout.Slot> slots = TrackLayout.of(sessions);
    int tracks = 1;
    for (TrackLayout.Slot slot : slots) {
      tracks = Math.max(tracks, slot.tracks());
    }
    // A day with many parallel tracks gets a wider column, so its blocks keep readable titles.
    out.append("<section class=\"day\" id=\"")
        .append(dayId)
        .append("\" style=\"flex-basis:")
        .append(Math.max(300, 46 + 150 * tracks))
        .append("px\">\n<h3>Day ")
        .append(d + 1);
    out.append(" <span class=\"date\">")
        .append(esc(DAY.format(plan.dateOf(RelativeDay.of(d)))))
        .append("</span>");
    if (day.length() != DayLength.FULL) {
      out.append(" <span class=\"tag\">half day</span>");
    }
    day.label()
        .ifPresent(l -> out.append(" <span class=\"tag\">").append(esc(l)).append("</span>"));
    marker(dayId);
    out.append("</h3>\n");
    if (sessions.isEmpty()) {
      out.append("<p class=\"empty\">No sessions.</p>\n</section>\n");
      return;
    }
    // Every day's axis starts at the hour of the earliest session of the event, so days side by
    // side line up; each ends at the hour after its own last session.
    int first = Integer.MAX_VALUE;
    for (Session s : plan.sessions()) {
      first = Math.min(first, s.startMinute());
    }
    int last = 0;
    for (Session s : sessions) {
      last = Math.max(last, s.endMinute());
    }
    int from = first / 60 * 60;
    int to = Math.min(24 * 60, (last + 59) / 60 * 60);
    long height = Math.round((to - from) * PX_PER_MINUTE);
    out.append("<div class=\"grid\" style=\"height:").append(height).append("px\">\n");
    for (int h = from; h <= to; h += 60) {
      out.append("<div class=\"hour\" style=\"top:")
          .append(Math.round((h - from) * PX_PER_MINUTE))
          .append("px\"><span>")
          .append(String.format(Locale.ROOT, "%02d:00", h / 60))
          .append("</span></div>\n");
    }
    out.append("<div class=\"lanes\">\n");
    for (int i = 0; i < sessions.size(); i++) {
      session(d, i, sessions.get(i), slots.get(i), from);
    }
    out.append("</div>\n</div>\n</section>\n");
  }

  private void session(int d, int i, Session s, TrackLayout.Slot slot, int from) {
    String id = p + "s-" + d + "-" + i;
    List<Integer> here = findingsAt(id);
    double width = 100.0 / slot.tracks();
    String fmt = css(s.format());
    out.append("<div class=\"session fmt-")
        .append(fmt)
        .append(here.isEmpty() ? "" : " has-findings")
        .append("\" id=\"")
        .append(id)
        .append("\" tabindex=\"0\" data-session-id=\"")
        .append(esc(s.id()))
        .append("\" data-format=\"")
        .append(s.format().name())
        .append("\" style=\"top:")
        .append(Math.round((s.startMinute() - from) * PX_PER_MINUTE))
        .append("px;height:")
        .append(Math.max(1, Math.round(s.length().toMinutes() * PX_PER_MINUTE)))
        .append("px;left:")
        .append(pct(width * slot.track()))
        .append("%;width:")
        .append(pct(width))
        .append("%\">\n");
    out.append("<div class=\"body\"><span class=\"title\">")
        .append(esc(s.title()))
        .append("</span> <span class=\"meta\">")
        .append(esc(s.start() + "\u2013" + end(s)))
        .append(" \u00b7 ")
        .append(esc(label(s.format())))
        .append("</span></div>\n");
    if (!here.isEmpty()) {
      List<Finding> fs = findings(here);
      Severity worst = worst(fs);
      out.append("<span class=\"flag sev-")
          .append(css(worst))
          .append("\" aria-hidden=\"true\">")
          .append(glyph(worst))
          .append(fs.size() > 1 ? String.valueOf(fs.size()) : "")
          .append("</span>\n");
    }
    out.append("<div class=\"pop\" role=\"tooltip\"><p class=\"pop-title\">")
        .append(esc(s.title()))
        .append("</p><p>")
        .append(esc(s.start() + "\u2013" + end(s) + ", " + minutes(s.length())))
        .append(" \u00b7 ")
        .append(esc(label(s.kind())))
        .append(" (")
        .append(esc(label(s.format())))
        .append(")</p>");
    if (!s.presenters().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Presenter pr : s.presenters()) {
        names.add(pr.name() + " (" + label(pr.role()) + ")");
      }
      out.append("<p>").append(esc(String.join(", ", names))).append("</p>");
    }
    if (!here.isEmpty()) {
      out.append("<ul class=\"pop-findings\">");
      for (int k : here) {
        Finding f = all.get(k);
        out.append("<li class=\"sev-")
            .append(css(f.severity()))
            .append("\">")
            .append(badge(f.severity()))
            .append(" <a href=\"#")
            .append(findingId(k))
            .append("\">")
            .append(esc(f.message()))
            .append("</a>")
            .append(f.isWaived() ? " <i>(waived)</i>" : "")
            .append("</li>");
      }
      out.append("</ul>");
    }
    out.append("</div>\n</div>\n");
  }

  /** A finding marker for a heading (an agenda day): badges linking to each finding there. */
  private void marker(String anchor) {
    for (int k : findingsAt(anchor)) {
      Finding f = all.get(k);
      out.append(" <a class=\"chip sev-")
          .append(css(f.severity()))
          .append("\" href=\"#")
          .append(findingId(k))
          .append("\" title=\"")
          .append(esc(f.message()))
          .append("\">")
          .append(badge(f.severity()))
          .append(" ")
          .append(esc(f.ruleId()))
          .append("</a>");
    }
  }

  // ---------------------------------------------------------------- mix bar

  private void mix() {
    PlanIndex index = PlanIndex.of(plan);
    long presentation = index.minutes(SessionFormat.PRESENTATION);
    long interactive = index.minutes(SessionFormat.INTERACTIVE);
    long content = index.contentMinutes();
    out.append("<section class=\"mix\" id=\"")
        .append(p)
        .append("mix\" aria-labelledby=\"")
        .append(p)
        .append("mix-h\">\n<h2 id=\"")
        .append(p)
        .append("mix-h\">Interactive versus presentation time</h2>\n");
    if (content == 0) {
      out.append("<p class=\"empty\">The agenda has no content time (presentation or")
          .append(" interactive sessions), so there is no mix to show.</p>\n</section>\n");
      return;
    }
    double share = (double) interactive / content;
    List<ReviewSettings.Threshold> thresholds = settings.mixThresholds();
    out.append("<p class=\"mix-figure\">Interactive formats take <b class=\"share\">")
        .append(esc(Figures.percentDown(share)))
        .append("</b> of content time (")
        .append(interactive)
        .append(" of ")
        .append(content)
        .append(" min); presentations take ")
        .append(presentation)
        .append(" min. Social time (")
        .append(index.minutes(SessionFormat.SOCIAL))
        .append(" min) and logistics (")
        .append(index.minutes(SessionFormat.LOGISTICS))
        .append(" min) do not count either way.</p>\n");
    int w = 1000;
    int barY = 28;
    int barH = 34;
    double ix = w * share;
    out.append("<svg class=\"mix-bar\" viewBox=\"0 0 ")
        .append(w + 40)
        .append(" 110\" role=\"img\" aria-labelledby=\"")
        .append(p)
        .append("mix-t\" data-share=\"")
        .append(share)
        .append("\" data-interactive-minutes=\"")
        .append(interactive)
        .append("\" data-content-minutes=\"")
        .append(content)
        .append("\">\n<title id=\"")
        .append(p)
        .append("mix-t\">Interactive share ")
        .append(esc(Figures.percentDown(share)))
        .append(thresholds.isEmpty() ? "" : ", thresholds ")
        .append(esc(thresholdList(thresholds)))
        .append("</title>\n<g transform=\"translate(20,0)\">\n");
    out.append("<rect class=\"fmt-interactive\" x=\"0\" y=\"")
        .append(barY)
        .append("\" width=\"")
        .append(num(ix))
        .append("\" height=\"")
        .append(barH)
        .append("\"/>\n<rect class=\"fmt-presentation\" x=\"")
        .append(num(ix))
        .append("\" y=\"")
        .append(barY)
        .append("\" width=\"")
        .append(num(w - ix))
        .append("\" height=\"")
        .append(barH)
        .append("\"/>\n");
    // The interactive label inside its part when it is wide enough, else just right of it; the
    // presentation label at the right end when it does not run into that.
    boolean inside = ix >= 160;
    out.append("<text class=\"bar-label\" x=\"")
        .append(inside ? "8" : num(ix + 8))
        .append("\" y=\"")
        .append(barY + 22)
        .append("\">Interactive ")
        .append(esc(Figures.percentDown(share)))
        .append("</text>\n");
    if (w - ix >= 160 && (inside || w - ix >= 360)) {
      out.append("<text class=\"bar-label\" text-anchor=\"end\" x=\"")
          .append(w - 8)
          .append("\" y=\"")
          .append(barY + 22)
          .append("\">Presentation ")
          .append(esc(Figures.percentDown(1 - share)))
          .append("</text>\n");
    }
    int row = 0;
    for (ReviewSettings.Threshold t : thresholds) {
      double x = w * t.fraction();
      out.append("<g class=\"threshold\" data-key=\"")
          .append(esc(t.key()))
          .append("\" data-fraction=\"")
          .append(t.fraction())
          .append("\"><title>")
          .append(esc(t.key() + " " + t.label() + ": " + t.description()))
          .append("</title><line x1=\"")
          .append(num(x))
          .append("\" x2=\"")
          .append(num(x))
          .append("\" y1=\"")
          .append(barY - 8)
          .append("\" y2=\"")
          .append(barY + barH + 8)
          .append("\"/><text x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(barY + barH + 24 + 16 * row)
          .append("\" text-anchor=\"middle\">")
          .append(esc(t.key() + " " + t.label()))
          .append("</text></g>\n");
      row = (row + 1) % 2;
    }
    out.append("<text class=\"axis\" x=\"0\" y=\"16\">0%</text>")
        .append("<text class=\"axis\" x=\"")
        .append(w)
        .append("\" y=\"16\" text-anchor=\"end\">100% of content time</text>\n</g>\n</svg>\n");
    if (thresholds.isEmpty()) {
      out.append("<p class=\"note\">The rule set ")
          .append(esc(settings.profile()))
          .append(" does not run ")
          .append(esc(ReviewSettings.MIX_RULE))
          .append(", so no thresholds are drawn.</p>\n");
    } else {
      out.append("<p class=\"note\">Thresholds of ")
          .append(esc(ReviewSettings.MIX_RULE))
          .append(" in ")
          .append(esc(settings.profile()))
          .append(": ")
          .append(esc(thresholdList(thresholds)))
          .append(".</p>\n");
    }
    out.append("</section>\n");
  }

  private static String thresholdList(List<ReviewSettings.Threshold> thresholds) {
    List<String> parts = new ArrayList<>();
    for (ReviewSettings.Threshold t : thresholds) {
      parts.add(t.key() + " " + t.label());
    }
    return String.join(", ", parts);
  }

  // ---------------------------------------------------------------- follow-through calendar

  private void calendar() {
    PhaseCalendar cal = PhaseCalendar.of(plan);
    int from = PhaseCalendar.DIAGNOSE_START.offset();
    int to = PhaseCalendar.DRIVE_END.offset();
    for (Phase ph : Phase.values()) {
      from = Math.min(from, cal.start(ph).offset());
      to = Math.max(to, cal.end(ph).offset());
    }
    for (PreworkItem w : plan.prework()) {
      from = Math.min(from, w.dueDay().offset());
      to = Math.max(to, w.dueDay().offset());
    }
    for (Survey s : plan.surveys()) {
      from = Math.min(from, s.day().offset());
      to = Math.max(to, s.day().offset());
    }
    for (ReinforcementActivity a : plan.reinforcement()) {
      // An activity that runs on for months (a quarterly assessment) is drawn to the calendar's
      // end and labelled with its last day, so the first 30 days keep their width.
      from = Math.min(from, a.firstDay().offset());
      to = Math.max(to, a.firstDay().offset());
    }
    Calendar c = new Calendar(from, to);
    List<Integer> reviews = new ArrayList<>();
    List<Integer> activities = new ArrayList<>();
    for (int i = 0; i < plan.reinforcement().size(); i++) {
      ActivityKind k = plan.reinforcement().get(i).kind();
      (isReview(k) ? reviews : activities).add(i);
    }
    int rows = 5 + Math.max(1, activities.size());
    int axisY = 30;
    int top = axisY + 14;
    int height = top + rows * CAL_ROW + 30;

    out.append("<section class=\"calendar\" id=\"")
        .append(p)
        .append("calendar\" aria-labelledby=\"")
        .append(p)
        .append("calendar-h\">\n<h2 id=\"")
        .append(p)
        .append("calendar-h\">Follow-through: ")
        .append(esc(RelativeDay.of(from) + " to " + RelativeDay.of(to)))
        .append("</h2>\n<p class=\"note\">Before the event, the event and the 30 days after it:")
        .append(" the four phases as bands; pre-work, surveys, reinforcement and reviews as")
        .append(" markers. Hatched: days after the event with no follow-through.</p>\n");
    out.append("<svg class=\"cal\" viewBox=\"0 0 ")
        .append(CAL_WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(p)
        .append("cal-t\">\n<title id=\"")
        .append(p)
        .append("cal-t\">Follow-through calendar of ")
        .append(esc(plan.name()))
        .append("</title>\n")
        .append("<defs><pattern id=\"")
        .append(p)
        .append("hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"")
        .append(
            " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#fff4f2\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b3261e\" stroke-width=\"3\"/>")
        .append("</pattern></defs>\n");

    // The axis: week ticks from T+0, and the phase boundaries' dates.
    int step = 7 * (1 + (to - from) / 140);
    int firstTick = Math.floorDiv(from, step) * step;
    for (int t = firstTick; t <= to; t += step) {
      if (t < from) {
        continue;
      }
      double x = c.x(t);
      out.append("<line class=\"tick\" x1=\"")
          .append(num(x))
          .append("\" x2=\"")
          .append(num(x))
          .append("\" y1=\"")
          .append(axisY)
          .append("\" y2=\"")
          .append(height - 24)
          .append("\"/><text class=\"axis\" x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(axisY - 4)
          .append("\" text-anchor=\"middle\">")
          .append(esc(RelativeDay.of(t).toString()))
          .append("</text>\n");
    }
    out.append("<text class=\"axis\" x=\"")
        .append(num(c.x(from)))
        .append("\" y=\"")
        .append(height - 8)
        .append("\">")
        .append(esc(SHORT_DAY.format(plan.dateOf(RelativeDay.of(from)))))
        .append("</text><text class=\"axis\" x=\"")
        .append(num(c.x(0)))
        .append("\" y=\"")
        .append(height - 8)
        .append("\" text-anchor=\"middle\">")
        .append(esc(SHORT_DAY.format(plan.startDate())))
        .append("</text><text class=\"axis\" x=\"")
        .append(num(c.x(to) + c.dayWidth()))
        .append("\" y=\"")
        .append(height - 8)
        .append("\" text-anchor=\"end\">")
        .append(esc(SHORT_DAY.format(plan.dateOf(RelativeDay.of(to)))))
        .append("</text>\n");

    int y = top;
    // Phases.
    rowLabel(y, "Phases", p + "c-phases");
    for (Phase ph : Phase.values()) {
      int s = cal.start(ph).offset();
      int e = cal.end(ph).offset();
      double x = c.x(s);
      double wd = c.x(e) + c.dayWidth() - x;
      out.append("<g class=\"phase phase-")
          .append(css(ph))
          .append("\"><title>")
          .append(
              esc(
                  label(ph)
                      + ": "
                      + cal.start(ph)
                      + " to "
                      + cal.end(ph)
                      + " ("
                      + SHORT_DAY.format(cal.startDate(ph))
                      + " \u2013 "
                      + SHORT_DAY.format(cal.endDate(ph))
                      + ")"
                      + (cal.planned().contains(ph) ? ", from the plan's milestones" : "")))
          .append("</title><rect x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(y + 2)
          .append("\" width=\"")
          .append(num(wd))
          .append("\" height=\"")
          .append(CAL_ROW - 4)
          .append("\"/>");
      if (wd > 46) {
        out.append("<text x=\"")
            .append(num(x + wd / 2))
            .append("\" y=\"")
            .append(y + 18)
            .append("\" text-anchor=\"middle\">")
            .append(esc(label(ph)))
            .append("</text>");
      }
      out.append("</g>\n");
    }
    y += CAL_ROW;

    // The event days.
    rowLabel(y, "Event", null);
    double ex = c.x(0);
    out.append("<rect class=\"event\" x=\"")
        .append(num(ex))
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(num(c.x(plan.lastEventDay().offset()) + c.dayWidth() - ex))
        .append("\" height=\"")
        .append(CAL_ROW - 8)
        .append("\"><title>")
        .append(esc("The event: " + RelativeDay.EVENT_START + " to " + plan.lastEventDay()))
        .append("</title></rect>\n");
    // The days after the event before any follow-through, in the event row.
    int lastEvent = plan.lastEventDay().offset();
    Optional<Integer> firstAfter = Optional.empty();
    for (ReinforcementActivity a : plan.reinforcement()) {
      if (a.firstDay().offset() > lastEvent
          && (firstAfter.isEmpty() || a.firstDay().offset() < firstAfter.get())) {
        firstAfter = Optional.of(a.firstDay().offset());
      }
    }
    int gapEnd = firstAfter.orElse(to + 1);
    if (gapEnd > lastEvent + 1) {
      double gx = c.x(lastEvent + 1);
      double gw = c.x(gapEnd) - gx;
      int days = gapEnd - lastEvent - 1;
      out.append("<g class=\"gap\" data-days=\"")
          .append(firstAfter.isPresent() ? String.valueOf(days) : "none")
          .append("\"><title>")
          .append(
              esc(
                  firstAfter.isPresent()
                      ? days
                          + plural(days, " day")
                          + " after the event before the first"
                          + " reinforcement activity ("
                          + RelativeDay.of(gapEnd)
                          + ")"
                      : "No reinforcement after the event"))
          .append("</title><rect x=\"")
          .append(num(gx))
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(num(gw))
          .append("\" height=\"")
          .append(CAL_ROW - 8)
          .append("\" fill=\"url(#")
          .append(p)
          .append("hatch)\"/>");
      // Nothing else is drawn in this row after the event: the label may run past the gap, and
      // runs leftwards from the gap's end when there is no room on the right.
      boolean room = gx + 220 < CAL_WIDTH;
      out.append("<text class=\"gap-label\" x=\"")
          .append(num(room ? gx + 4 : gx + gw - 4))
          .append("\" y=\"")
          .append(y + 17)
          .append(room ? "\">" : "\" text-anchor=\"end\">")
          .append(
              esc(
                  firstAfter.isPresent()
                      ? days + plural(days, " day") + " without follow-through"
                      : "no follow-through planned"))
          .append("</text>");
      out.append("</g>\n");
    }
    y += CAL_ROW;

    // Pre-work.
    rowLabel(y, "Pre-work", p + "c-prework");
    if (plan.prework().isEmpty()) {
      noneText(c, y, "no pre-work assigned");
    }
    for (int i = 0; i < plan.prework().size(); i++) {
      PreworkItem w = plan.prework().get(i);
      dayMarker(
          c,
          y,
          w.dueDay().offset(),
          "prework",
          p + "c-prework-" + i,
          w.title()
              + " ("
              + label(w.kind())
              + ", for "
              + label(w.audience())
              + "), due "
              + w.dueDay());
    }
    y += CAL_ROW;

    // Surveys.
    rowLabel(y, "Surveys", p + "c-surveys");
    if (plan.surveys().isEmpty()) {
      noneText(c, y, "no surveys");
    }
    for (int i = 0; i < plan.surveys().size(); i++) {
      Survey s = plan.surveys().get(i);
      dayMarker(
          c,
          y,
          s.day().offset(),
          "survey",
          p + "c-surveys-" + i,
          label(s.kind())
              + " survey on "
              + s.day()
              + ", "
              + s.questions().size()
              + " questions"
              + (s.anonymous() ? ", anonymous" : ""));
    }
    y += CAL_ROW;

    // Reinforcement: one row per activity.
    rowLabel(y, "Reinforcement", p + "c-reinforcement");
    if (activities.isEmpty()) {
      y += CAL_ROW;
    }
    for (int k = 0; k < activities.size(); k++) {
      // The first activity shares the "Reinforcement" label's row; the others get their own.
      int i = activities.get(k);
      activity(c, y, i, plan.reinforcement().get(i));
      y += CAL_ROW;
    }

    // Reviews: the day-30 behaviour review and the governance read-out.
    rowLabel(y, "Reviews", null);
    boolean behaviourReview = false;
    for (int i : reviews) {
      ReinforcementActivity a = plan.reinforcement().get(i);
      behaviourReview |= a.kind() == ActivityKind.BEHAVIOR_REVIEW;
      dayMarker(
          c,
          y,
          a.firstDay().offset(),
          "review",
          p + "c-reinforcement-" + i,
          label(a.kind()) + " on " + a.firstDay() + a.description().map(d -> ": " + d).orElse(""));
    }
    if (!behaviourReview) {
      double mx =
          Math.min(
              c.x(PhaseCalendar.DRIVE_END.offset()) + c.dayWidth() / 2, CAL_GUTTER + CAL_PLOT - 56);
      out.append("<g class=\"missing\"><title>No behaviour review is planned around ")
          .append(esc(PhaseCalendar.DRIVE_END.toString()))
          .append("</title><rect x=\"")
          .append(num(mx - 55))
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"110\" height=\"")
          .append(CAL_ROW - 6)
          .append("\" rx=\"3\"/><text x=\"")
          .append(num(mx))
          .append("\" y=\"")
          .append(y + 17)
          .append("\" text-anchor=\"middle\">no day-30 review</text></g>\n");
    }
    out.append("</svg>\n</section>\n");
  }

  private static boolean isReview(ActivityKind k) {
    return k == ActivityKind.BEHAVIOR_REVIEW || k == ActivityKind.GOVERNANCE_REVIEW;
  }

  /** Maps relative days to x in the calendar. */
  private static final class Calendar {
    final int from;
    final int to;
    final double dayWidth;

    Calendar(int from, int to) {
      this.from = from;
      this.to = to;
      this.dayWidth = (double) CAL_PLOT / (to - from + 1);
    }

    double x(int day) {
      return CAL_GUTTER + (day - from) * dayWidth;
    }

    double dayWidth() {
      return dayWidth;
    }
  }

  /** A row's label in the gutter, with a marker for the findings about the row as a whole. */
  private void rowLabel(int y, String text, @Nullable String anchor) {
    out.append("<text class=\"row-label\" x=\"4\" y=\"")
        .append(y + 17)
        .append("\">")
        .append(esc(text))
        .append("</text>\n");
    if (anchor != null) {
      out.append("<g id=\"").append(anchor).append("\">");
      calendarMarker(CAL_GUTTER - 16, y + CAL_ROW / 2.0, anchor);
      out.append("</g>\n");
    }
  }

  private void noneText(Calendar c, int y, String text) {
    out.append("<text class=\"none\" x=\"")
        .append(num(c.x(PhaseCalendar.DIAGNOSE_START.offset()) + 4))
        .append("\" y=\"")
        .append(y + 17)
        .append("\">")
        .append(esc(text))
        .append("</text>\n");
  }

  /** A one-day marker (pre-work, survey, review) with its description and findings. */
  private void dayMarker(Calendar c, int y, int day, String kind, String anchor, String what) {
    double x = c.x(day) + c.dayWidth() / 2;
    double cy = y + CAL_ROW / 2.0;
    out.append("<g class=\"mark ")
        .append(kind)
        .append("\" id=\"")
        .append(anchor)
        .append("\"><title>")
        .append(esc(what))
        .append("</title>");
    out.append("<path d=\"M")
        .append(num(x))
        .append(' ')
        .append(num(cy - 7))
        .append(" l7 7 l-7 7 l-7 -7 z\"/></g>\n");
    calendarMarker(x + 9, cy - 8, anchor);
  }

  /** One reinforcement activity's row: a bar from its first to its last day, a tick per time. */
  private void activity(Calendar c, int y, int i, ReinforcementActivity a) {
    String anchor = p + "c-reinforcement-" + i;
    int last = Math.min(a.lastDay().offset(), c.to);
    double x = c.x(a.firstDay().offset());
    double w = c.x(last) + c.dayWidth() - x;
    out.append("<g class=\"activity\" id=\"")
        .append(anchor)
        .append("\"><title>")
        .append(
            esc(
                label(a.kind())
                    + ", "
                    + label(a.cadence()).toLowerCase(Locale.ROOT)
                    + ", "
                    + a.firstDay()
                    + " to "
                    + a.lastDay()
                    + ", "
                    + minutes(a.length())
                    + a.owner().map(o -> ", owner " + o).orElse("")
                    + a.description().map(d -> ": " + d).orElse("")))
        .append("</title><rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(y + 7)
        .append("\" width=\"")
        .append(num(Math.max(w, 2)))
        .append("\" height=\"")
        .append(CAL_ROW - 14)
        .append("\" rx=\"2\"/>");
    int step = a.cadence().intervalDays();
    if (step > 0) {
      for (int d = a.firstDay().offset(); d <= last; d += step) {
        double tx = c.x(d) + c.dayWidth() / 2;
        out.append("<line class=\"occ\" x1=\"")
            .append(num(tx))
            .append("\" x2=\"")
            .append(num(tx))
            .append("\" y1=\"")
            .append(y + 5)
            .append("\" y2=\"")
            .append(y + CAL_ROW - 5)
            .append("\"/>");
      }
    }
    String name =
        label(a.kind())
            + " ("
            + label(a.cadence()).toLowerCase(Locale.ROOT)
            + (last < a.lastDay().offset() ? ", until " + a.lastDay() : "")
            + ")";
    double tx = x + w + 6;
    boolean right = tx + name.length() * 6.5 < CAL_WIDTH;
    out.append("<text class=\"act-label\" x=\"")
        .append(num(right ? tx : x - 6))
        .append("\" y=\"")
        .append(y + 17)
        .append('"')
        .append(right ? "" : " text-anchor=\"end\"")
        .append('>')
        .append(esc(name))
        .append("</text></g>\n");
    calendarMarker(x - 9, y + CAL_ROW / 2.0 - 8, anchor);
  }

  /** The severity marker of the findings at {@code anchor}, linking to the first of them. */
  private void calendarMarker(double x, double y, String anchor) {
    List<Integer> here = findingsAt(anchor);
    if (here.isEmpty()) {
      return;
    }
    List<Finding> fs = findings(here);
    Severity worst = worst(fs);
    List<String> messages = new ArrayList<>();
    for (Finding f : fs) {
      messages.add(f.severity() + " " + f.ruleId() + ": " + f.message());
    }
    out.append("<a class=\"cal-flag sev-")
        .append(css(worst))
        .append("\" href=\"#")
        .append(findingId(here.get(0)))
        .append("\" data-findings=\"")
        .append(fs.size())
        .append("\"><title>")
        .append(esc(String.join("\n", messages)))
        .append("</title><circle cx=\"")
        .append(num(x))
        .append("\" cy=\"")
        .append(num(y))
        .append("\" r=\"8\"/><text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y + 4))
        .append("\" text-anchor=\"middle\">")
        .append(glyph(worst))
        .append("</text></a>\n");
  }

  // ---------------------------------------------------------------- cost and return

  private void cost() {
    String id = p + "cost";
    out.append("<section class=\"cost\" id=\"")
        .append(id)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-h\">\n<h2 id=\"")
        .append(id)
        .append("-h\">Cost and return")
        .append("</h2>\n");
    if (!findingsAt(id).isEmpty()) {
      out.append("<p class=\"chips\">");
      marker(id);
      out.append("</p>\n");
    }
    CostSummary s;
    try {
      s = settings.costModel().summarize(plan);
    } catch (IllegalArgumentException mixed) {
      out.append("<p class=\"empty\">The cost figures cannot be computed: ")
          .append(esc(String.valueOf(mixed.getMessage())))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"figures\">\n<caption>Computed by sko's cost model over ")
        .append(s.reps())
        .append(plural(s.reps(), " rep"))
        .append(" and ")
        .append(esc(Figures.number(s.eventDays())))
        .append(" event ")
        .append(s.eventDays().compareTo(BigDecimal.ONE) == 0 ? "day" : "days")
        .append(", ")
        .append(s.workingDaysPerMonth())
        .append(" working days a month</caption>\n")
        .append("<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">This plan</th>")
        .append("<th scope=\"col\">Benchmark</th></tr></thead>\n<tbody>\n");
    costRow("Hard cost", s.hardCost(), Optional.empty(), "no budget");
    if (s.budgetPricesSellingTime()) {
      costRow("Selling time the budget prices", s.budgetedSoftCost(), Optional.empty(), "");
    }
    costRow("Lost selling time (computed)", s.lostSellingTime(), Optional.empty(), "no quotas");
    costRow("All-in cost", s.allInCost(), Optional.empty(), "not computable");
    costRow(
        "Hard cost per rep",
        s.hardCostPerRep(),
        Optional.of(settings.benchmarkHard()),
        "no budget");
    costRow(
        "Rep time at salary",
        s.repTimeAtSalary(),
        Optional.empty(),
        "no salary cost in the budget");
    costRow(
        "Loaded cost per rep (rep time at salary)",
        s.salaryLoadedCostPerRep(),
        Optional.of(settings.benchmarkLoaded()),
        "no salary cost in the budget");
    costRow(
        "All-in cost per rep (selling time at quota)",
        s.allInCostPerRep(),
        Optional.empty(),
        "not computable");
    out.append("<tr data-figure=\"break-even-attainment\"><th scope=\"row\">Break-even")
        .append(" attainment</th><td>")
        .append(
            s.breakEvenAttainment()
                .map(r -> "+" + esc(Figures.percent(r)) + " of the annual quota")
                .orElse("<span class=\"na\">not computable</span>"))
        .append("</td><td></td></tr>\n</tbody>\n</table>\n</section>\n");
  }

  private void costRow(String name, Optional<Money> value, Optional<Money> benchmark, String na) {
    out.append("<tr><th scope=\"row\">")
        .append(esc(name))
        .append("</th><td>")
        .append(
            value.isPresent()
                ? esc(Figures.money(value.get()))
                : "<span class=\"na\">" + esc(na.isEmpty() ? "none" : na) + "</span>")
        .append("</td><td>")
        .append(benchmark.map(b -> esc(Figures.money(b))).orElse(""))
        .append("</td></tr>\n");
  }

  // ---------------------------------------------------------------- findings

  private void findings() {
    out.append("<section class=\"findings\" id=\"")
        .append(p)
        .append("findings\" aria-labelledby=\"")
        .append(p)
        .append("findings-h\">\n<h2 id=\"")
        .append(p)
        .append("findings-h\">Findings</h2>\n");
    if (all.isEmpty()) {
      out.append("<p class=\"empty\">No findings: the plan meets every rule of ")
          .append(esc(settings.profile()))
          .append(".</p>\n");
    }
    for (Severity s : Severity.values()) {
      group(s.name(), severityWord(s, 2), s, false);
    }
    group("WAIVED", "Waived", null, true);
    out.append("</section>\n");
  }

  private void group(String key, String title, @Nullable Severity s, boolean waived) {
    List<Integer> of = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Finding f = all.get(i);
      if (f.isWaived() == waived && (s == null || f.severity() == s)) {
        of.add(i);
      }
    }
    if (of.isEmpty()) {
      return;
    }
    out.append("<h3 class=\"group ")
        .append(s == null ? "waived" : "sev-" + css(s))
        .append("\">")
        .append(s == null ? "" : badge(s) + " ")
        .append(esc(capitalize(title)))
        .append(" (")
        .append(of.size())
        .append(")</h3>\n<ol class=\"finding-list\" data-group=\"")
        .append(key)
        .append("\">\n");
    for (int i : of) {
      finding(i);
    }
    out.append("</ol>\n");
  }

  private void finding(int i) {
    Finding f = all.get(i);
    String path = f.location().path();
    out.append("<li class=\"finding sev-")
        .append(css(f.severity()))
        .append(f.isWaived() ? " is-waived" : "")
        .append("\" id=\"")
        .append(findingId(i))
        .append("\" data-rule=\"")
        .append(esc(f.ruleId()))
        .append("\" data-severity=\"")
        .append(f.severity().name())
        .append("\" data-path=\"")
        .append(esc(path))
        .append("\">\n<p class=\"head\">")
        .append(badge(f.severity()))
        .append(" <code class=\"rule\">")
        .append(esc(f.ruleId()))
        .append("</code> at ");
    String where = f.location().toString();
    String anchor = anchorOf.get(i);
    if (anchor != null) {
      out.append("<a class=\"where\" href=\"#")
          .append(anchor)
          .append("\">")
          .append(esc(where))
          .append("</a>");
    } else {
      out.append("<span class=\"where\">").append(esc(where)).append("</span>");
    }
    out.append("</p>\n<p class=\"msg\">").append(esc(f.message())).append("</p>\n");
    f.remediation()
        .ifPresent(
            r ->
                out.append("<p class=\"fix\"><b>What to do:</b> ").append(esc(r)).append("</p>\n"));
    String evidence = evidence(f.evidence());
    if (!evidence.isEmpty()) {
      out.append("<p class=\"evidence\"><b>Evidence:</b> ").append(esc(evidence)).append("</p>\n");
    }
    out.append("<p class=\"source\"><b>Source:</b> ").append(esc(f.source())).append("</p>\n");
    f.waiver()
        .ifPresent(
            w ->
                out.append("<p class=\"waiver\"><b>Waived:</b> ")
                    .append(esc(w.reason()))
                    .append("</p>\n"));
    out.append("</li>\n");
  }

  private static String evidence(Evidence e) {
    List<String> parts = new ArrayList<>();
    e.actual().ifPresent(a -> parts.add("actual " + value(a)));
    e.expected().ifPresent(x -> parts.add("expected " + value(x)));
    e.figures().forEach((k, v) -> parts.add(k + " " + value(v)));
    if (!e.related().isEmpty()) {
      List<String> places = new ArrayList<>();
      e.related().forEach(l -> places.add(l.toString()));
      parts.add("related " + String.join(", ", places));
    }
    return String.join(" \u00b7 ", parts);
  }

  private static String value(Object v) {
    if (v instanceof Duration) {
      return minutes((Duration) v);
    }
    if (v instanceof Money) {
      return Figures.money((Money) v);
    }
    if (v instanceof BigDecimal) {
      return Figures.number((BigDecimal) v);
    }
    if (v instanceof IntRange) {
      IntRange r = (IntRange) v;
      return r.min() + " to " + r.max();
    }
    if (v instanceof Enum) {
      return label((Enum<?>) v);
    }
    return String.valueOf(v);
  }

  // ---------------------------------------------------------------- small helpers

  private List<Finding> findings(List<Integer> indexes) {
    List<Finding> fs = new ArrayList<>();
    for (int i : indexes) {
      fs.add(all.get(i));
    }
    return fs;
  }

  private static String end(Session s) {
    int m = s.endMinute();
    return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }

  static String minutes(Duration d) {
    long m = d.toMinutes();
    if (m < 60 || m % 60 != 0 && m < 120) {
      return m + " min";
    }
    return m % 60 == 0 ? m / 60 + " h" : m / 60 + " h " + m % 60 + " min";
  }

  /** {@code IN_PERSON} as {@code In person}. */
  static String label(Enum<?> e) {
    return capitalize(e.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  /** {@code IN_PERSON} as {@code in-person}, for class names. */
  static String css(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String severityWord(Severity s, int n) {
    return switch (s) {
      case ERROR -> n == 1 ? "error" : "errors";
      case WARNING -> n == 1 ? "warning" : "warnings";
      case INFO -> "info";
    };
  }

  /** The severity's glyph, a letter that reads without colour. */
  static String glyph(Severity s) {
    return switch (s) {
      case ERROR -> "E";
      case WARNING -> "W";
      case INFO -> "i";
    };
  }

  /** A badge: the glyph in the severity's colour, with the severity as text for screen readers. */
  private static String badge(Severity s) {
    return "<span class=\"badge sev-"
        + css(s)
        + "\" title=\""
        + s.name()
        + "\"><span aria-hidden=\"true\">"
        + glyph(s)
        + "</span><span class=\"sr\">"
        + s.name()
        + "</span></span>";
  }

  private static String plural(double n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** A percentage for a style attribute. */
  private static String pct(double v) {
    return num(v);
  }

  /** A coordinate: at most two decimals, no exponent, no locale. */
  private static String num(double v) {
    return BigDecimal.valueOf(v)
        .setScale(2, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
