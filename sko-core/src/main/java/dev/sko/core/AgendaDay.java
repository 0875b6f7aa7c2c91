package dev.sko.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One day of the event: a full or half day holding sessions. The day's date follows from its
 * position in {@link KickoffPlan#days()} and the plan's start date.
 */
@Value.Immutable
public abstract class AgendaDay {
  AgendaDay() {}

  /** Full day (counts 1) or half day (counts 0.5). */
  @Value.Default
  public DayLength length() {
    return DayLength.FULL;
  }

  /** An optional label, such as "Partner Summit". */
  public abstract Optional<String> label();

  /** The sessions of the day, in agenda order. */
  public abstract List<Session> sessions();

  /** A full day holding {@code sessions}. */
  public static AgendaDay of(Session... sessions) {
    for (int i = 0; i < sessions.length; i++) {
      Objects.requireNonNull(sessions[i], "AgendaDay.sessions[" + i + "]");
    }
    return builder().addSessions(sessions).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaDay}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableAgendaDay.Builder {}

  @Value.Check
  void check() {
    label().ifPresent(l -> Checks.nonBlank(l, "AgendaDay.label"));
    Checks.unique(sessions(), Session::id, "AgendaDay.sessions.id");
  }
}
