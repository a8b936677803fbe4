package org.paivand.bench;

/**
 * One timed measurement of the benchmark table.
 *
 * @param articles rows in the corpus it read
 * @param name what was measured ({@link Benchmark#SPARK_SCAN}, ...)
 * @param seconds wall time
 * @param peakHeapBytes highest heap in use (sampled, garbage included)
 * @param liveHeapBytes highest heap in use right after a collection, 0 if none ran
 * @param load the 1-minute load average of the machine when the measurement ended
 * @param characters text characters the measurement read (scans), else 0
 * @param sparkJobs the Spark jobs a paivand run started ({@code RunResult.sparkJobs}), or {@link #NO_SPARK_JOBS}
 *     for the other measurements
 * @param detail what else it reports (phase times, rows written), or empty
 */
public record Measurement(long articles, String name, double seconds, long peakHeapBytes, long liveHeapBytes,
    double load, long characters, int sparkJobs, String detail) {
  /** The job count of a measurement that is not a paivand run. */
  public static final int NO_SPARK_JOBS = -1;

  public double articlesPerSecond() {
    return articles / seconds;
  }
}
