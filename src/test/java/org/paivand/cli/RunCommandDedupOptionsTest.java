package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.paivand.spark.job.DedupMode;
import org.paivand.spark.job.ItemsetOptions;
import org.paivand.spark.job.JobConfig;
import picocli.CommandLine;

/**
 * {@code run}'s {@code --dedup}, {@code --near-threshold} and {@code --itemset-*} options: what reaches the job's
 * configuration, and the one-message errors (exit 2, before any Spark session starts) for values that make no sense.
 */
class RunCommandDedupOptionsTest {
  private final StringWriter err = new StringWriter();
  private final CommandLine commandLine = PaivandCli.newCommandLine();

  RunCommandDedupOptionsTest() {
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(err, true));
  }

  private JobConfig config(String... options) {
    String[] args = new String[options.length + 5];
    args[0] = "run";
    args[1] = "--input";
    args[2] = "in";
    args[3] = "--output";
    args[4] = "out";
    System.arraycopy(options, 0, args, 5, options.length);
    commandLine.parseArgs(args);
    RunCommand run = commandLine.getSubcommands().get("run").getCommand();
    return run.config();
  }

  private void assertRefused(String expectedMessage, String... options) {
    String[] args = new String[options.length + 5];
    System.arraycopy(new String[] {"run", "--input", "in", "--output", "out"}, 0, args, 0, 5);
    System.arraycopy(options, 0, args, 5, options.length);
    assertEquals(2, commandLine.execute(args), err::toString);
    assertTrue(err.toString().contains(expectedMessage), err::toString);
    assertTrue(err.toString().contains("fix:"), err::toString);
  }

  @Test
  void defaultsAreNoTextDedupAndTheDocumentedThresholds() {
    JobConfig config = config();
    assertEquals(DedupMode.NONE, config.dedup());
    assertEquals(JobConfig.DEFAULT_NEAR_THRESHOLD, config.nearThreshold());
    assertEquals(null, config.itemsets(), "itemsets are mined only with --itemsets");
    assertEquals(ItemsetOptions.defaults(), config("--itemsets").itemsets());
  }

  @Test
  void modesAndThresholdsReachTheConfiguration() {
    assertEquals(DedupMode.EXACT, config("--dedup", "exact").dedup());
    JobConfig near = config("--dedup", "near", "--near-threshold", "0.8", "--itemsets", "--itemset-min-support", "0.05",
        "--itemset-min-confidence", "0.7");
    assertEquals(DedupMode.NEAR, near.dedup());
    assertEquals(0.8, near.nearThreshold());
    assertEquals(new ItemsetOptions(0.05, 0.7), near.itemsets());
  }

  @Test
  void unknownModeIsRefused() {
    assertRefused("unknown --dedup mode 'fuzzy'", "--dedup", "fuzzy");
  }

  @Test
  void thresholdWithoutNearModeIsRefused() {
    assertRefused("--near-threshold 0.8 has no effect with --dedup exact", "--dedup", "exact",
        "--near-threshold", "0.8");
  }

  @Test
  void thresholdOutsideZeroToOneIsRefused() {
    assertRefused("--near-threshold 1.5 is not a similarity", "--dedup", "near", "--near-threshold", "1.5");
  }

  @Test
  void itemsetSupportAndConfidenceMustBeFractions() {
    assertRefused("--itemset-min-support 0.0 is not a fraction", "--itemsets", "--itemset-min-support", "0");
    assertRefused("--itemset-min-confidence 2.0 is not a confidence", "--itemsets", "--itemset-min-confidence", "2");
    assertRefused("have no effect without --itemsets", "--itemset-min-support", "0.05");
  }
}
