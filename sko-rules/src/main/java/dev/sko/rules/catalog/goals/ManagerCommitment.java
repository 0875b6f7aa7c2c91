package dev.sko.rules.catalog.goals;

import dev.sko.core.KickoffPlan;
import dev.sko.core.Rep;
import dev.sko.core.RepRole;
import dev.sko.core.SessionKind;
import dev.sko.rules.Location;
import dev.sko.rules.Rule;
import dev.sko.rules.RuleContext;
import dev.sko.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each manager commits in writing to a coaching cadence and a metric. The managers are the distinct
 * {@link Rep#manager()} values of the roster plus the roster's reps with role {@link
 * RepRole#MANAGER} (matched to a commitment by id or name). Without a roster, or when the roster
 * names no manager, the rule says so once at INFO.
 *
 * <p>A plan that closes, as BEHAVIOR_CHANGE_MODEL's does, with a {@link
 * SessionKind#WRITTEN_COMMITMENTS} session ("close with written manager commitment: I will run [X
 * coaching cadence] and track [Y metric] for the next 30 days") has its managers commit in writing
 * there: a manager with no commitment of their own in the plan counts as committing in that
 * session. A commitment the plan records as not written is still reported.
 */
public final class ManagerCommitment {
  private ManagerCommitment() {}

  /**
   * The rule {@code sko.goals.manager-commitment}, declared with the public {@link
   * Rule#builder(String)}.
   */
  public static final Rule RULE =
      Rule.builder("sko.goals.manager-commitment")
          .title("Each manager commits in writing to a coaching cadence and a metric")
          .source(
              "BEHAVIOR_CHANGE_MODEL (close with a written manager commitment: a coaching cadence and"
                  + " a metric for the next 30 days; Sandler 2026: weekly 1:1 coaching r=0.61)")
          .rationale(
              "The highest predictor of attainment after a kickoff is how often managers coach, not"
                  + " the content of the event. Closing with each manager's written commitment to a"
                  + " cadence and a metric turns the event into a coaching plan. The managers are"
                  + " those the roster's reps report to and the roster's own managers. A closing"
                  + " written-commitments session, as the model's day 2 ends, is where each manager"
                  + " writes theirs: a manager without a recorded commitment counts as committing"
                  + " there; one recorded as not written is still reported. Without a"
                  + " roster, or when it names no manager, the rule says so once at INFO (a note no profile raises).")
          .defaultSeverity(Severity.INFO)
          .check(ManagerCommitment::check)
          .build();

  /** A manager: the names a commitment may use, and where the plan names the manager. */
  private static final class Manager {
    final String display;

    final Set<String> keys;
    final int rosterIndex;
    final boolean named;

    Manager(String display, Set<String> keys, int rosterIndex, boolean named) {
      this.display = display;
      this.keys = keys;
      this.rosterIndex = rosterIndex;
      this.named = named;
    }

    /** The rep who is the manager, or the rep whose manager field names them. */
    Location location() {
      return named
          ? Location.of("roster[" + rosterIndex + "].manager")
          : Location.element("roster", rosterIndex);
    }
  }

  private static void check(KickoffPlan plan, RuleContext review) {
    List<Rep> roster = plan.roster();
    if (roster.isEmpty()) {
      review
          .finding(
              Location.of("roster"),
              "The plan has no roster, so the rule cannot tell who the managers are and check"
                  + " their written coaching commitments")
          .missingData()
          .figure("commitments", plan.managerCommitments().size())
          .remediation("Add the roster with each rep's manager")
          .report();
      return;
    }
    if (everyManagerCommits(plan, roster)) {
      return; // decided without building the managers or their keys
    }
    List<Manager> managers = managers(roster);
    if (managers.isEmpty()) {
      review
          .finding(
              Location.of("roster"),
              "The roster names no manager, so the rule cannot check the managers' written"
                  + " coaching commitments")
          .missingData()
          .remediation("Give each rep's manager on the roster")
          .report();
      return;
    }
    boolean closingSession =
        plan.sessions().stream().anyMatch(s -> s.kind() == SessionKind.WRITTEN_COMMITMENTS);
    for (Manager m : managers) {
      boolean any = false;
      boolean written = false;
      for (dev.sko.core.ManagerCommitment c : plan.managerCommitments()) {
        if (m.keys.contains(c.manager())) {
          any = true;
          written |= c.written();
        }
      }
      if (written || (!any && closingSession)) {
        continue; // without a commitment of their own, the manager writes it in the session
      }
      review
          .finding(
              m.location(),
              !any
                  ? m.display
                      + " has made no commitment to a coaching cadence and a metric; each"
                      + " manager should commit in writing"
                  : m.display
                      + "'s commitment to a coaching cadence and a metric is not in writing")
          .evidence(false, true)
          .remediation(
              "Close the event with "
                  + m.display
                  + " writing down: I will run this coaching cadence (for example a weekly"
                  + " 1:1) and track this metric for the next 30 days"
                  + (any ? "" : "; a closing written-commitments session has every manager do so"))
          .report();
    }
  }

  /**
   * Whether the roster names at least one manager and every one of them has a written commitment
   * or, without any commitment, a closing written-commitments session to write it in: the check
   * below finding nothing, answered without allocating. A manager whose id is their name (which the
   * manager list cannot key twice) is left to the check.
   */
  static boolean everyManagerCommits(KickoffPlan plan, List<Rep> roster) {
    int managers = 0;
    int closing = -1; // -1 unknown, 0 no, 1 yes: the sessions are walked only when needed
    for (int i = 0; i < roster.size(); i++) {
      Rep rep = roster.get(i);
      if (rep.role() != RepRole.MANAGER) {
        continue;
      }
      if (rep.id().equals(rep.name())) {
        return false;
      }
      managers++;
      int status = commitment(plan, rep.id(), rep.name());
      if (status == NONE && closing < 0) {
        closing = hasClosingSession(plan) ? 1 : 0;
      }
      if (status == UNWRITTEN || (status == NONE && closing == 0)) {
        return false;
      }
    }
    int onRoster = managers;
    List<String> named = plan.namedManagers(); // each once, cached per plan
    for (int n = 0; n < named.size(); n++) {
      String manager = named.get(n);
      if (onRoster > 0 && isManagerOnRoster(roster, manager)) {
        continue; // a manager on the roster is checked above under both names
      }
      managers++;
      int status = commitment(plan, manager, manager);
      if (status == NONE && closing < 0) {
        closing = hasClosingSession(plan) ? 1 : 0;
      }
      if (status == UNWRITTEN || (status == NONE && closing == 0)) {
        return false;
      }
    }
    return managers > 0;
  }

  private static final int NONE = 0;
  private static final int UNWRITTEN = 1;
  private static final int WRITTEN = 2;

  /**
   * Whether the manager known as {@code key} or {@code other} has no, only unwritten, or a written
   * commitment.
   */
  private static int commitment(KickoffPlan plan, String key, String other) {
    List<dev.sko.core.ManagerCommitment> commitments = plan.managerCommitments();
    int status = NONE;
    for (int i = 0; i < commitments.size(); i++) {
      dev.sko.core.ManagerCommitment c = commitments.get(i);
      if (c.manager().equals(key) || c.manager().equals(other)) {
        if (c.written()) {
          return WRITTEN;
        }
        status = UNWRITTEN;
      }
    }
    return status;
  }

  private static boolean isManagerOnRoster(List<Rep> roster, String name) {
    for (int i = 0; i < roster.size(); i++) {
      Rep rep = roster.get(i);
      if (rep.role() == RepRole.MANAGER && (rep.id().equals(name) || rep.name().equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasClosingSession(KickoffPlan plan) {
    List<dev.sko.core.Session> sessions = plan.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).kind() == SessionKind.WRITTEN_COMMITMENTS) {
        return true;
      }
    }
    return false;
  }

  /** The roster's managers, in roster order: role MANAGER reps and named managers. */
  private static List<Manager> managers(List<Rep> roster) {
    Map<String, Manager> byKey = new LinkedHashMap<>();
    List<Manager> all = new ArrayList<>();
    for (int i = 0; i < roster.size(); i++) {
      Rep rep = roster.get(i);
      if (rep.role() == RepRole.MANAGER) {
        Manager m = new Manager(rep.name(), Set.of(rep.id(), rep.name()), i, false);
        all.add(m);
        m.keys.forEach(k -> byKey.putIfAbsent(k, m));
      }
    }
    for (int i = 0; i < roster.size(); i++) {
      Optional<String> named = roster.get(i).manager();
      if (named.isEmpty() || byKey.containsKey(named.get())) {
        continue;
      }
      Manager m = new Manager(named.get(), Set.of(named.get()), i, true);
      all.add(m);
      byKey.put(named.get(), m);
    }
    return all;
  }
}
