package dev.sko.examples.plans;

import dev.sko.core.ActivityKind;
import dev.sko.core.KickoffPlan;
import dev.sko.core.ReinforcementActivity;
import dev.sko.core.Session;
import dev.sko.core.SessionFormat;
import dev.sko.core.SessionKind;
import java.util.List;
import java.util.stream.Collectors;

/** Facts about a plan that the tests read, computed from the model only. */
final class PlanFacts {
  private PlanFacts() {}

  /** The sessions of {@code kind}, in agenda order. */
  static List<Session> sessions(KickoffPlan plan, SessionKind kind) {
    return plan.sessions().stream().filter(s -> s.kind() == kind).collect(Collectors.toList());
  }

  /** The one session with {@code id}. */
  static Session session(KickoffPlan plan, String id) {
    return plan.sessions().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session " + id));
  }

  /** The index of the day holding the session {@code id}. */
  static int dayOf(KickoffPlan plan, String id) {
    for (int d = 0; d < plan.days().size(); d++) {
      if (plan.days().get(d).sessions().stream().anyMatch(s -> s.id().equals(id))) {
        return d;
      }
    }
    throw new AssertionError("no session " + id);
  }

  /** The one reinforcement activity of {@code kind}. */
  static ReinforcementActivity activity(KickoffPlan plan, ActivityKind kind) {
    List<ReinforcementActivity> found =
        plan.reinforcement().stream().filter(a -> a.kind() == kind).collect(Collectors.toList());
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " activities of kind " + kind);
    }
    return found.get(0);
  }

  /** Interactive minutes over content (presentation plus interactive) minutes. */
  static double interactiveShare(KickoffPlan plan) {
    long interactive = minutes(plan, SessionFormat.INTERACTIVE);
    long content = interactive + minutes(plan, SessionFormat.PRESENTATION);
    return (double) interactive / content;
  }

  private static long minutes(KickoffPlan plan, SessionFormat format) {
    return plan.sessions().stream()
        .filter(s -> s.format() == format)
        .mapToLong(s -> s.length().toMinutes())
        .sum();
  }
}
