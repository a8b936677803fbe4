package org.paivand.spark.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the phases of a run, names the Spark jobs of each phase, logs one line per finished phase, and counts the
 * Spark jobs and stages the run started (through a job group named after the run: Spark's status tracker lists a
 * group's jobs), which {@code _run.json} reports.
 */
public final class PhaseTimer {
  private static final Logger LOG = LoggerFactory.getLogger("org.paivand.run");
  private static final String JOB_GROUP = "spark.jobGroup.id";

  private final SparkSession spark;
  private final RunProgress progress;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final String group;
  private final String previousGroup;
  private String current;
  private long startedAt;

  /** Starts counting the Spark jobs of run {@code runId}; {@link #seconds()} ends it. */
  public PhaseTimer(SparkSession spark, RunProgress progress, String runId) {
    this.spark = spark;
    this.progress = progress;
    this.group = "paivand-" + runId;
    this.previousGroup = spark.sparkContext().getLocalProperty(JOB_GROUP);
    spark.sparkContext().setLocalProperty(JOB_GROUP, group);
  }

  public void start(String phase, String description) {
    finish();
    current = phase;
    startedAt = System.nanoTime();
    spark.sparkContext().setJobDescription("paivand " + phase + ": " + description);
    progress.phase(phase);
  }

  /** Ends the current phase, logging its key figures. */
  public void finish(String figures) {
    if (current != null) {
      double elapsed = (System.nanoTime() - startedAt) / 1e9;
      seconds.put(current, Math.round(elapsed * 1000) / 1000.0);
      progress.phaseDone(current, elapsed, figures);
      LOG.info("phase {} done in {} s{}", current, String.format("%.1f", elapsed),
          figures.isEmpty() ? "" : ": " + figures);
      current = null;
    }
  }

  public void finish() {
    finish("");
  }

  /** Seconds per finished phase, in start order; ends the run's job group. */
  public Map<String, Double> seconds() {
    finish();
    spark.sparkContext().setJobDescription(null);
    spark.sparkContext().setLocalProperty(JOB_GROUP, previousGroup);
    return new LinkedHashMap<>(seconds);
  }

  /** The Spark jobs the run has started so far, and their stages (skipped ones included). */
  public SparkWork sparkWork() {
    JavaSparkStatusTracker tracker = JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker();
    int[] jobs = tracker.getJobIdsForGroup(group);
    int stages = 0;
    for (int job : jobs) {
      SparkJobInfo info = tracker.getJobInfo(job);
      stages += info == null ? 0 : info.stageIds().length;
    }
    return new SparkWork(jobs.length, stages);
  }

  /** Spark jobs and stages of one run. */
  public record SparkWork(int jobs, int stages) {}
}
