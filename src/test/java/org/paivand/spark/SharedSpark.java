package org.paivand.spark;

import org.paivand.spark.job.SparkSessions;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM ({@code local[2]}, two shuffle partitions, no UI), made on first use and
 * stopped when the JVM exits. Test classes share it instead of paying Spark's start-up each.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.local("local[2]", Map.of("spark.sql.shuffle.partitions", "2",
          "spark.default.parallelism", "2"));
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
