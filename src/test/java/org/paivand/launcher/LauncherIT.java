package org.paivand.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/paivand as a user runs it, in a separate process, after {@code package} (Failsafe): the demo on the bundled
 * sample, extract on the seed article, and a missing column. This is what the README promises.
 */
class LauncherIT {
  static final Path HOME = Path.of(System.getProperty("paivand.repo", ".")).toAbsolutePath();
  @TempDir Path work;

  record Result(int exitCode, String out, String err) {}

  static Result paivand(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/paivand").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
    builder.environment().put("PAIVAND_HEAP", "1500m");
    Path out = Files.createTempFile("paivand-out", ".txt");
    Path err = Files.createTempFile("paivand-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("bin/paivand " + String.join(" ", arguments) + " did not finish in 10 minutes");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void demoRunsOnTheBundledSampleAndSummarizes() throws Exception {
    Path output = work.resolve("demo");
    Result demo = paivand("demo", "--output", output.toString());
    assertEquals(0, demo.exitCode(), demo.err());
    assertTrue(demo.out().contains("Top 10 pairs"), demo.out());
    assertTrue(demo.out().contains("IR – RU by ISO week"), demo.out());
    assertTrue(demo.out().contains("AM – AZ by ISO week"), demo.out());
    assertTrue(demo.out().contains("IQ – US by ISO week"), demo.out());
    // the seed article, dated 1399/07/15 in the sample, is on 2020-10-06, in ISO week 2020-W41, one of two Fars
    // articles that week: a thin week, said so beside its share
    assertTrue(demo.out().lines().anyMatch(l -> l.trim().startsWith("2020-W41") && l.contains("50.0%")
        && l.contains("thin: fewer than 20 articles")), demo.out());
    // the Iraq war week of 2003 has the volume behind its share and is no thin week
    assertTrue(demo.out().lines().anyMatch(l -> l.trim().startsWith("2003-W12") && !l.contains("thin")),
        demo.out());
    assertTrue(demo.out().contains("Charts of the watchlist series: bin/paivand report --output"), demo.out());
    assertTrue(demo.out().contains(output.toString()), demo.out());

    JsonNode run = new ObjectMapper().readTree(output.resolve("_run.json").toFile());
    long read = run.get("rows_read").asLong();
    assertEquals(read, run.get("rows_used").asLong() + run.get("rows_rejected").asLong()
        + run.get("rows_duplicate").asLong());
    assertEquals(2, run.get("rejects_by_reason").get("missing_date").asLong(), "the two undatable Fars ids");
    assertEquals(1, run.get("rows_duplicate").asLong(), "Fars id 8307080370 is in the sample twice");
    assertEquals(String.valueOf(Runtime.getRuntime().availableProcessors()),
        run.get("spark").get("shuffle_partitions").asText(), "1.6 MB of input needs no more partitions than cores");
    // every table written is listed with its row count, the slices and duplicates among them
    List<String> listed = new ArrayList<>();
    run.get("table_rows").fields().forEachRemaining(table -> {
      String row = java.util.regex.Pattern.quote(table.getKey() + "/") + " +"
          + String.format("%,d", table.getValue().asLong());
      assertTrue(demo.out().lines().anyMatch(line -> line.trim().matches(row)),
          table.getKey() + " " + table.getValue() + " not in\n" + demo.out());
      listed.add(table.getKey());
    });
    assertTrue(listed.containsAll(List.of("pairs_daily", "pairs_daily_by_slice", "mentions", "duplicates",
        "timeseries")),
        listed.toString());
    assertFalse(listed.contains("itemsets"), "itemsets are mined only with --itemsets: " + listed);
    assertTrue(run.get("spark").get("jobs").asInt() <= 15, "Spark jobs of the default run: " + run.get("spark"));
    assertFalse(demo.err().contains("Exception"), demo.err());

    // demo, then report, and nothing between: the demo wrote timeseries, the report charts its watchlist
    Result report = paivand("report", "--output", output.toString());
    assertEquals(0, report.exitCode(), report.err());
    assertFalse(report.err().contains("building it first"), "the demo's output has its timeseries: " + report.err());
    String page = Files.readString(output.resolve("report/index.html"));
    for (String chart : List.of("IR-RU-week", "AM-AZ-week", "IQ-US-week")) {
      assertTrue(Files.size(output.resolve("report/charts/" + chart + ".png")) > 1000, chart);
      assertTrue(page.contains("charts/" + chart + ".png"), chart + " not on the page");
    }
  }

  @Test
  void extractReproducesTheSeedEntities() throws Exception {
    Result extract = paivand("extract", HOME.resolve("src/test/resources/seed/irna-karabakh-article.txt").toString());
    assertEquals(0, extract.exitCode(), extract.err());
    JsonNode json = new ObjectMapper().readTree(extract.out());
    List<String> entities = new ArrayList<>();
    json.get("entities").forEach(e -> entities.add(e.asText()));
    assertTrue(entities.containsAll(List.of("IR", "RU", "AM", "AZ", "TR", "SY", "LY", "zarif", "lavrov",
        "karabakh", "osce", "minsk-group", "baku", "yerevan")), entities.toString());
  }

  @Test
  void aMissingColumnExitsTwoWithOneClearMessage() throws Exception {
    Result run = paivand("run", "--input", HOME.resolve("samples/demo-corpus/seed").toString(), "--output",
        work.resolve("out").toString(), "--text-col", "body", "--quiet");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("the input has no column 'body' (--text-col)"), run.err());
    assertTrue(run.err().contains("columns found: id"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace without --verbose: " + run.err());
    assertFalse(Files.exists(work.resolve("out")), "nothing written");

    Result nowhere = paivand("run", "--input", work.resolve("no-such-corpus").toString(), "--output",
        work.resolve("out").toString(), "--quiet");
    assertEquals(2, nowhere.exitCode(), nowhere.err());
    assertTrue(nowhere.err().contains("does not exist"), nowhere.err());
    assertFalse(nowhere.err().contains("\tat "), nowhere.err());

    Result unknownOption = paivand("run", "--input", "x", "--output", "y", "--skip-corupt-files");
    assertEquals(2, unknownOption.exitCode(), unknownOption.err());
    assertTrue(unknownOption.err().contains("Unknown option: '--skip-corupt-files'"), unknownOption.err());
    assertFalse(Files.exists(work.resolve("out")), "nothing written");
  }
}
