package dev.sko.rules.catalog.support;

import dev.sko.core.Presenter;
import dev.sko.core.Session;
import dev.sko.rules.PlanIndex.LocatedSession;
import dev.sko.rules.RuleContext;
import java.util.function.Predicate;

/** Questions about the agenda's sessions that more than one agenda rule asks. */
public final class Sessions {
  private Sessions() {}

  /** Whether a peer (a rep or a manager, not an executive or a guest) presents {@code s}. */
  public static boolean hasPeerPresenter(Session s) {
    for (Presenter p : s.presenters()) {
      if (p.role().isPeer()) {
        return true;
      }
    }
    return false;
  }

  /** Whether any session of the plan under review passes {@code test}. */
  public static boolean any(RuleContext review, Predicate<Session> test) {
    for (LocatedSession located : review.index().sessions()) {
      if (test.test(located.session())) {
        return true;
      }
    }
    return false;
  }
}
