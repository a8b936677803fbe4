package org.paivand.spark;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * What a person at a terminal sees during a long run: the phase, the articles analysed so far, the tasks of the
 * running Spark stages and the elapsed time, redrawn in place once a second, and one line per finished phase.
 * Silent with {@code --quiet} or when there is no terminal (scripts, cron, CI), where the log has the phase lines.
 */
final class Progress implements AutoCloseable {
  private final boolean enabled;
  private final PrintStream out = System.err;
  private final long started = System.nanoTime();
  private final SparkStatusTracker tracker;
  private final LongAccumulator articles;
  private volatile String phase = "starting";
  private Thread ticker;

  Progress(SparkSession spark, LongAccumulator articles, boolean quiet) {
    this.enabled = !quiet && System.console() != null;
    this.tracker = spark.sparkContext().statusTracker();
    this.articles = articles;
    if (enabled) {
      ticker = new Thread(this::tick, "paivand-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  void phase(String name) {
    phase = name;
    if (enabled) {
      draw();
    }
  }

  synchronized void phaseDone(String name, double seconds, String figures) {
    if (enabled) {
      out.printf("\r\u001B[K[paivand] %-9s done in %5.1f s%s%n", name, seconds, figures.isEmpty() ? "" : "  " + figures);
      out.flush();
    }
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(1000);
        draw();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void draw() {
    int done = 0;
    int total = 0;
    for (int stage : tracker.getActiveStageIds()) {
      SparkStageInfo info = tracker.getStageInfo(stage).getOrElse(() -> null);
      if (info != null) {
        done += info.numCompletedTasks();
        total += info.numTasks();
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    out.printf("\r\u001B[K[paivand] %-9s %,12d articles analysed   tasks %d/%d   %02d:%02d", phase, articles.value(),
        done, total, elapsed.toMinutes(), elapsed.toSecondsPart());
    out.flush();
  }

  @Override
  public synchronized void close() {
    if (enabled) {
      ticker.interrupt();
      out.print("\r\u001B[K");
      out.flush();
    }
  }
}
