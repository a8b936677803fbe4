package org.paivand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paivand.spark.SharedSpark;

/**
 * The benchmark at smoke size (start-up on 100 articles, scans and paivand on 200 and 400, the naive baselines on 200),
 * the only size CI runs, on the generated corpus ({@link RealTextBenchSmokeTest} has the real-text one): every
 * measurement is made, every row of the table has its numbers and its ratio, each paivand run its Spark jobs, and
 * the two scans read the same characters. The figures themselves are not
 * checked here: on a shared test machine they measure the machine (docs/benchmarks.md has the real ones).
 */
class BenchSmokeTest {
  @TempDir static Path work;
  static BenchReport report;

  @BeforeAll
  static void runSmokeBench() {
    report = Benchmark.run(SharedSpark.session(), new BenchOptions(List.of(400L), 200, work, 3, true, 100),
        System.err);
  }

  @Test
  void everyRowHasItsNumbersAndRatio() {
    assertEquals(List.of(), report.incomplete());
    assertEquals(8, report.measurements().size(), "five at 200 articles, three at 400");
    assertEquals(List.of(200L, 400L), report.paivandRuns().stream().map(Measurement::articles).toList(),
        "the start-up run is apart");
    assertEquals(100, report.startup().articles());
  }

  @Test
  void theTableNamesEveryMeasurementWithFiniteFigures() {
    String markdown = report.markdown();
    for (String name : List.of(Benchmark.SPARK_SCAN, Benchmark.PAIVAND, Benchmark.NAIVE_SPARK,
        Benchmark.DUCKDB_SCAN, Benchmark.DUCKDB_NAIVE)) {
      assertTrue(markdown.contains("| 200 | " + name + " |"), name + " in\n" + markdown);
    }
    for (String name : List.of(Benchmark.SPARK_SCAN, Benchmark.PAIVAND, Benchmark.DUCKDB_SCAN)) {
      assertTrue(markdown.contains("| 400 | " + name + " |"), name + " in\n" + markdown);
    }
    assertTrue(markdown.contains("The naive baselines ran at 200 articles only"), markdown);
    assertFalse(markdown.contains("NaN") || markdown.contains("Infinity"), markdown);
    assertTrue(markdown.contains("paivand / Spark scan = "), markdown);
    assertTrue(markdown.contains("naive DuckDB / paivand = "), markdown);
    assertTrue(markdown.contains("Growth of the time per article"), markdown);
    assertTrue(markdown.contains("Corpus: `paivand generate --seed 3`"), markdown);
    assertFalse(markdown.contains(Benchmark.DUCKDB_QUERY), "the issue's DuckDB query runs on the real corpus only");
  }

  @Test
  void eachPaivandRunStatesItsSparkJobsBesideTheRatioToTheScan() {
    String markdown = report.markdown();
    assertTrue(markdown.contains(
        "| articles | paivand run s | Spark jobs | Spark scan s | paivand run / Spark scan |\n"), markdown);
    for (Measurement run : report.paivandRuns()) {
      assertTrue(run.sparkJobs() > 0, run.toString());
      Measurement scan = Benchmark.byName(report.measurements(), run.articles()).get(Benchmark.SPARK_SCAN);
      String line = String.format("| %,d | %.2f | %d | %.2f | %.2f |\n", run.articles(), run.seconds(),
          run.sparkJobs(), scan.seconds(), report.ratio(scan));
      assertTrue(markdown.contains(line), line + " in\n" + markdown);
    }
  }

  @Test
  void bothScansReadTheWholeTextColumn() {
    Map<String, Measurement> rows = Benchmark.byName(report.measurements(), 400);
    long spark = rows.get(Benchmark.SPARK_SCAN).characters();
    assertEquals(spark, rows.get(Benchmark.DUCKDB_SCAN).characters());
    assertTrue(spark > 400 * 1_400L && spark < 400 * 2_000L, "about 1,700 chars per article: " + spark);
    assertTrue(rows.get(Benchmark.PAIVAND).detail().contains("extract"), rows.get(Benchmark.PAIVAND).detail());
  }
}
