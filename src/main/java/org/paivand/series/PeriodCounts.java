package org.paivand.series;

import java.util.Arrays;

/**
 * Daily counts summed per period of one granularity: the positions ({@link SeriesCalendar}) that have counts, in
 * ascending order, and their sums. Two counts per day: articles and, for pairs at sentence scope, sentences.
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
   * Sums the daily counts {@code first[i]} and {@code second[i]} of {@code days[i]} (epoch days, any order, each day
   * at most once) into the periods of {@code granularity}.
   */
  public static PeriodCounts of(SeriesCalendar calendar, Granularity granularity, int[] days, long[] first,
      long[] second) {
    if (days.length == 0) {
      return NONE;
    }
    int[] order = sortedIndexes(days);
    int[] positions = new int[days.length];
    long[] firsts = new long[days.length];
    long[] seconds = new long[days.length];
    int size = 0;
    for (int i : order) {
      int position = calendar.position(granularity, days[i]);
      if (size == 0 || positions[size - 1] != position) {
        positions[size] = position;
        size++;
      }
      firsts[size - 1] += first[i];
      seconds[size - 1] += second[i];
    }
    return new PeriodCounts(Arrays.copyOf(positions, size), Arrays.copyOf(firsts, size),
        Arrays.copyOf(seconds, size));
  }

  /** Daily lists are short (one entry per day a pair or entity occurs): sorting an index array is enough. */
  private static int[] sortedIndexes(int[] days) {
    boolean sorted = true;
    for (int i = 1; i < days.length && sorted; i++) {
      sorted = days[i - 1] <= days[i];
    }
    int[] order = new int[days.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (!sorted) {
      order = Arrays.stream(order).boxed().sorted((x, y) -> Integer.compare(days[x], days[y]))
          .mapToInt(Integer::intValue).toArray();
    }
    return order;
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

  public long second(int i) {
    return second[i];
  }

  /** The first count at {@code position}, 0 when the period has none. */
  public long firstAt(int position) {
    int i = Arrays.binarySearch(positions, position);
    return i < 0 ? 0 : first[i];
  }
}
