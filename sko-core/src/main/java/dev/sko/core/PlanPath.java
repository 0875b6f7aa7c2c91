package dev.sko.core;

import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A path into a plan, such as {@code days[0].sessions[1].talkTime}: field names (the model's
 * accessor names, which are also the property names of the plan's file formats), each optionally
 * followed by an index into a list. The empty path is the plan itself.
 *
 * <pre>{@code
 * PlanPath talk = PlanPath.parse("days[0].sessions[1]").field("talkTime");
 * talk.parent();                 // days[0].sessions[1]
 * talk.parent().parent();        // days[0].sessions
 * PlanPath.root().field("days").index(2).toString();   // "days[2]"
 * }</pre>
 *
 * <p>Paths order by their text, comparing indexes numerically ({@code days[2]} before {@code
 * days[10]}); two paths compare as equal exactly when they are equal.
 */
@Immutable
public final class PlanPath implements Comparable<PlanPath> {
  // The grammar, checked by hand (no regular expression compiled at class load or matched per
  // location): field names, each a letter then letters and digits, joined by dots; a name may be
  // followed by an index in brackets with no leading zero, so one path names one place.

  private static final PlanPath ROOT = new PlanPath("");

  private final String text;

  private PlanPath(String text) {
    this.text = text;
  }

  /** The plan itself: the empty path. */
  public static PlanPath root() {
    return ROOT;
  }

  /**
   * The path {@code text} writes, such as {@code days[2].sessions[3]} or {@code budget}; the empty
   * text is the plan itself.
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static PlanPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    if (!isValidPath(text)) {
      throw new IllegalArgumentException(
          "PlanPath must look like days[2].sessions[3] or budget, but was \"" + text + "\"");
    }
    return new PlanPath(text);
  }

  /** Whether {@code text} is a path {@link #parse} accepts. */
  public static boolean isValid(String text) {
    return text.isEmpty() || isValidPath(text);
  }

  /** Whether {@code text} is one or more steps: {@code name} or {@code name[index]}, by dots. */
  private static boolean isValidPath(String text) {
    int n = text.length();
    int i = 0;
    while (true) {
      i = nameEnd(text, i);
      if (i < 0) {
        return false;
      }
      if (i < n && text.charAt(i) == '[') {
        int digits = i + 1;
        int j = digits;
        while (j < n && isDigit(text.charAt(j))) {
          j++;
        }
        if (j == digits || j >= n || text.charAt(j) != ']') {
          return false; // no digits, or no closing bracket
        }
        if (text.charAt(digits) == '0' && j - digits > 1) {
          return false; // a leading zero
        }
        i = j + 1;
      }
      if (i == n) {
        return true;
      }
      if (text.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  /** The end of the field name that starts at {@code from}, or -1 if none starts there. */
  private static int nameEnd(String text, int from) {
    int n = text.length();
    if (from >= n || !isLetter(text.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < n && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The field {@code name} of the value at this path: {@code budget} → {@code budget.items}.
   *
   * @throws IllegalArgumentException if the name is not a letter followed by letters and digits
   */
  public PlanPath field(String name) {
    Objects.requireNonNull(name, "name");
    if (nameEnd(name, 0) != name.length()) {
      throw new IllegalArgumentException(
          "PlanPath field name must be a letter followed by letters and digits, but was \""
              + name
              + "\"");
    }
    return new PlanPath(text.isEmpty() ? name : text + "." + name);
  }

  /**
   * The element at {@code index} of the list at this path: {@code days} → {@code days[2]}.
   *
   * @throws IllegalArgumentException if the index is negative, or this path does not end in a field
   *     name (the plan itself and list elements are not lists)
   */
  public PlanPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("PlanPath index must be >= 0, but was " + index);
    }
    if (text.isEmpty() || text.endsWith("]")) {
      throw new IllegalArgumentException(
          "PlanPath index must follow a field name, but the path is \"" + text + "\"");
    }
    return new PlanPath(text + "[" + index + "]");
  }

  /**
   * The path one step up: {@code days[2].sessions[3]} → {@code days[2].sessions} → {@code days[2]}
   * → {@code days} → the plan itself, whose parent is itself.
   */
  public PlanPath parent() {
    if (text.endsWith("]")) {
      return new PlanPath(text.substring(0, text.lastIndexOf('[')));
    }
    int dot = text.lastIndexOf('.');
    return dot < 0 ? ROOT : new PlanPath(text.substring(0, dot));
  }

  /** Whether this is the plan itself. */
  public boolean isRoot() {
    return text.isEmpty();
  }

  /**
   * The steps of this path from the plan down: each a field name, or an index as its decimal digits
   * in brackets ({@code [2]}).
   */
  public List<String> steps() {
    List<String> steps = new ArrayList<>();
    for (String segment : text.isEmpty() ? new String[0] : text.split("\\.", -1)) {
      int open = segment.indexOf('[');
      steps.add(open < 0 ? segment : segment.substring(0, open));
      if (open >= 0) {
        steps.add(segment.substring(open));
      }
    }
    return Collections.unmodifiableList(steps);
  }

  @Override
  public int compareTo(PlanPath other) {
    return compare(text, other.text);
  }

  /**
   * Compares path texts character by character, runs of digits by their value (without parsing
   * them, so no index is too long), and texts that only differ in how a number is written (as in
   * field names {@code a1} and {@code a01}) as strings, so that the order agrees with equality.
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int c = compareNumbers(a.substring(si, i), b.substring(sj, j));
        if (c != 0) {
          return c;
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }

  /** Compares two runs of digits by the numbers they write. */
  private static int compareNumbers(String x, String y) {
    String a = stripLeadingZeros(x);
    String b = stripLeadingZeros(y);
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlanPath && ((PlanPath) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The path's text, such as {@code days[0].sessions[1]}; empty for the plan itself. */
  @Override
  public String toString() {
    return text;
  }
}
