package org.paivand.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.paivand.gazetteer.Gazetteer;
import org.paivand.spark.run.CooccurrenceJob;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.run.RunResult;
import org.paivand.spark.input.RunSizing;

/**
 * {@code paivand bench}: on a generated or a real-text corpus ({@link BenchCorpora}), in this one process, times
 *
 * <ol>
 *   <li>{@link #SPARK_SCAN}: Spark reads the Parquet text column and sums its lengths, the least any job must do;
 *   <li>{@link #PAIVAND}: {@link CooccurrenceJob#run} with default options (extraction, pairs, daily aggregation,
 *       write), with its phase times and the number of Spark jobs it started;
 *   <li>{@link #NAIVE_SPARK}: the Spark SQL baseline of {@link NaiveQueries};
 *   <li>{@link #DUCKDB_SCAN} and {@link #DUCKDB_NAIVE}: the same scan and the same naive query in DuckDB (JDBC, in
 *       process, as many threads as cores) over the same files;
 *   <li>{@link #DUCKDB_QUERY}, on the real-text corpus only: the DuckDB query of the issue, {@value #DUCKDB_QUERY_SQL}
 *       over the same files: a scan that also looks for one Persian and one English name.
 * </ol>
 *
 * The scans and paivand run at every size; the naive queries only at {@link BenchOptions#baselineArticles}, where a
 * scan and a paivand run of the same corpus are measured too, so every ratio compares equal corpora. Start-up is
 * paivand's time on {@link BenchOptions#startupArticles} articles after a warm-up run on them.
 */
public final class Benchmark {
  public static final String SPARK_SCAN = "Spark scan (sum of text lengths)";
  public static final String PAIVAND = "paivand run";
  public static final String NAIVE_SPARK = "naive Spark SQL (instr per country alias)";
  public static final String DUCKDB_SCAN = "DuckDB scan (sum of text lengths)";
  public static final String DUCKDB_NAIVE = "naive DuckDB SQL (contains per country alias)";
  /** The two names the DuckDB query looks for: Iran in Persian letters, Russia in English. */
  static final String PERSIAN_NAME = "ایران";
  static final String ENGLISH_NAME = "Russia";
  public static final String DUCKDB_QUERY = "DuckDB query (count, length, contains " + PERSIAN_NAME + "/"
      + ENGLISH_NAME + ")";
  static final String DUCKDB_QUERY_SQL = "select count(*), sum(length(text)), count(*) filter (where contains(text, '"
      + PERSIAN_NAME + "') or contains(text, '" + ENGLISH_NAME + "')) from read_parquet([...])";

  private final SparkSession spark;
  private final BenchOptions options;
  private final PrintStream progress;
  private final NaiveQueries naive = new NaiveQueries(Gazetteer.standard());
  private final BenchCorpora corpora;

  private Benchmark(SparkSession spark, BenchOptions options, PrintStream progress) {
    this.spark = spark;
    this.options = options;
    this.progress = progress;
    this.corpora = new BenchCorpora(options, this::say);
  }

  public static BenchReport run(SparkSession spark, BenchOptions options, PrintStream progress) {
    try {
      return new Benchmark(spark, options, progress).measureAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed: " + e.getMessage(), e);
    }
  }

  private BenchReport measureAll() throws IOException, SQLException {
    Files.createDirectories(options.work());
    long largest = options.sizes().get(options.sizes().size() - 1);
    long rowsPerFile = options.sizes().stream().reduce(Benchmark::gcd).orElseThrow();
    List<String> corpus = corpora.files(largest, rowsPerFile);
    List<String> startup = corpora.files(options.startupArticles(), options.startupArticles());
    boolean baselineInCorpus = options.baselineArticles() % rowsPerFile == 0 && options.baselineArticles() <= largest;
    List<String> baseline = baselineInCorpus ? prefix(corpus, options.baselineArticles() / rowsPerFile)
        : corpora.files(options.baselineArticles(), options.baselineArticles());
    boolean realText = options.corpus() == BenchCorpus.REAL;

    List<Measurement> measurements = new ArrayList<>();
    try (Connection duckDb = openDuckDb()) {
      say("warm-up on " + options.startupArticles() + " articles");
      sparkScan(startup, options.startupArticles());
      paivand(startup, options.startupArticles());
      duckDbScan(duckDb, startup, options.startupArticles());
      if (realText) {
        duckDbQuery(duckDb, startup, options.startupArticles());
      }
      Measurement startupRun = paivand(startup, options.startupArticles());

      say("baselines on " + options.baselineArticles() + " articles");
      measurements.add(sparkScan(baseline, options.baselineArticles()));
      measurements.add(paivand(baseline, options.baselineArticles()));
      measurements.add(naiveSpark(baseline, options.baselineArticles()));
      measurements.add(duckDbScan(duckDb, baseline, options.baselineArticles()));
      measurements.add(duckDbNaive(duckDb, baseline, options.baselineArticles()));
      if (realText) {
        measurements.add(duckDbQuery(duckDb, baseline, options.baselineArticles()));
      }
      for (long size : options.sizes()) {
        if (size == options.baselineArticles()) {
          continue;
        }
        say("scans and paivand on " + size + " articles");
        List<String> files = prefix(corpus, size / rowsPerFile);
        measurements.add(sparkScan(files, size));
        measurements.add(paivand(files, size));
        measurements.add(duckDbScan(duckDb, files, size));
        if (realText) {
          measurements.add(duckDbQuery(duckDb, files, size));
        }
      }
      return new BenchReport(measurements, startupRun, options, corpora.description(),
          Machine.describe(spark, duckDbVersion(duckDb)));
    }
  }

  private Measurement sparkScan(List<String> files, long articles) {
    try (HeapWatch heap = HeapWatch.afterCollection()) {
      long started = System.nanoTime();
      spark.sparkContext().setJobDescription("paivand bench: Spark scan of " + articles + " articles");
      Row row = spark.read().parquet(files.toArray(String[]::new)).agg(sum(length(col("text")))).first();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Measurement(articles, SPARK_SCAN, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), row.getLong(0), Measurement.NO_SPARK_JOBS, "");
    }
  }

  private Measurement paivand(List<String> files, long articles) throws IOException {
    Path output = BenchCorpora.clean(options.work().resolve("out-paivand"));
    try (HeapWatch heap = HeapWatch.afterCollection()) {
      long started = System.nanoTime();
      RunSizing.apply(spark, files); // as bin/paivand run does
      RunResult result = CooccurrenceJob.run(spark, JobConfig.of(files, output.toString()));
      double seconds = (System.nanoTime() - started) / 1e9;
      if (result.rowsRead() != articles) {
        throw new IllegalStateException("paivand read " + result.rowsRead() + " rows, the corpus has " + articles);
      }
      StringBuilder phases = new StringBuilder();
      result.phaseSeconds().forEach((phase, phaseSeconds) ->
          phases.append(phases.length() == 0 ? "" : ", ").append(phase).append(' ')
              .append(String.format("%.1f", phaseSeconds)));
      return new Measurement(articles, PAIVAND, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), 0, result.sparkJobs(),
          phases + String.format("; %,d pair rows", result.tableRows().get("pairs_daily")));
    }
  }

  private Measurement naiveSpark(List<String> files, long articles) throws IOException {
    Path output = BenchCorpora.clean(options.work().resolve("out-naive-spark"));
    try (HeapWatch heap = HeapWatch.afterCollection()) {
      long started = System.nanoTime();
      spark.sparkContext().setJobDescription("paivand bench: naive Spark SQL on " + articles + " articles");
      RunSizing.apply(spark, files);
      long rows = naive.runSpark(spark, files, output.toString());
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Measurement(articles, NAIVE_SPARK, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), 0, Measurement.NO_SPARK_JOBS, String.format("%d countries, %d aliases; %,d pair rows",
              naive.countries(),
              naive.aliases(), rows));
    }
  }

  private Measurement duckDbScan(Connection duckDb, List<String> files, long articles) throws SQLException {
    try (HeapWatch heap = HeapWatch.afterCollection(); Statement statement = duckDb.createStatement()) {
      long started = System.nanoTime();
      long chars;
      try (ResultSet result = statement.executeQuery(
          "SELECT sum(length(text)) FROM read_parquet(" + NaiveQueries.fileList(files) + ")")) {
        result.next();
        chars = result.getLong(1);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Measurement(articles, DUCKDB_SCAN, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), chars, Measurement.NO_SPARK_JOBS, "");
    }
  }

  private Measurement duckDbNaive(Connection duckDb, List<String> files, long articles)
      throws SQLException, IOException {
    Path output = BenchCorpora.clean(options.work().resolve("out-naive-duckdb.parquet"));
    try (HeapWatch heap = HeapWatch.afterCollection(); Statement statement = duckDb.createStatement()) {
      long started = System.nanoTime();
      statement.execute(naive.duckDbSql(files, output.toString()));
      double seconds = (System.nanoTime() - started) / 1e9;
      long rows;
      try (ResultSet result = statement.executeQuery(
          "SELECT count(*) FROM read_parquet(" + NaiveQueries.quote(output.toString()) + ")")) {
        result.next();
        rows = result.getLong(1);
      }
      return new Measurement(articles, DUCKDB_NAIVE, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), 0, Measurement.NO_SPARK_JOBS, String.format("%,d pair rows", rows));
    }
  }

  /** The DuckDB query: rows, characters and rows naming Iran in Persian or Russia in English, in one pass. */
  private Measurement duckDbQuery(Connection duckDb, List<String> files, long articles) throws SQLException {
    String sql = DUCKDB_QUERY_SQL.replace("[...]", NaiveQueries.fileList(files));
    try (HeapWatch heap = HeapWatch.afterCollection(); Statement statement = duckDb.createStatement()) {
      long started = System.nanoTime();
      long rows;
      long chars;
      long matching;
      try (ResultSet result = statement.executeQuery(sql)) {
        result.next();
        rows = result.getLong(1);
        chars = result.getLong(2);
        matching = result.getLong(3);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      if (rows != articles) {
        throw new IllegalStateException("the DuckDB query counted " + rows + " rows, the corpus has " + articles);
      }
      return new Measurement(articles, DUCKDB_QUERY, seconds, heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
          Machine.load(), chars, Measurement.NO_SPARK_JOBS,
          String.format("%,d rows, %,d characters, %,d containing %s or %s", rows, chars,
              matching, PERSIAN_NAME, ENGLISH_NAME));
    }
  }

  private static List<String> prefix(List<String> files, long count) {
    return new ArrayList<>(files.subList(0, (int) count));
  }

  private Connection openDuckDb() throws SQLException {
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException("the DuckDB JDBC driver is not on the class path (" + e.getMessage()
          + "): run bench through bin/paivand, which adds it", e);
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads TO " + Runtime.getRuntime().availableProcessors());
    }
    return connection;
  }

  private static String duckDbVersion(Connection duckDb) throws SQLException {
    try (Statement statement = duckDb.createStatement();
        ResultSet result = statement.executeQuery("SELECT version()")) {
      result.next();
      return result.getString(1);
    }
  }

  private void say(String line) {
    if (!options.quiet()) {
      progress.println("bench: " + line);
      progress.flush();
    }
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  static Map<String, Measurement> byName(List<Measurement> measurements, long articles) {
    Map<String, Measurement> result = new LinkedHashMap<>();
    for (Measurement measurement : measurements) {
      if (measurement.articles() == articles) {
        result.put(measurement.name(), measurement);
      }
    }
    return result;
  }
}
