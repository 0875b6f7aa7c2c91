package dev.sko.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating one plan: its findings in deterministic order (severity, rule id,
 * location), waived ones apart, with counts, a readable text rendering, and {@link #check()} for
 * tests.
 */
public final class ValidationReport {
  private final String planName;
  private final List<Finding> findings;
  private final List<Finding> waived;
  private final int rulesRun;
  private final boolean stoppedEarly;
  private final Severity threshold;
  private final Map<Severity, Integer> counts;

  private static final Map<Severity, Integer> NO_COUNTS =
      countsOf(new int[Severity.values().length]);

  private static Map<Severity, Integer> countsOf(int[] bySeverity) {
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, bySeverity[s.ordinal()]);
    }
    return Collections.unmodifiableMap(c);
  }

  ValidationReport(
      String planName,
      List<Finding> sorted,
      int rulesRun,
      boolean stoppedEarly,
      Severity threshold) {
    this.planName = planName;
    if (sorted.isEmpty()) {
      // The clean plan's report: shared empty lists and counts, nothing allocated.
      this.findings = List.of();
      this.waived = List.of();
      this.counts = NO_COUNTS;
    } else {
      List<Finding> active = new ArrayList<>(sorted.size());
      List<Finding> waivedList = new ArrayList<>(0);
      int[] c = new int[Severity.values().length];
      for (Finding f : sorted) {
        if (f.isWaived()) {
          waivedList.add(f);
        } else {
          active.add(f);
          c[f.severity().ordinal()]++;
        }
      }
      this.findings = Collections.unmodifiableList(active);
      this.waived = Collections.unmodifiableList(waivedList);
      this.counts = countsOf(c);
    }
    this.rulesRun = rulesRun;
    this.stoppedEarly = stoppedEarly;
    this.threshold = threshold;
  }

  /** The name of the plan validated. */
  public String planName() {
    return planName;
  }

  /** The findings no waiver accepts, in report order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings a waiver accepts, in report order. */
  public List<Finding> waivedFindings() {
    return waived;
  }

  /** The unwaived findings of rule {@code ruleId}. */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> of = new ArrayList<>();
    for (Finding f : findings) {
      if (f.ruleId().equals(ruleId)) {
        of.add(f);
      }
    }
    return Collections.unmodifiableList(of);
  }

  /** The unwaived findings at {@code threshold} or more severe. */
  public List<Finding> findingsAtLeast(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    List<Finding> of = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity().isAtLeast(threshold)) {
        of.add(f);
      }
    }
    return Collections.unmodifiableList(of);
  }

  /** How many unwaived findings have {@code severity}. */
  public int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return counts.getOrDefault(severity, 0);
  }

  /** Unwaived findings counted by severity (every severity present, zero included). */
  public Map<Severity, Integer> counts() {
    return counts;
  }

  /** Whether any unwaived finding is an ERROR. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** How many rules ran. */
  public int rulesRun() {
    return rulesRun;
  }

  /** Whether fail-fast stopped the validation before every rule ran. */
  public boolean stoppedEarly() {
    return stoppedEarly;
  }

  /**
   * Throws an {@link AssertionError} listing every unwaived finding at the validator's check
   * threshold (ERROR unless configured) or above, each with its location and what to change.
   */
  public void check() {
    check(threshold);
  }

  /**
   * Like {@link #check()}, with an explicit threshold. The message is a sentence naming the plan
   * and how many findings fail, then those findings in the text form of {@link #toText()}.
   */
  public void check(Severity threshold) {
    Objects.requireNonNull(threshold, "threshold");
    List<Finding> failing = findingsAtLeast(threshold);
    if (failing.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Plan \"")
        .append(planName)
        .append("\" has ")
        .append(failing.size())
        .append(failing.size() == 1 ? " finding" : " findings")
        .append(" at ")
        .append(threshold)
        .append(threshold == Severity.INFO ? "" : " or above")
        .append(":\n");
    bySeverity(sb, failing, NO_HEADING);
    if (!waived.isEmpty()) {
      sb.append("\n(").append(waived.size()).append(" waived finding(s) not listed)\n");
    }
    throw new AssertionError(sb.toString());
  }

  private static final Function<Finding, String> NO_HEADING = f -> "";

  /**
   * The report as text: a summary line, then the findings grouped by severity, one entry per
   * finding with its location, its message and what to do, then the waived findings with their
   * reasons. This is the one text form of a report: {@link #check()}, the text report writer, the
   * command line and the walkthrough all show findings this way.
   */
  public String toText() {
    return toText(NO_HEADING);
  }

  /**
   * The report as {@link #toText() text}, each finding's first line starting with {@code
   * heading.apply(finding)}: where a tool has more to say about a finding than the report holds,
   * such as the file position of its location ({@code "plans/fy27.json:87:9: "}) or whether a
   * baseline accepts it. An empty heading leaves the line as {@link #toText()} writes it.
   */
  public String toText(Function<? super Finding, String> heading) {
    Objects.requireNonNull(heading, "heading");
    StringBuilder sb = new StringBuilder();
    sb.append(planName)
        .append(": ")
        .append(plural(count(Severity.ERROR), "error"))
        .append(", ")
        .append(plural(count(Severity.WARNING), "warning"))
        .append(", ")
        .append(count(Severity.INFO))
        .append(" info");
    if (!waived.isEmpty()) {
      sb.append(", ").append(waived.size()).append(" waived");
    }
    sb.append(" (").append(plural(rulesRun, "rule")).append(" run");
    if (stoppedEarly) {
      sb.append(", stopped at the first error");
    }
    sb.append(")\n");
    bySeverity(sb, findings, heading);
    if (!waived.isEmpty()) {
      sb.append("\nWAIVED\n");
      for (Finding f : waived) {
        entry(sb, f, heading);
        sb.append("      waived: ").append(f.waiver().orElseThrow().reason()).append('\n');
      }
    }
    return sb.toString();
  }

  /** {@code findings} (in report order) under a line per severity that has any. */
  private static void bySeverity(
      StringBuilder sb, List<Finding> findings, Function<? super Finding, String> heading) {
    for (Severity s : Severity.values()) {
      boolean header = false;
      for (Finding f : findings) {
        if (f.severity() != s) {
          continue;
        }
        if (!header) {
          sb.append('\n').append(s).append('\n');
          header = true;
        }
        entry(sb, f, heading);
      }
    }
  }

  private static void entry(
      StringBuilder sb, Finding f, Function<? super Finding, String> heading) {
    sb.append("  ")
        .append(heading.apply(f))
        .append(f.ruleId())
        .append(" @ ")
        .append(f.location())
        .append('\n')
        .append("      ")
        .append(f.message())
        .append('\n');
    f.remediation().ifPresent(r -> sb.append("      -> ").append(r).append('\n'));
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * Two reports are equal when they name the same plan and hold equal findings and waived findings
   * in the same order, ran the same number of rules, stopped early alike and check at the same
   * threshold: an app can cache a report and compare it with the next one.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport that = (ValidationReport) o;
    return rulesRun == that.rulesRun
        && stoppedEarly == that.stoppedEarly
        && threshold == that.threshold
        && planName.equals(that.planName)
        && findings.equals(that.findings)
        && waived.equals(that.waived);
  }

  @Override
  public int hashCode() {
    return Objects.hash(planName, findings, waived, rulesRun, stoppedEarly, threshold);
  }

  @Override
  public String toString() {
    return "ValidationReport[" + planName + ": " + counts + ", " + waived.size() + " waived]";
  }
}
