package org.paivand.spark.input;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes a run's shuffles from its input instead of Spark's constant 200 partitions. The commands call
 * {@link #apply} on the session before {@link CooccurrenceJob#run}; a notebook may too.
 *
 * <ul>
 *   <li>The number of shuffle partitions is the input's size in bytes times {@link #SHUFFLE_BYTES_PER_INPUT_BYTE}
 *       (what the job shuffles per byte of Parquet it reads, measured: see {@code docs/deploy.md}), over
 *       {@link #TARGET_PARTITION_BYTES}; at least the session's default parallelism, so that every core gets a
 *       task, and at most {@link #MAX_PARTITIONS}.
 *   <li>Adaptive query execution, which {@link SparkSessions} turns on, then merges partitions that came out small
 *       after each shuffle, so a small run writes few small files and a skewed one is split.
 *   <li>A number the user chose ({@code --conf spark.sql.shuffle.partitions=N} to {@code bin/paivand} or
 *       {@code spark-submit}) is kept.
 * </ul>
 */
public final class RunSizing {
  public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  public static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";
  public static final String OPEN_COST_BYTES = "spark.sql.files.openCostInBytes";
  /** Files a split holds when they are tiny: a daily table has one small file per month. */
  static final int SMALL_FILES_PER_SPLIT = 32;
  /** Spark's default input split: a task reads at most this much Parquet. */
  static final long MAX_SPLIT_BYTES = 128L << 20;
  /**
   * Shuffled bytes per byte of input Parquet: measured 0.41 on full Persian articles and 0.65 to 0.71 on the
   * headline-heavy demo corpus (jobs/sizing/measure, docs/deploy.md), rounded up.
   */
  static final double SHUFFLE_BYTES_PER_INPUT_BYTE = 0.75;
  /** Spark's own advisory partition size for adaptive execution (64 MB): the size each shuffle partition aims at. */
  static final long TARGET_PARTITION_BYTES = 64L << 20;
  static final int MAX_PARTITIONS = 20_000;
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");

  private RunSizing() {}

  /** The number of shuffle partitions for an input of this many bytes on a session with this parallelism. */
  static int forInput(long inputBytes, int parallelism) {
    double shuffled = Math.max(0, inputBytes) * SHUFFLE_BYTES_PER_INPUT_BYTE;
    long bySize = (long) Math.ceil(shuffled / TARGET_PARTITION_BYTES);
    return (int) Math.min(MAX_PARTITIONS, Math.max(Math.max(1, parallelism), bySize));
  }

  /**
   * The input split for an input of this many bytes on a session with this parallelism: at most 128 MB, and the
   * input cut into a whole number of waves of {@code parallelism} tasks, so that no core idles through a last short
   * wave (Parquet is split between row groups, so the waves are whole to a row group).
   */
  static long splitBytes(long inputBytes, int parallelism) {
    int cores = Math.max(1, parallelism);
    long waves = Math.max(1, (inputBytes + cores * MAX_SPLIT_BYTES - 1) / (cores * MAX_SPLIT_BYTES));
    long split = (inputBytes + cores * waves - 1) / (cores * waves);
    return Math.max(1L << 20, Math.min(MAX_SPLIT_BYTES, split));
  }

  /**
   * Sets {@code spark.sql.shuffle.partitions} and the input split on the session from the size of the inputs,
   * unless the user set them; returns the number of shuffle partitions in force. An input that cannot be measured
   * counts as empty: reading it fails later, with the job's own message.
   */
  public static int apply(SparkSession spark, List<String> inputs) {
    long bytes = inputBytes(spark.sparkContext().hadoopConfiguration(), inputs);
    int parallelism = spark.sparkContext().defaultParallelism();
    if (!spark.sparkContext().getConf().contains(MAX_PARTITION_BYTES)) {
      long split = splitBytes(bytes, parallelism);
      spark.conf().set(MAX_PARTITION_BYTES, split);
      if (!spark.sparkContext().getConf().contains(OPEN_COST_BYTES)) {
        // Spark counts each file as 4 MB more than its size when it packs splits: with a split of a few MB every
        // tiny month file of a daily table became a task of its own (354 tasks to read 354 small files)
        spark.conf().set(OPEN_COST_BYTES, Math.min(4L << 20, split / SMALL_FILES_PER_SPLIT));
      }
    }
    if (spark.sparkContext().getConf().contains(SHUFFLE_PARTITIONS)) {
      int chosen = Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS));
      LOG.info("sizing: {} shuffle partitions, as set by the user", chosen);
      return chosen;
    }
    int partitions = forInput(bytes, parallelism);
    spark.conf().set(SHUFFLE_PARTITIONS, partitions);
    LOG.info("sizing: {} MB of input, {} shuffle partitions (adaptive execution merges small ones)",
        String.format("%.1f", bytes / 1e6), partitions);
    return partitions;
  }

  /** The total size of the files under the inputs (paths, directories or globs, on any Hadoop file system). */
  static long inputBytes(Configuration hadoop, List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fileSystem = path.getFileSystem(hadoop);
        FileStatus[] matches = fileSystem.globStatus(path);
        for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
          total += fileSystem.getContentSummary(match.getPath()).getLength();
        }
      } catch (IOException | IllegalArgumentException e) {
        LOG.debug("cannot measure input {}: {}", input, e.toString());
      }
    }
    return total;
  }
}
