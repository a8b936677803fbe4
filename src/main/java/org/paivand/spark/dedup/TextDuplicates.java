package org.paivand.spark.dedup;

import org.paivand.spark.job.DedupMode;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.paivand.spark.extract.CompactArticles;

/**
 * Syndicated copies among the articles left after repeated ids are counted once ({@code --dedup exact|near}): articles
 * with the same text ({@code exact}) or nearly the same text ({@code near}) form a cluster, and only its earliest
 * article (publication day, then smallest id) counts. Each copy is one row of
 *
 * <ul>
 *   <li>{@code copy_id}: the copy's id (ids are unique among the articles left);
 *   <li>{@link #DUPLICATE_OF} and {@link #KEPT_DAY}: the kept article's id and publication day;
 *   <li>{@link #KIND}: {@code exact} for a copy with the kept article's words, {@code near} for one with other words;
 *   <li>{@link #SIMILARITY}: Jaccard similarity of the copy's word shingles to the kept article's ({@code 1.0} for
 *       {@code exact}). In a chain of near copies it may lie below the threshold: the copy is in the cluster through
 *       an intermediate article.
 * </ul>
 *
 * <p>Exact copies share the 128-bit content hash of their normalized words ({@code TextFingerprint}); articles without
 * any word are never copies. Near copies: see {@link NearDuplicates}.
 */
final class TextDuplicates {
  static final String COPY_ID = "copy_id";
  static final String KIND = "duplicate_kind";
  static final String DUPLICATE_OF = "duplicate_of";
  static final String KEPT_DAY = "kept_pub_day";
  static final String SIMILARITY = "similarity";
  static final String KIND_ID = "id";
  static final String KIND_EXACT = "exact";
  static final String KIND_NEAR = "near";

  private TextDuplicates() {}

  /** The copies among {@code used} (one row per id) under {@code mode}, which is not {@link DedupMode#NONE}. */
  static Dataset<Row> copies(Dataset<Row> used, DedupMode mode, double nearThreshold) {
    return mode == DedupMode.EXACT ? exactCopies(used) : NearDuplicates.copies(used, nearThreshold);
  }

  /**
   * One row per used article whose words another, earlier article also has. A window over the content hash: no
   * pairs are formed, however many copies a text has.
   */
  static Dataset<Row> exactCopies(Dataset<Row> used) {
    WindowSpec sameText = Window.partitionBy(col(CompactArticles.CONTENT_HASH_HIGH),
            col(CompactArticles.CONTENT_HASH_LOW))
        .orderBy(col(CompactArticles.PUB_DAY), col(CompactArticles.ID));
    return used.filter(col(CompactArticles.CONTENT_HASH_HIGH).isNotNull())
        .select(col(CompactArticles.ID), col(CompactArticles.PUB_DAY),
            first(struct(col(CompactArticles.PUB_DAY), col(CompactArticles.ID))).over(sameText).as("kept"),
            row_number().over(sameText).as("rank"))
        .filter(col("rank").gt(1))
        .select(col(CompactArticles.ID).as(COPY_ID), col("kept." + CompactArticles.ID).as(DUPLICATE_OF),
            col("kept." + CompactArticles.PUB_DAY).as(KEPT_DAY), lit(KIND_EXACT).as(KIND),
            lit(1.0).as(SIMILARITY));
  }
}
