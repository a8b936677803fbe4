package org.paivand.spark.dedup;

import org.paivand.spark.job.DedupMode;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.paivand.output.GroupFileWriter;
import org.paivand.output.ParquetSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.paivand.spark.extract.CompactArticles;

/**
 * The accepted rows that do not count, found from narrow keys and collected once on the driver: the losing copies of
 * a repeated id and, with {@code --dedup exact|near}, the text copies among the rest. Tasks receive the sorted row
 * keys ({@link #rowKeys}) and skip those rows; the {@code duplicates} table is made from {@link #rows}.
 *
 * <p>An id seen more than once among accepted rows is counted once. The copy kept:
 *
 * <ul>
 *   <li>when the rows carry an ingest date (the delivery a row came in, from an {@code ingest_date=YYYY-MM-DD}
 *       directory of its file): the copy from the <b>latest</b> delivery, so that a re-delivered article replaces its
 *       earlier version; among copies of one delivery, the rule below;
 *   <li>otherwise: the copy with the earliest publication day, then the smallest text hash, then the shortest text
 *       (then the smallest row key: rows equal in all of these are copies of one text).
 * </ul>
 *
 * <p>Neither choice depends on file order or partitioning, so reruns give the same output, and a nightly run (which
 * finds the exclusions of its whole state with this same class) agrees with a full run over the same deliveries.
 * Rejected rows are never duplicates. The driver holds 12 bytes per excluded row (16 MB per million copies).
 */
public final class Exclusions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KEPT = "kept";
  private static final String LOSER_KEY = "loser_key";

  private final long[] rowKeys;
  private final int[] days;
  private final transient List<Row> rows;
  private final long byId;
  private final long exactText;
  private final long nearText;

  private Exclusions(List<Excluded> excluded, long byId, long exactText, long nearText) {
    List<Excluded> sorted = new ArrayList<>(excluded);
    sorted.sort((a, b) -> Long.compare(a.rowKey, b.rowKey));
    this.rowKeys = sorted.stream().mapToLong(e -> e.rowKey).toArray();
    this.days = sorted.stream().mapToInt(e -> e.day).toArray();
    this.rows = sorted.stream().map(e -> e.row).toList();
    this.byId = byId;
    this.exactText = exactText;
    this.nearText = nearText;
  }

  /** Nothing excluded. */
  public static Exclusions none() {
    return new Exclusions(List.of(), 0, 0, 0);
  }

  /**
   * The exclusions among {@code articles} (compact rows, read twice: persist them or read them from files).
   *
   * @param mode what text copies count once besides repeated ids
   */
  public static Exclusions of(Dataset<Row> articles, DedupMode mode, double nearThreshold) {
    Dataset<Row> accepted = articles.filter(col(CompactArticles.REASON).isNull());
    List<Excluded> excluded = new ArrayList<>();
    for (Row row : losingCopies(accepted).collectAsList()) {
      excluded.add(new Excluded(row.getLong(0), row.getInt(2), RowFactory.create(row.getString(1), row.getInt(2),
          row.getString(1), row.getInt(3), TextDuplicates.KIND_ID, null)));
    }
    long byId = excluded.size();
    long exact = 0;
    long near = 0;
    if (mode != DedupMode.NONE) {
      SparkSession spark = articles.sparkSession();
      Dataset<Row> losers = spark.createDataFrame(excluded.stream().map(e -> RowFactory.create(e.rowKey)).toList(),
          new StructType().add(LOSER_KEY, DataTypes.LongType, false));
      Dataset<Row> used = accepted.join(broadcast(losers), col(CompactArticles.ROW_KEY).equalTo(col(LOSER_KEY)),
          "left_anti");
      Dataset<Row> copies = TextDuplicates.copies(used, mode, nearThreshold);
      Dataset<Row> keyed = copies.join(used.select(col(CompactArticles.ID), col(CompactArticles.ROW_KEY),
          col(CompactArticles.PUB_DAY)), col(TextDuplicates.COPY_ID).equalTo(col(CompactArticles.ID)));
      for (Row row : keyed.select(col(CompactArticles.ROW_KEY), col(CompactArticles.ID),
          col(CompactArticles.PUB_DAY), col(TextDuplicates.DUPLICATE_OF), col(TextDuplicates.KEPT_DAY),
          col(TextDuplicates.KIND), col(TextDuplicates.SIMILARITY)).collectAsList()) {
        boolean exactCopy = TextDuplicates.KIND_EXACT.equals(row.getString(5));
        exact += exactCopy ? 1 : 0;
        near += exactCopy ? 0 : 1;
        excluded.add(new Excluded(row.getLong(0), row.getInt(2), RowFactory.create(row.getString(1),
            row.getInt(2), row.getString(3), row.getInt(4), row.getString(5), row.getDouble(6))));
      }
    }
    return new Exclusions(excluded, byId, exact, near);
  }

  /**
   * The accepted rows that lose to another row of their id: (row key, id, publication day, the kept row's day). A
   * window over narrow keys; the article rows themselves are not moved.
   */
  static Dataset<Row> losingCopies(Dataset<Row> accepted) {
    List<Column> order = new ArrayList<>();
    order.add(col(CompactArticles.INGEST_DATE).desc_nulls_last()); // yyyy-MM-dd strings sort as dates
    order.addAll(List.of(col(CompactArticles.PUB_DAY), col(CompactArticles.TEXT_HASH),
        col(CompactArticles.TEXT_LENGTH), col(CompactArticles.ROW_KEY)));
    var byId = Window.partitionBy(col(CompactArticles.ID)).orderBy(order.toArray(Column[]::new));
    return accepted
        .select(col(CompactArticles.ROW_KEY), col(CompactArticles.ID), col(CompactArticles.PUB_DAY),
            first(col(CompactArticles.PUB_DAY)).over(byId).as(KEPT), row_number().over(byId).as("rank"),
            col(CompactArticles.INGEST_DATE), col(CompactArticles.TEXT_HASH), col(CompactArticles.TEXT_LENGTH))
        .filter(col("rank").gt(1))
        .select(col(CompactArticles.ROW_KEY), col(CompactArticles.ID), col(CompactArticles.PUB_DAY), col(KEPT));
  }

  /** The excluded row keys, sorted: what tasks test rows against ({@link #contains}). */
  public long[] rowKeys() {
    return rowKeys;
  }

  /** Whether {@code rowKey} is among the sorted {@code rowKeys}. */
  public static boolean contains(long[] rowKeys, long rowKey) {
    return rowKeys.length > 0 && Arrays.binarySearch(rowKeys, rowKey) >= 0;
  }

  /** The publication day (epoch day) of each excluded row, keyed by row key: what a nightly run compares. */
  public java.util.Map<Long, Integer> daysByRowKey() {
    java.util.Map<Long, Integer> result = new java.util.HashMap<>();
    for (int i = 0; i < rowKeys.length; i++) {
      result.put(rowKeys[i], days[i]);
    }
    return result;
  }

  /**
   * The {@code duplicates} rows, in row-key order: id, publication day, duplicate of, the kept row's day (epoch days),
   * kind, similarity.
   */
  public List<Row> rows() {
    return rows;
  }

  /** The {@code duplicates} table's columns as written. */
  public static final StructType TABLE = new StructType()
      .add("id", DataTypes.StringType)
      .add("pub_date", DataTypes.DateType)
      .add("duplicate_of", DataTypes.StringType)
      .add("kept_pub_date", DataTypes.DateType)
      .add("kind", DataTypes.StringType)
      .add("similarity", DataTypes.DoubleType);

  /**
   * Writes the {@code duplicates} table under {@code directory} from the driver, one file sorted by kept article,
   * then copy ({@code kept_pub_date, duplicate_of, pub_date, id}): the rows are here already, so no Spark job is
   * needed. Returns the rows written.
   */
  public long write(Path directory, Configuration hadoop) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt((Row row) -> row.getInt(3)).thenComparing(row -> row.getString(2))
        .thenComparingInt(row -> row.getInt(1)).thenComparing(row -> row.getString(0)));
    try {
      FileSystem fileSystem = directory.getFileSystem(hadoop);
      try (GroupFileWriter writer = GroupFileWriter.create(fileSystem,
          new Path(directory, "part-00000.snappy.parquet"), ParquetSchemas.of(TABLE), 128L << 20)) {
        for (Row row : sorted) {
          Group out = writer.newRow();
          out.append("id", row.getString(0));
          out.append("pub_date", row.getInt(1));
          out.append("duplicate_of", row.getString(2));
          out.append("kept_pub_date", row.getInt(3));
          out.append("kind", row.getString(4));
          if (!row.isNullAt(5)) {
            out.append("similarity", row.getDouble(5));
          }
          writer.write(out);
        }
        writer.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + directory, e);
    }
    return sorted.size();
  }

  public DuplicateCounts counts(DedupMode mode, double nearThreshold) {
    return new DuplicateCounts(mode, nearThreshold, byId, exactText, nearText);
  }

  public int size() {
    return rowKeys.length;
  }

  private record Excluded(long rowKey, int day, Row row) {}
}
