package org.paivand.report;

import java.time.LocalDate;

/**
 * One period of a pair's series, as read from the {@code timeseries} table (see {@code docs/metrics.md}).
 *
 * @param share n_ab / N of the period, null when the period has no articles
 * @param rollingShare trailing mean of the share, null where the table has none
 * @param zscore the period's share against its baseline, null where undefined
 */
public record SeriesPoint(LocalDate periodStart, String label, long pairArticles, long totalArticles, Double share,
    Double rollingShare, Double zscore, boolean spike) {}
