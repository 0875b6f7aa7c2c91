package dev.sko.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sko.core.Session;
import dev.sko.core.SessionKind;
import dev.sko.core.testing.TestPlans;
import dev.sko.rules.report.TrackLayout.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackLayoutTest {
  private static Session s(String id, int hour, int minute, int minutes) {
    return TestPlans.session(id, SessionKind.WORKSHOP, hour, minute, minutes);
  }

  @Test
  void sessionsInARowTakeTheWholeWidth() {
    // Back to back: one ends as the next starts, so they do not clash.
    assertThat(TrackLayout.of(List.of(s("a", 9, 0, 60), s("b", 10, 0, 30), s("c", 10, 30, 30))))
        .containsExactly(new Slot(0, 1), new Slot(0, 1), new Slot(0, 1));
  }

  @Test
  void parallelSessionsSitSideBySide() {
    assertThat(TrackLayout.of(List.of(s("a", 9, 0, 60), s("b", 9, 0, 60), s("c", 9, 30, 60))))
        .containsExactly(new Slot(0, 3), new Slot(1, 3), new Slot(2, 3));
  }

  @Test
  void aFreedTrackIsReusedAndTheClusterKeepsItsWidth() {
    // a and b clash; c starts after a ends but while b runs, so it takes a's track; d is alone.
    List<Slot> slots =
        TrackLayout.of(
            List.of(s("a", 9, 0, 30), s("b", 9, 15, 60), s("c", 9, 30, 30), s("d", 11, 0, 30)));
    assertThat(slots)
        .containsExactly(new Slot(0, 2), new Slot(1, 2), new Slot(0, 2), new Slot(0, 1));
  }

  @Test
  void theOrderOfTheAgendaDoesNotChangeTheLayout() {
    assertThat(TrackLayout.of(List.of(s("late", 10, 0, 30), s("early", 9, 0, 90))))
        .containsExactly(new Slot(1, 2), new Slot(0, 2));
    assertThat(TrackLayout.of(List.of(s("long", 9, 0, 90), s("short", 9, 0, 30))))
        .containsExactly(new Slot(1, 2), new Slot(0, 2));
    assertThat(TrackLayout.of(List.of())).isEmpty();
  }
}
