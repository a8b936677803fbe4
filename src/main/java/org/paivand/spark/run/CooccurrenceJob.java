package org.paivand.spark.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.paivand.output.OutputPublisher;
import org.paivand.output.OutputTable;
import org.paivand.output.RunId;
import org.paivand.output.TableWriter;
import org.paivand.spark.count.DailyWrites;
import org.paivand.spark.dedup.DuplicateCounts;
import org.paivand.spark.dedup.Exclusions;
import org.paivand.spark.extract.ArticleRows;
import org.paivand.spark.extract.TextPass;
import org.paivand.spark.input.CorpusInput;
import org.paivand.spark.input.UnreadableInput;
import org.paivand.spark.itemsets.Itemsets;
import org.paivand.spark.job.JobConfig;
import org.paivand.spark.job.PhaseTimer;
import org.paivand.spark.job.RunProgress;
import org.paivand.spark.timeseries.TimeSeriesTables;

/**
 * The co-occurrence run, in five phases: read the corpus and check its files; one pass over the text on the executors
 * into compact rows; count the daily tables in plain Java per partition and combine them by month; write them with
 * the per-article tables; publish atomically with {@code _run.json}. Notebooks and tests call
 * {@link #run(SparkSession, JobConfig)}; {@code paivand run} and {@code spark-submit} of the application jar
 * (whose main class is the command line) call {@link #run(SparkSession, JobConfig, RunProgress)}.
 *
 * <p>Output tables: {@link OutputTable}, {@code docs/outputs.md}.
 */
public final class CooccurrenceJob {
  private CooccurrenceJob() {}

  public static RunResult run(SparkSession spark, JobConfig config) {
    return run(spark, config, RunProgress.NONE);
  }

  public static RunResult run(SparkSession spark, JobConfig config, RunProgress progress) {
    Instant started = Instant.now();
    String runId = RunId.of(started);
    PhaseTimer phases = new PhaseTimer(spark, progress, runId);
    OutputPublisher publisher = null;
    Dataset<Row> compact = null;
    try {
      phases.start("read", "read and check " + String.join(" ", config.inputs()));
      CorpusInput.Input input = CorpusInput.read(spark, config);
      LongAccumulator analysed = spark.sparkContext().longAccumulator("paivand articles analysed");
      progress.reading(spark, analysed, input.files().rows());
      publisher = OutputPublisher.open(config.output(), runId, spark.sparkContext().hadoopConfiguration());

      phases.start("extract", "normalize, split, match and date every article; find the copies that do not count");
      TextPass text = new TextPass(spark, config);
      compact = text.extract(input.rows(), analysed);
      Exclusions excluded = Exclusions.of(compact, config.dedup(), config.nearThreshold());
      phases.finish(input.files().rows() + " rows read, " + excluded.size() + " copies");

      phases.start("aggregate", "count pairs, entities and totals per publication day");
      Dataset<Row> counted = ArticleRows.counted(compact, excluded.rowKeys());
      Map<String, Long> tableRows = new LinkedHashMap<>();
      DailyWrites.Totals totals = DailyWrites.write(counted, text.dictionary(), input.sliceKinds(),
          publisher::stagingPath, tableRows, new LinkedHashMap<>());
      writeOptional(spark, config, counted, text.dictionary(), publisher, tableRows);

      phases.start("write", "write articles, mentions, rejects and duplicates");
      Articles articles = writeArticles(config, compact, counted, text.dictionary(), excluded, publisher, tableRows);

      phases.start("publish", "publish " + publisher.output());
      RunResult result = reconcile(runId, publisher, input, totals, articles, tableRows, phases, config);
      publisher.writeStagingFile(OutputPublisher.RUN_REPORT, RunReport.toJson(result, config, spark, started,
          Instant.now()));
      publisher.publish();
      return result;
    } catch (Exception e) { // Spark's SparkException is checked but undeclared, hence Exception
      if (publisher != null) {
        publisher.abort();
      }
      throw UnreadableInput.explain(e, config);
    } catch (Error e) {
      if (publisher != null) {
        publisher.abort();
      }
      throw e;
    } finally {
      phases.seconds();
      if (compact != null) {
        compact.unpersist();
      }
    }
  }

  /** What the write phase observed: used articles written, texts cut, rejects and duplicates. */
  private record Articles(long used, long truncated, long rejected, Map<String, Long> rejectsByReason,
      DuplicateCounts duplicates) {}

  /** {@code itemsets} with {@code --itemsets}, {@code timeseries} with {@code --timeseries}: nothing otherwise. */
  private static void writeOptional(SparkSession spark, JobConfig config, Dataset<Row> counted,
      String[] dictionary, OutputPublisher publisher, Map<String, Long> tableRows) {
    if (config.itemsets() != null) {
      Itemsets.Tables itemsets = Itemsets.compute(Itemsets.transactions(counted, dictionary), config.itemsets());
      tableRows.put(OutputTable.ITEMSETS.directory(), TableWriter.write(itemsets.itemsets().repartition(1),
          OutputTable.ITEMSETS, publisher.stagingPath(OutputTable.ITEMSETS)).rows());
      tableRows.put(OutputTable.ITEMSET_RULES.directory(), TableWriter.write(itemsets.rules().repartition(1),
          OutputTable.ITEMSET_RULES, publisher.stagingPath(OutputTable.ITEMSET_RULES)).rows());
    }
    if (config.series() != null) { // from the daily tables just written, as `paivand series` does
      tableRows.put(OutputTable.TIMESERIES.directory(), TimeSeriesTables.write(TimeSeriesTables.build(spark,
          publisher.staging().toString(), config.series()), publisher.stagingPath(OutputTable.TIMESERIES)));
    }
  }

  private static Articles writeArticles(JobConfig config, Dataset<Row> compact, Dataset<Row> counted,
      String[] dictionary, Exclusions excluded, OutputPublisher publisher, Map<String, Long> tableRows) {
    ArticleRows.Written written = ArticleRows.writeArticlesAndMentions(counted, dictionary, config.mentionsText(),
        publisher.stagingPath(OutputTable.ARTICLES), publisher.stagingPath(OutputTable.MENTIONS));
    tableRows.put(OutputTable.ARTICLES.directory(), written.articles());
    tableRows.put(OutputTable.MENTIONS.directory(), written.mentions());
    TableWriter.Written rejects = TableWriter.write(ArticleRows.rejects(compact, false), OutputTable.REJECTS,
        publisher.stagingPath(OutputTable.REJECTS), ArticleRows.rejectsByReason());
    tableRows.put(OutputTable.REJECTS.directory(), rejects.rows());
    Map<String, Long> reasons = new java.util.TreeMap<>();
    org.paivand.spark.extract.RejectReason.ALL.forEach(reason -> {
      if (rejects.count(reason) > 0) {
        reasons.put(reason, rejects.count(reason));
      }
    });
    tableRows.put(OutputTable.DUPLICATES.directory(), excluded.write(publisher.stagingPath(OutputTable.DUPLICATES),
        compact.sparkSession().sparkContext().hadoopConfiguration()));
    return new Articles(written.articles(), written.truncated(), rejects.rows(), reasons,
        excluded.counts(config.dedup(), config.nearThreshold()));
  }

  /**
   * The run's figures from what was written. Footers promise {@code rows} rows; under {@code --skip-corrupt-files}
   * Spark may read fewer from a file whose pages are corrupt: those rows are reported as unreadable, never dropped
   * silently; otherwise a gap is a bug and the run fails rather than publish.
   */
  private static RunResult reconcile(String runId, OutputPublisher publisher, CorpusInput.Input input,
      DailyWrites.Totals totals, Articles articles, Map<String, Long> tableRows, PhaseTimer phases,
      JobConfig config) {
    long read = input.files().rows();
    long duplicate = articles.duplicates().total();
    if (totals.used() != articles.used()) {
      throw new IllegalStateException("counted " + totals.used() + " articles in totals_daily but wrote "
          + articles.used() + " to articles");
    }
    long unreadable = read - (articles.used() + articles.rejected() + duplicate);
    if (unreadable < 0 || unreadable > 0 && !config.skipCorruptFiles()) {
      throw new IllegalStateException("reconciliation failed: " + read + " rows read but " + articles.used()
          + " used + " + articles.rejected() + " rejected + " + duplicate + " duplicate");
    }
    List<String> skipped = input.files().unreadable().stream()
        .map(check -> check.path() + ": " + check.problem()).toList();
    PhaseTimer.SparkWork work = phases.sparkWork();
    return new RunResult(runId, publisher.output().toString(), read, articles.used(), articles.rejected(),
        duplicate, articles.rejectsByReason(), totals.first(), totals.last(), tableRows, phases.seconds(),
        input.files().files().size(), skipped, unreadable, articles.truncated(), articles.duplicates(),
        work.jobs(), work.stages());
  }
}
