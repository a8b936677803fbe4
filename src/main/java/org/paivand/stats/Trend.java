package org.paivand.stats;

/**
 * A period's share against its neighbours, from sums over windows of periods (the Spark side sums, this class
 * divides). Only periods with articles ({@code N > 0}) count: a period without articles has no share, so it neither
 * lowers a mean nor adds to a baseline. Periods in which the pair does not occur count with share 0.
 *
 * <ul>
 *   <li>{@code rollingMean = sum / periods}: the trailing mean of share; null when no period of the window has
 *       articles.
 *   <li>{@code zscore = (share - mean) / std} over the {@code periods} previous periods of the baseline, with the
 *       sample standard deviation (divisor {@code periods - 1}); null when the period has no share, when fewer than
 *       2 baseline periods have articles, or when the standard deviation is 0 (a variance of at most
 *       {@link #ZERO_VARIANCE} times the mean square counts as 0: that is floating-point rounding of equal shares).
 *   <li>{@code spike}: {@code zscore >= minZ}, the pair's articles {@code >= minArticles}, and the lower bound of the
 *       period's {@link ShareInterval} above the baseline mean, so that a period whose share could be the usual one
 *       by chance (a day of two articles) is not a spike however large its z-score; false when zscore is null.
 * </ul>
 */
public final class Trend {
  /** Relative variance below which equal shares, summed in another order, are taken as equal. */
  public static final double ZERO_VARIANCE = 1e-12;

  private Trend() {}

  public static Double rollingMean(double sum, long periods) {
    return periods <= 0 ? null : sum / periods;
  }

  public static Double zscore(Double share, double sum, double sumOfSquares, long periods) {
    if (share == null || periods < 2) {
      return null;
    }
    double mean = sum / periods;
    double variance = (sumOfSquares - sum * mean) / (periods - 1);
    if (variance <= ZERO_VARIANCE * (sumOfSquares / periods)) {
      return null;
    }
    return (share - mean) / Math.sqrt(variance);
  }

  /** The mean share of the baseline periods with articles; null with fewer than 2 (no zscore then either). */
  public static Double baselineMean(double sum, long periods) {
    return periods < 2 ? null : sum / periods;
  }

  public static boolean spike(Double zscore, long pairArticles, ShareInterval interval, Double baselineMean,
      double minZ, long minArticles) {
    return zscore != null && zscore >= minZ && pairArticles >= minArticles && interval != null
        && baselineMean != null && interval.low() > baselineMean;
  }
}
