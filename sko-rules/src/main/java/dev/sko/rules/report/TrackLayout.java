package dev.sko.rules.report;

import dev.sko.core.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each session of one agenda day sits on the timeline: parallel sessions (those that share a
 * minute) side by side in tracks, as calendar views lay out clashing appointments. Sessions are
 * grouped into clusters of sessions that overlap one another directly or through a chain; within a
 * cluster each session takes the first track free at its start, and every session of the cluster is
 * as wide as the page divided by the cluster's tracks. A session that clashes with nothing spans
 * the whole width.
 */
final class TrackLayout {
  /** The track of one session and how many tracks its cluster has. */
  record Slot(int track, int tracks) {}

  private TrackLayout() {}

  /** The slot of each of {@code sessions}, in their order. */
  static List<Slot> of(List<Session> sessions) {
    int n = sessions.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // By start, then by end, then by agenda order: a stable, deterministic sweep.
    java.util.Arrays.sort(
        order,
        (a, b) -> {
          Session x = sessions.get(a);
          Session y = sessions.get(b);
          int c = Integer.compare(x.startMinute(), y.startMinute());
          if (c == 0) {
            c = Integer.compare(x.endMinute(), y.endMinute());
          }
          return c != 0 ? c : Integer.compare(a, b);
        });
    int[] track = new int[n];
    int[] clusterOf = new int[n];
    List<Integer> clusterTracks = new ArrayList<>();
    List<Integer> trackEnds = new ArrayList<>(); // end minute of the last session in each track
    int clusterEnd = Integer.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      Session s = sessions.get(i);
      if (s.startMinute() >= clusterEnd) {
        // Nothing placed so far runs into this session: a new cluster starts.
        clusterTracks.add(0);
        trackEnds.clear();
      }
      int cluster = clusterTracks.size() - 1;
      int t = 0;
      while (t < trackEnds.size() && trackEnds.get(t) > s.startMinute()) {
        t++;
      }
      if (t == trackEnds.size()) {
        trackEnds.add(s.endMinute());
      } else {
        trackEnds.set(t, s.endMinute());
      }
      track[i] = t;
      clusterOf[i] = cluster;
      clusterTracks.set(cluster, Math.max(clusterTracks.get(cluster), t + 1));
      clusterEnd = Math.max(clusterEnd, s.endMinute());
    }
    List<Slot> slots = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      slots.add(new Slot(track[i], clusterTracks.get(clusterOf[i])));
    }
    return slots;
  }
}
