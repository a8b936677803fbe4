package org.paivand.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The co-occurrence run: read the corpus, extract mentions per article on the executors, deduplicate ids, aggregate
 * the daily tables, write them to staging and publish atomically with {@code _run.json}. Notebooks and tests call
 * {@link #run(SparkSession, JobConfig)}; {@code spark-submit --class org.paivand.spark.CooccurrenceJob} runs
 * {@link #main}, which takes the same options as {@code paivand run}.
 *
 * <p>Output tables (see {@code docs/outputs.md}): {@code pairs_daily}, {@code entities_daily} and
 * {@code totals_daily}, partitioned by publication month so that a later run rewrites only the months holding the
 * dates it touches;
 * {@code mentions} and {@code articles}, per article; {@code rejects}, with a reason per row.
 */
public final class CooccurrenceJob {
  public static final String PAIRS_DAILY = "pairs_daily";
  public static final String ENTITIES_DAILY = "entities_daily";
  public static final String TOTALS_DAILY = "totals_daily";
  public static final String MENTIONS = "mentions";
  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String DUPLICATES = "duplicates";
  public static final String ITEMSETS = "itemsets";
  public static final String ITEMSET_RULES = "itemset_rules";

  private CooccurrenceJob() {}

  /** For {@code spark-submit}: the options of {@code paivand run}, on the session the cluster provides. */
  public static void main(String[] args) {
    System.exit(org.paivand.cli.PaivandCli.execute(prepend("run", prepend("--submitted", args))));
  }

  public static RunResult run(SparkSession spark, JobConfig config) {
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC).format(started)
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    Dataset<Row> articles = null;
    Dataset<Row> extracted = null;
    OutputPublisher publisher = null;
    LongAccumulator analysed = spark.sparkContext().longAccumulator("paivand articles analysed");
    try (Progress progress = new Progress(spark, analysed, config.quiet())) {
      PhaseTimer phases = new PhaseTimer(spark, progress);
      phases.start("read", "read and check " + String.join(" ", config.inputs()));
      CorpusInput.Input read = CorpusInput.read(spark, config);
      Dataset<Row> input = read.rows();
      long rowsRead = input.count();
      publisher = OutputPublisher.open(config.output(), runId, spark.sparkContext().hadoopConfiguration());

      phases.start("extract", "normalize, split, match and date every article");
      // the ingest date of each row (from an ingest_date=... directory) lets the latest delivery of an id win
      extracted = DeduplicateArticles.extractWithIngest(input, new ExtractMentions(config.zone(),
              config.maxTextChars(), LocalDate.now(config.zone()).plusDays(1).toEpochDay(), analysed,
              GazetteerFiles.read(config.gazetteerFiles(), spark.sparkContext().hadoopConfiguration()),
              config.dedup() == DedupMode.NEAR))
          .persist(StorageLevel.MEMORY_AND_DISK());
      // repeated ids, then text copies among the id-unique articles (--dedup; persisted anew when there is text
      // deduplication)
      articles = TextDuplicates.mark(DeduplicateArticles.mark(extracted), config);
      Counts counts = Counts.of(articles);
      if (config.dedup() != DedupMode.NONE) {
        extracted.unpersist(); // the count materialized the marked copy
      }
      phases.finish(counts.used + " used, " + counts.rejected + " rejected, " + counts.duplicate + " duplicate of "
          + rowsRead + " rows read");

      Dataset<Row> used = articles.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.USED));
      Dataset<Row> rejected = articles.filter(col(DeduplicateArticles.STATUS).equalTo(DeduplicateArticles.REJECTED));
      phases.start("aggregate", "count pairs, entities and totals per publication day " + counts.range());
      Map<String, Long> tableRows = new LinkedHashMap<>();
      tableRows.put(PAIRS_DAILY, writeDaily(DailyTables.pairs(used), publisher.stagingPath(PAIRS_DAILY),
          "entity_a", "entity_b", "scope"));
      tableRows.put(ENTITIES_DAILY, writeDaily(DailyTables.entities(used), publisher.stagingPath(ENTITIES_DAILY),
          "entity"));
      tableRows.put(TOTALS_DAILY, writeDaily(DailyTables.totals(used), publisher.stagingPath(TOTALS_DAILY)));
      Itemsets.Tables itemsets = Itemsets.compute(used, config.itemsets());
      tableRows.put(ITEMSETS, writeSorted(itemsets.itemsets(), publisher.stagingPath(ITEMSETS),
          "pub_month", "size", "items"));
      tableRows.put(ITEMSET_RULES, writeSorted(itemsets.rules(), publisher.stagingPath(ITEMSET_RULES),
          "pub_month", "antecedent", "consequent"));
      if (!read.sliceKinds().isEmpty()) { // per language and source, when the input has those columns
        tableRows.put(SliceDailyTables.PAIRS, writeDaily(SliceDailyTables.pairs(used, read.sliceKinds()),
            publisher.stagingPath(SliceDailyTables.PAIRS), "slice_kind", "slice", "entity_a", "entity_b", "scope"));
        tableRows.put(SliceDailyTables.ENTITIES, writeDaily(SliceDailyTables.entities(used, read.sliceKinds()),
            publisher.stagingPath(SliceDailyTables.ENTITIES), "slice_kind", "slice", "entity"));
        tableRows.put(SliceDailyTables.TOTALS, writeDaily(SliceDailyTables.totals(used, read.sliceKinds()),
            publisher.stagingPath(SliceDailyTables.TOTALS), "slice_kind", "slice"));
      }
      if (config.series() != null) { // from the daily tables just written, as `paivand series` does
        tableRows.put(TimeSeriesTables.TIMESERIES, TimeSeriesTables.write(TimeSeriesTables.build(spark,
            publisher.staging().toString(), config.series()), publisher.stagingPath(TimeSeriesTables.TIMESERIES)));
      }
      phases.start("write", "write mentions, articles and rejects");
      // by month as the daily tables (and as nightly runs write them): a hash shuffle, where a global sort first
      // sampled the whole table and then shuffled it (measured on 200,000 generated articles: 17 of the write
      // phase's 20 task-seconds went to the mentions, 200 MB shuffled and 72 MB spilled)
      tableRows.put(MENTIONS, writeDaily(DailyTables.mentions(used), publisher.stagingPath(MENTIONS), "id", "start"));
      tableRows.put(ARTICLES, writeDaily(DailyTables.articles(used), publisher.stagingPath(ARTICLES), "id"));
      tableRows.put(REJECTS, writeSorted(DailyTables.rejects(rejected), publisher.stagingPath(REJECTS),
          "reason", "id"));
      DuplicateCounts duplicates = TextDuplicates.write(articles, publisher.stagingPath(DUPLICATES), config);
      tableRows.put(DUPLICATES, duplicates.total());

      phases.start("publish", "publish " + publisher.output());
      // Footers promise rowsRead rows; under --skip-corrupt-files Spark may read fewer from a file whose pages are
      // corrupt. Those rows are reported as unreadable, never dropped silently; otherwise a gap is a bug.
      long unreadable = rowsRead - (counts.used + counts.rejected + counts.duplicate);
      if (unreadable < 0 || unreadable > 0 && !config.skipCorruptFiles()) {
        throw new IllegalStateException("reconciliation failed: " + rowsRead + " rows read but " + counts.used
            + " used + " + counts.rejected + " rejected + " + counts.duplicate + " duplicate");
      }
      List<String> skipped = read.files().unreadable().stream()
          .map(check -> check.path() + ": " + check.problem()).toList();
      RunResult result = new RunResult(runId, publisher.output().toString(), rowsRead, counts.used,
          counts.rejected, counts.duplicate, counts.rejectsByReason, counts.first, counts.last, tableRows,
          phases.seconds(), read.files().files().size(), skipped, unreadable, counts.truncated, duplicates);
      publisher.writeStagingFile(OutputPublisher.RUN_REPORT,
          RunReport.toJson(result, config, spark, started, Instant.now()));
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
      if (articles != null) {
        articles.unpersist();
      }
      if (extracted != null) {
        extracted.unpersist();
      }
    }
  }

  /**
   * One directory per publication month ({@code pub_month=2020-10}), one file per month: day partitions cost a
   * directory and a small file per day and table, which on sparse multi-year corpora made writing 10x slower than
   * the job itself (measured: 586 days, 18-35 s per table by day, 7 s by month).
   */
  static long writeDaily(Dataset<Row> table, String path, String... sortColumns) {
    Observation written = new Observation("rows written to " + path);
    table.withColumn(DailyTables.PUB_MONTH, date_format(col(DailyTables.PUB_DATE), "yyyy-MM"))
        .repartition(col(DailyTables.PUB_MONTH))
        .sortWithinPartitions(columns(prepend(DailyTables.PUB_DATE, sortColumns)))
        .observe(written, count(lit(1)).as("rows"))
        .write().mode(SaveMode.ErrorIfExists).partitionBy(DailyTables.PUB_MONTH).parquet(path);
    return rows(written);
  }

  private static long writeSorted(Dataset<Row> table, String path, String... sortColumns) {
    Observation written = new Observation("rows written to " + path);
    // observed above the sort: the sort's sampling pass must not count rows too
    table.sort(columns(sortColumns)).observe(written, count(lit(1)).as("rows"))
        .write().mode(SaveMode.ErrorIfExists).parquet(path);
    return rows(written);
  }

  /** Rows counted while writing, so the report needs no second read of what was written. */
  static long rows(Observation observation) {
    try {
      Object rows = observation.getAsJava().get("rows");
      return rows == null ? 0L : ((Number) rows).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting written rows", e);
    }
  }

  private static org.apache.spark.sql.Column[] columns(String... names) {
    return java.util.Arrays.stream(names).map(name -> col(name)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static String[] prepend(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** The reconciliation figures, from one small aggregation over the marked articles. */
  private record Counts(long used, long rejected, long duplicate, Map<String, Long> rejectsByReason,
      LocalDate first, LocalDate last, long truncated) {

    static Counts of(Dataset<Row> articles) {
      List<Row> rows = articles
          .groupBy(col(DeduplicateArticles.STATUS), col(ArticleSchema.REASON))
          .agg(count(lit(1)).as("n"), min(col(ArticleSchema.PUB_DAY)).as("first"),
              max(col(ArticleSchema.PUB_DAY)).as("last"),
              count(when(col(ArticleSchema.TEXT_TRUNCATED), lit(1))).as("truncated"))
          .collectAsList();
      long used = 0;
      long rejected = 0;
      long duplicate = 0;
      Integer first = null;
      Integer last = null;
      long truncated = 0;
      Map<String, Long> reasons = new TreeMap<>();
      for (Row row : rows) {
        String status = row.getString(0);
        long n = row.getLong(2);
        switch (status) {
          case DeduplicateArticles.USED -> {
            used += n;
            truncated += row.getLong(5);
            first = row.isNullAt(3) ? first : Integer.valueOf(row.getInt(3));
            last = row.isNullAt(4) ? last : Integer.valueOf(row.getInt(4));
          }
          case DeduplicateArticles.DUPLICATE -> duplicate += n;
          default -> {
            rejected += n;
            reasons.merge(row.getString(1), n, Long::sum);
          }
        }
      }
      return new Counts(used, rejected, duplicate, reasons,
          first == null ? null : LocalDate.ofEpochDay(first), last == null ? null : LocalDate.ofEpochDay(last),
          truncated);
    }

    String range() {
      return first == null ? "(no dates)" : first + ".." + last;
    }
  }
}
