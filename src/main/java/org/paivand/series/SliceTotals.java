package org.paivand.series;

import java.io.Serializable;

/**
 * All articles of one slice per period ({@code N}), in every granularity, and how many periods up to each position
 * have articles: the divisors of the trailing mean and of the baseline ({@code docs/metrics.md}, Trend).
 */
public final class SliceTotals implements Serializable {
  private static final long serialVersionUID = 1L;

  /** [granularity][position]. */
  private final long[][] totals;
  /** [granularity][position + 1]: periods with articles among positions 0..position. */
  private final int[][] withArticles;

  private SliceTotals(long[][] totals, int[][] withArticles) {
    this.totals = totals;
    this.withArticles = withArticles;
  }

  /** From the slice's daily totals: {@code articles[i]} accepted articles published on epoch day {@code days[i]}. */
  public static SliceTotals of(SeriesCalendar calendar, int[] days, long[] articles) {
    Granularity[] granularities = Granularity.values();
    long[][] totals = new long[granularities.length][];
    int[][] withArticles = new int[granularities.length][];
    for (Granularity granularity : granularities) {
      int g = granularity.ordinal();
      totals[g] = new long[calendar.periods(granularity)];
      for (int i = 0; i < days.length; i++) {
        totals[g][calendar.position(granularity, days[i])] += articles[i];
      }
      withArticles[g] = new int[totals[g].length + 1];
      for (int p = 0; p < totals[g].length; p++) {
        withArticles[g][p + 1] = withArticles[g][p] + (totals[g][p] > 0 ? 1 : 0);
      }
    }
    return new SliceTotals(totals, withArticles);
  }

  public long total(Granularity granularity, int position) {
    return totals[granularity.ordinal()][position];
  }

  /** Periods with articles among positions {@code from..to} (inclusive), clipped to the calendar. */
  public int periodsWithArticles(Granularity granularity, int from, int to) {
    int[] prefix = withArticles[granularity.ordinal()];
    int low = Math.max(0, from);
    int high = Math.min(prefix.length - 2, to);
    return high < low ? 0 : prefix[high + 1] - prefix[low];
  }
}
