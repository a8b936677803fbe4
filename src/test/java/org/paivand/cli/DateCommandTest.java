package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code paivand date}, run in-process through the real CLI wiring and error handling. */
class DateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CommandLine commandLine = PaivandCli.newCommandLine();

  DateCommandTest() {
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
  }

  private int run(String... args) {
    return commandLine.execute(args);
  }

  private int runWithInput(String input, String... args) {
    DateCommand command = commandLine.getSubcommands().get("date").getCommand();
    command.standardInput = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    return run(args);
  }

  @Test
  void validStringPrintsIsoDateAndExitsZero() {
    assertEquals(0, run("date", "۱۵ مهر ۱۳۹۹"));
    assertEquals("2020-10-06" + System.lineSeparator(), out.toString());
  }

  @Test
  void invalidStringPrintsTheReasonAndExitsOne() {
    assertEquals(1, run("date", "31 مهر 1404"));
    assertEquals("invalid invalid_date: Mehr 1404 has 30 days" + System.lineSeparator(), out.toString());
  }

  @Test
  void zoneMovesAnInstantToItsDay() {
    assertEquals(0, run("date", "--zone", "Asia/Tehran", "2020-10-06T20:30:00Z"));
    assertEquals("2020-10-07" + System.lineSeparator(), out.toString());
  }

  @Test
  void standardInputGivesOneLinePerLineInOrderAndExitsZero() {
    String input = "1399/07/15\n\n1404/12/30\r\nOct 6 2020\n07/06/2020\n20030219";
    assertEquals(0, runWithInput(input, "date", "-"));
    String[] lines = out.toString().split(System.lineSeparator(), -1);
    assertEquals(7, lines.length, out::toString);
    assertEquals("2020-10-06", lines[0]);
    assertEquals("invalid missing_date: the date is empty", lines[1]);
    assertEquals("invalid invalid_date: Esfand 1404 has 29 days", lines[2]);
    assertEquals("2020-10-06", lines[3]);
    assertTrue(lines[4].startsWith("invalid invalid_date: ambiguous"), lines[4]);
    assertEquals("2003-02-19", lines[5]);
    assertEquals("", lines[6]);
  }

  @Test
  void badZoneIsAUsageErrorNamingTheZone() {
    assertEquals(2, run("date", "--zone", "Mars/Olympus", "2020-10-06"));
    assertTrue(err.toString().contains("--zone Mars/Olympus is not a time zone"), err::toString);
    assertTrue(err.toString().contains("Asia/Tehran"), err::toString);
    assertEquals("", out.toString());
  }

  @Test
  void verboseIsAccepted() {
    assertEquals(0, run("date", "--verbose", "2020-10-06"));
    assertEquals("2020-10-06" + System.lineSeparator(), out.toString());
  }

  /**
   * Exits non-zero with the usage. Not pinned to 2: picocli's own parse errors go through {@link
   * UserErrors#exitCodeOf}, which at present maps everything but {@link UserError} to 1.
   */
  @Test
  void missingValueFailsWithTheUsage() {
    assertNotEquals(0, run("date"));
    assertTrue(err.toString().contains("Missing required parameter: 'STRING|-'"), err::toString);
  }
}
