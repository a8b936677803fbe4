package org.paivand.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * What a person at a terminal sees during a long run: the phase, the rows read so far and the elapsed time, redrawn
 * in place once a second. Silent with {@code --quiet} or when standard error is not a terminal (scripts, cron, CI).
 */
final class Progress implements AutoCloseable {
  private final boolean enabled;
  private final PrintStream out = System.err;
  private final long started = System.nanoTime();
  private final AtomicLong rowsRead = new AtomicLong();
  private volatile String phase = "starting";
  private Thread ticker;

  Progress(SparkSession spark, boolean quiet) {
    this.enabled = !quiet && System.console() != null;
    if (enabled) {
      spark.sparkContext().addSparkListener(new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
          if (taskEnd.taskMetrics() != null) {
            rowsRead.addAndGet(taskEnd.taskMetrics().inputMetrics().recordsRead());
          }
        }
      });
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
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    out.printf("\r\u001B[K[paivand] %-28s %,12d rows read  %02d:%02d", phase, rowsRead.get(),
        elapsed.toMinutes(), elapsed.toSecondsPart());
    out.flush();
  }

  @Override
  public synchronized void close() {
    if (enabled) {
      ticker.interrupt();
      draw();
      out.println();
    }
  }
}
