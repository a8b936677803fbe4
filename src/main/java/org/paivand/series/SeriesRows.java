package org.paivand.series;

import com.carrotsearch.hppc.sorting.IndirectSort;
import java.io.Serializable;
import java.util.function.Consumer;
import org.paivand.stats.Association;
import org.paivand.stats.ShareInterval;
import org.paivand.stats.Trend;

/**
 * The {@code timeseries} rows of one pair in one slice and scope, in every granularity, from daily counts: the
 * pair's, each entity's and the slice's ({@code docs/metrics.md} defines every column). A watchlist pair gets a row
 * in every period, zeros included; any other pair only in the periods where it occurs.
 *
 * <p>The trailing window and the baseline are ranges of period positions. Periods in which the pair does not occur
 * add share 0 to their sums, so only the periods where it occurs are visited: the cost of a row is the number of
 * those in its window and baseline, not the number of periods. Sums run in time order.
 */
public final class SeriesRows {

  /**
   * How the trend columns are computed, per granularity ({@link Granularity#ordinal()}).
   *
   * @param windows periods of the trailing window of {@code rolling_share}, the current one included
   * @param baselines previous periods the {@code zscore} is measured against
   */
  public record Settings(int[] windows, int[] baselines, double spikeZ, long spikeMinArticles)
      implements Serializable {}

  /**
   * The daily counts of one pair and its two entities, each list in any order; {@code pairSentences} is read at
   * sentence scope only.
   */
  public record Days(int[] pairDays, long[] pairArticles, long[] pairSentences, int[] aDays, long[] aArticles,
      int[] bDays, long[] bArticles) {

    /** The same counts with each list in day order: sorted once, then summed into every granularity. */
    public Days sorted() {
      int[] pair = order(pairDays);
      int[] a = order(aDays);
      int[] b = order(bDays);
      return new Days(permute(pairDays, pair), permute(pairArticles, pair), permute(pairSentences, pair),
          permute(aDays, a), permute(aArticles, a), permute(bDays, b), permute(bArticles, b));
    }

    private static int[] order(int[] days) {
      return IndirectSort.mergesort(0, days.length, (i, j) -> Integer.compare(days[i], days[j]));
    }

    private static int[] permute(int[] values, int[] order) {
      int[] out = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = values[order[i]];
      }
      return out;
    }

    private static long[] permute(long[] values, int[] order) {
      long[] out = new long[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = values[order[i]];
      }
      return out;
    }
  }

  /** One row of the table; {@code position} is the period's in {@link SeriesCalendar}. */
  public record Row(Granularity granularity, int position, long pairArticles, Long pairSentences, long aArticles,
      long bArticles, long totalArticles, Double share, Double shareLow, Double shareHigh, Double pmi, Double npmi,
      Double llr, Double jaccard, Double rollingShare, Double zscore, boolean spike) {}

  private SeriesRows() {}

  public static void build(SeriesCalendar calendar, SliceTotals totals, Settings settings, boolean sentenceScope,
      boolean everyPeriod, Days unsorted, Consumer<Row> sink) {
    Days days = unsorted.sorted();
    for (Granularity granularity : Granularity.values()) {
      int g = granularity.ordinal();
      PeriodCounts pair = PeriodCounts.of(calendar, granularity, days.pairDays(), days.pairArticles(),
          days.pairSentences());
      PeriodCounts a = PeriodCounts.of(calendar, granularity, days.aDays(), days.aArticles(), null);
      PeriodCounts b = PeriodCounts.of(calendar, granularity, days.bDays(), days.bArticles(), null);
      double[] shares = new double[pair.size()];
      for (int i = 0; i < shares.length; i++) {
        long n = totals.total(granularity, pair.position(i));
        shares[i] = n > 0 ? (double) pair.first(i) / n : 0.0;
      }
      int windowSpan = settings.windows()[g] - 1;
      int baseline = settings.baselines()[g];
      int rows = everyPeriod ? calendar.periods(granularity) : pair.size();
      int at = 0;
      int windowFrom = 0;
      int baselineFrom = 0;
      for (int k = 0; k < rows; k++) {
        int p = everyPeriod ? k : pair.position(k);
        boolean occurs = at < pair.size() && pair.position(at) == p;
        while (windowFrom < pair.size() && pair.position(windowFrom) < p - windowSpan) {
          windowFrom++;
        }
        double windowSum = 0;
        for (int i = windowFrom; i < pair.size() && pair.position(i) <= p; i++) {
          windowSum += shares[i];
        }
        while (baselineFrom < pair.size() && pair.position(baselineFrom) < p - baseline) {
          baselineFrom++;
        }
        double baselineSum = 0;
        double baselineSquares = 0;
        for (int i = baselineFrom; i < pair.size() && pair.position(i) < p; i++) {
          baselineSum += shares[i];
          baselineSquares += shares[i] * shares[i];
        }
        long nab = occurs ? pair.first(at) : 0;
        Long sentences = sentenceScope ? (Long) (occurs ? pair.second(at) : 0L) : null;
        if (occurs) {
          at++;
        }
        sink.accept(row(granularity, p, nab, sentences, a.firstAt(p), b.firstAt(p), totals.total(granularity, p),
            windowSum, totals.periodsWithArticles(granularity, p - windowSpan, p), baselineSum, baselineSquares,
            totals.periodsWithArticles(granularity, p - baseline, p - 1), settings));
      }
    }
  }

  private static Row row(Granularity granularity, int position, long nab, Long sentences, long na, long nb, long n,
      double windowSum, int windowPeriods, double baselineSum, double baselineSquares, int baselinePeriods,
      Settings settings) {
    Double share = Association.share(nab, n);
    ShareInterval interval = ShareInterval.wilson(nab, n);
    Double zscore = Trend.zscore(share, baselineSum, baselineSquares, baselinePeriods);
    return new Row(granularity, position, nab, sentences, na, nb, n, share,
        interval == null ? null : interval.low(), interval == null ? null : interval.high(),
        Association.pmi(nab, na, nb, n), Association.npmi(nab, na, nb, n), Association.llr(nab, na, nb, n),
        Association.jaccard(nab, na, nb, n), Trend.rollingMean(windowSum, windowPeriods), zscore,
        Trend.spike(zscore, nab, interval, Trend.baselineMean(baselineSum, baselinePeriods), settings.spikeZ(),
            settings.spikeMinArticles()));
  }
}
