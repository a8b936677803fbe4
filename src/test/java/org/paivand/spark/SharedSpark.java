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
      // one session runs hundreds of tests' jobs: Spark's status store keeps 1,000 queries with their plans and
      // 100,000 tasks by default, and in a full `verify` the live heap doubled and a 200-article bench run took 25 s
      // instead of 9 alone; a few hundred are enough for every test that reads job counts (PhaseTimer)
      session = SparkSessions.local("local[2]", Map.of("spark.sql.shuffle.partitions", "2",
          "spark.default.parallelism", "2", "spark.sql.ui.retainedExecutions", "50", "spark.ui.retainedJobs", "300",
          "spark.ui.retainedStages", "500", "spark.ui.retainedTasks", "5000"));
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
