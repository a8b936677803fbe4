package org.paivand.series;

import java.util.Arrays;

/**
 * Daily counts summed per period of one granularity: the positions ({@link SeriesCalendar}) that have counts, in
 * ascending order, and their sums. One or two counts per day: articles and, for pairs, sentences.
 */
public final class PeriodCounts {
  static final PeriodCounts NONE = new PeriodCounts(new int[0], new long[0], new long[0]);

  private final int[] positions;
  private final long[] first;
  private final long[] second;

  private PeriodCounts(int[] positions, long[] first, long[] second) {
    this.positions = positions;
    this.first = first;
    this.second = second;
  }

  /**
   * Sums the daily counts {@code first[i]} and {@code second[i]} of {@code days[i]} (epoch days in ascending order:
   * {@link SeriesRows.Days#sorted()}) into the periods of {@code granularity};
   * {@code second} may be null (entities have one count).
   */
  public static PeriodCounts of(SeriesCalendar calendar, Granularity granularity, int[] days, long[] first,
      long[] second) {
    if (days.length == 0) {
      return NONE;
    }
    int[] positions = new int[days.length];
    long[] firsts = new long[days.length];
    long[] seconds = new long[second == null ? 0 : days.length];
    int size = 0;
    for (int i = 0; i < days.length; i++) {
      if (i > 0 && days[i] < days[i - 1]) {
        throw new IllegalArgumentException("days must ascend: " + days[i - 1] + " then " + days[i]);
      }
      int position = calendar.position(granularity, days[i]);
      if (size == 0 || positions[size - 1] != position) {
        positions[size] = position;
        size++;
      }
      firsts[size - 1] += first[i];
      if (second != null) {
        seconds[size - 1] += second[i];
      }
    }
    return new PeriodCounts(Arrays.copyOf(positions, size), Arrays.copyOf(firsts, size),
        second == null ? null : Arrays.copyOf(seconds, size));
  }

  public int size() {
    return positions.length;
  }

  public int position(int i) {
    return positions[i];
  }

  public long first(int i) {
    return first[i];
  }

  /** The second count of the {@code i}-th period; only for counts made with a second array. */
  public long second(int i) {
    return second[i];
  }

  /** The first count at {@code position}, 0 when the period has none. */
  public long firstAt(int position) {
    int i = Arrays.binarySearch(positions, position);
    return i < 0 ? 0 : first[i];
  }
}
