package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paivand.report.ReportOptions;
import picocli.CommandLine;

/**
 * {@code paivand report}'s options, through the real CLI wiring: bad values stop with exit code 2 and a message
 * before Spark starts. Writing the report is tested in {@code org.paivand.report}.
 */
class ReportCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CommandLine commandLine = PaivandCli.newCommandLine();

  ReportCommandTest() {
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
  }

  @Test
  void defaultsChartTheOutputsWatchlistByDayWeekAndMonth() {
    commandLine.parseArgs("report", "--output", "out");
    ReportCommand command = commandLine.getSubcommands().get("report").getCommand();
    ReportOptions options = command.options();
    // no pair asked: the report charts the watchlist the output's timeseries was built with (WriteReportTest)
    assertEquals(List.of(), options.pairs());
    assertEquals(ReportOptions.DEFAULT_MIN_VOLUME, options.minVolume());
    assertEquals(List.of("day", "week", "month"), options.granularities());
    assertEquals("document", options.scope());
    assertEquals(null, options.reportDirectory());
  }

  @Test
  void pairsAreTakenInEitherOrder() {
    commandLine.parseArgs("report", "--output", "out", "--pair", "RU,IR", "--pair", "lavrov,IR",
        "--granularity", "jalali_month", "--report-dir", "r");
    ReportCommand command = commandLine.getSubcommands().get("report").getCommand();
    ReportOptions options = command.options();
    assertEquals(List.of(List.of("IR", "RU"), List.of("IR", "lavrov")), options.pairs());
    assertEquals(List.of("jalali_month"), options.granularities());
    assertEquals("r", options.reportDirectory());
  }

  @Test
  void aBadPairIsAUsageError() {
    assertEquals(2, commandLine.execute("report", "--output", "out", "--pair", "IR"));
    assertTrue(err.toString().contains("bad --pair IR"), err.toString());
    assertTrue(err.toString().contains("--pair IR,RU"), err.toString());
  }

  @Test
  void anUnknownGranularityOrScopeIsAUsageError() {
    assertEquals(2, commandLine.execute("report", "--output", "out", "--granularity", "year"));
    assertTrue(err.toString().contains("unknown --granularity year"), err.toString());
    assertEquals(2, commandLine.execute("report", "--output", "out", "--scope", "paragraph"));
    assertTrue(err.toString().contains("unknown --scope paragraph"), err.toString());
  }
}
