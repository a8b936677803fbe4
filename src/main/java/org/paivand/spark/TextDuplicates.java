package org.paivand.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Counts syndicated copies once: among the articles {@link DeduplicateArticles} left {@code used} (one row per id),
 * articles with the same text ({@code --dedup exact}) or nearly the same text ({@code --dedup near}) form a cluster,
 * and only its earliest article (publication day, then smallest id) stays used. The others become {@code duplicate}
 * rows, so rows read = used + rejected + duplicate still holds, with
 *
 * <ul>
 *   <li>{@link #KIND}: {@code id} for the repeated ids {@link DeduplicateArticles} found (whatever the mode),
 *       {@code exact} for a copy with the kept article's words, {@code near} for one with other words;
 *   <li>{@link #DUPLICATE_OF} and {@link #KEPT_DAY}: the kept article's id and publication day (for {@code id}, the
 *       id itself and the day of the row kept for it);
 *   <li>{@link #SIMILARITY}: Jaccard similarity of the copy's word shingles to the kept article's ({@code 1.0} for
 *       {@code exact}, null for {@code id}). In a chain of near copies it may lie below the threshold: the copy is in
 *       the cluster through an intermediate article.
 * </ul>
 *
 * <p>Exact copies share the 128-bit content hash of their normalized words ({@code TextFingerprint}); articles without
 * any word are never copies. Near copies: see {@link NearDuplicates}.
 */
final class TextDuplicates {
  static final String KIND = "duplicate_kind";
  static final String DUPLICATE_OF = "duplicate_of";
  static final String KEPT_DAY = "kept_pub_day";
  static final String SIMILARITY = "similarity";
  static final String KIND_ID = "id";
  static final String KIND_EXACT = "exact";
  static final String KIND_NEAR = "near";

  private static final String COPY_ID = "copy_id";

  private TextDuplicates() {}

  /**
   * The articles with the four duplicate columns, text copies turned {@code duplicate}. With {@link DedupMode#NONE}
   * a projection of {@code articles}; otherwise the copies are found first (small, checkpointed) and the result is
   * persisted, so that the job's several reads of it do not repeat the join.
   */
  static Dataset<Row> mark(Dataset<Row> articles, JobConfig config) {
    Column status = col(DeduplicateArticles.STATUS);
    Column idCopy = status.equalTo(DeduplicateArticles.DUPLICATE);
    if (config.dedup() == DedupMode.NONE) {
      return articles
          .withColumn(KIND, when(idCopy, lit(KIND_ID)))
          .withColumn(DUPLICATE_OF, when(idCopy, col(ArticleSchema.ID)))
          .withColumn(KEPT_DAY, lit(null).cast(DataTypes.IntegerType))
          .withColumn(SIMILARITY, lit(null).cast(DataTypes.DoubleType));
    }
    Dataset<Row> used = articles.filter(status.equalTo(DeduplicateArticles.USED));
    Dataset<Row> copies = (config.dedup() == DedupMode.EXACT ? exactCopies(used)
        : NearDuplicates.copies(used, config.nearThreshold())).localCheckpoint(true);
    Dataset<Row> joined = articles.join(copies,
        col(ArticleSchema.ID).equalTo(col(COPY_ID)).and(status.equalTo(DeduplicateArticles.USED)), "left_outer");
    Column textCopy = col(COPY_ID).isNotNull();
    return joined
        .withColumn(KIND, when(idCopy, lit(KIND_ID)).otherwise(col(KIND)))
        .withColumn(DUPLICATE_OF, when(idCopy, col(ArticleSchema.ID)).otherwise(col(DUPLICATE_OF)))
        .withColumn(DeduplicateArticles.STATUS, when(textCopy, lit(DeduplicateArticles.DUPLICATE)).otherwise(status))
        .drop(COPY_ID)
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * One row per used article whose words another, earlier article also has: (copy_id, duplicate_of, kept_pub_day,
   * duplicate_kind, similarity). A window over the content hash: no pairs are formed, however many copies a text has.
   */
  static Dataset<Row> exactCopies(Dataset<Row> used) {
    WindowSpec sameText = Window.partitionBy(col(ArticleSchema.CONTENT_HASH_HIGH), col(ArticleSchema.CONTENT_HASH_LOW))
        .orderBy(col(ArticleSchema.PUB_DAY), col(ArticleSchema.ID));
    return used.filter(col(ArticleSchema.CONTENT_HASH_HIGH).isNotNull())
        .select(col(ArticleSchema.ID), col(ArticleSchema.PUB_DAY),
            first(struct(col(ArticleSchema.PUB_DAY), col(ArticleSchema.ID))).over(sameText).as("kept"),
            row_number().over(sameText).as("rank"))
        .filter(col("rank").gt(1))
        .select(col(ArticleSchema.ID).as(COPY_ID), col("kept." + ArticleSchema.ID).as(DUPLICATE_OF),
            col("kept." + ArticleSchema.PUB_DAY).as(KEPT_DAY), lit(KIND_EXACT).as(KIND),
            lit(1.0).as(SIMILARITY));
  }

  /**
   * Writes the {@code duplicates} output (sorted by kept article, then copy) and counts its rows by kind while
   * writing, so the report needs no second pass.
   */
  static DuplicateCounts write(Dataset<Row> marked, String path, JobConfig config) {
    org.apache.spark.sql.Observation written = new org.apache.spark.sql.Observation("duplicates written to " + path);
    Column kind = col("kind");
    table(marked).sort(col("kept_pub_date"), col("duplicate_of"), col("pub_date"), col("id"))
        .observe(written, count(when(kind.equalTo(KIND_ID), lit(1))).as(KIND_ID),
            count(when(kind.equalTo(KIND_EXACT), lit(1))).as(KIND_EXACT),
            count(when(kind.equalTo(KIND_NEAR), lit(1))).as(KIND_NEAR))
        .write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists).parquet(path);
    try {
      java.util.Map<String, Object> counts = written.getAsJava();
      return new DuplicateCounts(config.dedup(), config.nearThreshold(), number(counts.get(KIND_ID)),
          number(counts.get(KIND_EXACT)), number(counts.get(KIND_NEAR)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting duplicates", e);
    }
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  /**
   * The {@code duplicates} output: one row per dropped copy, id copies and text copies alike. An id copy's kept row
   * is the one accepted row of its id that is not itself an id copy (it may be a text copy, listed in its own row).
   */
  static Dataset<Row> table(Dataset<Row> marked) {
    Dataset<Row> duplicates = marked.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.DUPLICATE));
    Dataset<Row> keptPerId = marked
        .filter(col(ArticleSchema.REASON).isNull().and(coalesce(col(KIND), lit("")).notEqual(KIND_ID)))
        .select(col(ArticleSchema.ID).as("kept_id"), col(ArticleSchema.PUB_DAY).as("kept_id_day"));
    return duplicates
        .join(keptPerId, col(ArticleSchema.ID).equalTo(col("kept_id")).and(col(KIND).equalTo(KIND_ID)), "left_outer")
        .select(col(ArticleSchema.ID).as("id"),
            org.apache.spark.sql.functions.date_from_unix_date(col(ArticleSchema.PUB_DAY)).as("pub_date"),
            col(DUPLICATE_OF).as("duplicate_of"),
            org.apache.spark.sql.functions.date_from_unix_date(coalesce(col(KEPT_DAY), col("kept_id_day")))
                .as("kept_pub_date"),
            col(KIND).as("kind"), col(SIMILARITY).as("similarity"));
  }
}
