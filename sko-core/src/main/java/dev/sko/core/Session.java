package dev.sko.core;

import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One session of an agenda day: what it is ({@link #kind()}), when it starts, how long the talk and
 * the Q&amp;A run, who presents it, who it is for and where.
 *
 * <pre>{@code
 * Session keynote = Session.builder()
 *     .id("d1-ceo").title("FY27: where we are going")
 *     .kind(SessionKind.KEYNOTE).start(LocalTime.of(9, 0))
 *     .talkTime(Duration.ofMinutes(30)).qaTime(Duration.ofMinutes(10)).qaStyle(QaStyle.MODERATED)
 *     .addPresenter(Presenter.of("Dana Reyes", PresenterRole.EXECUTIVE))
 *     .addTopic(Topic.VISION_STRATEGY)
 *     .build();
 * }</pre>
 *
 * <p>A session ends on the day it starts: {@code start + talkTime + qaTime} may reach midnight but
 * not pass it.
 */
@Value.Immutable
public abstract class Session {
  Session() {}

  private static final int MINUTES_PER_DAY = 24 * 60;

  private static final Duration ONE_DAY = Duration.ofMinutes(MINUTES_PER_DAY);

  /** An id unique within the plan, used in finding locations and waivers. */
  public abstract String id();

  /** The title shown on the agenda. */
  public abstract String title();

  /** What the session is. */
  public abstract SessionKind kind();

  /** The local start time. */
  public abstract LocalTime start();

  /** The talk or working time, Q&amp;A excluded. */
  public abstract Duration talkTime();

  /** Time for questions after the talk; zero when there is none. */
  @Value.Default
  public Duration qaTime() {
    return Duration.ZERO;
  }

  /** How questions are taken. */
  @Value.Default
  public QaStyle qaStyle() {
    return QaStyle.NONE;
  }

  /** Who presents or facilitates. */
  public abstract List<Presenter> presenters();

  /** Who the session is for. */
  @Value.Default
  public Audience audience() {
    return Audience.everyone();
  }

  /** The main stage or a breakout room. */
  @Value.Default
  public RoomKind room() {
    return RoomKind.MAIN_STAGE;
  }

  /** Whether the session is recorded for later review. */
  @Value.Default
  public boolean recorded() {
    return false;
  }

  /** The size of each working group, for deal clinics and breakouts. */
  public abstract OptionalInt groupSize();

  /** How often groups rotate, for skill stations. */
  public abstract Optional<Duration> rotationInterval();

  /** The sentiments of the customers taking part, for customer sessions. */
  public abstract Set<CustomerSentiment> customerMix();

  /** Topics the session is tagged with; see {@link #coveredTopics()}. */
  public abstract Set<Topic> topics();

  /** The people who own the session's content. */
  public abstract List<String> contentOwners();

  /** The format this session counts as, from its kind. */
  public SessionFormat format() {
    return kind().format();
  }

  /**
   * The tagged topics plus those the kind implies, unmodifiable: the set is computed once and
   * shared by every caller of this session.
   */
  @Value.Lazy
  public Set<Topic> coveredTopics() {
    Set<Topic> all = EnumSet.noneOf(Topic.class);
    all.addAll(topics());
    all.addAll(kind().impliedTopics());
    return Sets.immutableEnumSet(all);
  }

  /**
   * The whole length: talk time plus Q&amp;A time. Computed once per session, on first use: rules
   * read it for every session of every validation.
   */
  @Value.Lazy
  public Duration length() {
    return talkTime().plus(qaTime());
  }

  /**
   * {@link #coveredTopics()} as bits: bit {@code t.ordinal()} is set for each covered topic {@code
   * t} ({@link Topic} has fewer than 64 constants). Computed once per session, for code that asks
   * on every validation without walking the set.
   */
  @Value.Lazy
  public long coveredTopicBits() {
    long bits = 0;
    for (Topic t : coveredTopics()) {
      bits |= 1L << t.ordinal();
    }
    return bits;
  }

  /**
   * The presenters' roles as bits: bit {@code r.ordinal()} is set for each {@link PresenterRole}
   * {@code r} a presenter has ({@code PresenterRole} has fewer than 32 constants). Computed once
   * per session, for code that asks on every validation without walking the presenters.
   */
  @Value.Lazy
  public int presenterRoleBits() {
    int bits = 0;
    for (Presenter p : presenters()) {
      bits |= 1 << p.role().ordinal();
    }
    return bits;
  }

  /**
   * The group size, or 0 when none is given (a given one is at least 1): {@link #groupSize()}
   * without the {@code OptionalInt} it builds on each call, computed once per session for code that
   * asks on every validation.
   */
  @Value.Lazy
  public int groupSizeOrZero() {
    return groupSize().orElse(0);
  }

  /**
   * The rotation interval, or zero when none is given (a given one is positive): {@link
   * #rotationInterval()} without the {@code Optional} it builds on each call, computed once per
   * session for code that asks on every validation.
   */
  @Value.Lazy
  public Duration rotationIntervalOrZero() {
    return rotationInterval().orElse(Duration.ZERO);
  }

  /** Minutes from midnight at which the session starts. */
  public int startMinute() {
    return start().getHour() * 60 + start().getMinute();
  }

  /** Minutes from midnight at which the session ends (at most 1440). */
  public int endMinute() {
    return startMinute() + (int) length().toMinutes();
  }

  /** Whether any presenter is an executive. */
  public boolean isExecutiveLed() {
    return hasPresenter(PresenterRole.EXECUTIVE);
  }

  /** Whether any presenter has {@code role}. */
  public boolean hasPresenter(PresenterRole role) {
    Objects.requireNonNull(role, "role");
    // Indexed: an iterator per call is an allocation per session per rule when the list's class
    // varies across plans and the JIT compiler cannot inline the call.
    List<Presenter> presenters = presenters();
    for (int i = 0; i < presenters.size(); i++) {
      if (presenters.get(i).role() == role) {
        return true;
      }
    }
    return false;
  }

  /** Whether this session and {@code other} share some minute of the day. */
  public boolean overlapsInTime(Session other) {
    return startMinute() < other.endMinute() && other.startMinute() < endMinute();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Session}; {@link #build()} checks it. */
  public static final class Builder extends ImmutableSession.Builder {}

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "Session.id");
    Checks.nonBlank(title(), "Session.title");
    Checks.positive(talkTime(), "Session.talkTime");
    Checks.notNegative(qaTime(), "Session.qaTime");
    // Checked before length() adds them, so that a huge duration fails here by name instead of
    // overflowing Duration.plus with an ArithmeticException.
    Checks.check(
        talkTime().compareTo(ONE_DAY) <= 0, "Session.talkTime", talkTime(), "must fit in one day");
    Checks.check(
        qaTime().compareTo(ONE_DAY) <= 0, "Session.qaTime", qaTime(), "must fit in one day");
    Checks.check(
        qaTime().isZero() || qaStyle() != QaStyle.NONE,
        "Session.qaStyle",
        qaStyle(),
        "must say how questions are taken when qaTime is " + qaTime());
    Checks.check(
        start().getSecond() == 0 && start().getNano() == 0,
        "Session.start",
        start(),
        "must be a whole minute");
    Checks.check(
        length().toSeconds() % 60 == 0, "Session.length", length(), "must be whole minutes");
    Checks.check(
        startMinute() + length().toMinutes() <= MINUTES_PER_DAY,
        "Session.start",
        start() + " + " + length(),
        "plus its length must end by midnight of the same day (session " + id() + ")");
    groupSize().ifPresent(n -> Checks.check(n >= 1, "Session.groupSize", n, "must be at least 1"));
    rotationInterval().ifPresent(d -> Checks.positive(d, "Session.rotationInterval"));
    contentOwners().forEach(o -> Checks.nonBlank(o, "Session.contentOwners"));
  }
}
