package dev.sko.core;

import java.util.Optional;
import org.immutables.value.Value;

/** A person presenting or facilitating a session. */
@Value.Immutable
public abstract class Presenter {
  Presenter() {}

  /** The presenter's name. */
  public abstract String name();

  /** The presenter's role relative to the sales team. */
  public abstract PresenterRole role();

  /** The presenter's region, where it matters (a deal clinic's facilitator). */
  public abstract Optional<String> region();

  /** A presenter called {@code name} in {@code role}. */
  public static Presenter of(String name, PresenterRole role) {
    return builder().name(name).role(role).build();
  }

  /** A presenter called {@code name} in {@code role} from {@code region}. */
  public static Presenter of(String name, PresenterRole role, String region) {
    return builder().name(name).role(role).region(region).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Presenter}; {@link #build()} checks it. */
  public static final class Builder extends ImmutablePresenter.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "Presenter.name");
    region().ifPresent(r -> Checks.nonBlank(r, "Presenter.region"));
  }
}
