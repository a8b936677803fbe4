package org.paivand.sizing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.CorpusFixtures;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.SparkSessions;

/**
 * The fixed cost of a run: {@code paivand run} on a one-article corpus inside an already started session (as a
 * notebook or a test calls it), after two warm-up runs, timed over several runs; prints seconds and the Spark jobs
 * and stages {@code _run.json} records. {@code java -cp target/test-classes:target/classes:$(cat
 * target/classpath.txt) org.paivand.sizing.FixedCost [RUNS]}.
 */
public final class FixedCost {
  private FixedCost() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path work = Files.createTempDirectory("paivand-fixed-cost");
    Map<String, String> conf = new java.util.HashMap<>();
    for (String setting : System.getProperty("conf", "").split(",")) {
      if (setting.contains("=")) {
        conf.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
      }
    }
    SparkSession spark = SparkSessions.local("local[2]", conf);
    try {
      String input = CorpusFixtures.write(work.resolve("in"), DataTypes.StringType, List.<Object[]>of(
          new Object[] {"one", "Iran and Russia met in Moscow. Armenia and Azerbaijan talked.", "2020-10-06"}));
      double[] seconds = new double[runs + 2];
      RunResult last = null;
      for (int i = 0; i < runs + 2; i++) {
        long started = System.nanoTime();
        last = CooccurrenceJob.run(spark, JobConfig.of(List.of(input), work.resolve("out").toString()));
        seconds[i] = (System.nanoTime() - started) / 1e9;
      }
      JsonNode report = new ObjectMapper().readTree(work.resolve("out/_run.json").toFile());
      if (System.getProperty("jobs") != null) {
        var tracker = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker();
        int[] jobs = tracker.getJobIdsForGroup("paivand-" + last.runId());
        java.util.Arrays.sort(jobs);
        for (int job : jobs) {
          var info = tracker.getJobInfo(job);
          StringBuilder names = new StringBuilder();
          for (int stage : info.stageIds()) {
            var stageInfo = tracker.getStageInfo(stage);
            names.append(stageInfo == null ? "?" : stageInfo.name()).append("; ");
          }
          System.out.println("job " + job + ": " + names);
        }
      }
      double sum = 0;
      for (int i = 2; i < seconds.length; i++) {
        sum += seconds[i];
      }
      java.util.Arrays.sort(seconds, 2, seconds.length);
      System.out.printf("one-article run in a started session: median %.2f s, mean %.2f s over %d runs"
          + " (after 2 warm-up runs: %.2f s, %.2f s); %d Spark jobs, %d stages; phases %s%n",
          seconds[2 + runs / 2], sum / runs, runs, seconds[0], seconds[1], report.path("spark").path("jobs").asInt(),
          report.path("spark").path("stages").asInt(), last.phaseSeconds());
    } finally {
      spark.stop();
    }
  }
}
