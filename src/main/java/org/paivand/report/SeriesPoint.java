package org.paivand.report;

import java.time.LocalDate;
import org.paivand.stats.ShareInterval;

/**
 * One period of a pair's series, as read from the {@code timeseries} table (see {@code docs/metrics.md}).
 *
 * @param pairArticles n_ab, the articles of the period naming both entities
 * @param totalArticles N, all articles of the period
 * @param share n_ab / N of the period, null when the period has no articles
 * @param rollingShare trailing mean of the share, null where the table has none
 * @param zscore the period's share against its baseline, null where undefined
 */
public record SeriesPoint(LocalDate periodStart, String label, long pairArticles, long totalArticles, Double share,
    Double rollingShare, Double zscore, boolean spike) {

  /**
   * The 95% Wilson interval of the share, from the counts as {@code timeseries.share_low} and {@code share_high}
   * are (so an output written before those columns gets the same band); null without articles.
   */
  public ShareInterval interval() {
    return ShareInterval.wilson(pairArticles, totalArticles);
  }

  /** Too few articles for the share to say much: drawn as a gap, not as a value. */
  public boolean thin(long minVolume) {
    return share == null || totalArticles < minVolume;
  }
}
