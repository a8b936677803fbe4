package org.paivand.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * How paivand starts Spark for local runs ({@code bin/paivand}, tests): bound to loopback, no UI, few shuffle
 * partitions. Under {@code spark-submit} the session comes from the cluster configuration instead
 * ({@link #submitted()}).
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession local(String master, Map<String, String> extra) {
    SparkSession.Builder builder = SparkSession.builder()
        .appName("paivand")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", String.valueOf(defaultShufflePartitions()))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.adaptive.enabled", "true");
    extra.forEach(builder::config);
    return builder.getOrCreate();
  }

  /** The session of a {@code spark-submit}: master and resources come from the submit command. */
  public static SparkSession submitted() {
    return SparkSession.builder().appName("paivand").getOrCreate();
  }

  private static int defaultShufflePartitions() {
    return Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
  }
}
