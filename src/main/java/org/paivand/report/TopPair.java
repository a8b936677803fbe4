package org.paivand.report;

import org.paivand.stats.Association;

/**
 * A pair over the whole range of the output, at document scope: articles with both, with each, and all articles.
 * Its NPMI is {@link Association#npmi}, the one the {@code timeseries} table has ({@code docs/metrics.md}); it is null
 * when undefined (n_ab = 0, or n_ab = N where −log2(1) = 0) and when the counts contradict each other (more articles
 * with the pair than with one of its entities), so that a report of an inconsistent output still renders.
 */
public record TopPair(String entityA, String entityB, long pairArticles, long aArticles, long bArticles,
    long totalArticles) {

  public Double npmi() {
    if (!Association.consistent(pairArticles, aArticles, bArticles, totalArticles)) {
      return null;
    }
    return Association.npmi(pairArticles, aArticles, bArticles, totalArticles);
  }
}
