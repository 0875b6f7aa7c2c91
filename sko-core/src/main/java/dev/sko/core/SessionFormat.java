package dev.sko.core;

/**
 * What kind of time a session is: the agenda mix is measured over presentation and interactive
 * time.
 */
public enum SessionFormat {
  /** Someone talks to the room: keynotes, updates, panels, stories. */
  PRESENTATION,
  /** Attendees practise, discuss or work: workshops, role plays, clinics, breakouts. */
  INTERACTIVE,
  /** Structured social time: dinners, activities, recognition. */
  SOCIAL,
  /** Breaks, meals, travel and registration. */
  LOGISTICS;

  /** Whether this is content time (presentation or interactive), the base of the agenda mix. */
  public boolean isContent() {
    return this == PRESENTATION || this == INTERACTIVE;
  }
}
