package org.paivand.spark.job;

import java.io.Serializable;
import java.util.List;

/**
 * What the {@code timeseries} output holds and how its statistics are computed; see {@code docs/metrics.md}.
 *
 * @param watchlist pairs (each {@code "A,B"}, any order) that get a row in every period, zeros included
 * @param minSupport other pairs appear only with at least this many articles over the whole range
 * @param dayWindow trailing window, in periods, of {@code rolling_share} for days
 * @param weekWindow the same for ISO and Jalali weeks
 * @param monthWindow the same for Gregorian and Jalali months
 * @param dayBaseline previous periods the {@code zscore} of a day is measured against
 * @param weekBaseline the same for weeks
 * @param monthBaseline the same for months
 * @param spikeZ a period is a spike from this z-score on
 * @param spikeMinArticles ... and with at least this many pair articles
 */
public record SeriesOptions(
    List<String> watchlist,
    long minSupport,
    int dayWindow,
    int weekWindow,
    int monthWindow,
    int dayBaseline,
    int weekBaseline,
    int monthBaseline,
    double spikeZ,
    long spikeMinArticles) implements Serializable {

  public static final List<String> DEFAULT_WATCHLIST = List.of("IR,RU", "AM,AZ");
  /** The longest window or baseline, in periods: a thousand days, weeks or months is more than any corpus spans. */
  public static final int MAX_PERIODS = 1000;

  public SeriesOptions {
    watchlist = List.copyOf(watchlist);
    for (String pair : watchlist) {
      org.paivand.series.EntityPair.parse(pair); // refuses what is not a pair, with a message saying so
    }
    requireRange("window", Math.min(dayWindow, Math.min(weekWindow, monthWindow)), 1);
    requireRange("window", Math.max(dayWindow, Math.max(weekWindow, monthWindow)), 1);
    requireRange("baseline", Math.min(dayBaseline, Math.min(weekBaseline, monthBaseline)), 2);
    requireRange("baseline", Math.max(dayBaseline, Math.max(weekBaseline, monthBaseline)), 2);
    if (minSupport < 1 || spikeMinArticles < 0 || !Double.isFinite(spikeZ)) {
      throw new IllegalArgumentException("minimum support must be at least 1, spike minimum articles at least 0"
          + " and the spike z-score a number, not " + minSupport + ", " + spikeMinArticles + ", " + spikeZ);
    }
  }

  /** The same window and the same baseline for every granularity, as {@code --window} and {@code --baseline} give. */
  public SeriesOptions withWindows(Integer window, Integer baseline) {
    return new SeriesOptions(watchlist, minSupport,
        window == null ? dayWindow : window, window == null ? weekWindow : window,
        window == null ? monthWindow : window, baseline == null ? dayBaseline : baseline,
        baseline == null ? weekBaseline : baseline, baseline == null ? monthBaseline : baseline, spikeZ,
        spikeMinArticles);
  }

  /** The same options following these pairs ({@code "A,B"}) instead. */
  public SeriesOptions withWatchlist(List<String> pairs) {
    return new SeriesOptions(pairs, minSupport, dayWindow, weekWindow, monthWindow, dayBaseline, weekBaseline,
        monthBaseline, spikeZ, spikeMinArticles);
  }

  private static void requireRange(String what, int periods, int least) {
    if (periods < least || periods > MAX_PERIODS) {
      throw new IllegalArgumentException("a " + what + " of " + periods + " periods is outside " + least + ".."
          + MAX_PERIODS);
    }
  }

  public static SeriesOptions defaults() {
    return new SeriesOptions(DEFAULT_WATCHLIST, 3, 7, 4, 3, 28, 12, 12, 3.0, 3);
  }
}
