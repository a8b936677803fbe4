package org.paivand.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * How paivand starts Spark. Local runs ({@code bin/paivand}, tests) bind to loopback and have no UI; under
 * {@code spark-submit} master and resources come from the submit command ({@link #submitted()}). Both turn on
 * adaptive query execution with partition coalescing that follows the data size ({@link #ADAPTIVE}); the number of
 * shuffle partitions is then set per run from the input's size by {@link ShufflePartitions}.
 */
public final class SparkSessions {
  /**
   * Adaptive execution, on by default in Spark 4 but stated here because the sizing relies on it. With
   * {@code parallelismFirst} off, coalescing aims at {@code spark.sql.adaptive.advisoryPartitionSizeInBytes} (64 MB)
   * rather than at one partition per core, so that a small run writes a few files instead of hundreds.
   */
  /**
   * The extracted articles are cached (memory, then disk), and an article row is wide (mentions, sentence texts):
   * about 5 KB in the cache for a 1,700-character article. Measured on 1,000,000 generated articles with a 2 GB
   * executor, Spark's defaults ran out of heap: a 128 MB input split is about 100,000 articles, whose cached form a
   * task unrolls in memory (250 MB before it gave up and went to disk, while two earlier partitions held the rest),
   * in column batches of 10,000 rows (tens of megabytes each, in buffers that double as they grow). Splits of 16 MB
   * (about 23,000 articles; a file is split between its row groups only) and batches of 1,000 rows keep a task's
   * share small.
   */
  static final Map<String, String> CACHE = Map.of(
      "spark.sql.inMemoryColumnarStorage.batchSize", "1000",
      "spark.sql.files.maxPartitionBytes", String.valueOf(16L << 20));

  static final Map<String, String> ADAPTIVE = Map.of(
      "spark.sql.adaptive.enabled", "true",
      "spark.sql.adaptive.coalescePartitions.enabled", "true",
      "spark.sql.adaptive.coalescePartitions.parallelismFirst", "false",
      "spark.sql.adaptive.skewJoin.enabled", "true");

  private SparkSessions() {}

  public static SparkSession local(String master, Map<String, String> extra) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName("paivand")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    ADAPTIVE.forEach(builder::config);
    CACHE.forEach(builder::config);
    extra.forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The session of a {@code spark-submit}: master and resources come from the submit command, and any setting given
   * there with {@code --conf} wins over paivand's defaults.
   */
  public static SparkSession submitted() {
    SparkConf submittedConf = new SparkConf(); // spark-submit passes its settings as system properties
    SparkSession.Builder builder = SparkSession.builder().appName("paivand");
    Map.of("spark.sql.session.timeZone", "UTC", "spark.sql.sources.partitionOverwriteMode", "dynamic")
        .forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    ADAPTIVE.forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    CACHE.forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    return builder.getOrCreate();
  }

  private static void defaultTo(SparkSession.Builder builder, SparkConf submitted, String key, String value) {
    if (!submitted.contains(key)) {
      builder.config(key, value);
    }
  }
}
