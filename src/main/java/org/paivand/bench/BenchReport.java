package org.paivand.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's results as Markdown, the form docs/benchmarks.md keeps: the machine and the corpus, one table row
 * per measurement with its ratio to paivand's run on the same corpus and the Spark jobs of each paivand run, the
 * ratios of paivand's run to the floors at each size, and the scaling of paivand's run over the sizes (time per
 * article after subtracting the start-up, growth largest/smallest, heap per size). Every figure carries the load
 * average at the time it was taken: on a shared machine a figure under load is not a measurement of the code.
 *
 * @param corpus what the corpus is, as the header states it ({@link BenchCorpora#description})
 */
public record BenchReport(List<Measurement> measurements, Measurement startup, BenchOptions options, String corpus,
    Machine machine) {

  private static final double MB = 1024.0 * 1024.0;

  /** The ratio column of one row: how it compares with paivand's run on the same corpus, or null for paivand. */
  public Double ratio(Measurement measurement) {
    Measurement paivand = Benchmark.byName(measurements, measurement.articles()).get(Benchmark.PAIVAND);
    if (paivand == null || measurement.name().equals(Benchmark.PAIVAND)) {
      return null;
    }
    return isScan(measurement) ? paivand.seconds() / measurement.seconds() : measurement.seconds() / paivand.seconds();
  }

  private static boolean isScan(Measurement measurement) {
    return measurement.name().equals(Benchmark.SPARK_SCAN) || measurement.name().equals(Benchmark.DUCKDB_SCAN)
        || measurement.name().equals(Benchmark.DUCKDB_QUERY);
  }

  private static String ratioLabel(Measurement measurement) {
    return switch (measurement.name()) {
      case Benchmark.SPARK_SCAN -> "paivand / Spark scan";
      case Benchmark.DUCKDB_SCAN -> "paivand / DuckDB scan";
      case Benchmark.NAIVE_SPARK -> "naive Spark / paivand";
      case Benchmark.DUCKDB_NAIVE -> "naive DuckDB / paivand";
      case Benchmark.DUCKDB_QUERY -> "paivand / DuckDB query";
      default -> "";
    };
  }

  /** paivand's runs in size order: the scaling curve. */
  public List<Measurement> paivandRuns() {
    List<Measurement> runs = new ArrayList<>();
    for (Measurement measurement : measurements) {
      if (measurement.name().equals(Benchmark.PAIVAND)) {
        runs.add(measurement);
      }
    }
    runs.sort((a, b) -> Long.compare(a.articles(), b.articles()));
    return runs;
  }

  /** Microseconds per article after subtracting the start-up time. */
  public double microsecondsPerArticle(Measurement run) {
    return (run.seconds() - startup.seconds()) / run.articles() * 1e6;
  }

  /** Per-article time at the largest size over that at the smallest; 1.0 is linear. */
  public double growth() {
    List<Measurement> runs = paivandRuns();
    return microsecondsPerArticle(runs.get(runs.size() - 1)) / microsecondsPerArticle(runs.get(0));
  }

  /** Rows that lack a number: empty when the table is complete. */
  public List<String> incomplete() {
    List<String> problems = new ArrayList<>();
    for (Measurement measurement : measurements) {
      String row = measurement.articles() + " " + measurement.name();
      if (!(measurement.seconds() > 0) || !Double.isFinite(measurement.articlesPerSecond())) {
        problems.add(row + ": no time");
      }
      if (measurement.peakHeapBytes() <= 0) {
        problems.add(row + ": no heap figure");
      }
      Double ratio = ratio(measurement);
      if (!measurement.name().equals(Benchmark.PAIVAND) && (ratio == null || !Double.isFinite(ratio) || ratio <= 0)) {
        problems.add(row + ": no ratio");
      }
      if (measurement.name().equals(Benchmark.PAIVAND) && measurement.sparkJobs() < 1) {
        problems.add(row + ": no Spark job count");
      }
    }
    for (String name : expectedNames()) {
      if (measurements.stream().noneMatch(m -> m.name().equals(name))) {
        problems.add("no row for " + name);
      }
    }
    return problems;
  }

  /** Every measurement the table must have, at one size at least. */
  private List<String> expectedNames() {
    List<String> names = new ArrayList<>(List.of(Benchmark.SPARK_SCAN, Benchmark.PAIVAND, Benchmark.NAIVE_SPARK,
        Benchmark.DUCKDB_SCAN, Benchmark.DUCKDB_NAIVE));
    if (options.corpus() == BenchCorpus.REAL) {
      names.add(Benchmark.DUCKDB_QUERY);
    }
    return names;
  }

  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### paivand bench, ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append("\n\n");
    out.append(String.format("Machine: %d cores (%s), %.1f GB memory, heap limit %.1f GB; %s; Spark %s (local[*]); "
            + "DuckDB %s (%d threads). Corpus: %s, %.0f chars per article on average. "
            + "Start-up (paivand on %,d articles after a warm-up run): %.1f s.%n%n",
        machine.cores(), machine.cpu(), machine.memoryBytes() / 1e9, machine.maxHeapBytes() / 1e9, machine.java(),
        machine.spark(), machine.duckDb(), machine.cores(), corpus, averageChars(), startup.articles(),
        startup.seconds()));
    out.append("| articles | measurement | wall s | articles/s | articles/s per core | ratio | Spark jobs "
        + "| peak heap MB | live heap MB | load | detail |\n");
    out.append("|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
    for (Measurement m : measurements) {
      Double ratio = ratio(m);
      out.append(String.format("| %,d | %s | %.2f | %,.0f | %,.0f | %s | %s | %.0f | %.0f | %.2f | %s |%n",
          m.articles(), m.name(), m.seconds(), m.articlesPerSecond(), m.articlesPerSecond() / machine.cores(),
          ratio == null ? "-" : String.format("%s = %.2f", ratioLabel(m), ratio),
          m.sparkJobs() == Measurement.NO_SPARK_JOBS ? "-" : Integer.toString(m.sparkJobs()),
          m.peakHeapBytes() / MB, m.liveHeapBytes() / MB, m.load(), m.detail()));
    }
    appendRatiosBySize(out);
    List<Measurement> runs = paivandRuns();
    out.append("\nScaling of paivand's run (time per article after subtracting the start-up):\n\n");
    out.append("| articles | wall s | minus start-up s | µs per article | peak heap MB | live heap MB | load |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement run : runs) {
      // a run faster than the start-up means the load changed between them: no per-article figure then
      String perArticle = run.seconds() > startup.seconds()
          ? String.format("%.1f", microsecondsPerArticle(run)) : "n/a (run shorter than the start-up)";
      out.append(String.format("| %,d | %.2f | %.2f | %s | %.0f | %.0f | %.2f |%n", run.articles(), run.seconds(),
          run.seconds() - startup.seconds(), perArticle, run.peakHeapBytes() / MB, run.liveHeapBytes() / MB,
          run.load()));
    }
    out.append(String.format("%nGrowth of the time per article, %,d over %,d articles: %.2f (1.00 is linear).%n",
        runs.get(runs.size() - 1).articles(), runs.get(0).articles(), growth()));
    Map<String, Measurement> atBaseline = Benchmark.byName(measurements, options.baselineArticles());
    if (atBaseline.containsKey(Benchmark.NAIVE_SPARK)) {
      out.append(String.format("The naive baselines ran at %,d articles only (one substring test per alias per article "
          + "makes them far too slow for the large sizes); their ratios compare them with paivand on that same "
          + "corpus, never extrapolated.%n", options.baselineArticles()));
    }
    return out.toString();
  }

  /**
   * paivand's run against the floors at each size, side by side: the Spark scan, and on the real-text corpus the
   * issue's DuckDB query. The same ratios are in the main table's rows; here they are in one line per size.
   */
  private void appendRatiosBySize(StringBuilder out) {
    boolean withQuery = options.corpus() == BenchCorpus.REAL;
    out.append("\npaivand's run against the floors at each size:\n\n");
    out.append("| articles | paivand run s | Spark jobs | Spark scan s | paivand run / Spark scan |")
        .append(withQuery ? " DuckDB query s | paivand run / DuckDB query |" : "").append('\n');
    out.append("|---:|---:|---:|---:|---:|").append(withQuery ? "---:|---:|" : "").append('\n');
    for (Measurement run : paivandRuns()) {
      Map<String, Measurement> atSize = Benchmark.byName(measurements, run.articles());
      out.append(String.format("| %,d | %.2f | %d | %s |", run.articles(), run.seconds(), run.sparkJobs(),
          floorAndRatio(atSize.get(Benchmark.SPARK_SCAN))));
      if (withQuery) {
        out.append(' ').append(floorAndRatio(atSize.get(Benchmark.DUCKDB_QUERY))).append(" |");
      }
      out.append('\n');
    }
  }

  private String floorAndRatio(Measurement floor) {
    return floor == null ? "- | -" : String.format("%.2f | %.2f", floor.seconds(), ratio(floor));
  }

  private double averageChars() {
    for (Measurement m : measurements) {
      if (m.characters() > 0) {
        return (double) m.characters() / m.articles();
      }
    }
    return Double.NaN;
  }
}
