package org.paivand.spark.timeseries;

import org.paivand.spark.job.SeriesOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.paivand.output.DirectorySwap;
import org.paivand.output.OutputLayout;
import org.paivand.output.OutputTable;
import org.paivand.output.RunId;

/**
 * Rebuilds the {@code timeseries} table of an existing output from its daily tables and swaps it in, the rest of the
 * output untouched: written beside the table ({@code .timeseries.staging-ID}, a name readers skip), then the old
 * table renamed aside, the new one renamed into place and the old one deleted. A failure before the swap deletes
 * the new table and leaves the old one; each rename is atomic on HDFS and local disks.
 */
public final class TimeSeriesRebuild {
  private TimeSeriesRebuild() {}

  /** Returns the rows written. */
  public static long rebuild(SparkSession spark, String directory, SeriesOptions options) {
    FileSystem fileSystem = TimeSeriesInputs.fileSystem(spark, directory);
    Path root = fileSystem.makeQualified(new Path(directory));
    TimeSeriesInputs.requirePaivandOutput(fileSystem, root);
    String id = RunId.of(Instant.now());
    Path table = OutputLayout.table(root, OutputTable.TIMESERIES);
    Path staging = new Path(root, "." + OutputTable.TIMESERIES + ".staging-" + id);
    spark.sparkContext().setJobDescription("rebuild timeseries of " + root);
    try {
      long rows = TimeSeriesTables.write(TimeSeriesTables.build(spark, root.toString(), options), staging);
      DirectorySwap.swap(fileSystem, staging, table, id);
      return rows;
    } catch (IOException e) {
      DirectorySwap.deleteQuietly(fileSystem, staging);
      throw new UncheckedIOException("cannot replace " + table, e);
    } catch (RuntimeException | Error e) {
      DirectorySwap.deleteQuietly(fileSystem, staging);
      throw e;
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }
}
