package org.paivand.spark.timeseries;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import java.util.List;
import org.paivand.errors.OutputErrors;
import org.paivand.errors.UserError;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputTable;
import org.paivand.spark.count.DailyFiles;

/**
 * The daily counts of a paivand output (or of a run's staging directory), every slice in one frame: the unsliced
 * tables as slice {@code all}/{@code all}, the {@code *_daily_by_slice} tables (when the output has them) with their
 * own {@code slice_kind} and {@code slice}. Nothing else of the output is read, so {@code timeseries} is a function of
 * these tables alone and can be rebuilt after they change.
 *
 * @param totals {@code slice_kind, slice, pub_date, articles}
 * @param entities {@code slice_kind, slice, pub_date, entity, articles}
 * @param pairs {@code slice_kind, slice, pub_date, scope, entity_a, entity_b, articles, sentences}
 */
public record TimeSeriesInputs(Dataset<Row> totals, Dataset<Row> entities, Dataset<Row> pairs) {
  public static final String ALL = "all";

  /** Reads the tables under {@code directory}; a directory that is not a paivand output is a {@link UserError}. */
  public static TimeSeriesInputs read(SparkSession spark, String directory) {
    FileSystem fileSystem = fileSystem(spark, directory);
    Path root = new Path(directory);
    requirePaivandOutput(fileSystem, root);
    boolean sliced = hasData(fileSystem, new Path(root, OutputTable.TOTALS_BY_SLICE.directory()));
    return of(daily(spark, root, OutputTable.TOTALS_DAILY), daily(spark, root, OutputTable.ENTITIES_DAILY),
        daily(spark, root, OutputTable.PAIRS_DAILY), sliced ? daily(spark, root, OutputTable.TOTALS_BY_SLICE) : null,
        sliced ? daily(spark, root, OutputTable.ENTITIES_BY_SLICE) : null,
        sliced ? daily(spark, root, OutputTable.PAIRS_BY_SLICE) : null);
  }

  /** A daily table read with its known schema: no job to infer it from the footers of every month. */
  private static Dataset<Row> daily(SparkSession spark, Path root, OutputTable table) {
    return spark.read().schema(DailyFiles.sparkSchema(table)).parquet(table(root, table.directory()));
  }

  /**
   * The inputs from the daily tables as frames (the slice tables null when there are none): how nightly runs build
   * {@code timeseries} from tonight's staged months together with the untouched published ones.
   */
  public static TimeSeriesInputs of(Dataset<Row> totalsDaily, Dataset<Row> entitiesDaily, Dataset<Row> pairsDaily,
      Dataset<Row> totalsBySlice, Dataset<Row> entitiesBySlice, Dataset<Row> pairsBySlice) {
    Dataset<Row> totals = all(totalsDaily)
        .select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col(OutputTable.PUB_DATE),
            col("articles"));
    Dataset<Row> entities = all(entitiesDaily)
        .select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col(OutputTable.PUB_DATE),
            col("entity"), col("articles"));
    Dataset<Row> pairs = all(pairsDaily)
        .select(col(OutputTable.SLICE_KIND), col(OutputTable.SLICE), col(OutputTable.PUB_DATE),
            col("scope"), col("entity_a"), col("entity_b"), col("articles"), col("sentences"));
    if (totalsBySlice != null) {
      totals = totals.unionByName(totalsBySlice.select(columns(totals.columns())));
      entities = entities.unionByName(entitiesBySlice.select(columns(entities.columns())));
      pairs = pairs.unionByName(pairsBySlice.select(columns(pairs.columns())));
    }
    return new TimeSeriesInputs(totals, entities, pairs);
  }

  /** {@code root} holds the three daily tables: an output, or a run's staging directory before its report. */
  static void requirePaivandOutput(FileSystem fileSystem, Path root) {
    if (!exists(fileSystem, root)) {
      throw OutputErrors.notAnOutput(root, "the directory does not exist");
    }
    for (OutputTable table : List.of(OutputTable.PAIRS_DAILY, OutputTable.ENTITIES_DAILY,
        OutputTable.TOTALS_DAILY)) {
      if (!exists(fileSystem, OutputLayout.table(root, table))) {
        throw OutputErrors.notAnOutput(root, "it has no " + table + " table");
      }
    }
  }

  static FileSystem fileSystem(SparkSession spark, String directory) {
    try {
      return new Path(directory).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + directory, e);
    }
  }

  static boolean exists(FileSystem fileSystem, Path path) {
    try {
      return fileSystem.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + path, e);
    }
  }

  /** A sliced table with data files: one written from a corpus whose slice columns were all null has none. */
  private static boolean hasData(FileSystem fileSystem, Path table) {
    try {
      org.apache.hadoop.fs.FileStatus[] files = fileSystem.globStatus(new Path(table, "*/*.parquet"));
      return files != null && files.length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    return java.util.Arrays.stream(names).map(name -> col(name)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static String table(Path root, String name) {
    return new Path(root, name).toString();
  }

  private static Dataset<Row> all(Dataset<Row> table) {
    return table.withColumn(OutputTable.SLICE_KIND, lit(ALL)).withColumn(OutputTable.SLICE, lit(ALL));
  }
}
