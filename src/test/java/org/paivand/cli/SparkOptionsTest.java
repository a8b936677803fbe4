package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.paivand.spark.SharedSpark;
import picocli.CommandLine;

/** The options and the session every Spark subcommand shares ({@link SparkOptions}). */
class SparkOptionsTest {
  static final List<String> SPARK_COMMANDS =
      List.of("run", "demo", "series", "partners", "report", "nightly", "backfill", "bench");

  @Test
  void everySparkCommandTakesMasterConfAndVerbose() {
    Map<String, CommandLine> subcommands = PaivandCli.newCommandLine().getSubcommands();
    for (String name : SPARK_COMMANDS) {
      CommandLine.Model.CommandSpec spec = subcommands.get(name).getCommandSpec();
      for (String option : List.of("--master", "--conf", "--verbose")) {
        assertTrue(spec.findOption(option) != null, name + " has no " + option);
      }
      assertEquals("local[*]", spec.findOption("--master").defaultValue(), name);
    }
  }

  @Test
  void confIsParsedIntoKeysAndValues() {
    CommandLine commandLine = PaivandCli.newCommandLine();
    commandLine.parseArgs("series", "--output", "out", "--master", "local[1]",
        "--conf", "spark.sql.shuffle.partitions=7", "--conf", "spark.executor.memory=2g");
    SeriesCommand series = commandLine.getSubcommands().get("series").getCommand();
    assertEquals("local[1]", series.sparkOptions.master);
    assertEquals(Map.of("spark.sql.shuffle.partitions", "7", "spark.executor.memory", "2g"),
        series.sparkOptions.conf);
  }

  @Test
  void aRunningSessionIsUsedAsItIsAndLeftRunning() {
    SparkSession shared = SharedSpark.session();
    String partitions = shared.conf().get("spark.sql.shuffle.partitions");
    SparkOptions options = new SparkOptions();
    options.master = "local[1]";
    SparkSession used = options.inSession(List.of("/nonexistent/input"), spark -> spark);
    assertSame(shared, used);
    assertFalse(shared.sparkContext().isStopped());
    // a notebook's session keeps its settings: no sizing from the input
    assertEquals(partitions, shared.conf().get("spark.sql.shuffle.partitions"));
    assertEquals(2L, shared.range(2).count());
  }

  @Test
  void aFailingBodyLeavesARunningSessionRunning() {
    SparkSession shared = SharedSpark.session();
    SparkOptions options = new SparkOptions();
    options.master = "local[1]";
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> options.inSession(List.of(), spark -> {
          throw new IllegalStateException("the job failed");
        }));
    assertEquals("the job failed", thrown.getMessage());
    assertFalse(shared.sparkContext().isStopped());
  }
}
