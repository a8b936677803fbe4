package org.paivand.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Marks every article row as {@code used}, {@code duplicate} or {@code rejected}. An id seen more than once among
 * accepted rows is counted once: the copy kept is the one with the earliest publication day, then the smallest text
 * hash and length, so the choice does not depend on file order or partitioning. Rejected rows are never duplicates:
 * each stays in {@code rejects/} with its reason.
 */
final class DeduplicateArticles {
  static final String STATUS = "status";
  static final String USED = "used";
  static final String DUPLICATE = "duplicate";
  static final String REJECTED = "rejected";

  private DeduplicateArticles() {}

  static Dataset<Row> mark(Dataset<Row> articles) {
    Column accepted = col(ArticleSchema.REASON).isNull();
    Column rank = row_number().over(Window.partitionBy(col(ArticleSchema.ID), accepted)
        .orderBy(col(ArticleSchema.PUB_DAY), col(ArticleSchema.TEXT_HASH), col(ArticleSchema.TEXT_LENGTH)));
    return articles.withColumn(STATUS,
        when(accepted.equalTo(false), lit(REJECTED)).when(rank.equalTo(1), lit(USED)).otherwise(lit(DUPLICATE)));
  }
}
