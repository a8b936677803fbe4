package org.paivand.spark.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.paivand.output.OutputTable;
import org.paivand.output.TemporaryFiles;

/**
 * The per-article output tables, made from compact rows: {@code articles} and {@code mentions} of the articles that
 * count ({@link ArticleFiles}: the mention rows are made from the compact {@code facts} as they are written, so a
 * mention never crosses a shuffle as a row of its own), {@code rejects} of the rows that were not used.
 */
public final class ArticleRows {

  private ArticleRows() {}

  /**
   * The accepted rows that count: not rejected, and not a copy ({@code excluded}: sorted row keys, from
   * {@code Exclusions.rowKeys()}).
   */
  public static Dataset<Row> counted(Dataset<Row> compact, long[] excluded) {
    Dataset<Row> accepted = compact.filter(col(CompactArticles.REASON).isNull());
    if (excluded.length == 0) {
      return accepted;
    }
    int rowKey = compact.schema().fieldIndex(CompactArticles.ROW_KEY);
    return accepted.filter((FilterFunction<Row>) row -> Arrays.binarySearch(excluded, row.getLong(rowKey)) < 0);
  }

  /** What {@link #writeArticlesAndMentions} wrote: rows of each table and the texts cut to the length limit. */
  public record Written(long articles, long mentions, long truncated) {}

  /**
   * Writes {@code articles} and {@code mentions} of the counted rows under the two directories, in one Spark job
   * ({@link ArticleFiles}): the rows spread by publication month (Spark's {@code rebalance}, which also splits a
   * month too large for one task), each task writing its months' files.
   */
  public static Written writeArticlesAndMentions(Dataset<Row> counted, String[] dictionary, boolean withText,
      Path articles, Path mentions) {
    SparkSession spark = counted.sparkSession();
    try {
      FileSystem fileSystem = articles.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fileSystem.mkdirs(articles); // a table without rows is still there, empty
      fileSystem.mkdirs(mentions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + articles.getParent(), e);
    }
    List<Column> columns = new java.util.ArrayList<>();
    for (String name : ArticleFiles.INPUT) {
      columns.add(name.equals(CompactArticles.SENTENCE_TEXTS) && !withText
          ? lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)).as(name) : col(name));
    }
    SerializableConfiguration hadoop = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    long articleRows = 0;
    long mentionRows = 0;
    long truncated = 0;
    for (Row written : counted.select(columns.toArray(Column[]::new))
        .withColumn(OutputTable.PUB_MONTH, date_format(date_from_unix_date(col(CompactArticles.PUB_DAY)), "yyyy-MM"))
        .hint("rebalance", col(OutputTable.PUB_MONTH))
        .drop(OutputTable.PUB_MONTH)
        .mapPartitions(new ArticleFiles(dictionary, withText, articles.toString(), mentions.toString(), hadoop),
            Encoders.row(ArticleFiles.WRITTEN))
        .collectAsList()) {
      if (written.getString(0).equals(OutputTable.ARTICLES.directory())) {
        articleRows += written.getLong(1);
        truncated += written.getLong(2);
      } else {
        mentionRows += written.getLong(1);
      }
    }
    TemporaryFiles.deleteUnder(articles, hadoop.value());
    TemporaryFiles.deleteUnder(mentions, hadoop.value());
    return new Written(articleRows, mentionRows, truncated);
  }

  /** The schemas of {@code articles} and {@code mentions} as Spark reads them (with {@code pub_month}). */
  public static StructType schema(OutputTable table, boolean withText) {
    StructType columns = table == OutputTable.ARTICLES ? ArticleFiles.ARTICLES
        : withText ? ArticleFiles.MENTIONS_WITH_TEXT : ArticleFiles.MENTIONS;
    return columns.add(OutputTable.PUB_MONTH, DataTypes.StringType);
  }

  /**
   * The {@code rejects} table: every rejected row with its reason and raw fields, and its delivery
   * ({@code ingest_date}) when {@code withDelivery} (a nightly output keeps rejects per delivery).
   */
  public static Dataset<Row> rejects(Dataset<Row> compact, boolean withDelivery) {
    List<Column> columns = new java.util.ArrayList<>(List.of(col(CompactArticles.ID).as("id"),
        col(CompactArticles.REASON).as("reason"), col(CompactArticles.DETAIL).as("detail"),
        col(CompactArticles.RAW_DATE).as("raw_date"), col(CompactArticles.LANG).as("lang"),
        col(CompactArticles.RAW_TEXT).as("text")));
    if (withDelivery) {
      columns.add(col(CompactArticles.INGEST_DATE));
    }
    return compact.filter(col(CompactArticles.REASON).isNotNull()).select(columns.toArray(Column[]::new));
  }

  /** Observed while writing {@code rejects}: rows per reason. */
  public static Column[] rejectsByReason() {
    return RejectReason.ALL.stream().map(reason -> org.apache.spark.sql.functions.count(
        org.apache.spark.sql.functions.when(col("reason").equalTo(reason), lit(1))).as(reason))
        .toArray(Column[]::new);
  }
}
