package org.paivand.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Marks every article row as {@code used}, {@code duplicate} or {@code rejected}. An id seen more than once among
 * accepted rows is counted once. The copy kept:
 *
 * <ul>
 *   <li>when the rows carry an ingest date ({@link #INGEST_DATE}: the delivery a row came in, from an
 *       {@code ingest_date=YYYY-MM-DD} directory of its file): the copy from the <b>latest</b> delivery, so that a
 *       re-delivered article replaces its earlier version; among copies of one delivery, the rule below;
 *   <li>otherwise: the copy with the earliest publication day, then the smallest text hash, then the shortest text.
 * </ul>
 *
 * <p>Neither choice depends on file order or partitioning, so reruns give the same output, and a nightly run (which
 * marks its accumulated per-article state with this same method) agrees with a full run over the same deliveries.
 * Rejected rows are never duplicates: each stays in {@code rejects/} with its reason, and a rejected re-delivery does
 * not retract an earlier accepted copy.
 */
final class DeduplicateArticles {
  static final String STATUS = "status";
  static final String USED = "used";
  static final String DUPLICATE = "duplicate";
  static final String REJECTED = "rejected";
  /** The delivery date of a row as {@code yyyy-MM-dd}, or null when its file is not under an ingest directory. */
  static final String INGEST_DATE = "ingest_date";
  /** {@code .../ingest_date=2024-05-01/part-0.parquet}: the directory naming a row's delivery. */
  static final String INGEST_DIRECTORY = "ingest_date=(\\d{4}-\\d{2}-\\d{2})(/|%2F)";

  private static final String ROW_KEY = "paivand_row_key";
  private static final String LOSER_KEY = "paivand_loser_key";
  /** 16 MB of row keys at most are broadcast to the tasks; more copies than that are joined by a shuffle. */
  static final long MAX_BROADCAST_LOSERS = 1_000_000;

  private DeduplicateArticles() {}

  /**
   * The articles with {@link #STATUS}. Only a narrow projection of the accepted rows (id, the ordering columns and a
   * row key) is shuffled to find the copies that lose; the articles themselves are not moved: a shuffle of the whole
   * article rows (mentions, sentence texts) cost a third of the extraction phase (measured on 200,000 generated
   * articles: 320 MB written and read, 13.5 task-seconds, half of it in GC). {@code articles} is read twice, so it
   * must be persisted or deterministic to recompute (a Parquet read is).
   */
  static Dataset<Row> mark(Dataset<Row> articles) {
    return mark(articles, MAX_BROADCAST_LOSERS);
  }

  /** As {@link #mark(Dataset)}, broadcasting the losing copies' keys only when at most {@code maxBroadcast}. */
  static Dataset<Row> mark(Dataset<Row> articles, long maxBroadcast) {
    Column accepted = col(ArticleSchema.REASON).isNull();
    List<Column> order = new ArrayList<>();
    List<Column> keyColumns = new ArrayList<>(List.of(col(ArticleSchema.ID), col(ROW_KEY), col(ArticleSchema.PUB_DAY),
        col(ArticleSchema.TEXT_HASH), col(ArticleSchema.TEXT_LENGTH)));
    if (Arrays.asList(articles.columns()).contains(INGEST_DATE)) {
      order.add(col(INGEST_DATE).desc_nulls_last()); // yyyy-MM-dd strings sort as dates
      keyColumns.add(col(INGEST_DATE));
    }
    order.addAll(List.of(col(ArticleSchema.PUB_DAY), col(ArticleSchema.TEXT_HASH), col(ArticleSchema.TEXT_LENGTH)));
    // the same row gets the same key in both reads: same partitions, same order
    Dataset<Row> keyed = articles.withColumn(ROW_KEY, monotonically_increasing_id());
    Dataset<Row> losers = keyed.filter(accepted)
        .select(keyColumns.toArray(Column[]::new))
        .withColumn("rank", row_number().over(Window.partitionBy(col(ArticleSchema.ID))
            .orderBy(order.toArray(Column[]::new))))
        .filter(col("rank").gt(1))
        .select(col(ROW_KEY).as(LOSER_KEY))
        .localCheckpoint(true);
    // few copies (the usual case) go to every task whole; many are joined by a shuffle, still correct
    Dataset<Row> loserKeys = losers.count() <= maxBroadcast ? broadcast(losers) : losers;
    return keyed.join(loserKeys, col(ROW_KEY).equalTo(col(LOSER_KEY)), "left_outer")
        .withColumn(STATUS, when(accepted.equalTo(false), lit(REJECTED))
            .when(col(LOSER_KEY).isNull(), lit(USED)).otherwise(lit(DUPLICATE)))
        .drop(ROW_KEY, LOSER_KEY);
  }

  /**
   * Runs {@code extract} over the projected input rows and appends each row's {@link #INGEST_DATE}, taken from the
   * path of the file it was read from. Must be applied directly to the read (the file name is known only in the
   * scan's stage).
   */
  static Dataset<Row> extractWithIngest(Dataset<Row> input, MapPartitionsFunction<Row, Row> extract) {
    Dataset<Row> tagged = input.withColumn(INGEST_DATE,
        nullif(regexp_extract(input_file_name(), INGEST_DIRECTORY, 1), lit("")));
    return tagged.mapPartitions(new IngestCarrier(extract, tagged.schema().fieldIndex(INGEST_DATE)),
        Encoders.row(withIngest(ArticleSchema.SCHEMA)));
  }

  static StructType withIngest(StructType articleSchema) {
    return articleSchema.add(INGEST_DATE, DataTypes.StringType);
  }

  /**
   * Feeds input rows to the extraction and appends each input row's ingest date to the article row made from it.
   * The extraction ({@link ExtractMentions}) turns exactly one input row into one output row, lazily and in order,
   * so the last input row handed out is the one the returned row was made from.
   */
  private static final class IngestCarrier implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MapPartitionsFunction<Row, Row> extract;
    private final int ingestField;

    IngestCarrier(MapPartitionsFunction<Row, Row> extract, int ingestField) {
      this.extract = extract;
      this.ingestField = ingestField;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) throws Exception {
      String[] current = new String[1];
      Iterator<Row> articles = extract.call(new Iterator<>() {
        @Override
        public boolean hasNext() {
          return input.hasNext();
        }

        @Override
        public Row next() {
          Row row = input.next();
          current[0] = row.isNullAt(ingestField) ? null : row.getString(ingestField);
          return row;
        }
      });
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return articles.hasNext();
        }

        @Override
        public Row next() {
          Row article = articles.next();
          Object[] values = new Object[article.length() + 1];
          for (int i = 0; i < article.length(); i++) {
            values[i] = article.get(i);
          }
          values[article.length()] = current[0];
          return RowFactory.create(values);
        }
      };
    }
  }
}
