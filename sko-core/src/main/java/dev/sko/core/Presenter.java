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

  /**
   * The region, or the empty string when none is given (a given one is not blank): {@link
   * #region()} without the {@code Optional} it builds on each call, computed once per presenter for
   * code that asks on every validation.
   */
  @Value.Lazy
  public String regionOrEmpty() {
    return region().orElse("");
  }

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
