package org.paivand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.SharedSpark;

/**
 * {@code paivand bench --corpus real} at smoke size (start-up on 100 articles, scans, paivand and the DuckDB
 * query on 200 and 400, the naive baselines on 200), on the shared test session and the shared real-text data: every
 * row has its numbers and ratio, the DuckDB query is measured at each size and read what the scans read, each paivand
 * run states its Spark jobs, and the report names the corpus and gives both ratios per size. The figures themselves
 * are not checked (a shared test machine measures the machine).
 */
class RealTextBenchSmokeTest {
  @TempDir static Path work;
  static BenchReport report;

  @BeforeAll
  static void runSmokeBench() {
    report = Benchmark.run(SharedSpark.session(), new BenchOptions(List.of(400L), 200, work, 3, true, 100,
        BenchCorpus.REAL, RealTextData.directory()), System.err);
    System.out.println(report.markdown()); // for the test log: the figures of the real-text corpus at smoke size
  }

  @Test
  void everyRowHasItsNumbersAndRatioAndTheQueryRunsAtEachSize() {
    assertEquals(List.of(), report.incomplete());
    assertEquals(10, report.measurements().size(), "six at 200 articles, four at 400");
    for (long size : List.of(200L, 400L)) {
      assertTrue(Benchmark.byName(report.measurements(), size).containsKey(Benchmark.DUCKDB_QUERY), "at " + size);
    }
  }

  @Test
  void theQueryReadsWhatTheScansReadAndFindsTheNames() {
    for (long size : List.of(200L, 400L)) {
      Map<String, Measurement> rows = Benchmark.byName(report.measurements(), size);
      Measurement query = rows.get(Benchmark.DUCKDB_QUERY);
      long characters = rows.get(Benchmark.SPARK_SCAN).characters();
      assertEquals(characters, query.characters());
      assertEquals(characters, rows.get(Benchmark.DUCKDB_SCAN).characters());
      assertTrue(characters > size * 1_400 && characters < size * 2_000, "about 1,700 chars per article: "
          + characters);
      Matcher found = Pattern.compile("([\\d,]+) containing").matcher(query.detail());
      assertTrue(found.find(), query.detail());
      long matching = Long.parseLong(found.group(1).replace(",", ""));
      assertTrue(matching > 0 && matching < size, "articles naming ایران or Russia: " + query.detail());
    }
  }

  @Test
  void theReportNamesTheCorpusAndGivesBothRatiosAtEachSizeWithTheSparkJobs() {
    String markdown = report.markdown();
    assertTrue(markdown.contains("Corpus: real text (`--corpus real --seed 3`"), markdown);
    assertTrue(markdown.contains("| 400 | " + Benchmark.DUCKDB_QUERY + " |"), markdown);
    assertTrue(markdown.contains("paivand / DuckDB query = "), markdown);
    assertTrue(markdown.contains("| articles | paivand run s | Spark jobs | Spark scan s | paivand run / Spark scan "
        + "| DuckDB query s | paivand run / DuckDB query |"), markdown);
    for (Measurement run : report.paivandRuns()) {
      assertTrue(run.sparkJobs() > 0, run.toString());
      Map<String, Measurement> rows = Benchmark.byName(report.measurements(), run.articles());
      String line = String.format("| %,d | %.2f | %d | %.2f | %.2f | %.2f | %.2f |", run.articles(), run.seconds(),
          run.sparkJobs(), rows.get(Benchmark.SPARK_SCAN).seconds(), report.ratio(rows.get(Benchmark.SPARK_SCAN)),
          rows.get(Benchmark.DUCKDB_QUERY).seconds(), report.ratio(rows.get(Benchmark.DUCKDB_QUERY)));
      assertTrue(markdown.contains(line), line + " in\n" + markdown);
      assertTrue(markdown.contains(String.format("| %,d | %s | %.2f |", run.articles(), Benchmark.PAIVAND,
          run.seconds())) && markdown.contains(" | - | " + run.sparkJobs() + " | "), markdown);
    }
    assertFalse(markdown.contains("NaN") || markdown.contains("Infinity"), markdown);
  }
}
