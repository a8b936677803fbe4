package org.paivand.cli;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.job.SeriesOptions;
import org.paivand.spark.SharedSpark;
import org.paivand.stats.Association;

/**
 * {@code run} with the time series on a corpus with language and source columns, then {@code series} and
 * {@code partners} over its output: 7 articles over 3 days, counted by hand in the comments.
 */
class SeriesCommandTest {
  @TempDir static Path work;
  static String output;
  static RunResult result;

  static final StructType SCHEMA = new StructType().add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType).add("published", DataTypes.StringType)
      .add("lang", DataTypes.StringType).add("source", DataTypes.StringType);

  @BeforeAll
  static void run() { // names only: the counts below leave out the foreign ministers' role mentions
    List<Row> rows = List.of(
        RowFactory.create("a1", "Iran and Russia signed a deal.", "2020-10-01", "en", "abc"),
        RowFactory.create("a2", "Iran and Russia met again.", "2020-10-01", "en", "abc"),
        RowFactory.create("a3", "وزیران خارجه ایران و روسیه دیدار کردند.", "2020-10-01", "fa", "irna"),
        RowFactory.create("a4", "Armenia and Azerbaijan fight.", "2020-10-02", "en", "abc"),
        RowFactory.create("a5", "Nothing to see here.", "2020-10-02", "fa", "irna"),
        RowFactory.create("a6", "وزیران خارجه ایران و روسیه دیدار کردند.", "2020-10-03", "fa", "irna"),
        RowFactory.create("a7", "Iran and Armenia talked.", "2020-10-03", "en", "abc"));
    String input = work.resolve("in").toUri().toString();
    SharedSpark.session().createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).parquet(input);
    output = work.resolve("out").toString();
    result = CooccurrenceJob.run(SharedSpark.session(),
        JobConfig.of(List.of(input), output).toBuilder().series(SeriesOptions.defaults()).roles(false).build());
  }

  record Outcome(int exitCode, String out, String err) {}

  static Outcome paivand(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine command = PaivandCli.newCommandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exitCode = command.execute(args);
    return new Outcome(exitCode, out.toString(), err.toString());
  }

  static List<String[]> csv(String text) {
    return text.lines().map(line -> line.split(",", -1)).toList();
  }

  @Test
  void runWritesTheTimeseriesAndTheSliceTables() {
    long written = SharedSpark.session().read().parquet(output + "/timeseries").count();
    assertEquals(written, result.tableRows().get("timeseries"));
    for (String table : List.of("pairs_daily_by_slice", "entities_daily_by_slice", "totals_daily_by_slice")) {
      assertTrue(Files.isDirectory(Path.of(output, table)), table);
    }
    // Persian press on 2020-10-01: one article (a3), and it names both: share 1, while the whole corpus has 3 of 3
    Row persian = SharedSpark.session().read().parquet(output + "/timeseries")
        .filter(col("granularity").equalTo("day").and(col("slice_kind").equalTo("lang"))
            .and(col("slice").equalTo("fa")).and(col("scope").equalTo("document"))
            .and(col("entity_a").equalTo("IR")).and(col("entity_b").equalTo("RU"))
            .and(col("period_label").equalTo("2020-10-02")))
        .first();
    assertEquals(0L, persian.<Long>getAs("pair_articles"));
    assertEquals(1L, persian.<Long>getAs("total_articles")); // a5 alone
    assertEquals(0.5, persian.<Double>getAs("rolling_share"), 1e-12); // (1/1 + 0/1) / 2
  }

  @Test
  void seriesCsvEqualsTheTableRows() {
    Outcome printed = paivand("series", "--output", output, "--pair", "RU,IR", "--granularity", "day", "--format",
        "csv");
    assertEquals(0, printed.exitCode(), printed.err());
    List<String[]> lines = csv(printed.out());
    List<String> header = List.of(lines.get(0));
    assertEquals(4, lines.size(), printed.out()); // header and the three days
    List<Row> table = SharedSpark.session().read().parquet(output + "/timeseries")
        .filter(col("granularity").equalTo("day").and(col("slice_kind").equalTo("all"))
            .and(col("scope").equalTo("document")).and(col("entity_a").equalTo("IR"))
            .and(col("entity_b").equalTo("RU")))
        .sort("period_start").collectAsList();
    for (int i = 0; i < table.size(); i++) {
      for (String column : header) {
        Object value = table.get(i).getAs(column);
        String expected = value == null ? "" : value instanceof java.sql.Date date ? date.toLocalDate().toString()
            : String.valueOf(value);
        assertEquals(expected, lines.get(i + 1)[header.indexOf(column)], column + " of day " + i);
      }
    }
    assertEquals("3", lines.get(1)[header.indexOf("pair_articles")]); // a1, a2, a3
  }

  @Test
  void seriesTableForPeople() {
    Outcome printed = paivand("series", "--output", output, "--pair", "IR,RU", "--slice", "lang=fa");
    assertEquals(0, printed.exitCode(), printed.err());
    List<String> lines = printed.out().lines().toList();
    assertTrue(lines.get(0).startsWith("period_label  period_start  pair_articles"), lines.get(0));
    // one month, 2020-10: 2 of the 3 Persian articles (a3, a6)
    assertEquals(2, lines.size(), printed.out());
    String[] cells = lines.get(1).trim().split("\\s+");
    assertEquals(List.of("2020-10", "2020-10-01", "2", "2", "2", "3", "0.6667"), List.of(cells).subList(0, 7));
  }

  @Test
  void rebuildReplacesOnlyTheTimeseries() throws Exception {
    long before = SharedSpark.session().read().parquet(output + "/timeseries").count();
    long pairsBefore = Files.getLastModifiedTime(Path.of(output, "pairs_daily")).toMillis();
    Outcome rebuilt = paivand("series", "--output", output, "--watch", "AM,AZ");
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    long after = SharedSpark.session().read().parquet(output + "/timeseries").count();
    assertTrue(rebuilt.out().contains(after + " rows written"), rebuilt.out());
    assertTrue(after < before, "IR-RU is no longer dense: " + before + " -> " + after);
    assertEquals(pairsBefore, Files.getLastModifiedTime(Path.of(output, "pairs_daily")).toMillis());
    try (Stream<Path> files = Files.list(Path.of(output))) {
      assertTrue(files.noneMatch(path -> path.getFileName().toString().startsWith(".timeseries")));
    }
    Outcome back = paivand("series", "--output", output);
    assertEquals(0, back.exitCode(), back.err());
    assertEquals(before, SharedSpark.session().read().parquet(output + "/timeseries").count());
  }

  @Test
  void partnersRankedByNpmi() {
    Outcome printed = paivand("partners", "--output", output, "--entity", "IR", "--min-support", "1", "--format",
        "csv");
    assertEquals(0, printed.exitCode(), printed.err());
    List<String[]> lines = csv(printed.out());
    assertEquals(List.of(PartnersCommand.COLUMNS.toArray()), List.of((Object[]) lines.get(0)));
    // IR in a1 a2 a3 a6 a7 (5), RU in 4, AM in a4 a7 (2), 7 articles
    assertEquals(List.of("RU", "4", "5", "4", "7", String.valueOf(Association.npmi(4, 5, 4, 7))),
        List.of(lines.get(1)).subList(0, 6));
    assertEquals(List.of("AM", "1", "5", "2", "7", String.valueOf(Association.npmi(1, 5, 2, 7))),
        List.of(lines.get(2)).subList(0, 6));
    assertEquals(3, lines.size());
  }

  @Test
  void partnersInARangeWithMinimumSupport() {
    Outcome printed = paivand("partners", "--output", output, "--entity", "IR", "--from", "2020-10-02", "--to",
        "2020-10-03");
    assertEquals(0, printed.exitCode(), printed.err());
    assertEquals(1, printed.out().lines().count(), "RU has 1 article with IR in the range, below 3: " + printed.out());
  }

  @Test
  void errorsSayWhatIsWrong() {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"unknown entity 'XX'", "series", "--output", output, "--pair", "IR,XX"});
    cases.add(new String[] {"the pair AZ,IR is not in", "series", "--output", output, "--pair", "IR,AZ"});
    cases.add(new String[] {"unknown granularity 'fortnight'", "series", "--output", output, "--pair", "IR,RU",
        "--granularity", "fortnight"});
    cases.add(new String[] {"is not a paivand output", "series", "--output", work.resolve("in").toString()});
    cases.add(new String[] {"unknown entity 'XX'", "partners", "--output", output, "--entity", "XX"});
    cases.add(new String[] {"the slice lang=de is not in", "series", "--output", output, "--pair", "IR,RU",
        "--slice", "lang=de"});
    cases.add(new String[] {"bad time-series option", "series", "--output", output, "--baseline", "1"});
    for (String[] testCase : cases) {
      Outcome outcome = paivand(java.util.Arrays.copyOfRange(testCase, 1, testCase.length));
      assertEquals(2, outcome.exitCode(), String.join(" ", testCase));
      assertTrue(outcome.err().contains(testCase[0]), outcome.err());
      assertFalse(outcome.err().contains("Exception"), outcome.err());
    }
  }
}
