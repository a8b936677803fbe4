package org.paivand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.bench.BenchCorpus;
import org.paivand.bench.BenchOptions;
import picocli.CommandLine;

/**
 * {@code paivand bench}'s corpus options, through the real CLI wiring: the generated corpus by default, the real-text
 * data directory beside the checkout unless {@code --data} names one, and bad values stopped with exit code 2 and a
 * message before Spark starts. The benchmark itself is run by the smoke tests of {@code org.paivand.bench}.
 */
class BenchCommandTest {
  @TempDir Path directory;
  private final StringWriter err = new StringWriter();
  private final CommandLine commandLine = PaivandCli.newCommandLine();

  BenchCommandTest() {
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(err, true));
  }

  @Test
  void theGeneratedCorpusIsTheDefaultAndNeedsNoData() {
    BenchOptions options = parse("bench", "--articles", "400");
    assertEquals(BenchCorpus.GENERATED, options.corpus());
    assertNull(options.data());
  }

  @Test
  void theRealTextIsLookedForBesideTheCheckoutUnlessDataNamesIt() {
    String before = System.getProperty("paivand.home");
    System.setProperty("paivand.home", directory.resolve("paivand").toString());
    try {
      BenchOptions options = parse("bench", "--corpus", "real");
      assertEquals(BenchCorpus.REAL, options.corpus());
      assertEquals(directory.resolve("shared/data").toAbsolutePath(), options.data());
    } finally {
      if (before == null) {
        System.clearProperty("paivand.home");
      } else {
        System.setProperty("paivand.home", before);
      }
    }
    assertEquals(directory.resolve("elsewhere"),
        parse("bench", "--corpus", "real", "--data", directory.resolve("elsewhere").toString()).data());
  }

  @Test
  void aMissingDataDirectoryIsAUsageErrorNamingIt() {
    Path missing = directory.resolve("no-data");
    assertEquals(2, commandLine.execute("bench", "--corpus", "real", "--data", missing.toString(), "--work",
        directory.resolve("work").toString()));
    assertTrue(err.toString().contains("the real-text data directory " + missing + " does not exist"), err.toString());
    assertTrue(err.toString().contains("with --data DIR"), err.toString());
  }

  @Test
  void anUnknownCorpusOrDataWithoutTheRealCorpusIsAUsageError() {
    assertEquals(2, commandLine.execute("bench", "--corpus", "wiki"));
    assertTrue(err.toString().contains("unknown --corpus 'wiki'"), err.toString());
    assertTrue(err.toString().contains("the corpora are generated, real"), err.toString());
    assertEquals(2, commandLine.execute("bench", "--data", directory.toString()));
    assertTrue(err.toString().contains("has no effect with --corpus generated"), err.toString());
  }

  private BenchOptions parse(String... arguments) {
    commandLine.parseArgs(arguments);
    BenchCommand command = commandLine.getSubcommands().get("bench").getCommand();
    return command.options();
  }
}
