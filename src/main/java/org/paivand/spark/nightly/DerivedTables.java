package org.paivand.spark.nightly;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputTable;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.timeseries.TimeSeriesInputs;
import org.paivand.spark.timeseries.TimeSeriesTables;

/**
 * Recomputes the tables derived from the daily tables after a night changed them: {@code timeseries}, rebuilt whole
 * when the output keeps it. Called with tonight's months staged, before the commit, so it is published in the same
 * update as the months it was built from.
 *
 * <p>The daily tables after tonight are the published months that are not rewritten plus the staged months (a
 * rewritten month with no rows left has no staged partition and is deleted by the commit). Built from that union,
 * the series is what {@code paivand series} would compute over the output once committed, without copying the
 * untouched months anywhere: their files are read where they are, under the lock no other run changes them.
 */
final class DerivedTables {
  private DerivedTables() {}

  /**
   * @param schemas per month table written tonight, its schema with {@code pub_month}: a table may have no files yet
   * @param tableRows receives the rows written per derived table
   * @return the derived tables (paths relative to the output) to replace in the commit
   */
  static List<String> recompute(SparkSession spark, Path output, NightlyCommit commit, List<String> rewrittenMonths,
      SeriesOptions series, List<String> sliceKinds, Map<OutputTable, StructType> schemas,
      Map<String, Long> tableRows) throws IOException {
    if (series == null) {
      return List.of();
    }
    FileSystem fileSystem = output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    Function<OutputTable, Dataset<Row>> afterTonight = table -> {
      try {
        return monthsAfterTonight(spark, fileSystem, output, commit, table, schemas.get(table), rewrittenMonths);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + table + " of " + output, e);
      }
    };
    boolean sliced = !sliceKinds.isEmpty();
    TimeSeriesInputs inputs = TimeSeriesInputs.of(afterTonight.apply(OutputTable.TOTALS_DAILY),
        afterTonight.apply(OutputTable.ENTITIES_DAILY), afterTonight.apply(OutputTable.PAIRS_DAILY),
        sliced ? afterTonight.apply(OutputTable.TOTALS_BY_SLICE) : null,
        sliced ? afterTonight.apply(OutputTable.ENTITIES_BY_SLICE) : null,
        sliced ? afterTonight.apply(OutputTable.PAIRS_BY_SLICE) : null);
    tableRows.put(OutputTable.TIMESERIES.directory(), TimeSeriesTables.write(
        TimeSeriesTables.build(spark, inputs, series, false),
        commit.staged(OutputTable.TIMESERIES.directory())));
    return List.of(OutputTable.TIMESERIES.directory());
  }

  /** A month table as it will be after the commit: published months not rewritten tonight, and tonight's. */
  private static Dataset<Row> monthsAfterTonight(SparkSession spark, FileSystem fileSystem, Path output,
      NightlyCommit commit, OutputTable table, StructType schema, List<String> rewrittenMonths) throws IOException {
    Dataset<Row> rows = spark.createDataFrame(List.of(), schema);
    Path published = OutputLayout.table(output, table);
    if (fileSystem.exists(published)) {
      rows = rows.unionByName(spark.read().schema(schema).parquet(published.toString())
          .filter(col(OutputTable.PUB_MONTH).isin(rewrittenMonths.toArray()).unary_$bang()));
    }
    Path staged = commit.staged(table.directory());
    if (fileSystem.exists(staged)) {
      rows = rows.unionByName(spark.read().schema(schema).parquet(staged.toString()));
    }
    return rows;
  }
}
