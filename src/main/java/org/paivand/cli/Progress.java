package org.paivand.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.paivand.spark.job.RunProgress;

/**
 * What a person at a terminal sees during a long run: the phase, the articles analysed so far with their rate and
 * the time left to analyse the rest, the tasks of the running Spark stages and the elapsed time, redrawn in place
 * once a second, and one line per finished phase. Silent with {@code --quiet} or when there is no terminal (scripts,
 * cron, CI), where the log has the phase lines.
 */
final class Progress implements RunProgress {
  private final boolean enabled;
  private final PrintStream out;
  private final long started = System.nanoTime();
  private volatile SparkStatusTracker tracker;
  private volatile LongAccumulator articles;
  private volatile long rows;
  private volatile String phase = "starting";
  private Thread ticker;

  Progress(boolean quiet, PrintStream out) {
    this.enabled = !quiet && System.console() != null;
    this.out = out;
  }

  @Override
  public void reading(SparkSession spark, LongAccumulator analysed, long rowsToRead) {
    tracker = spark.sparkContext().statusTracker();
    articles = analysed;
    rows = rowsToRead;
    if (enabled && ticker == null) {
      ticker = new Thread(this::tick, "paivand-progress");
      ticker.setDaemon(true);
      ticker.start();
    }
  }

  @Override
  public void phase(String name) {
    phase = name;
    if (enabled && tracker != null) {
      draw();
    }
  }

  @Override
  public synchronized void phaseDone(String name, double seconds, String figures) {
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
    long analysed = articles.value();
    out.printf("\r\u001B[K[paivand] %-9s %,12d articles%s   tasks %d/%d   %02d:%02d", phase, analysed,
        rate(analysed, elapsed), done, total, elapsed.toMinutes(), elapsed.toSecondsPart());
    out.flush();
  }

  /** Articles per second since the start, and the time left to analyse the rest at that rate. */
  String rate(long analysed, Duration elapsed) {
    double seconds = elapsed.toMillis() / 1000.0;
    if (analysed == 0 || seconds < 1) {
      return "";
    }
    double perSecond = analysed / seconds;
    String rate = String.format("  %,.0f/s", perSecond);
    if (rows <= analysed) {
      return rate;
    }
    long left = (long) Math.ceil((rows - analysed) / perSecond);
    return rate + String.format("  ~%d:%02d left", left / 60, left % 60);
  }

  /** Ends the progress line and names the run's log file, where Spark's warnings went. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.interrupt();
      out.print("\r\u001B[K");
    }
    java.nio.file.Path log = Logging.file();
    if (enabled && log != null && java.nio.file.Files.exists(log)) {
      out.println("[paivand] log: " + log);
    }
    out.flush();
  }
}
