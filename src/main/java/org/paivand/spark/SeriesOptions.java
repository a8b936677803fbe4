package org.paivand.spark;

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

  public SeriesOptions {
    watchlist = List.copyOf(watchlist);
  }

  public static SeriesOptions defaults() {
    return new SeriesOptions(DEFAULT_WATCHLIST, 3, 7, 4, 3, 28, 12, 12, 3.0, 3);
  }
}
