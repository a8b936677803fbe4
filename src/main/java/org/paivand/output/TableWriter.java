package org.paivand.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes one table of an output as {@link OutputTable} lays it out, in one Spark job, and counts what it wrote while
 * writing ({@link Observation}): the counts a run reports come from the rows Spark committed, never from
 * accumulators updated inside transformations (which a retried task would count twice), and no second read of a
 * written table is needed to count it.
 *
 * <ul>
 *   <li>{@link OutputTable.Partitioning#MONTH}: {@code pub_month} added from {@code pub_date} when absent, each task's
 *       rows sorted by month and the table's sort columns, written under {@code pub_month=yyyy-MM/}. The caller
 *       decides how rows are spread over tasks: whole months per task give one file per month.
 *   <li>{@link OutputTable.Partitioning#NONE}: gathered into one task with {@code coalesce(1)} (no shuffle, no
 *       sampling job of a global sort) and sorted there: these tables are small, and their rows come from data
 *       already computed. A caller whose rows come out of a heavy computation repartitions them first, so that the
 *       computation keeps its parallelism.
 * </ul>
 */
public final class TableWriter {
  private TableWriter() {}

  /** Rows written, and the other figures observed while writing. */
  public record Written(long rows, Map<String, Object> figures) {
    /** An observed figure as a long (0 when the table was empty and the aggregate null). */
    public long count(String name) {
      Object value = figures.get(name);
      return value == null ? 0L : ((Number) value).longValue();
    }

    /** An observed figure as it is (null for the minimum of an empty table). */
    public Object figure(String name) {
      return figures.get(name);
    }
  }

  /** Writes {@code rows} as {@code table} at {@code path}, observing {@code figures} beside the row count. */
  public static Written write(Dataset<Row> rows, OutputTable table, Path path, Column... figures) {
    return write(rows, table, path, null, figures);
  }

  /**
   * As {@link #write(Dataset, OutputTable, Path, Column...)}, with the table partitioned by {@code partitionColumn}
   * instead of its own layout (a nightly output keeps {@code rejects} per delivery, {@code ingest_date}).
   */
  public static Written write(Dataset<Row> rows, OutputTable table, Path path, String partitionColumn,
      Column... figures) {
    String partition = partitionColumn;
    Dataset<Row> laid = rows;
    if (partition == null && table.partitioning() == OutputTable.Partitioning.MONTH) {
      partition = OutputTable.PUB_MONTH;
      if (!Arrays.asList(rows.columns()).contains(OutputTable.PUB_MONTH)) {
        laid = rows.withColumn(OutputTable.PUB_MONTH, date_format(col(OutputTable.PUB_DATE), "yyyy-MM"));
      }
    } else if (partition == null) {
      laid = rows.coalesce(1);
    }
    List<Column> order = new ArrayList<>();
    if (partition != null) {
      order.add(col(partition));
    }
    table.sortColumns().forEach(name -> order.add(col(name)));
    Observation written = new Observation("rows written to " + path);
    List<Column> observed = new ArrayList<>();
    observed.add(count(lit(1)).as("rows"));
    observed.addAll(Arrays.asList(figures));
    Dataset<Row> observedRows = laid.sortWithinPartitions(order.toArray(Column[]::new))
        .observe(written, observed.get(0), observed.subList(1, observed.size()).toArray(Column[]::new));
    var writer = observedRows.write().mode(SaveMode.ErrorIfExists);
    if (partition != null) {
      writer = writer.partitionBy(partition);
    }
    writer.parquet(path.toString());
    Map<String, Object> values = figures(written);
    return new Written(values.get("rows") == null ? 0L : ((Number) values.get("rows")).longValue(), values);
  }

  /** The figures an {@link Observation} collected, once its action has run. */
  public static Map<String, Object> figures(Observation observation) {
    try {
      return observation.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting written rows", e);
    }
  }
}
