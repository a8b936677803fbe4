package org.paivand.sizing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a Spark event log (uncompressed, one JSON event a line) and sums what sizing needs: task time and CPU per
 * paivand phase (from the job descriptions {@code paivand PHASE: ...}), shuffle, spill and output bytes, the peak
 * heap and resident memory of each executor, and the most memory and disk the cached articles took at once. Used
 * by {@code jobs/sizing/measure}; the run must have had {@code spark.eventLog.logStageExecutorMetrics=true} and
 * {@code spark.eventLog.logBlockUpdates.enabled=true}.
 */
public final class EventLogSummary {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NO_PHASE = "other";

  /** Sums of one phase's tasks. */
  static final class PhaseTotals {
    long tasks;
    long runMillis;
    long cpuNanos;
    long gcMillis;
  }

  final Map<String, PhaseTotals> phases = new LinkedHashMap<>();
  long recordsRead;
  long bytesRead;
  long shuffleBytesWritten;
  long memoryBytesSpilled;
  long diskBytesSpilled;
  long bytesWritten;
  long peakTaskExecutionMemory;
  /** Executor id to its peak of each memory metric ({@code JVMHeapMemory}, {@code ProcessTreeJVMRSSMemory}, ...). */
  final Map<String, Map<String, Long>> executorPeaks = new TreeMap<>();
  long peakCachedMemory;
  long peakCachedDisk;

  private final Map<Integer, String> phaseOfStage = new HashMap<>();
  private final Map<String, long[]> cachedBlocks = new HashMap<>();
  private long cachedMemory;
  private long cachedDisk;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EventLogSummary EVENT_LOG_FILE");
      System.exit(2);
    }
    try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      read(reader).print(System.out);
    }
  }

  static EventLogSummary read(Reader events) throws IOException {
    EventLogSummary summary = new EventLogSummary();
    BufferedReader lines = new BufferedReader(events);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (!line.isBlank()) {
        summary.add(MAPPER.readTree(line));
      }
    }
    return summary;
  }

  void add(JsonNode event) {
    switch (event.path("Event").asText()) {
      case "SparkListenerJobStart" -> {
        String description = event.path("Properties").path("spark.job.description").asText("");
        String phase = description.startsWith("paivand ") && description.contains(":")
            ? description.substring("paivand ".length(), description.indexOf(':')) : NO_PHASE;
        event.path("Stage IDs").forEach(stage -> phaseOfStage.put(stage.asInt(), phase));
      }
      case "SparkListenerTaskEnd" -> addTask(event);
      case "SparkListenerStageExecutorMetrics" -> {
        Map<String, Long> peaks = executorPeaks.computeIfAbsent(event.path("Executor ID").asText(),
            id -> new TreeMap<>());
        event.path("Executor Metrics").fields().forEachRemaining(
            metric -> peaks.merge(metric.getKey(), metric.getValue().asLong(), Math::max));
      }
      case "SparkListenerBlockUpdated" -> addBlock(event.path("Block Updated Info"));
      default -> { }
    }
  }

  private void addTask(JsonNode event) {
    JsonNode metrics = event.path("Task Metrics");
    PhaseTotals phase = phases.computeIfAbsent(
        phaseOfStage.getOrDefault(event.path("Stage ID").asInt(), NO_PHASE), name -> new PhaseTotals());
    phase.tasks++;
    phase.runMillis += metrics.path("Executor Run Time").asLong();
    phase.cpuNanos += metrics.path("Executor CPU Time").asLong();
    phase.gcMillis += metrics.path("JVM GC Time").asLong();
    recordsRead += metrics.path("Input Metrics").path("Records Read").asLong();
    bytesRead += metrics.path("Input Metrics").path("Bytes Read").asLong();
    shuffleBytesWritten += metrics.path("Shuffle Write Metrics").path("Shuffle Bytes Written").asLong();
    memoryBytesSpilled += metrics.path("Memory Bytes Spilled").asLong();
    diskBytesSpilled += metrics.path("Disk Bytes Spilled").asLong();
    bytesWritten += metrics.path("Output Metrics").path("Bytes Written").asLong();
    peakTaskExecutionMemory = Math.max(peakTaskExecutionMemory, metrics.path("Peak Execution Memory").asLong());
  }

  /** Cached blocks ({@code rdd_*}) are replaced by each update; an unpersisted block comes back with size 0. */
  private void addBlock(JsonNode info) {
    String block = info.path("Block ID").asText();
    if (!block.startsWith("rdd_")) {
      return;
    }
    long[] sizes = {info.path("Memory Size").asLong(), info.path("Disk Size").asLong()};
    long[] before = cachedBlocks.put(block, sizes);
    cachedMemory += sizes[0] - (before == null ? 0 : before[0]);
    cachedDisk += sizes[1] - (before == null ? 0 : before[1]);
    peakCachedMemory = Math.max(peakCachedMemory, cachedMemory);
    peakCachedDisk = Math.max(peakCachedDisk, cachedDisk);
  }

  void print(PrintStream out) {
    phases.forEach((name, totals) -> out.printf(
        "phase %-10s tasks %5d  task time %8.1f s  cpu %8.1f s  gc %6.1f s%n", name, totals.tasks,
        totals.runMillis / 1e3, totals.cpuNanos / 1e9, totals.gcMillis / 1e3));
    out.printf("records read %d, input bytes %d%n", recordsRead, bytesRead);
    out.printf("shuffle bytes written %d, spilled %d in memory and %d on disk%n", shuffleBytesWritten,
        memoryBytesSpilled, diskBytesSpilled);
    out.printf("output bytes written %d%n", bytesWritten);
    out.printf("peak execution memory of one task %d%n", peakTaskExecutionMemory);
    out.printf("cached articles at most %d in memory, %d on disk%n", peakCachedMemory, peakCachedDisk);
    executorPeaks.forEach((executor, peaks) -> out.printf(
        "executor %-6s peak heap %d, peak resident set %d, on-heap execution %d, on-heap storage %d%n", executor,
        peaks.getOrDefault("JVMHeapMemory", 0L), peaks.getOrDefault("ProcessTreeJVMRSSMemory", 0L),
        peaks.getOrDefault("OnHeapExecutionMemory", 0L), peaks.getOrDefault("OnHeapStorageMemory", 0L)));
  }
}
