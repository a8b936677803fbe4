package org.paivand.report;

/**
 * A pair over the whole range of the output, at document scope: articles with both, with each, and all articles.
 * Association follows {@code docs/metrics.md}: pmi = log2(n_ab·N / (n_a·n_b)), npmi = pmi / −log2(n_ab / N); it is
 * null when undefined (n_ab = 0, or n_ab = N where −log2(1) = 0).
 */
public record TopPair(String entityA, String entityB, long pairArticles, long aArticles, long bArticles,
    long totalArticles) {

  public Double npmi() {
    if (pairArticles <= 0 || aArticles <= 0 || bArticles <= 0 || pairArticles >= totalArticles) {
      return null;
    }
    double n = totalArticles;
    double pmi = log2(pairArticles * n / ((double) aArticles * bArticles));
    return pmi / -log2(pairArticles / n);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
