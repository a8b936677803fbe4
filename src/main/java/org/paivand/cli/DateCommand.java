package org.paivand.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.paivand.dates.DateParse;
import org.paivand.dates.PublicationDateParser;
import org.paivand.errors.OptionErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paivand date [--zone UTC] (STRING | -)}: parses publication dates exactly as the job does and prints each as
 * ISO {@code yyyy-MM-dd}, or as {@code invalid <reason>: <detail>}. With {@code -} it reads one value per line from
 * standard input (UTF-8) and prints one line per input line, in order. Exit codes: 0 for a valid single value or any
 * stdin run, 1 for an invalid single value, 2 for a bad {@code --zone}.
 *
 * <pre>
 * $ bin/paivand date '۱۵ مهر ۱۳۹۹'
 * 2020-10-06
 * $ bin/paivand date '31 مهر 1404'
 * invalid invalid_date: Mehr 1404 has 30 days
 * </pre>
 */
@Command(
    name = "date",
    description = {
      "Parses publication dates the way the job reads the date column and prints them as ISO yyyy-MM-dd.",
      "Accepts Jalali and Gregorian dates, numeric (1399/07/15, 2020-10-06, 20201006) or with month names "
          + "(۱۵ مهر ۱۳۹۹, 6 October 2020), with optional time and offset.",
      "A value that cannot be used prints 'invalid <reason>: <detail>'."
    })
public final class DateCommand implements Callable<Integer> {
  /** The positional value that means "read the values from standard input". */
  static final String STANDARD_INPUT = "-";

  @Spec CommandSpec spec;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description =
          "Zone whose calendar day is the publication date, e.g. UTC, Asia/Tehran, +03:30 (default: ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Parameters(
      index = "0",
      paramLabel = "STRING|-",
      description = "The date to parse, or - to read one date per line from standard input.")
  String value;

  /** Where {@code -} reads from; tests put their own stream here. */
  InputStream standardInput = System.in;

  @Override
  public Integer call() {
    PublicationDateParser parser = new PublicationDateParser(zoneId(zone));
    PrintWriter out = spec.commandLine().getOut();
    if (STANDARD_INPUT.equals(value)) {
      printEachLine(parser, out);
      return UserErrors.OK;
    }
    DateParse result = parser.parse(value);
    out.println(format(result));
    out.flush();
    return result.isValid() ? UserErrors.OK : UserErrors.FAILED;
  }

  /** {@code 2020-10-06}, or {@code invalid invalid_date: Mehr 1404 has 30 days}. */
  static String format(DateParse result) {
    return result.isValid() ? result.date().toString() : "invalid " + result.reason() + ": " + result.detail();
  }

  private void printEachLine(PublicationDateParser parser, PrintWriter out) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.println(format(parser.parse(line)));
      }
    } catch (IOException error) {
      throw new UncheckedIOException("reading dates from standard input", error);
    } finally {
      out.flush();
    }
  }

  private static ZoneId zoneId(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException error) {
      throw OptionErrors.notATimeZone(zone, error.getMessage());
    }
  }
}
