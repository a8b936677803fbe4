package org.paivand.spark.job;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.paivand.output.NioLocalFileSystem;

/**
 * How paivand starts Spark. Local runs ({@code bin/paivand}, tests) bind to loopback and have no UI; under
 * {@code spark-submit} master and resources come from the submit command ({@link #submitted()}). Both turn on
 * adaptive query execution with partition coalescing that follows the data size ({@link #ADAPTIVE}); the number of
 * shuffle partitions and the input split are then set per run from the input's size ({@code RunSizing}). Local
 * files are written through {@link NioLocalFileSystem}.
 */
public final class SparkSessions {
  /**
   * Adaptive execution, on by default in Spark 4 but stated here because the sizing relies on it. With
   * {@code parallelismFirst} off, coalescing aims at {@code spark.sql.adaptive.advisoryPartitionSizeInBytes} (64 MB)
   * rather than at one partition per core, so that a small run writes a few files instead of hundreds.
   */
  static final Map<String, String> ADAPTIVE = Map.of(
      "spark.sql.adaptive.enabled", "true",
      "spark.sql.adaptive.coalescePartitions.enabled", "true",
      "spark.sql.adaptive.coalescePartitions.parallelismFirst", "false",
      "spark.sql.adaptive.skewJoin.enabled", "true");

  /**
   * A daily table of a corpus spanning 15 years has 180 month directories: listed by the driver, not by a Spark job
   * of 180 tasks per table (the default above 32 paths), which cost about a second per table read.
   */
  static final Map<String, String> LISTING = Map.of(
      "spark.sql.sources.parallelPartitionDiscovery.threshold", "4096");

  /** Local files written without a {@code chmod} process each: {@link NioLocalFileSystem}. */
  static final Map<String, String> FILES = Map.of(
      "spark.hadoop." + NioLocalFileSystem.SETTING, NioLocalFileSystem.class.getName());

  private SparkSessions() {}

  public static SparkSession local(String master, Map<String, String> extra) {
    NioLocalFileSystem.install();
    SparkSession.Builder builder = SparkSession.builder()
        .appName("paivand")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    ADAPTIVE.forEach(builder::config);
    LISTING.forEach(builder::config);
    FILES.forEach(builder::config);
    extra.forEach(builder::config);
    return builder.getOrCreate();
  }

  /**
   * The session of a {@code spark-submit}: master and resources come from the submit command, and any setting given
   * there with {@code --conf} wins over paivand's defaults.
   */
  public static SparkSession submitted() {
    NioLocalFileSystem.install();
    SparkConf submittedConf = new SparkConf(); // spark-submit passes its settings as system properties
    SparkSession.Builder builder = SparkSession.builder().appName("paivand");
    Map.of("spark.sql.session.timeZone", "UTC", "spark.sql.sources.partitionOverwriteMode", "dynamic")
        .forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    ADAPTIVE.forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    LISTING.forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    FILES.forEach((key, value) -> defaultTo(builder, submittedConf, key, value));
    return builder.getOrCreate();
  }

  private static void defaultTo(SparkSession.Builder builder, SparkConf submitted, String key, String value) {
    if (!submitted.contains(key)) {
      builder.config(key, value);
    }
  }
}
