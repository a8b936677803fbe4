package org.paivand.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The machine a benchmark ran on, as the report states it: cores, memory, heap limit, versions, load. */
record Machine(int cores, long memoryBytes, long maxHeapBytes, String java, String spark, String duckDb,
    String cpu) {

  static Machine describe(SparkSession spark, String duckDbVersion) {
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), spark.version(),
        duckDbVersion, cpuModel());
  }

  /** The 1-minute load average (/proc/loadavg), or -1 where there is none. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
