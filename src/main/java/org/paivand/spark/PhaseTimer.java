package org.paivand.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times the phases of a run, names the Spark jobs of each phase, and logs one line per finished phase. */
final class PhaseTimer {
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");

  private final SparkSession spark;
  private final Progress progress;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private String current;
  private long startedAt;

  PhaseTimer(SparkSession spark, Progress progress) {
    this.spark = spark;
    this.progress = progress;
  }

  void start(String phase, String description) {
    finish();
    current = phase;
    startedAt = System.nanoTime();
    spark.sparkContext().setJobDescription("paivand " + phase + ": " + description);
    progress.phase(phase);
  }

  /** Ends the current phase, logging its key figures. */
  void finish(String figures) {
    if (current != null) {
      double elapsed = (System.nanoTime() - startedAt) / 1e9;
      seconds.put(current, Math.round(elapsed * 1000) / 1000.0);
      progress.phaseDone(current, elapsed, figures);
      LOG.info("phase {} done in {} s{}", current, String.format("%.1f", elapsed),
          figures.isEmpty() ? "" : ": " + figures);
      current = null;
    }
  }

  void finish() {
    finish("");
  }

  /** Seconds per finished phase, in start order. */
  Map<String, Double> seconds() {
    finish();
    spark.sparkContext().setJobDescription(null);
    return new LinkedHashMap<>(seconds);
  }
}
