package dev.sko.bench.peers;

import dev.sko.core.KickoffPlan;
import java.util.ArrayList;
import java.util.List;

/** The floor: the three rules called one after the other, findings collected in a list. */
public final class HandWrittenPeer {
  /** A checker; it holds no state. */
  public HandWrittenPeer() {}

  /** The findings for {@code plan}, in {@link Violation#ORDER}. */
  public List<Violation> validate(KickoffPlan plan) {
    List<Violation> found = new ArrayList<>(4);
    Headline.Sink sink =
        (id, severity, path, message) -> found.add(new Violation(id, severity, path, message));
    Headline.teamSize(plan, sink);
    Headline.lengthCap(plan, sink);
    Headline.planPresent(plan, sink);
    found.sort(Violation.ORDER);
    return found;
  }
}
