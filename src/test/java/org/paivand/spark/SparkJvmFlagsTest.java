package org.paivand.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags live in one file that Surefire and bin/paivand both read; this keeps it in step with the Spark on the
 * class path, so that a Spark upgrade that needs a new --add-opens fails here instead of at run time.
 */
class SparkJvmFlagsTest {
  @Test
  void theFlagsFileHoldsEveryFlagSparkAsksFor() throws Exception {
    Path file = Path.of(System.getProperty("paivand.repo", "."), ".mvn", "spark-jvm-flags.properties");
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    List<String> configured = List.of(properties.getProperty("spark.jvm.flags").trim().split("\\s+"));
    for (String flag : JavaModuleOptions.defaultModuleOptionArray()) {
      assertTrue(configured.contains(flag), "missing from " + file + ": " + flag);
    }
  }

  @Test
  void thisTestJvmRunsWithThem() {
    List<String> arguments = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertTrue(arguments.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), arguments.toString());
  }
}
