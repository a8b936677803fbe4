package org.paivand.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

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
    String id = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    Path table = new Path(root, TimeSeriesTables.TIMESERIES);
    Path staging = new Path(root, "." + TimeSeriesTables.TIMESERIES + ".staging-" + id);
    Path previous = new Path(root, "." + TimeSeriesTables.TIMESERIES + ".previous-" + id);
    spark.sparkContext().setJobDescription("rebuild timeseries of " + root);
    try {
      long rows = TimeSeriesTables.write(TimeSeriesTables.build(spark, root.toString(), options), staging.toString());
      boolean hadTable = fileSystem.exists(table);
      if (hadTable && !fileSystem.rename(table, previous)) {
        throw new IOException("rename " + table + " -> " + previous + " failed");
      }
      if (!fileSystem.rename(staging, table)) {
        if (hadTable) {
          fileSystem.rename(previous, table);
        }
        throw new IOException("rename " + staging + " -> " + table + " failed");
      }
      if (hadTable) {
        fileSystem.delete(previous, true);
      }
      return rows;
    } catch (IOException e) {
      deleteQuietly(fileSystem, staging);
      throw new UncheckedIOException("cannot replace " + table, e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(fileSystem, staging);
      throw e;
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
  }

  private static void deleteQuietly(FileSystem fileSystem, Path path) {
    try {
      fileSystem.delete(path, true);
    } catch (IOException ignored) {
      // the rebuild has failed already; a leftover hidden directory is harmless
    }
  }
}
