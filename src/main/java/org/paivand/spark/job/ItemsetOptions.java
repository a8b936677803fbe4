package org.paivand.spark.job;

import java.io.Serializable;

/**
 * What the {@code itemsets} and {@code itemset_rules} outputs hold; see {@code docs/outputs.md}.
 *
 * @param minSupport an entity set is frequent in a month when it is in at least this fraction of the month's used
 *     articles (and in at least {@link Itemsets#MIN_ARTICLES} articles)
 * @param minConfidence a rule is listed when at least this fraction of the articles holding its antecedent also hold
 *     its consequent
 */
public record ItemsetOptions(double minSupport, double minConfidence) implements Serializable {
  public static final double DEFAULT_MIN_SUPPORT = 0.01;
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

  public ItemsetOptions {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("itemset minimum support must be in (0, 1], not " + minSupport);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("itemset minimum confidence must be in [0, 1], not " + minConfidence);
    }
  }

  public static ItemsetOptions defaults() {
    return new ItemsetOptions(DEFAULT_MIN_SUPPORT, DEFAULT_MIN_CONFIDENCE);
  }
}
