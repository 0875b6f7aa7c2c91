package dev.sko.rules;

import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Findings accepted as they are today, so that a team adopting the rules on plans that already
 * exist fails only on findings that are new. Like ArchUnit's {@code FreezingArchRule} or detekt's
 * baseline file, but keyed on what stays put while a plan is edited: each {@link Entry} names the
 * plan, the rule id and the location's {@linkplain Location#fingerprint() fingerprint} (a session's
 * id rather than its index, never a file line), so reordering sessions or shifting lines leaves a
 * finding unchanged.
 *
 * <pre>{@code
 * Baseline accepted = Baseline.of(List.of(validator.validate(plan)));   // today's findings
 * // ... later, after the plan was edited:
 * Baseline.Comparison c = accepted.compare(validator.validate(editedPlan));
 * c.newFindingsAtLeast(Severity.ERROR);   // only these fail the build
 * c.state(finding);                       // NEW or UNCHANGED
 * c.absent();                             // accepted findings that are gone
 * }</pre>
 *
 * <p>Matching counts: a baseline with one entry for a rule at a place accepts one finding of that
 * rule there, and a second one is new. Messages are kept for people reading the baseline file and
 * are not compared, so a finding whose figures changed (a session now runs 70 rather than 60
 * minutes) is still the accepted one. The file form is {@code dev.sko.rules.report.BaselineJson}.
 */
public final class Baseline {
  /** The version of the baseline's file format and of its matching. */
  public static final int VERSION = 1;

  private static final Baseline EMPTY = new Baseline(List.of());

  private final List<Entry> entries;

  private Baseline(List<Entry> sorted) {
    this.entries = sorted;
  }

  /** A baseline that accepts nothing. */
  public static Baseline empty() {
    return EMPTY;
  }

  /** A baseline of {@code entries}, kept in their natural order. */
  public static Baseline of(Collection<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    List<Entry> sorted = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      sorted.add(Objects.requireNonNull(e, "Baseline entry"));
    }
    Collections.sort(sorted);
    return sorted.isEmpty() ? EMPTY : new Baseline(Collections.unmodifiableList(sorted));
  }

  /**
   * A baseline that accepts every unwaived finding of {@code reports} (waived findings are accepted
   * already and stay out of it).
   */
  public static Baseline of(List<ValidationReport> reports) {
    Objects.requireNonNull(reports, "reports");
    List<Entry> entries = new ArrayList<>();
    for (ValidationReport report : reports) {
      Objects.requireNonNull(report, "report");
      for (Finding f : report.findings()) {
        entries.add(Entry.of(report.planName(), f));
      }
    }
    return of(entries);
  }

  /** The accepted findings, ordered by plan, rule id, location and message. */
  public List<Entry> entries() {
    return entries;
  }

  /** Whether it accepts nothing. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * Marks each finding of {@code report}, waived ones included, {@linkplain State#NEW new} or
   * {@linkplain State#UNCHANGED unchanged}, and lists the entries of the report's plan that no
   * finding matched as {@linkplain State#ABSENT absent}. Entries of other plans are left out.
   */
  public Comparison compare(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    Map<String, List<Entry>> open = new HashMap<>();
    for (Entry e : entries) {
      if (e.plan().equals(report.planName())) {
        open.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Finding, State> states = new IdentityHashMap<>();
    List<Finding> fresh = new ArrayList<>();
    List<Finding> unchanged = new ArrayList<>();
    List<Finding> all = new ArrayList<>(report.findings());
    all.addAll(report.waivedFindings());
    for (Finding f : all) {
      List<Entry> candidates = open.get(Entry.key(f.ruleId(), f.location().fingerprint()));
      if (candidates != null && !candidates.isEmpty()) {
        candidates.remove(candidates.size() - 1);
        states.put(f, State.UNCHANGED);
        if (!f.isWaived()) {
          unchanged.add(f);
        }
      } else {
        states.put(f, State.NEW);
        if (!f.isWaived()) {
          fresh.add(f);
        }
      }
    }
    List<Entry> absent = new ArrayList<>();
    for (List<Entry> left : open.values()) {
      absent.addAll(left);
    }
    Collections.sort(absent);
    return new Comparison(report, states, fresh, unchanged, absent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Baseline && ((Baseline) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Baseline[" + entries.size() + (entries.size() == 1 ? " entry]" : " entries]");
  }

  /** Where a finding stands against a baseline; the names are SARIF's {@code baselineState}s. */
  public enum State {
    /** Found now and not accepted by the baseline: it counts for the failing threshold. */
    NEW,
    /** Found now and accepted by the baseline. */
    UNCHANGED,
    /** Accepted by the baseline and no longer found. */
    ABSENT;

    /** The name SARIF gives this state: {@code new}, {@code unchanged} or {@code absent}. */
    public String sarifName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One accepted finding: the name of its plan, its rule id, its location's {@linkplain
   * Location#fingerprint() fingerprint} and, for people reading the file, its message.
   */
  @Immutable
  public static final class Entry implements Comparable<Entry> {
    private static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::plan)
            .thenComparing(Entry::ruleId)
            .thenComparing(Entry::location)
            .thenComparing(Entry::message);

    private final String plan;
    private final String ruleId;
    private final String location;
    private final String message;

    private Entry(String plan, String ruleId, String location, String message) {
      this.plan = plan;
      this.ruleId = ruleId;
      this.location = location;
      this.message = message;
    }

    /**
     * An entry as a baseline file holds it.
     *
     * @throws IllegalArgumentException if {@code plan} or {@code location} is blank or {@code
     *     ruleId} is not a valid rule id
     */
    public static Entry of(String plan, String ruleId, String location, String message) {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
      if (plan.isBlank()) {
        throw new IllegalArgumentException("Baseline entry plan must not be blank");
      }
      RuleIds.check(ruleId);
      if (location.isBlank()) {
        throw new IllegalArgumentException(
            "Baseline entry location must not be blank (rule " + ruleId + ")");
      }
      return new Entry(plan, ruleId, location, message);
    }

    /** The entry that accepts {@code finding} of the plan named {@code plan}. */
    public static Entry of(String plan, Finding finding) {
      Objects.requireNonNull(finding, "finding");
      return of(plan, finding.ruleId(), finding.location().fingerprint(), finding.message());
    }

    /** The name of the plan. */
    public String plan() {
      return plan;
    }

    /** The rule id. */
    public String ruleId() {
      return ruleId;
    }

    /** The location's fingerprint, such as {@code session:d1-ceo} or {@code budget}. */
    public String location() {
      return location;
    }

    /** The finding's message when it was accepted; not compared when matching. */
    public String message() {
      return message;
    }

    String key() {
      return key(ruleId, location);
    }

    static String key(String ruleId, String location) {
      return ruleId + "@" + location;
    }

    @Override
    public int compareTo(Entry other) {
      return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Entry)) {
        return false;
      }
      Entry e = (Entry) o;
      return e.plan.equals(plan)
          && e.ruleId.equals(ruleId)
          && e.location.equals(location)
          && e.message.equals(message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(plan, ruleId, location, message);
    }

    /** {@code plan: ruleId @ location}. */
    @Override
    public String toString() {
      return plan + ": " + ruleId + " @ " + location;
    }
  }

  /** A report held against a baseline: which findings are new, which accepted, which are gone. */
  public static final class Comparison {
    private final ValidationReport report;
    private final Map<Finding, State> states;
    private final List<Finding> fresh;
    private final List<Finding> unchanged;
    private final List<Entry> absent;

    Comparison(
        ValidationReport report,
        Map<Finding, State> states,
        List<Finding> fresh,
        List<Finding> unchanged,
        List<Entry> absent) {
      this.report = report;
      this.states = states;
      this.fresh = Collections.unmodifiableList(fresh);
      this.unchanged = Collections.unmodifiableList(unchanged);
      this.absent = Collections.unmodifiableList(absent);
    }

    /** The report compared. */
    public ValidationReport report() {
      return report;
    }

    /**
     * Whether {@code finding}, one of the report's findings (waived or not), is new or unchanged.
     *
     * @throws IllegalArgumentException if {@code finding} is not one of the report's findings
     */
    public State state(Finding finding) {
      Objects.requireNonNull(finding, "finding");
      State state = states.get(finding);
      if (state == null) {
        throw new IllegalArgumentException(
            "Baseline.Comparison.state: " + finding + " is not a finding of this report");
      }
      return state;
    }

    /** The unwaived findings the baseline does not accept, in report order. */
    public List<Finding> newFindings() {
      return fresh;
    }

    /** The unwaived findings the baseline accepts, in report order. */
    public List<Finding> unchangedFindings() {
      return unchanged;
    }

    /** The new unwaived findings at {@code threshold} or more severe: those that fail a build. */
    public List<Finding> newFindingsAtLeast(Severity threshold) {
      Objects.requireNonNull(threshold, "threshold");
      List<Finding> of = new ArrayList<>();
      for (Finding f : fresh) {
        if (f.severity().isAtLeast(threshold)) {
          of.add(f);
        }
      }
      return Collections.unmodifiableList(of);
    }

    /** The entries of this plan that no finding matched any more. */
    public List<Entry> absent() {
      return absent;
    }

    @Override
    public String toString() {
      return "Baseline.Comparison["
          + report.planName()
          + ": "
          + fresh.size()
          + " new, "
          + unchanged.size()
          + " unchanged, "
          + absent.size()
          + " absent]";
    }
  }
}
