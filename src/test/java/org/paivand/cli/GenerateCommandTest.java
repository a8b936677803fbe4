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

/** {@code paivand generate}: writes corpus and truth, says what it made, and names bad options with exit 2. */
class GenerateCommandTest {
  @TempDir Path work;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = PaivandCli.newCommandLine();
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void writesTheCorpusAndTheTruthAndSummarizes() {
    Path output = work.resolve("g");
    assertEquals(0, run("generate", "--articles", "300", "--seed", "9", "--output", output.toString(), "--days", "5",
        "--lang-mix", "fa:0.5,en:0.5", "--busy-day-share", "0.5"));
    assertTrue(Files.isRegularFile(output.resolve("corpus/part-00000.parquet")));
    for (String file : new String[] {"pairs.csv", "entities.csv", "totals.csv", "duplicates.csv"}) {
      assertTrue(Files.isRegularFile(output.resolve("truth").resolve(file)), file);
    }
    assertTrue(err.toString().startsWith("generated 300 articles ("), err.toString());
  }

  @Test
  void badOptionsAreUserErrors() {
    assertEquals(2, run("generate", "--articles", "10", "--output", work.resolve("a").toString(), "--lang-mix",
        "fa:0.5,de:0.5"));
    assertTrue(err.toString().contains("language 'de' has no material"), err.toString());
    assertEquals(2, run("generate", "--articles", "0", "--output", work.resolve("b").toString()));
    assertTrue(err.toString().contains("--articles must be at least 1"), err.toString());
    assertEquals(2, run("generate", "--articles", "5", "--output", work.resolve("c").toString(), "--first-day",
        "1399/01/01"));
    assertTrue(err.toString().contains("--first-day '1399/01/01' is not a date"), err.toString());
    assertFalse(Files.exists(work.resolve("a").resolve("corpus")));
  }

  @Test
  void aNonEmptyOutputIsAUserError() throws Exception {
    Path used = Files.createDirectories(work.resolve("used"));
    Files.writeString(used.resolve("notes.txt"), "keep me");
    assertEquals(2, run("generate", "--articles", "5", "--output", used.toString()));
    assertTrue(err.toString().contains("is not empty"), err.toString());
    assertEquals("keep me", Files.readString(used.resolve("notes.txt")));
  }
}
