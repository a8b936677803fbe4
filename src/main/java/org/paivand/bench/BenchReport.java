package org.paivand.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's results as Markdown, the form docs/benchmarks.md keeps: the machine, one table row per measurement
 * with its ratio to paivand's run on the same corpus, and the scaling of paivand's run over the sizes (time per
 * article after subtracting the start-up, growth largest/smallest, heap per size). Every figure carries the load
 * average at the time it was taken: on a shared machine a figure under load is not a measurement of the code.
 */
public record BenchReport(List<Measurement> measurements, Measurement startup, BenchOptions options,
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
    return measurement.name().equals(Benchmark.SPARK_SCAN) || measurement.name().equals(Benchmark.DUCKDB_SCAN);
  }

  private static String ratioLabel(Measurement measurement) {
    return switch (measurement.name()) {
      case Benchmark.SPARK_SCAN -> "paivand / Spark scan";
      case Benchmark.DUCKDB_SCAN -> "paivand / DuckDB scan";
      case Benchmark.NAIVE_SPARK -> "naive Spark / paivand";
      case Benchmark.DUCKDB_NAIVE -> "naive DuckDB / paivand";
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
    }
    for (String name : List.of(Benchmark.SPARK_SCAN, Benchmark.PAIVAND, Benchmark.NAIVE_SPARK, Benchmark.DUCKDB_SCAN,
        Benchmark.DUCKDB_NAIVE)) {
      if (measurements.stream().noneMatch(m -> m.name().equals(name))) {
        problems.add("no row for " + name);
      }
    }
    return problems;
  }

  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("### paivand bench, ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
        .append("\n\n");
    out.append(String.format("Machine: %d cores (%s), %.1f GB memory, heap limit %.1f GB; %s; Spark %s (local[*]); "
            + "DuckDB %s (%d threads). Corpus: `paivand generate --seed %d`, %.0f chars per article on average. "
            + "Start-up (paivand on %,d articles after a warm-up run): %.1f s.%n%n",
        machine.cores(), machine.cpu(), machine.memoryBytes() / 1e9, machine.maxHeapBytes() / 1e9, machine.java(),
        machine.spark(), machine.duckDb(), machine.cores(), options.seed(), averageChars(), startup.articles(),
        startup.seconds()));
    out.append("| articles | measurement | wall s | articles/s | articles/s per core | ratio | peak heap MB "
        + "| live heap MB | load | detail |\n");
    out.append("|---:|---|---:|---:|---:|---|---:|---:|---:|---|\n");
    for (Measurement m : measurements) {
      Double ratio = ratio(m);
      out.append(String.format("| %,d | %s | %.2f | %,.0f | %,.0f | %s | %.0f | %.0f | %.2f | %s |%n", m.articles(),
          m.name(), m.seconds(), m.articlesPerSecond(), m.articlesPerSecond() / machine.cores(),
          ratio == null ? "-" : String.format("%s = %.2f", ratioLabel(m), ratio), m.peakHeapBytes() / MB,
          m.liveHeapBytes() / MB, m.load(), m.detail()));
    }
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

  private double averageChars() {
    for (Measurement m : measurements) {
      if (m.characters() > 0) {
        return (double) m.characters() / m.articles();
      }
    }
    return Double.NaN;
  }
}
