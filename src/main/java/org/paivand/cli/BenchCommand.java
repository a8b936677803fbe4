package org.paivand.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paivand.bench.BenchCorpus;
import org.paivand.bench.BenchOptions;
import org.paivand.bench.BenchReport;
import org.paivand.bench.Benchmark;
import org.paivand.bench.RealTextCorpus;
import org.paivand.errors.InputErrors;
import org.paivand.errors.OptionErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code paivand bench}: times Spark and DuckDB scans, paivand's run and the naive baselines on generated or real-text
 * corpora in this one process and prints the Markdown table (docs/benchmarks.md). DuckDB is not in the application
 * jar: {@code bin/paivand} puts its JDBC jar on the class path for {@code bench} only.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark paivand against the Spark and DuckDB scan floors and the naive substring baselines,",
      "on corpora from `paivand generate` or remixed from real news text; prints a Markdown table",
      "(see docs/benchmarks.md)."
    })
final class BenchCommand implements Callable<Integer> {
  /** Where the real text lives relative to a paivand checkout. */
  static final String DEFAULT_DATA = "../shared/data";

  @Spec CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", description = "One corpus size (instead of --sizes).")
  Long articles;

  @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
      description = "Corpus sizes for the scaling curve (default: 100000,200000,400000,800000).")
  List<Long> sizes = new ArrayList<>();

  @Option(names = "--baseline-articles", paramLabel = "N",
      description = "Size at which the naive baselines run (default: 20000, or the smallest size if smaller).")
  Long baselineArticles;

  @Option(names = "--startup-articles", defaultValue = "" + BenchOptions.DEFAULT_STARTUP_ARTICLES, paramLabel = "N",
      description = "Articles of the run whose time is the start-up subtracted in the scaling table, measured after "
          + "a warm-up run on them (default: ${DEFAULT-VALUE}).")
  long startupArticles;

  @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
      description = "Local directory for corpora (reused) and outputs (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the generated or the real-text corpus (default: 1).")
  long seed;

  @Option(names = "--corpus", defaultValue = "generated", paramLabel = "generated|real",
      description = "generated: articles from `paivand generate` (default); real: Fars News paragraphs and ABC "
          + "headlines from --data remixed into articles, and the DuckDB query of the issue measured beside.")
  String corpus;

  @Option(names = "--data", paramLabel = "DIR",
      description = "With --corpus real: the directory of the real text (fars/, abcnews/; default: ../shared/data "
          + "beside the paivand checkout).")
  Path data;

  @Option(names = "--append", paramLabel = "FILE", description = "Also append the report to FILE (Markdown).")
  Path append;

  @Mixin SparkOptions sparkOptions;

  @Mixin QuietMixin quiet;

  @Override
  public Integer call() throws IOException {
    BenchOptions options = options();
    if (options.corpus() == BenchCorpus.REAL) {
      RealTextCorpus.checkData(options.data());
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw InputErrors.duckDbMissing();
    }
    BenchReport report = sparkOptions.inSession(List.of(), spark -> Benchmark.run(spark, options, System.err));
    String markdown = report.markdown();
    spec.commandLine().getOut().print(markdown);
    spec.commandLine().getOut().flush();
    if (append != null) {
      Files.writeString(append, "\n" + markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return report.incomplete().isEmpty() ? UserErrors.OK : UserErrors.FAILED;
  }

  /** The options as given, checked; a bad value is a usage error. */
  BenchOptions options() {
    List<Long> chosen = new ArrayList<>(sizes);
    if (articles != null) {
      chosen.add(articles);
    }
    if (chosen.isEmpty()) {
      chosen.addAll(BenchOptions.DEFAULT_SIZES);
    }
    long smallest = chosen.stream().mapToLong(Long::longValue).min().orElseThrow();
    long baseline = baselineArticles != null ? baselineArticles
        : Math.min(BenchOptions.DEFAULT_BASELINE_ARTICLES, smallest);
    BenchCorpus kind = BenchCorpus.named(corpus)
        .orElseThrow(() -> OptionErrors.unknownBenchCorpus(corpus, BenchCorpus.names()));
    if (data != null && kind != BenchCorpus.REAL) {
      throw OptionErrors.dataWithoutRealCorpus(data, kind.cliName());
    }
    try {
      return new BenchOptions(chosen, baseline, work, seed, quiet.enabled(), startupArticles, kind,
          kind == BenchCorpus.REAL ? dataDirectory() : null);
    } catch (IllegalArgumentException e) {
      throw OptionErrors.badBenchOption(e.getMessage());
    }
  }

  /** --data, else ../shared/data beside the checkout that bin/paivand passes as paivand.home (or the current one). */
  private Path dataDirectory() {
    if (data != null) {
      return data;
    }
    return Path.of(System.getProperty("paivand.home", ".")).toAbsolutePath().resolve(DEFAULT_DATA).normalize();
  }
}
