package org.paivand.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.paivand.errors.OutputErrors;

/**
 * What a paivand output directory is, in one place: the files that mark it, the tables under it
 * ({@link OutputTable}), the hidden names beside it, and the one answer to "is this a paivand output?".
 *
 * <pre>
 * DIR/                    the output: one directory per table, _run.json, _SUCCESS
 * DIR/_nightly/           a nightly output's state (partitions.json, articles_state/, pending-RUNID/)
 * .DIR.lock               the lock of the run writing DIR ({@link OutputLock})
 * .DIR.staging-RUNID      a run's output while it is written ({@link OutputPublisher})
 * .DIR.previous-RUNID     the old output while the new one is moved in ({@link DirectorySwap})
 * </pre>
 *
 * <p>A directory is a paivand output when it has {@code _run.json}: every run and every nightly update writes it
 * last before publishing. Names starting with {@code _} or {@code .} are not data for Spark, DuckDB and paivand's
 * readers.
 */
public final class OutputLayout {
  public static final String RUN_REPORT = "_run.json";
  public static final String SUCCESS = "_SUCCESS";
  /** The nightly state directory under a nightly output. */
  public static final String NIGHTLY = "_nightly";
  /** The nightly state's record of processed deliveries: its presence makes an output a nightly one. */
  public static final String NIGHTLY_PARTITIONS = "partitions.json";

  /** What is at an {@code --output} path. */
  public enum Kind {
    /** Nothing: a run creates it. */
    ABSENT,
    /** An empty directory. */
    EMPTY,
    /** The output of {@code paivand run} ({@code _run.json}, no nightly state). */
    RUN,
    /** A nightly output ({@code _nightly/partitions.json}), or a new one that has only its state directory. */
    NIGHTLY,
    /** A directory that is none of these: never replaced. */
    FOREIGN,
    /** A file. */
    FILE
  }

  private OutputLayout() {}

  public static Path table(Path output, OutputTable table) {
    return new Path(output, table.directory());
  }

  /** The {@code pub_month} of a day, {@code yyyy-MM}: what Spark's {@code date_format(..., "yyyy-MM")} gives. */
  public static String month(LocalDate day) {
    return day.toString().substring(0, 7);
  }

  /** {@code pub_month=yyyy-MM}: the directory of one month in a table partitioned by month. */
  public static String monthPartition(String month) {
    return OutputTable.PUB_MONTH + "=" + month;
  }

  public static Path runReport(Path output) {
    return new Path(output, RUN_REPORT);
  }

  public static Path nightlyState(Path output) {
    return new Path(output, NIGHTLY);
  }

  /** The directory a run writes before publishing. */
  public static Path staging(Path output, String runId) {
    return new Path(output.getParent(), "." + output.getName() + ".staging-" + runId);
  }

  /** Every run's staging directory beside {@code output}, as a glob. */
  public static Path stagingGlob(Path output) {
    return new Path(output.getParent(), "." + output.getName() + ".staging-*");
  }

  public static Kind kind(FileSystem fileSystem, Path output) {
    try {
      if (!fileSystem.exists(output)) {
        return Kind.ABSENT;
      }
      if (!fileSystem.getFileStatus(output).isDirectory()) {
        return Kind.FILE;
      }
      if (fileSystem.exists(new Path(nightlyState(output), NIGHTLY_PARTITIONS))) {
        return Kind.NIGHTLY;
      }
      if (fileSystem.exists(runReport(output))) {
        return Kind.RUN;
      }
      FileStatus[] entries = fileSystem.listStatus(output);
      if (entries.length == 0) {
        return Kind.EMPTY;
      }
      boolean onlyState = entries.length == 1 && entries[0].getPath().getName().equals(NIGHTLY);
      return onlyState ? Kind.NIGHTLY : Kind.FOREIGN;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at the output " + output, e);
    }
  }

  /** The output a reader ({@code report}, {@code series}, {@code partners}) may read, or a clear error. */
  public static void requireReadable(FileSystem fileSystem, Path output) {
    Kind kind = kind(fileSystem, output);
    if (kind != Kind.RUN && kind != Kind.NIGHTLY || !exists(fileSystem, runReport(output))) {
      throw OutputErrors.notAnOutput(output, kind == Kind.ABSENT ? "the directory does not exist"
          : "it has no " + RUN_REPORT);
    }
  }

  /** Whether {@code path} exists, as an unchecked call. */
  public static boolean exists(FileSystem fileSystem, Path path) {
    try {
      return fileSystem.exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + path, e);
    }
  }
}
