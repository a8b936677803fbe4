package org.paivand.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Task sums go to the phase of their job, peaks are per executor, and unpersisted blocks leave the cache. */
class EventLogSummaryTest {
  static final String EVENTS = String.join("\n",
      "{\"Event\":\"SparkListenerJobStart\",\"Stage IDs\":[3,4],"
          + "\"Properties\":{\"spark.job.description\":\"paivand extract: normalize, split, match\"}}",
      task(3, 1500, 1_000_000_000L, 100, 2000, 0),
      task(4, 500, 250_000_000L, 0, 0, 700),
      task(9, 10, 0, 0, 0, 0),
      "{\"Event\":\"SparkListenerStageExecutorMetrics\",\"Executor ID\":\"0\","
          + "\"Executor Metrics\":{\"JVMHeapMemory\":300,\"ProcessTreeJVMRSSMemory\":900}}",
      "{\"Event\":\"SparkListenerStageExecutorMetrics\",\"Executor ID\":\"0\","
          + "\"Executor Metrics\":{\"JVMHeapMemory\":500,\"ProcessTreeJVMRSSMemory\":800}}",
      block("rdd_7_0", 40, 0),
      block("rdd_7_1", 60, 5),
      block("broadcast_1", 1000, 0),
      block("rdd_7_0", 0, 0));

  static String task(int stage, long runMillis, long cpuNanos, long gcMillis, long records, long shuffle) {
    return "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":" + stage + ",\"Task Metrics\":{"
        + "\"Executor Run Time\":" + runMillis + ",\"Executor CPU Time\":" + cpuNanos + ",\"JVM GC Time\":" + gcMillis
        + ",\"Input Metrics\":{\"Records Read\":" + records + ",\"Bytes Read\":" + records * 10 + "},"
        + "\"Shuffle Write Metrics\":{\"Shuffle Bytes Written\":" + shuffle + "}}}";
  }

  static String block(String id, long memory, long disk) {
    return "{\"Event\":\"SparkListenerBlockUpdated\",\"Block Updated Info\":{\"Block ID\":\"" + id
        + "\",\"Memory Size\":" + memory + ",\"Disk Size\":" + disk + "}}";
  }

  @Test
  void sumsTasksByPhaseAndKeepsPeaks() throws Exception {
    EventLogSummary summary = EventLogSummary.read(new StringReader(EVENTS));
    EventLogSummary.PhaseTotals extract = summary.phases.get("extract");
    assertEquals(2, extract.tasks);
    assertEquals(2000, extract.runMillis);
    assertEquals(1_250_000_000L, extract.cpuNanos);
    assertEquals(100, extract.gcMillis);
    assertEquals(1, summary.phases.get("other").tasks, "stage 9 belongs to no paivand job");
    assertEquals(2000, summary.recordsRead);
    assertEquals(700, summary.shuffleBytesWritten);
    assertEquals(500, summary.executorPeaks.get("0").get("JVMHeapMemory"));
    assertEquals(900, summary.executorPeaks.get("0").get("ProcessTreeJVMRSSMemory"));
    assertEquals(100, summary.peakCachedMemory, "broadcast blocks are not the cached articles");
    assertEquals(5, summary.peakCachedDisk);
  }
}
