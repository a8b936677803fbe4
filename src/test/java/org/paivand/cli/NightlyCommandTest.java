package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * nightly and backfill take run's options (one mixin, so options added to run reach them too) and refuse bad dates,
 * ranges and outputs with exit code 2 before starting Spark.
 */
class NightlyCommandTest {
  @TempDir Path work;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int paivand(String... args) {
    CommandLine commandLine = PaivandCli.newCommandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void nightlyHelpListsRunsColumnOptionsAndItsOwn() {
    assertEquals(0, paivand("help", "nightly"));
    for (String option : new String[] {"--input", "--output", "--id-col", "--text-col", "--date-col", "--zone",
        "--date", "--lookback-days", "--lease-minutes"}) {
      assertTrue(out.toString().contains(option), option + " in " + out);
    }
    assertTrue(out.toString().contains("Usage: paivand nightly"), out.toString());
  }

  @Test
  void aBadDateIsAUserError() {
    assertEquals(2, paivand("nightly", "--input", work.toString(), "--output", work.resolve("o").toString(),
        "--date", "2024-02-30"));
    assertTrue(err.toString().contains("--date 2024-02-30 is not a date"), err.toString());
    assertFalse(Files.exists(work.resolve("o")));
  }

  @Test
  void aBackfillRangeMustNotBeEmpty() {
    assertEquals(2, paivand("backfill", "--input", work.toString(), "--output", work.resolve("o").toString(),
        "--from", "2024-03-02", "--to", "2024-03-01"));
    assertTrue(err.toString().contains("--to 2024-03-01 is before --from 2024-03-02"), err.toString());
  }

  @Test
  void aRootWithoutDeliveryDirectoriesIsRefused() throws Exception {
    Files.writeString(work.resolve("stray.parquet"), "x");
    assertEquals(2, paivand("nightly", "--input", work.toString(), "--output", work.resolve("o").toString(),
        "--date", "2024-03-01", "--quiet"));
    assertTrue(err.toString().contains("holds stray.parquet, not a delivery directory"), err.toString());
  }

  @Test
  void theOutputOfARunIsNotANightlyOutput() throws Exception {
    Path runOutput = work.resolve("run-output");
    Files.createDirectories(runOutput.resolve("pairs_daily"));
    Files.writeString(runOutput.resolve("_run.json"), "{}");
    Files.createDirectories(work.resolve("root/ingest_date=2024-03-01"));
    assertEquals(2, paivand("nightly", "--input", work.resolve("root").toString(), "--output", runOutput.toString(),
        "--date", "2024-03-01", "--quiet"));
    assertTrue(err.toString().contains("it is the output of paivand run"), err.toString());
  }
}
